#!/usr/bin/env node
// Compiles apps/*/src, libs/*/src and tools/*.ts to dist/ with swc (decorator metadata on),
// skipping files whose output is newer than the source. Type-checking is `npm run check`.
import { readdirSync, statSync, mkdirSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformFile } from '@swc/core';
import { buildGraphiql } from './build-graphiql.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const sources = [];

function walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts') && !/\.(spec|int-spec|e2e-spec)\.ts$/.test(name)) sources.push(p);
  }
}
for (const group of ['apps', 'libs']) {
  for (const name of readdirSync(join(root, group))) if (name !== 'web') walk(join(root, group, name, 'src'));
}
walk(join(root, 'tools'));
walk(join(root, 'bench'));

const expected = new Set();
let compiled = 0;
await Promise.all(
  sources.map(async (src) => {
    const rel = relative(root, src).replace(/\.ts$/, '.js');
    const dest = join(out, rel);
    expected.add(dest);
    expected.add(dest + '.map');
    if (existsSync(dest) && statSync(dest).mtimeMs >= statSync(src).mtimeMs) return;
    const { code, map } = await transformFile(src, { swcrc: true, cwd: root, sourceMaps: true, outputPath: dest });
    mkdirSync(dirname(dest), { recursive: true });
    writeFileSync(dest, `${code}\n//# sourceMappingURL=${dest.split('/').pop()}.map\n`);
    if (map) writeFileSync(dest + '.map', map);
    compiled++;
  }),
);

// The gateway's GraphiQL page, a browser bundle.
for (const file of await buildGraphiql(root, { verbose: process.argv.includes('--verbose') })) expected.add(file);

// Remove outputs whose source is gone, so a deleted file cannot linger in dist/.
function prune(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) prune(p);
    else if (!expected.has(p)) rmSync(p);
  }
}
prune(out);
if (process.argv.includes('--verbose') || compiled > 0) console.log(`build: ${compiled} of ${sources.length} files compiled to dist/`);
