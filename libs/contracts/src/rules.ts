/**
 * The input rules of Parley, each defined once as a class-validator decorator. Request classes
 * (the NATS contracts) and the gateway's GraphQL inputs use the same decorators, so a rule
 * cannot drift between the edge and the service.
 *
 * A rule is a check that answers null when the value is right, else the message (without the
 * field name: the validation pipe names the field). A list rule names the element at fault by
 * starting its message with `[i] `; the pipe moves that index into the field path
 * (`attachmentIds[1]`). An optional normalization (`clean`) runs when the request is turned into
 * its class, before the check, and only on values it can handle.
 */
import { Transform } from 'class-transformer';
import { registerDecorator } from 'class-validator';

type Check = (value: unknown, object: object) => string | null;

/** Registers `check` (and the normalization `clean`) on a property. */
export function rule(name: string, check: Check, clean?: (value: unknown, object: Record<string, unknown>) => unknown): PropertyDecorator {
  return (target, key) => {
    if (clean) Transform(({ value, obj }: { value: unknown; obj: Record<string, unknown> }) => clean(value, obj))(target, key);
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: key as string,
      validator: {
        validate: (value, args) => check(value, args!.object) === null,
        defaultMessage: (args) => check(args!.value, args!.object) ?? 'is invalid',
      },
    });
  };
}

const OBJECT_ID = /^[0-9a-f]{24}$/i;
/** The ObjectId rule: 24 hex digits (either case). */
export const isObjectId = (v: unknown): v is string => typeof v === 'string' && OBJECT_ID.test(v);
const isId = isObjectId;
const chars = (s: string) => [...s].length;

/** An id: a 24-hex ObjectId, lower-cased. */
export const IsObjectId = () =>
  rule(
    'isObjectId',
    (v) => (isId(v) ? null : 'is not a valid id'),
    (v) => (isId(v) ? v.toLowerCase() : v),
  );

/** What is wrong with a list: an element `is` refuses (`[i] <says>`), or a length outside `min..max`; null when nothing. */
function listProblem(v: unknown[], { min = 0, max, is, says }: { min?: number; max: number; is: (x: unknown) => boolean; says: string }): string | null {
  const bad = v.findIndex((x) => !is(x));
  if (bad >= 0) return `[${bad}] ${says}`;
  if (v.length < min) return `must name at least ${min}`;
  if (v.length > max) return `must name at most ${max}`;
  return null;
}

/**
 * A list of ids, `min..max` of them (counted after repeats are dropped when `unique`, the
 * default). A list answered in its own order (`unique: false`) keeps its repeats.
 */
export function IsObjectIdList({ min = 0, max, unique = true }: { min?: number; max: number; unique?: boolean }): PropertyDecorator {
  return rule(
    'isObjectIdList',
    (v) => {
      if (!Array.isArray(v)) return 'must be a list of ids';
      return listProblem(v, { min, max, is: isId, says: 'is not a valid id' });
    },
    (v) => {
      if (!Array.isArray(v) || !v.every(isId)) return v;
      const ids = v.map((id) => id.toLowerCase());
      return unique ? [...new Set(ids)] : ids;
    },
  );
}

const MEDIA_KEY = /^[A-Za-z0-9_-]{16,128}\.(jpg|png|webp)$/;
/** The storage key of an uploaded image (random, with its type's extension). */
export const isMediaKey = (v: unknown): v is string => typeof v === 'string' && MEDIA_KEY.test(v);
export const IsMediaKey = () => rule('isMediaKey', (v) => (isMediaKey(v) ? null : 'is not a media key'));

/** A list of at most `max` values, each one `is` (else `[i] <says>`, naming the element). */
export const IsListOf = (name: string, max: number, is: (v: unknown) => boolean, says: string) =>
  rule(name, (v) => (Array.isArray(v) ? listProblem(v, { max, is, says }) : 'must be a list'));

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const TEXT_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const MAX_TEXT = 4000;

/**
 * Message text: 1..4000 characters after trimming, newlines and tabs allowed, other control
 * characters not. With `unlessAttachments`, text may be left out (or blank) when the request
 * names attachments; blank text is then dropped.
 */
export function IsMessageText({ unlessAttachments = false } = {}): PropertyDecorator {
  const required = (o: object) =>
    !unlessAttachments || !(Array.isArray((o as { attachmentIds?: unknown }).attachmentIds) && (o as { attachmentIds: unknown[] }).attachmentIds.length);
  return rule(
    'isMessageText',
    (v, o) => {
      if (v === undefined || v === null) return required(o) ? `is required (1..${MAX_TEXT} characters)` : null;
      if (typeof v !== 'string') return 'must be a string';
      if (TEXT_CONTROL.test(v)) return 'must not contain control characters';
      const n = chars(v);
      if (n === 0) return required(o) ? 'must not be empty' : null;
      if (n > MAX_TEXT) return `must be at most ${MAX_TEXT} characters (got ${n})`;
      return null;
    },
    (v, o) => {
      if (typeof v !== 'string') return v;
      const text = v.trim();
      return text === '' && !required(o) ? undefined : text;
    },
  );
}

