import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, repoRoot, send, Stack, uniqueEmail, waitForLoginCode, type RunningApp, type Session } from '#testing';

/**
 * Runs every example of docs/graphql.md, in order, against a real Parley: shell examples with
 * bash and curl, JavaScript ones with node, the codegen config with GraphQL Code Generator. A
 * block's info string says how (`example=<name>`, `sets=VAR:json.path`, `errors=CODE`,
 * `gateway=second`); the `output` block after an example shows its answer, whose shape (every
 * key it shows) the real answer must have.
 */

interface Block {
  lang: string;
  meta: Record<string, string>;
  code: string;
}

function blocksOf(markdown: string): Array<Block & { output?: Block }> {
  const blocks: Block[] = [];
  for (const m of markdown.matchAll(/^```(\w+)([^\n]*)\n([\s\S]*?)^```$/gm)) {
    const meta = Object.fromEntries(
      m[2]
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => (w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, ''])),
    );
    blocks.push({ lang: m[1], meta, code: m[3] });
  }
  return blocks.flatMap((b, i) => ('example' in b.meta ? [{ ...b, output: 'output' in (blocks[i + 1]?.meta ?? {}) ? blocks[i + 1] : undefined }] : []));
}

/** Every key the documented value shows is in the actual one, recursively (values are examples). */
function shapeProblems(doc: unknown, actual: unknown, path = '$'): string[] {
  if (doc === null || typeof doc !== 'object') return [];
  if (Array.isArray(doc)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${JSON.stringify(actual)}`];
    if (doc.length && !actual.length) return [`${path}: expected items, got none`];
    return actual.flatMap((item, i) => shapeProblems(doc[0], item, `${path}[${i}]`));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${JSON.stringify(actual)}`];
  return Object.entries(doc).flatMap(([k, v]) =>
    k in actual ? shapeProblems(v, (actual as Record<string, unknown>)[k], `${path}.${k}`) : [`${path}.${k} is missing`],
  );
}

const at = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), value);

function run(
  cmd: string,
  args: string[],
  env: Record<string, string>,
  cwd = repoRoot,
  timeoutMs = 30_000,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

const guide = blocksOf(readFileSync(join(repoRoot, 'docs/graphql.md'), 'utf8'));

describe('docs/graphql.md: every example of the client guide runs as written', () => {
  let stack: Stack;
  let second: RunningApp;
  let friend: Session;
  let scratch: string;
  const vars: Record<string, string> = {};

  beforeAll(async () => {
    stack = await Stack.start();
    second = await stack.startApp('api-gateway');
    vars.EMAIL = uniqueEmail('ada');
    vars.FRIEND_EMAIL = uniqueEmail('grace');
    friend = await login(stack, vars.FRIEND_EMAIL);
    // Under node_modules so the examples' imports resolve to the repository's packages.
    mkdirSync(join(repoRoot, 'node_modules/.cache'), { recursive: true });
    scratch = mkdtempSync(join(repoRoot, 'node_modules/.cache/guide-'));
    vars.IMAGE = join(scratch, 'photo.png');
    await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 90, b: 40 } } })
      .png()
      .toFile(vars.IMAGE);
  });
  afterAll(async () => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
    await stack?.stop();
  });

  it('the guide has its examples, each with the answer it shows', () => {
    expect(guide.map((b) => b.meta.example)).toEqual(
      expect.arrayContaining([
        'request-code',
        'verify',
        'refresh',
        'send',
        'retry',
        'subscribe-node',
        'subscribe-browser',
        'catch-up',
        'upload',
        'error',
        'apq-hit',
        'codegen',
      ]),
    );
    for (const b of guide) if (!b.meta.example.startsWith('codegen')) expect(b.output, b.meta.example).toBeDefined();
  });

  for (const example of guide.filter((b) => !b.meta.example.startsWith('codegen'))) {
    it(`${example.meta.example}`, async () => {
      const env = { ...vars, PARLEY: example.meta.gateway === 'second' ? second.url : stack.gatewayUrl };
      let result;
      if (example.lang === 'sh') {
        result = await run('bash', ['-euo', 'pipefail', '-c', example.code], env);
      } else {
        // A subscription example waits for one event: the friend sends until it has one.
        const file = join(scratch, `${example.meta.example}.mjs`);
        writeFileSync(file, example.code);
        const major = Number(process.versions.node.split('.')[0]);
        const flags = example.meta.example === 'subscribe-browser' && major < 22 ? ['--experimental-websocket'] : [];
        const running = run(process.execPath, [...flags, file], env);
        let done = false;
        void running.then(() => (done = true));
        for (let i = 0; !done && i < 40; i++) {
          await new Promise((r) => setTimeout(r, 500));
          if (!done) await send(stack, friend, vars.CHAT_ID, 'Are you there?');
        }
        result = await running;
      }
      expect(result.code, `exit code; stderr: ${result.err}`).toBe(0);

      const lines = result.out.trim().split('\n');
      const answers = lines.map((l) => JSON.parse(l) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> });
      for (const a of answers) {
        if (example.meta.errors) expect(a.errors?.[0]?.extensions?.code, result.out).toBe(example.meta.errors);
        else expect(a.errors, result.out).toBeUndefined();
      }
      const documented = example.output!.lang === 'text' ? example.output!.code.trim().split('\n') : [example.output!.code];
      expect(answers).toHaveLength(documented.length);
      documented.forEach((d, i) => expect(shapeProblems(JSON.parse(d), answers[i]), `${example.meta.example}: ${result.out}`).toEqual([]));

      for (const pair of (example.meta.sets ?? '').split(',').filter(Boolean)) {
        const [name, path] = pair.split(':');
        const value = at(answers[0], path);
        expect(typeof value, `${name} from ${path}`).toBe('string');
        vars[name] = value as string;
      }
      if (example.meta.example === 'request-code') vars.CODE = await waitForLoginCode(stack.mailbox.httpUrl, vars.EMAIL);
      if (example.meta.example === 'retry') expect(lines[0]).toBe(lines[1]);
    }, 60_000);
  }

  it('codegen: the documented config generates typed documents for the documented operation', async () => {
    const config = guide.find((b) => b.meta.example === 'codegen')!;
    const operation = guide.find((b) => b.meta.example === 'codegen-operation')!;
    const dir = join(scratch, 'client');
    mkdirSync(join(dir, 'src'), { recursive: true });
    cpSync(join(repoRoot, 'apps/api-gateway/schema.gql'), join(dir, 'schema.gql'));
    writeFileSync(join(dir, 'codegen.ts'), config.code);
    writeFileSync(join(dir, 'src/chats.ts'), operation.code);
    const r = await run(process.execPath, [join(repoRoot, 'node_modules/@graphql-codegen/cli/cjs/bin.js'), '--config', 'codegen.ts'], {}, dir, 120_000);
    expect(r.code, r.out + r.err).toBe(0);
    const generated = join(dir, 'src/gql/graphql.ts');
    expect(existsSync(generated)).toBe(true);
    const types = readFileSync(generated, 'utf8');
    expect(types).toMatch(/export type ChatsQuery = /);
    expect(types).toMatch(/export type ChatsQueryVariables = /);
    expect(types).toMatch(/unreadCount: number/);
  }, 150_000);
});
