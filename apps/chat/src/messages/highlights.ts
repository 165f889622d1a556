import { escapeRegex } from '#common';

/** Where `term` occurs in `text`, case-insensitively, as UTF-16 offsets (what JavaScript clients index by). */
export function highlightRanges(text: string, term: string): Array<{ start: number; length: number }> {
  const ranges: Array<{ start: number; length: number }> = [];
  if (!term) return ranges;
  const hay = text.toLowerCase();
  const needle = term.toLowerCase();
  // Lower-casing can change lengths (e.g. "İ"); fall back to a regex on the original then.
  if (hay.length !== text.length || needle.length !== term.length) {
    const re = new RegExp(escapeRegex(term), 'giu');
    for (const m of text.matchAll(re)) ranges.push({ start: m.index, length: m[0].length });
    return ranges;
  }
  let from = 0;
  for (;;) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    ranges.push({ start: at, length: needle.length });
    from = at + needle.length;
  }
  return ranges;
}
