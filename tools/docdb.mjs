#!/usr/bin/env node
// Builds (when needed) and runs the embedded document database: FerretDB 1.x on SQLite, from
// tools/docdb. `node tools/docdb.mjs --build-only` just builds. Other arguments go to docdb.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureGoTool } from './go-tools.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const docdbBinary = join(root, '.bin', 'docdb');

export function ensureDocdb({ quiet = false } = {}) {
  return ensureGoTool('docdb', { quiet, what: 'the embedded database (FerretDB)', note: '; the first build takes a few minutes' });
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
