/**
 * Pure rules of a long conversation: which parts of a text a search matched, which messages the
 * reader has seen, where the "New messages" divider goes, and how a jump loads the pages around
 * a message. The components (MessageView, SearchPanel) measure and render; these decide.
 */

/** A stretch of a text in UTF-16 code units (the API's TextRange). */
export interface TextRange {
  start: number;
  length: number;
}

export interface TextPart {
  text: string;
  /** True for a part inside a matched range. */
  match: boolean;
}

/**
 * Cuts a text into plain and matched parts by the server's ranges. Ranges are clipped to the
 * text, sorted, and overlapping or touching ones are joined; empty parts are left out. The parts
 * are rendered as text nodes (and <mark>), never as HTML.
 */
export function splitByRanges(text: string, ranges: readonly TextRange[]): TextPart[] {
  const spans = ranges
    .map((r) => ({ from: Math.max(0, Math.min(text.length, r.start)), to: Math.max(0, Math.min(text.length, r.start + Math.max(0, r.length))) }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const joined: { from: number; to: number }[] = [];
  for (const s of spans) {
    const last = joined[joined.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else joined.push({ ...s });
  }
  const parts: TextPart[] = [];
  let at = 0;
  for (const s of joined) {
    if (s.from > at) parts.push({ text: text.slice(at, s.from), match: false });
    parts.push({ text: text.slice(s.from, s.to), match: true });
    at = s.to;
  }
  if (at < text.length) parts.push({ text: text.slice(at), match: false });
  return parts;
}

/** Where a message is, relative to the scrolled list (pixels, as getBoundingClientRect gives them). */
export interface Placed {
  seq: number;
  top: number;
  bottom: number;
}

/**
 * The newest seq the reader has seen: the highest seq of a message that is wholly inside the
 * visible part of the list, or, for a message taller than the list, one that fills it. Returns
 * 0 when nothing is seen; the caller only asks while the window is visible and focused.
 */
export function seenUpTo(items: readonly Placed[], viewTop: number, viewBottom: number): number {
  let seen = 0;
  for (const it of items) {
    const inside = it.top >= viewTop - 1 && it.bottom <= viewBottom + 1;
    const fills = it.top <= viewTop && it.bottom >= viewBottom;
    if ((inside || fills) && it.seq > seen) seen = it.seq;
  }
  return seen;
}

/**
 * The seq to send to markRead, or null when there is nothing to send: the page must be visible
 * and focused, the reader must have seen something newer than what the server has as read and
 * newer than what was sent already.
 */
export function readMark(opts: { seen: number; lastRead: number; sent: number; active: boolean }): number | null {
  if (!opts.active) return null;
  if (opts.seen <= Math.max(opts.lastRead, opts.sent)) return null;
  return opts.seen;
}

/**
 * The message the "New messages" divider goes above: the first message from someone else after
 * the reader's last read seq when the chat was opened; null when there is none.
 */
export function firstUnread(messages: readonly { seq: number; sender: { id: string }; type?: string }[], lastRead: number, viewerId: string): number | null {
  for (const m of messages) if (m.seq > lastRead && m.sender.id !== viewerId && m.type !== 'SYSTEM') return m.seq;
  return null;
}

/**
 * How many messages from others are newer than the reader has seen: the loaded ones when the
 * list reaches the newest message, otherwise at least the chat's unread count (some are not loaded).
 */
export function newerCount(
  messages: readonly { seq: number; sender: { id: string } }[],
  seen: number,
  viewerId: string,
  opts: { hasMoreAfter: boolean; unreadCount: number },
): number {
  const loaded = messages.filter((m) => m.seq > seen && m.sender.id !== viewerId).length;
  return opts.hasMoreAfter ? Math.max(loaded, opts.unreadCount) : loaded;
}

/** How a jump to a seq gets that message into the list. */
export type JumpPlan =
  /** It is loaded: just scroll. */
  | { kind: 'loaded' }
  /** It is a few pages older than the oldest loaded message: load older pages down to it, the list stays whole. */
  | { kind: 'older' }
  /** Far away (or newer than a window that ends before it): load a new window around it. */
  | { kind: 'window' };

/** At most this many messages are loaded page by page from the loaded ones before a jump loads a window instead. */
export const CONTIGUOUS_REACH = 400;

export function planJump(target: number, loaded: { oldest: number; newest: number; hasMoreBefore: boolean; hasMoreAfter: boolean } | null): JumpPlan {
  if (!loaded) return { kind: 'window' };
  if (target >= loaded.oldest && target <= loaded.newest) return { kind: 'loaded' };
  if (target < loaded.oldest && !loaded.hasMoreBefore) return { kind: 'loaded' }; // gone or never visible: nearest is loaded
  if (target > loaded.newest && !loaded.hasMoreAfter) return { kind: 'loaded' };
  if (target < loaded.oldest && loaded.oldest - target <= CONTIGUOUS_REACH) return { kind: 'older' };
  return { kind: 'window' };
}

/**
 * A piece of a long text around its first match, for a result list: at most about `max` code
 * units, starting up to `before` units ahead of the first range (at a word break when there is
 * one), with "…" where it was cut; the ranges move with it.
 */
export function snippet(text: string, ranges: readonly TextRange[], before = 40, max = 240): { text: string; ranges: TextRange[] } {
  const first = ranges.reduce((min, r) => Math.min(min, r.start), Infinity);
  let from = 0;
  if (Number.isFinite(first) && first > before) {
    from = first - before;
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
  }
  const to = Math.min(text.length, from + max);
  const lead = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const shift = lead.length - from;
  return {
    text: `${lead}${text.slice(from, to)}${tail}`,
    ranges: ranges
      .map((r) => ({ start: Math.max(r.start, from), end: Math.min(r.start + r.length, to) }))
      .filter((r) => r.end > r.start)
      .map((r) => ({ start: r.start + shift, length: r.end - r.start })),
  };
}

/**
 * Whether a page of messages joins a loaded list (sorted seqs of each) without leaving a gap of
 * messages neither holds. A page before `beforeSeq` holds every message the viewer sees from its
 * first seq up to beforeSeq; one after `afterSeq` those from afterSeq up to its last seq; the
 * newest page (neither) those from its first seq on. Seqs are dense, so when unsure (a hidden
 * message at the edge) this says no and the page starts a new list, which is always correct.
 */
export function joins(loaded: readonly number[], page: readonly number[], args: { beforeSeq?: number; afterSeq?: number }): boolean {
  if (!loaded.length) return true;
  const oldest = loaded[0];
  const newest = loaded[loaded.length - 1];
  const first = page.length ? page[0] : undefined;
  const last = page.length ? page[page.length - 1] : undefined;
  if (typeof args.beforeSeq === 'number') {
    if (args.beforeSeq < oldest) return false;
    return args.beforeSeq <= newest + 1 || (first !== undefined && first <= newest + 1);
  }
  if (typeof args.afterSeq === 'number') {
    if (args.afterSeq > newest) return false;
    return args.afterSeq >= oldest - 1 || (last !== undefined && last >= oldest - 1);
  }
  return first === undefined || first <= newest + 1;
}
