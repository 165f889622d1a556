/** The sorted user pair that names a direct chat, so there is one per pair. */
export const directKeyOf = (a: string, b: string) => [a, b].sort().join(':');
