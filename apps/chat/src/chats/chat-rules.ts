import { AppError } from '#contracts';

const OBJECT_ID = /^[0-9a-f]{24}$/i;
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** An id argument: a 24-hex ObjectId, else BAD_USER_INPUT naming the field. */
export function requireId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !OBJECT_ID.test(value)) throw AppError.badInput(field, 'is not a valid id');
  return value.toLowerCase();
}

export function requireIds(values: unknown, field: string, min: number, max: number): string[] {
  if (!Array.isArray(values)) throw AppError.badInput(field, 'must be a list of ids');
  const ids = [...new Set(values.map((v, i) => requireId(v, `${field}[${i}]`)))];
  if (ids.length < min) throw AppError.badInput(field, `must name at least ${min}`);
  if (ids.length > max) throw AppError.badInput(field, `must name at most ${max}`);
  return ids;
}

/** A group title: 1..100 characters after trimming, no control characters. */
export function validateTitle(value: unknown, field = 'title'): string {
  if (typeof value !== 'string') throw AppError.badInput(field, 'must be a string');
  if (CONTROL.test(value)) throw AppError.badInput(field, 'must not contain control characters');
  const title = value.trim().replace(/\s+/g, ' ');
  const n = [...title].length;
  if (n < 1) throw AppError.badInput(field, 'must not be empty');
  if (n > 100) throw AppError.badInput(field, `must be at most 100 characters (got ${n})`);
  return title;
}

/** Message text: 1..4000 characters after trimming (newlines allowed, other control characters not). */
export function validateText(value: unknown, field: string, required: boolean): string | undefined {
  if (value === undefined || value === null) {
    if (required) throw AppError.badInput(field, 'is required (1..4000 characters)');
    return undefined;
  }
  if (typeof value !== 'string') throw AppError.badInput(field, 'must be a string');
  const text = value.trim();
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) throw AppError.badInput(field, 'must not contain control characters');
  const n = [...text].length;
  if (n === 0) {
    if (required) throw AppError.badInput(field, 'must not be empty');
    return undefined;
  }
  if (n > 4000) throw AppError.badInput(field, `must be at most 4000 characters (got ${n})`);
  return text;
}

/** The sorted user pair that names a direct chat, so there is one per pair. */
export const directKeyOf = (a: string, b: string) => [a, b].sort().join(':');

export const MAX_GROUP_MEMBERS = 256;
