import { createHash } from 'node:crypto';

const PALETTE = ['#0969da', '#1a7f37', '#9a6700', '#bc4c00', '#cf222e', '#8250df', '#bf3989', '#1b7c83'];

/** Initials of a name: first letters of the first and last word, upper-cased. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = [...(words[0] ?? '?')][0] ?? '?';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The generated default avatar: initials on a colour picked from the seed. Parley serves it itself. */
export function defaultAvatarSvg(seed: string, initials: string): string {
  const colour = PALETTE[createHash('sha256').update(seed).digest()[0] % PALETTE.length];
  const text = [...initials]
    .slice(0, 2)
    .join('')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128" viewBox="0 0 128 128"><rect width="128" height="128" rx="64" fill="${colour}"/><text x="64" y="64" dy=".35em" text-anchor="middle" font-family="system-ui,sans-serif" font-size="52" font-weight="600" fill="#fff">${text}</text></svg>`;
}
