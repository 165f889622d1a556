// Builds the small Go programs under tools/<name> (docdb: the embedded database; s3: an S3 test
// server) into .bin/<name>, once, and again only when their go.mod, go.sum or main.go change.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const binDir = join(root, '.bin');

/** The path of .bin/<name>, built first when missing or stale. */
export function ensureGoTool(name, { quiet = false, what = name, note = '' } = {}) {
  const src = join(root, 'tools', name);
  const binary = join(binDir, name);
  const stamp = join(binDir, `${name}.stamp`);
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'main.go']) h.update(readFileSync(join(src, f)));
  const want = h.digest('hex');
  if (existsSync(binary) && existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return binary;
  mkdirSync(binDir, { recursive: true });
  if (!quiet) console.log(`${name}: building ${what} with Go${note}...`);
  const started = Date.now();
  try {
    execFileSync('go', ['build', '-trimpath', '-o', binary, '.'], { cwd: src, stdio: quiet ? 'pipe' : 'inherit', env: { ...process.env, CGO_ENABLED: '0' } });
  } catch (err) {
    console.error(`${name}: the Go build failed. Is Go 1.26+ installed (\`go version\`) and the Go module proxy reachable? See tools/${name}/README.md.`);
    throw err;
  }
  writeFileSync(stamp, want);
  if (!quiet) console.log(`${name}: built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return binary;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const name of process.argv.slice(2)) ensureGoTool(name);
