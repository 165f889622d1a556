#!/usr/bin/env node
// `node tools/image-deps.mjs <app> <out-dir>`: writes <out-dir>/package.json, the root
// package.json with `dependencies` cut down to what the app's compiled code (dist/, built first)
// loads, and no devDependencies. The Dockerfile runs `npm prune --omit=dev` against it, so each
// image's node_modules holds its app's dependencies and theirs, nothing else (no Next.js, sharp
// or AWS SDK in the user, chat and mail images). Found by following the imports from the app's
// main.js through dist/ (relative paths and the libraries named in package.json's "imports", such as
// #common and #common/mongo, by their compiled paths), plus the packages Nest loads by name at run time.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const APPS = ['api-gateway', 'user', 'chat', 'mail'];
/**
 * Loaded by name (Nest's loadPackage), not imported: the HTTP adapter of NestFactory.create and
 * what ValidationPipe validates with (every app), and the Express integration of Apollo Server
 * that @nestjs/apollo requires (the gateway).
 */
const LOADED_BY_NAME = {
  all: ['@nestjs/platform-express', 'class-validator', 'class-transformer'],
  'api-gateway': ['@as-integrations/express5'],
};
const rootPackage = () => JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** The compiled file of each "imports" specifier, relative to dist/ (its "default" target). */
const libraries = (imports = {}) =>
  Object.fromEntries(
    Object.entries(imports).map(([spec, target]) => [spec, (typeof target === 'string' ? target : target.default).replace(/^\.\/dist\//, '')]),
  );

const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;

/** The packages (not node: builtins) that the app's code imports, following its own files. */
export function importedPackages(app, dist = join(root, 'dist'), imports = rootPackage().imports) {
  const LIBS = libraries(imports);
  const main = join(dist, 'apps', app, 'src', 'main.js');
  if (!existsSync(main)) throw new Error(`${main} is missing: build first (node tools/build.mjs)`);
  const seen = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (LIBS[spec]) visit(join(dist, LIBS[spec]));
      else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) packages.add(packageOf(spec));
    }
  };
  visit(main);
  return packages;
}

/** The image's package.json: every dependency the app needs, as pinned in the root one. */
export function imagePackageJson(app, pkg = rootPackage(), dist) {
  if (!APPS.includes(app)) throw new Error(`unknown app "${app}"; one of ${APPS.join(', ')}`);
  const needed = new Set([...importedPackages(app, dist, pkg.imports), ...LOADED_BY_NAME.all, ...(LOADED_BY_NAME[app] ?? [])]);
  const missing = [...needed].filter((name) => !pkg.dependencies[name]);
  if (missing.length) throw new Error(`${app} imports ${missing.join(', ')}, not in package.json's dependencies`);
  const dependencies = Object.fromEntries(Object.entries(pkg.dependencies).filter(([name]) => needed.has(name)));
  const { devDependencies: _dev, ...rest } = pkg;
  return { ...rest, dependencies };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [app, out] = process.argv.slice(2);
  if (!app || !out) {
    console.error('usage: node tools/image-deps.mjs <api-gateway|user|chat|mail> <out-dir>');
    process.exit(2);
  }
  const pkg = imagePackageJson(app);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`${app}: ${Object.keys(pkg.dependencies).join(', ')}`);
}
