#!/usr/bin/env node
// `npm test`: builds once, runs every tier (unit, integration, end-to-end) with vitest and ends
// with one line `N passed, N failed`. Extra arguments go to vitest (e.g. `npm test -- --project unit`).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireNode } from './node-version.mjs';

requireNode('The test suite');

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const report = join(root, '.vitest-report.json');
rmSync(report, { force: true });

execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['tools/go-tools.mjs', 'docdb', 's3'], { stdio: 'inherit' });

const args = ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, PARLEY_TEST_PREBUILT: '1' } });

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that failed to load has no tests; count it as a failure so it cannot hide.
  for (const file of r.testResults ?? []) if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed++;
}
if (run.status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
