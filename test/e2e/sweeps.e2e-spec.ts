import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue, type Job } from 'bullmq';
import mongoose from 'mongoose';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_QUEUES } from '#common';
import { bullConnection } from '#contracts';
import { asOk, createDirect, login, SEND_MESSAGE, Stack, uploadFile, waitUntil, type RunningApp } from '#testing';

/** The run's slot: scheduler jobs are `repeat:<scheduler id>:<due time in ms>`. */
const slotOf = (job: Job) => Number(/^repeat:.+:(\d+)$/.exec(job.id ?? '')?.[1]);

describe('periodic sweeps run through BullMQ job schedulers, once per interval across replicas', () => {
  let stack: Stack;
  let conn: mongoose.Connection;
  const queues: Queue[] = [];
  const replicas: Record<'chat' | 'user', RunningApp[]> = { chat: [], user: [] };
  const queue = (name: string) => {
    const q = new Queue(name, { connection: bullConnection(stack.redis.url) });
    queues.push(q);
    return q;
  };
  const workerNames = (apps: RunningApp[]) => apps.map((a) => `${a.name}@${hostname()}:${a.proc.child.pid}`);

  beforeAll(async () => {
    stack = await Stack.start({ env: { UPLOAD_SWEEP_INTERVAL_SECONDS: '1', UNSENT_UPLOAD_TTL_SECONDS: '3', SESSION_SWEEP_INTERVAL_SECONDS: '1' } });
    // A second replica of each swept service: both run a worker on the same schedulers.
    await Promise.all([stack.startApp('chat'), stack.startApp('user')]);
    replicas.chat = stack.apps.filter((a) => a.name === 'chat');
    replicas.user = stack.apps.filter((a) => a.name === 'user');
    conn = await mongoose.createConnection(stack.mongoUrl, { dbName: stack.dbName }).asPromise();
  });
  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close()));
    await conn?.close();
    await stack?.stop();
  });

  for (const [service, name, interval] of [
    ['chat', SWEEP_QUEUES.uploads, 1000],
    ['user', SWEEP_QUEUES.sessions, 1000],
  ] as const) {
    it(`${service}: one scheduler (${name}) for both replicas; each interval's run is taken by exactly one of them`, async () => {
      const q = queue(name);
      const schedulers = await q.getJobSchedulers();
      expect(schedulers.map((s) => ({ key: s.key, every: s.every }))).toEqual([{ key: name, every: interval }]);

      const runs = await waitUntil(async () => {
        const done = await q.getJobs(['completed']);
        return done.length >= 6 ? done : null;
      }, `six completed ${name} runs`);
      const slots = runs.map(slotOf).sort((a, b) => a - b);
      expect(slots.every(Number.isFinite), runs.map((j) => j.id).join(', ')).toBe(true);
      // One run per slot, and no two slots within one interval: two replicas do not make two runs.
      expect(new Set(slots).size).toBe(runs.length);
      for (let i = 1; i < slots.length; i++) expect(slots[i] - slots[i - 1]).toBeGreaterThanOrEqual(interval);
      expect(new Set(runs.map((j) => j.id)).size).toBe(runs.length);
      // Every run was taken by one of the two replicas' workers, once.
      const names = workerNames(replicas[service]);
      for (const job of runs) {
        expect(names).toContain(job.processedBy);
        expect(job.attemptsMade).toBe(1);
      }
      expect(await q.getJobs(['failed'])).toEqual([]);
    });
  }

  it('the uploads sweep removes an upload never sent once it is UNSENT_UPLOAD_TTL_SECONDS old; a sent one stays', async () => {
    const alice = await login(stack);
    const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: 200, g: 40, b: 40 } } })
      .png()
      .toBuffer();
    const upload = async () => {
      const r = await uploadFile(stack.gatewayUrl, alice.accessToken, png, { type: 'image/png', filename: 'red.png' });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body as { id: string; url: string };
    };
    const [unsent, sent] = [await upload(), await upload()];
    const bob = await login(stack);
    const chat = await createDirect(stack, alice, bob.userId);
    await asOk(stack, alice, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), attachmentIds: [sent.id] } });

    await waitUntil(async () => (await fetch(unsent.url)).status === 404 || null, 'the unsent upload to be swept', 30000);
    expect((await fetch(sent.url)).status).toBe(200);
    const swept = (await queue(SWEEP_QUEUES.uploads).getJobs(['completed'])).filter((j) => (j.returnvalue as { files: number }).files > 0);
    // Both renditions (image and thumbnail) of the one unsent upload, in one run.
    expect(swept.map((j) => (j.returnvalue as { files: number }).files)).toEqual([2]);
  });

  it('the sessions sweep deletes sessions expired over a day ago and keeps the others', async () => {
    const sessions = conn.collection('sessions');
    const doc = (expiresAt: Date) => ({
      userId: 'f'.repeat(24),
      familyId: randomUUID(),
      tokenHash: createHash('sha256').update(randomUUID()).digest('hex'),
      expiresAt,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    const old = doc(new Date(Date.now() - 2 * 86400_000));
    const recent = doc(new Date(Date.now() - 3600_000));
    await sessions.insertMany([old, recent]);
    await waitUntil(async () => (await sessions.countDocuments({ tokenHash: old.tokenHash })) === 0 || null, 'the old session to be swept', 30000);
    expect(await sessions.countDocuments({ tokenHash: recent.tokenHash })).toBe(1);
    const runs = await queue(SWEEP_QUEUES.sessions).getJobs(['completed']);
    expect(runs.some((j) => (j.returnvalue as { deleted: number }).deleted >= 1)).toBe(true);
  });
});
