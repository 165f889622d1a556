/** The name a new user gets: the local part of the address, words capitalized ("ada.lovelace" → "Ada Lovelace"). */
export function defaultName(email: string): string {
  const local = email.split('@')[0].replace(/\+.*$/, '');
  const words = local.split(/[._-]+/).filter(Boolean);
  const name = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return ([...name].slice(0, 64).join('') || 'Parley user').trim();
}
