/**
 * How people are found by name: a name and a search are cut into words (letters and digits),
 * lower-cased and without accents. A search matches a name when every one of its words is the
 * start of a word of the name ("ada lov" finds "Ada Lovelace", "zoe" finds "Zoë"); names that
 * start with the whole search come first.
 */

/** Lower-case words without accents: "Zoë  O'Neil-Smith" → ["zoe", "o", "neil", "smith"]. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** What the users collection stores for a name (see UserDoc). */
export function nameFields(name: string): { name: string; nameKey: string; nameWords: string[] } {
  const words = searchWords(name);
  return { name, nameKey: words.join(' '), nameWords: [...new Set(words)] };
}

/** Above every string in the database's (UTF-8 byte) order: `key + TOP` ends the range of keys starting with `key`. */
export const TOP = '\u{10FFFF}';