const TITLE_CONTROL = /[\p{Cc}\u2028\u2029]/u;
const NAME_CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/u;

/** One line of text: `max` characters at most after trimming, runs of white space as one space, no control characters. */
function oneLine(name: string, max: number, control: RegExp): PropertyDecorator {
  return rule(
    name,
    (v) => {
      if (typeof v !== 'string') return 'must be a string';
      if (control.test(v)) return 'must not contain control characters';
      const n = chars(v);
      if (n < 1) return 'must not be empty';
      if (n > max) return `must be at most ${max} characters (got ${n})`;
      return null;
    },
    (v) => (typeof v === 'string' && !control.test(v) ? v.trim().replace(/\s+/g, ' ') : v),
  );
}

/** A group title: 1..100 characters. */
export const IsGroupTitle = () => oneLine('isGroupTitle', 100, TITLE_CONTROL);
/** A display name: 1..64 characters, no control or format characters (such as zero-width ones). */
export const IsDisplayName = () => oneLine('isDisplayName', 64, NAME_CONTROL);

const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
/** An e-mail address, trimmed and lower-cased. */
export const IsEmailAddress = () =>
  rule(
    'isEmailAddress',
    (v) => {
      if (typeof v !== 'string') return 'must be a string';
      return v.length <= 254 && EMAIL.test(v) ? null : 'must be an e-mail address like name@example.com';
    },
    (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  );

const LOGIN_CODE = /^\d{6}$/;
/** A login code: the 6 digits from the e-mail. */
export const isLoginCode = (v: unknown): v is string => typeof v === 'string' && LOGIN_CODE.test(v);
export const IsLoginCode = () => rule('isLoginCode', (v) => (isLoginCode(v) ? null : 'must be the 6 digits from the e-mail'));

/** Reactions every client offers; any single emoji grapheme is accepted too. */
export const REACTION_ALLOWLIST = ['👍', '👎', '❤️', '😂', '😮', '😢', '🙏', '🎉', '🔥', '👀', '✅', '💯'];
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
const EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)/u;

/** One emoji: in the allowlist, or exactly one grapheme that is an emoji; trimmed. */
export const IsEmoji = () =>
  rule(
    'isEmoji',
    (v) => {
      if (typeof v !== 'string') return 'must be a string';
      if (REACTION_ALLOWLIST.includes(v)) return null;
      let graphemes = 0;
      for (const _ of segmenter.segment(v)) if (++graphemes > 1) break;
      return graphemes === 1 && v.length <= 32 && EMOJI.test(v) ? null : 'must be a single emoji';
    },
    (v) => (typeof v === 'string' ? v.trim() : v),
  );

/** A page size: a whole number 1..max. */
export const IsPageSize = (max: number) =>
  rule('isPageSize', (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max ? null : `must be between 1 and ${max}`));

/** A message seq (or a read position): a whole number ≥ 0. */
export const IsSeq = () => rule('isSeq', (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? null : 'must be a whole number ≥ 0'));

/** A send's idempotency key: 1..100 characters after trimming. */
export const IsClientId = () =>
  rule(
    'isClientId',
    (v) => (typeof v === 'string' && v.length >= 1 && v.length <= 100 ? null : 'must be 1..100 characters (a UUID made by the client)'),
    (v) => (typeof v === 'string' ? v.trim() : v),
  );

/** Literal text to search messages for: 1..200 characters after trimming. */
export const IsSearchText = () =>
  rule(
    'isSearchText',
    (v) => {
      if (typeof v !== 'string') return 'must be a string';
      const n = chars(v);
      return n >= 1 && n <= 200 ? null : 'must be 1..200 characters';
    },
    (v) => (typeof v === 'string' ? v.trim() : v),
  );

/** One of `values`, else the message naming them as clients write them. */
export const IsOneOf = (values: readonly unknown[], says: string) => rule('isOneOf', (v) => (values.includes(v) ? null : says));

/** A whole number ≥ 1 that fits a double exactly (sizes and dimensions). */
export const IsPositiveCount = () =>
  rule('isPositiveCount', (v) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1 ? null : 'must be a positive whole number'));

/** A string of at most `max` characters (tokens, cursors, devices: values the service reads but does not parse here). */
export const IsShortString = (max: number) =>
  rule('isShortString', (v) => (typeof v !== 'string' ? 'must be a string' : v.length > max ? `must be at most ${max} characters` : null));

/** A boolean. */
export const IsFlag = () => rule('isFlag', (v) => (typeof v === 'boolean' ? null : 'must be true or false'));

/** Not together with the property `other` (both given: `says`). */
export const NotWith = (other: string, says: string) =>
  rule('notWith', (v, o) => {
    const theirs = (o as Record<string, unknown>)[other];
    return v !== undefined && v !== null && theirs !== undefined && theirs !== null ? says : null;
  });
