import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { startDocdb, type Server } from './infra.js';

let docdb: Server | undefined;

/**
 * Once per test run: compile the apps to dist/ (e2e tests run them as processes), build the
 * embedded database if needed, and start one docdb that stacks share (each with its own
 * database name).
 */
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.PARLEY_TEST_PREBUILT) {
    execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['tools/docdb.mjs', '--build-only'], { stdio: 'inherit' });
  }
  docdb = await startDocdb();
  project.provide('mongoUrl', docdb.url);
}

export async function teardown(): Promise<void> {
  await docdb?.stop();
}
