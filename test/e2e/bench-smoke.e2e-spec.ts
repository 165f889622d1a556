import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BenchStack } from '../../bench/lib/bench-stack.js';
import { runFanout } from '../../bench/scenarios/fanout.js';
import { runIdle } from '../../bench/scenarios/idle.js';
import { runOverload } from '../../bench/scenarios/overload.js';
import { runPairs } from '../../bench/scenarios/pairs.js';
import { runReads } from '../../bench/scenarios/reads.js';

/**
 * Every load benchmark (bench/) runs once with tiny numbers and must produce a complete result
 * with nothing lost. Timings are not asserted. To keep the file short, the scenarios share one
 * whole Parley (a real run starts one per scenario); reads goes first, so its level counts the
 * messages it seeded.
 */
describe('load benchmarks, smoke run', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'parley-bench-smoke-'));
  let bench: BenchStack;
  const log = process.env.BENCH_SMOKE_LOG ? (l: string) => process.stderr.write(`${l}\n`) : undefined;
  const common = () => ({ handler: 'sqlite' as const, label: 'smoke', outDir, log, bench });
  beforeAll(async () => {
    bench = await BenchStack.start({ handler: 'sqlite', inspectGateway: true });
  });
  afterAll(async () => {
    await bench?.stop();
    rmSync(outDir, { recursive: true, force: true });
  });

  /** The result file exists, parses, and has the fields every run records. */
  const written = (file: string | undefined) => {
    expect(file).toBeTruthy();
    const json = JSON.parse(readFileSync(file!, 'utf8')) as Record<string, unknown>;
    for (const key of ['scenario', 'label', 'handler', 'startedAt', 'machine', 'load', 'versions', 'appEnv', 'parameters']) expect(json).toHaveProperty(key);
    expect(json.label).toBe('smoke');
    expect(file!).toMatch(new RegExp(`/${String(json.scenario)}-sqlite-\\d{4}-\\d\\d-\\d\\dT[\\d-]+Z\\.json$`));
    return json;
  };

  it('reads: seeded documents match the service’s, and both queries answer without errors', async () => {
    const r = await runReads({ ...common(), levels: [200], users: 6, clients: 2, duration: 2 });
    written(r.file);
    expect(r.shapeCheck).toEqual({ ok: true, differences: [] });
    const l = r.levels[0];
    expect(l.messagesStored).toBe(200);
    expect(l.checks).toEqual({ ok: true, problems: [] });
    for (const q of [l.queries.messages, l.queries.chats]) {
      expect(q.requests).toBeGreaterThan(0);
      expect(q.errors).toEqual({});
      expect(q.latencyMs?.n).toBe(q.requests);
    }
  });

  it('pairs: every acknowledged message delivered once, in order, stored once', async () => {
    const r = await runPairs({ ...common(), pairs: 3, rates: [5], duration: 3, graceSeconds: 5, p99LimitMs: 150 });
    written(r.file);
    expect(r.steps).toHaveLength(1);
    const s = r.steps[0];
    expect(s.offered).toBe(15);
    expect(s.acknowledged).toBeGreaterThan(0);
    expect(s.delivered).toBe(s.acknowledged);
    expect([s.lost, s.duplicates, s.outOfOrder]).toEqual([0, 0, 0]);
    expect(s.verify).toMatchObject({ chatsChecked: 3, acknowledgedMissing: 0, storedTwice: 0, seqNotIncreasing: 0, unexpected: 0, errors: 0 });
    expect(s.verify.storedInStep).toBe(s.acknowledged + s.verify.storedButFailed);
    // The chat service's database commands per send were counted (7 today).
    expect(s.counters.db.byApp.chat).toBeGreaterThan(0);
    expect(s.counters.redis.total).toBeGreaterThan(0);
    expect(s.counters.nats?.outMsgs).toBeGreaterThan(0);
    for (const p of ['gateway', 'chat', 'user', 'mail', 'docdb', 'redis', 'nats', 'loadGenerator']) expect(s.processes[p].peakRssMiB).toBeGreaterThan(0);
  });

  it('overload: goodput, refusals and nothing acknowledged lost', async () => {
    const r = await runOverload({ ...common(), pairs: 2, rate: 6, duration: 2, ladderRates: [], ladderDuration: 1, graceSeconds: 5, p99LimitMs: 150 });
    written(r.file);
    expect(r.ladder).toEqual([]);
    expect(r.overload.offered).toBe(12);
    expect(r.summary.acknowledgedAndLost).toBe(0);
    expect(r.summary.goodputPerSecond).toBeGreaterThan(0);
    expect(r.overload.lost).toBe(0);
  });

  it('fanout: every member gets every message', async () => {
    const r = await runFanout({ ...common(), members: 10, rate: 5, duration: 2, graceSeconds: 5 });
    written(r.file);
    expect(r.group).toMatchObject({ requestedMembers: 10, members: 10, refused: null });
    expect(r.receivers).toBe(9);
    expect(r.acknowledged).toBeGreaterThan(0);
    expect(r.deliveries).toBe(r.expectedDeliveries);
    expect(r.expectedDeliveries).toBe(r.acknowledged * 9);
    expect([r.lost.total, r.duplicates, r.outOfOrder]).toEqual([0, 0, 0]);
  });

  it('idle: sockets held by helper processes, memory per connection measured', async () => {
    const r = await runIdle({ ...common(), connections: [200], users: 3, settleSeconds: 1, perProcess: 100 });
    written(r.file);
    expect(r.limits.helperProcesses).toBe(2);
    expect(r.limits.gatewayOpenFiles?.soft).toBeGreaterThan(0);
    const s = r.steps[0];
    expect(s.connections).toBe(200);
    expect(s.failedToOpen).toBe(0);
    expect(s.kibPerConnection).toBeGreaterThan(0);
    expect(s.delivery).toMatchObject({ expected: 200, delivered: 200 });
  });
});
