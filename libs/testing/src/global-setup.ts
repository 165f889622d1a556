import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { startDocdb, type Server } from './infra.js';

let docdb: Server | undefined;
let pgDatabase: string | undefined;

const PG = ['-h', '127.0.0.1', '-U', 'postgres'];

/**
 * Once per test run: compile the apps to dist/ (e2e tests run them as processes), build the
 * embedded database if needed, and start one docdb that stacks share (each with its own
 * database name). The storage behind it is SQLite unless `PARLEY_TEST_DOCDB=postgresql` (a
 * fresh PostgreSQL database on 127.0.0.1, dropped afterwards); `PARLEY_TEST_MONGO_URL` runs the
 * suite against that server instead (a real MongoDB, say).
 */
export async function setup(project: TestProject): Promise<void> {
  if (!process.env.PARLEY_TEST_PREBUILT) {
    execFileSync(process.execPath, ['tools/build.mjs'], { stdio: 'inherit' });
    execFileSync(process.execPath, ['tools/docdb.mjs', '--build-only'], { stdio: 'inherit' });
  }
  if (process.env.PARLEY_TEST_MONGO_URL) {
    project.provide('mongoUrl', process.env.PARLEY_TEST_MONGO_URL);
    return;
  }
  if (process.env.PARLEY_TEST_DOCDB === 'postgresql') {
    pgDatabase = `parley_test_${randomBytes(4).toString('hex')}`;
    execFileSync('createdb', [...PG, pgDatabase]);
    docdb = await startDocdb(undefined, { handler: 'postgresql', postgresqlUrl: `postgres://postgres@127.0.0.1:5432/${pgDatabase}` });
  } else docdb = await startDocdb();
  project.provide('mongoUrl', docdb.url);
}

export async function teardown(): Promise<void> {
  await docdb?.stop();
  if (pgDatabase) execFileSync('dropdb', [...PG, '--if-exists', pgDatabase]);
}
