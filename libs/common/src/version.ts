import { readFileSync } from 'node:fs';

/** Parley's version, from the root package.json (found relative to the working directory or this file). */
export const PARLEY_VERSION: string = (() => {
  for (const p of [new URL('../../../../package.json', import.meta.url), new URL('../../../package.json', import.meta.url)]) {
    try {
      const pkg = JSON.parse(readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'parley' && pkg.version) return pkg.version;
    } catch {
      /* try the next location */
    }
  }
  return '0.0.0';
})();
