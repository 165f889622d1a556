#!/usr/bin/env node
// Builds (when needed) and runs the embedded document database: FerretDB 1.x on SQLite, from
// tools/docdb. `node tools/docdb.mjs --build-only` just builds. Other arguments go to docdb.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'tools', 'docdb');
const binDir = join(root, '.bin');
export const docdbBinary = join(binDir, 'docdb');
const stamp = join(binDir, 'docdb.stamp');

/** Hash of what the binary is built from; a change of go.sum or main.go triggers a rebuild. */
function sourceHash() {
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'main.go']) h.update(readFileSync(join(src, f)));
  return h.digest('hex');
}

export function ensureDocdb({ quiet = false } = {}) {
  const want = sourceHash();
  if (existsSync(docdbBinary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return docdbBinary;
  mkdirSync(binDir, { recursive: true });
  if (!quiet) console.log('docdb: building the embedded database (FerretDB) with Go; the first build takes a few minutes...');
  const started = Date.now();
  try {
    execFileSync('go', ['build', '-trimpath', '-o', docdbBinary, '.'], {
      cwd: src,
      stdio: quiet ? 'pipe' : 'inherit',
      env: { ...process.env, CGO_ENABLED: '0' },
    });
  } catch (err) {
    console.error('docdb: the Go build failed. Is Go 1.26+ installed (`go version`) and the Go module proxy reachable? See tools/docdb/README.md.');
    throw err;
  }
  writeFileSync(stamp, want);
  if (!quiet) console.log(`docdb: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return docdbBinary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  ensureDocdb();
  if (!args.includes('--build-only')) {
    const child = spawn(docdbBinary, args, { stdio: 'inherit', cwd: root });
    const stop = () => child.kill('SIGTERM');
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('exit', (code) => process.exit(code ?? 0));
  }
}
