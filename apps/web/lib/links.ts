/** Links in message text: found in plain text, never fetched (no previews), only safe schemes. */

export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

/** The schemes a link in a message may have; anything else (javascript:, data:, file:) stays text. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// http(s)://…, www.…, mailto:…, or a bare e-mail address.
const CANDIDATE = /\b(?:https?:\/\/[^\s<>"]+|www\.[^\s<>"]+|mailto:[^\s<>"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})/gi;
const TRAILING = /[.,;:!?'"]+$/;

/** Drops what ends a sentence rather than the link: trailing punctuation, an unbalanced ")" or "]". */
function trimEnd(raw: string): string {
  let s = raw.replace(TRAILING, '');
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ] as const) {
    while (s.endsWith(close) && s.split(close).length > s.split(open).length) s = s.slice(0, -1).replace(TRAILING, '');
  }
  return s;
}

/** The address a link opens, or null when it is not a safe, well-formed link. */
export function safeHref(candidate: string): string | null {
  let href = candidate;
  if (/^www\./i.test(href)) href = `https://${href}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) {
    if (!href.includes('@')) return null;
    href = `mailto:${href}`;
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!SAFE_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  if (url.protocol === 'mailto:' && !/^[^@\s]+@[^@\s]+$/.test(decodeURIComponent(url.pathname))) return null;
  return url.href;
}

/** Splits message text into plain text and links, in order; joined, the parts give back the text. */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    // Part of a longer word (user@host inside "x:user@host"): leave it to the bigger match.
    const raw = trimEnd(match[0]);
    const href = raw ? safeHref(raw) : null;
    if (!href) continue;
    if (start > last) parts.push({ kind: 'text', text: text.slice(last, start) });
    parts.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}
