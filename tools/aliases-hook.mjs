import { pathToFileURL } from 'node:url';
import { resolve as resolvePath, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolvePath(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const libs = new Set(['contracts', 'common', 'testing']);

export function resolve(specifier, context, next) {
  if (specifier.startsWith('@app/')) {
    const lib = specifier.slice(5);
    if (libs.has(lib)) return next(pathToFileURL(`${dist}/libs/${lib}/src/index.js`).href, context);
  }
  return next(specifier, context);
}
