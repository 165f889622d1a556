import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { MongoClient, ObjectId, type Db } from 'mongodb';
import { createDirect, createGroup, send, type Session } from '#testing';
import { BenchStack, waitForQuiet, type CounterDelta } from '../lib/bench-stack.js';
import { gqlBody, postGql } from '../lib/http.js';
import { CHATS_PAGE, MESSAGES_PAGE } from '../lib/operations.js';
import type { ProcessUsage } from '../lib/procs.js';
import { fmtMs, headerMarkdown, machineLoad, resultBase, table, writeResult, type CommonOptions, type ResultBase } from '../lib/report.js';
import { percentiles, round, tally, type Percentiles } from '../lib/stats.js';
import { loginMany } from '../lib/users.js';
import {
  cacheKeysOf,
  COLLECTIONS,
  compareShapes,
  directChatDoc,
  readState,
  textMessageDoc,
  type ChatDocument,
  type InboxDocument,
  type MessageDocument,
} from '../seed-shapes.js';

export interface ReadsOptions extends CommonOptions {
  /** Stored messages at each level (the database grows from one level to the next). */
  levels: number[];
  /** Users (all pairs of them get a direct chat: users × (users − 1) memberships). */
  users: number;
  /** Concurrent clients (closed loop), each a different reader where possible. */
  clients: number;
  /** Seconds each query runs per level. */
  duration: number;
}

export const READS_DEFAULTS = { levels: [1000, 10000, 100000], users: 100, clients: 10, duration: 20 };

const LINES = [
  'Morning! Did the build go green overnight?',
  'Yes, all three tiers passed.',
  'Nice. Shall we look at the search highlights today?',
  'Sure, after lunch works for me.',
  'I pushed a fix for the unread counter.',
  'Can you share the benchmark numbers?',
  'Coffee first ☕',
  'Reminder: demo at 4 pm. Bring the slides and the numbers from yesterday, please.',
  'See you there 👋',
];
/** Seconds between two seeded messages (their createdAt). */
const SPACING_MS = 5000;
/** Share of the seeded messages that go to the readers' hot chats (the ones `messages` pages). */
const HOT_SHARE = 0.5;

export interface QueryRun {
  query: 'messages' | 'chats';
  loadAverageAtStart: number[];
  clients: number;
  durationSeconds: number;
  /** One request alone before the run. */
  probe: { ms: number; code: string | null };
  /** One request of every client at once after the probe, before the measured run (caches filled). */
  warmup: { clients: number; ms: number; errors: number };
  /** Why the run was cut to one request per client, or null. */
  capped: string | null;
  /** Seconds waited for the stack to be idle before and after (work left from requests the gateway gave up on). */
  quietSeconds: { before: number; after: number };
  requests: number;
  /** Requests answered without errors. */
  answered: number;
  /** Answered requests per second. */
  requestsPerSecond: number;
  errors: Record<string, number>;
  /** Of answered requests. */
  latencyMs: Percentiles | null;
  failedLatencyMs: Percentiles | null;
  processes: Record<string, ProcessUsage>;
  /** Per request. */
  counters: CounterDelta;
}

export interface ReadsLevel {
  level: number;
  messagesStored: number;
  chats: number;
  memberships: number;
  seedSeconds: number;
  /** What the API answered matches the seeded state (counts, order, unread, last message). */
  checks: { ok: boolean; problems: string[] };
  queries: { messages: QueryRun; chats: QueryRun };
}

export interface ReadsResult extends ResultBase {
  scenario: 'reads';
  shapeCheck: { ok: boolean; differences: string[] };
  setupSeconds: number;
  levels: ReadsLevel[];
}

interface BulkChat {
  id: ObjectId;
  a: number;
  b: number;
  createdAt: Date;
  /** senders[seq - 1]: user id of the sender of message `seq`. */
  senders: string[];
  last?: { at: Date };
}

/**
 * `reads`: the two reads a chat client makes most, against a database that grows from level to
 * level. Users and a handful of chats (with messages) come through the API; the bulk (direct
 * chats between all other pairs of users, with their members and read positions, the users'
 * inboxes, and the messages) is inserted with the MongoDB driver in the chat service's own
 * document shape (bench/seed-shapes.ts), and the service's Redis cache of those is dropped.
 */
export async function runReads(opts: ReadsOptions): Promise<ReadsResult> {
  const log = opts.log ?? (() => undefined);
  const started = { at: new Date(), load: machineLoad() };
  log(`reads: load at start ${started.load.loadAverage.join(', ')}`);
  const R = Math.min(opts.clients, Math.floor(opts.users / 2));
  if (R < 1 || opts.users < 4) throw new Error('reads needs at least 4 users and 1 client');
  const bench = opts.bench ?? (await BenchStack.start({ handler: opts.handler, cpuProfileDir: opts.cpuProfileDir }));
  const mongo = await MongoClient.connect(bench.stack.mongoUrl);
  const redis = new Redis(bench.stack.redis.url);
  try {
    const db = mongo.db(bench.stack.dbName);
    const t0 = performance.now();
    const users = await loginMany(bench.stack, opts.users, log);
    const ids = users.map((u) => u.userId);
    const readers = users.slice(0, R);

    // Through the API: a direct chat of each reader with a non-reader, with messages, and one group.
    const apiPairs = new Set<string>();
    let apiMessages = 0;
    let apiChatId = '';
    for (let r = 0; r < R; r++) {
      const other = users[R + r];
      const chat = await createDirect(bench.stack, readers[r], other.userId);
      apiChatId ||= chat.id;
      apiPairs.add(`${r}:${R + r}`);
      for (let k = 0; k < 3; k++) await send(bench.stack, k % 2 ? other : readers[r], chat.id, LINES[k]);
      apiMessages += 3;
    }
    if (R > 1) {
      await createGroup(
        bench.stack,
        readers[0],
        'readers',
        readers.slice(1).map((s) => s.userId),
      );
      apiMessages += 1;
    }

    // The bulk: every other pair of users.
    const now = Date.now();
    const maxLevel = Math.max(...opts.levels);
    const base = new Date(now - (maxLevel + 10) * SPACING_MS - 86_400_000);
    const bulk: BulkChat[] = [];
    for (let i = 0; i < users.length; i++)
      for (let j = i + 1; j < users.length; j++) if (!apiPairs.has(`${i}:${j}`)) bulk.push({ id: new ObjectId(), a: i, b: j, createdAt: base, senders: [] });
    // One hot chat per reader: the one its clients page through.
    const hot: BulkChat[] = [];
    for (let r = 0; r < R; r++) {
      const c = bulk.filter((x) => (x.a === r || x.b === r) && !hot.includes(x)).sort((x, y) => Math.max(y.a, y.b) - Math.max(x.a, x.b))[0];
      hot.push(c);
    }
    const cold = bulk.filter((c) => !hot.includes(c));
    await db.collection<ChatDocument>(COLLECTIONS.chats).insertMany(bulk.map((c) => chatDocOf(c, ids)));
    // Each user's inbox: the chats made through the API, and the bulk.
    const inboxes = db.collection<InboxDocument>(COLLECTIONS.inboxes);
    for (const [u, userId] of ids.entries()) {
      const existing = (await inboxes.findOne({ _id: userId }))?.chatIds ?? [];
      const seeded = bulk.filter((c) => c.a === u || c.b === u).map((c) => c.id.toHexString());
      await inboxes.updateOne({ _id: userId }, { $set: { chatIds: [...existing, ...seeded] } }, { upsert: true });
    }
    await redis.del(...cacheKeysOf([], ids));

    const shapeCheck = await checkShapes(db, apiChatId, bulk[0], ids);
    if (!shapeCheck.ok) log(`SHAPE MISMATCH: ${shapeCheck.differences.join('; ')}`);
    const setupSeconds = round((performance.now() - t0) / 1000, 1);
    log(`setup: ${users.length} users, ${R} API chats, ${bulk.length} bulk chats in ${setupSeconds} s`);

    let stored = apiMessages;
    let generated = 0;
    let coldCursor = 0;
    const levels: ReadsLevel[] = [];
    for (const level of [...opts.levels].sort((a, b) => a - b)) {
      const add = level - stored;
      const ts = performance.now();
      if (add > 0) {
        const batch: MessageDocument[] = [];
        const flush = async () => {
          if (batch.length) await db.collection<MessageDocument>(COLLECTIONS.messages).insertMany(batch.splice(0), { ordered: false });
        };
        for (let k = 0; k < add; k++) {
          const hotTurn = cold.length === 0 || (k % 100) / 100 < HOT_SHARE;
          const chat = hotTurn ? hot[k % hot.length] : cold[coldCursor++ % cold.length];
          const seq = chat.senders.length + 1;
          const sender = ids[seq % 2 ? chat.a : chat.b];
          const at = new Date(base.getTime() + ++generated * SPACING_MS);
          chat.senders.push(sender);
          chat.last = { at };
          batch.push(
            textMessageDoc({
              chatId: chat.id,
              seq,
              senderId: sender,
              clientId: randomUUID(),
              text: `${LINES[generated % LINES.length]} (#${generated})`,
              createdAt: at,
            }),
          );
          if (batch.length >= 1000) await flush();
        }
        await flush();
        stored = level;
        // Chats (with their members' read positions) as the sends would have left them; the
        // service's cache of them is dropped so it reads what was seeded.
        await db.collection(COLLECTIONS.chats).deleteMany({ _id: { $in: bulk.map((c) => c.id) } });
        await db.collection<ChatDocument>(COLLECTIONS.chats).insertMany(bulk.map((c) => chatDocOf(c, ids)));
        await redis.del(
          ...cacheKeysOf(
            bulk.map((c) => c.id.toHexString()),
            [],
          ),
        );
      }
      const seedSeconds = round((performance.now() - ts) / 1000, 1);
      const counts = {
        messagesStored: await db.collection(COLLECTIONS.messages).countDocuments(),
        chats: await db.collection(COLLECTIONS.chats).countDocuments(),
        memberships: await countMemberships(db),
      };
      log(`level ${level}: ${counts.messagesStored} messages, ${counts.chats} chats, ${counts.memberships} memberships (seeded in ${seedSeconds} s)`);
      await waitForQuiet(bench, 600);
      const checks = await checkAnswers(bench, readers, hot, bulk, ids);
      if (!checks.ok) log(`level ${level}: API answers differ from the seed: ${checks.problems.slice(0, 5).join('; ')}`);

      const messages = await measure(bench, 'messages', opts, (c) => ({
        token: readers[c % R].accessToken,
        body: gqlBody(MESSAGES_PAGE, { chatId: hot[c % R].id.toHexString(), limit: 50 }),
      }));
      log(`level ${level}: messages ${messages.requestsPerSecond} req/s, p50 ${messages.latencyMs?.p50 ?? '–'} p99 ${messages.latencyMs?.p99 ?? '–'} ms`);
      const chats = await measure(bench, 'chats', opts, (c) => ({ token: readers[c % R].accessToken, body: gqlBody(CHATS_PAGE, { first: 30 }) }));
      log(`level ${level}: chats ${chats.requestsPerSecond} req/s, p50 ${chats.latencyMs?.p50 ?? '–'} p99 ${chats.latencyMs?.p99 ?? '–'} ms`);
      levels.push({ level, ...counts, seedSeconds, checks, queries: { messages, chats } });
    }
    const baseResult = await resultBase('reads', opts, started, await bench.versions(), bench.env, {
      levels: opts.levels,
      users: opts.users,
      readers: R,
      clients: opts.clients,
      durationSeconds: opts.duration,
      hotShare: HOT_SHARE,
      messagesQuery: 'messages(chatId, limit: 50) with the web app’s MessageBits, each client on its reader’s busiest chat',
      chatsQuery: 'chats(first: 30) with the web app’s ChatBits',
      model: 'closed loop: each client sends its next request when the previous one answered',
    });
    return writeResult(opts.outDir, { ...baseResult, scenario: 'reads' as const, shapeCheck, setupSeconds, levels });
  } finally {
    redis.disconnect();
    await mongo.close();
    if (!opts.bench) await bench.stop();
  }
}

/** Members of all chats (each user's place in each chat: the memberships of the old layout). */
async function countMemberships(db: Db): Promise<number> {
  let n = 0;
  for await (const c of db.collection<{ members?: Record<string, unknown> }>(COLLECTIONS.chats).find({}, { projection: { members: 1 } }))
    n += Object.keys(c.members ?? {}).length;
  return n;
}

function chatDocOf(c: BulkChat, ids: string[]): ChatDocument {
  const lastReadSeq = Object.fromEntries(readStatesOf(c, ids).map((m) => [m.userId, m.lastReadSeq]));
  return directChatDoc({
    id: c.id,
    userA: ids[c.a],
    userB: ids[c.b],
    createdAt: c.createdAt,
    lastSeq: c.senders.length,
    lastActivityAt: c.last?.at ?? c.createdAt,
    lastReadSeq,
  });
}

/** Both members' read state: they have read all but the last few messages (0..3), varying by chat and member. */
function readStatesOf(c: BulkChat, ids: string[]): Array<{ userId: string; lastReadSeq: number; unreadCount: number }> {
  return [c.a, c.b].map((u, k) => {
    const behind = (c.senders.length + k + c.a) % 4;
    return { userId: ids[u], ...readState(c.senders, ids[u], Math.max(0, c.senders.length - behind)) };
  });
}

/** Compares seeded documents with ones the chat service wrote through the API. */
async function checkShapes(db: Db, apiChatId: string, sample: BulkChat, ids: string[]): Promise<{ ok: boolean; differences: string[] }> {
  const written = {
    chat: await db.collection(COLLECTIONS.chats).findOne({ _id: new ObjectId(apiChatId) }),
    inbox: await db.collection<InboxDocument>(COLLECTIONS.inboxes).findOne({ _id: ids[0] }),
    message: await db.collection(COLLECTIONS.messages).findOne({ chatId: apiChatId, type: 'text' }),
  };
  const probe: BulkChat = { ...sample, senders: [ids[sample.a]], last: { at: new Date() } };
  const differences = [
    ...(written.chat ? compareShapes('chat', { ...chatDocOf(probe, ids) }, written.chat) : ['no chat written by the service to compare']),
    ...(written.inbox ? compareShapes('inbox', { _id: ids[0], chatIds: [apiChatId] }, { ...written.inbox }) : ['no inbox to compare']),
    ...(written.message
      ? compareShapes(
          'message',
          { ...textMessageDoc({ chatId: probe.id, seq: 1, senderId: ids[0], clientId: randomUUID(), text: 'x', createdAt: new Date() }) },
          written.message,
        )
      : ['no message to compare']),
  ];
  return { ok: differences.length === 0, differences };
}

/** The API's answers for the first reader agree with the seeded state. */
async function checkAnswers(
  bench: BenchStack,
  readers: Session[],
  hot: BulkChat[],
  bulk: BulkChat[],
  ids: string[],
): Promise<{ ok: boolean; problems: string[] }> {
  const problems: string[] = [];
  const reader = readers[0];
  const byId = new Map(bulk.map((c) => [c.id.toHexString(), c]));
  const listed = await postGql(bench.gatewayUrl, reader.accessToken, gqlBody(CHATS_PAGE, { first: 30 }), 120000);
  if (!listed.data || listed.code) return { ok: false, problems: [`chats query failed: ${listed.code ?? ''} ${listed.message ?? ''}`] };
  const list = listed.data;
  if (list.chats.edges.length !== 30 && list.chats.edges.length < bulk.filter((c) => c.a === 0 || c.b === 0).length)
    problems.push(`chats: ${list.chats.edges.length} edges`);
  const times = list.chats.edges.map((e) => Date.parse(e.node.updatedAt));
  if (times.some((t, i) => i > 0 && t > times[i - 1])) problems.push('chats: not newest activity first');
  for (const { node } of list.chats.edges) {
    const c = byId.get(node.id);
    if (!c) continue; // made through the API
    const mine = readStatesOf(c, ids).find((m) => m.userId === reader.userId)!;
    if (node.lastSeq !== c.senders.length) problems.push(`chat ${node.id}: lastSeq ${node.lastSeq}, seeded ${c.senders.length}`);
    if (node.unreadCount !== mine.unreadCount) problems.push(`chat ${node.id}: unreadCount ${node.unreadCount}, seeded ${mine.unreadCount}`);
    if (node.myLastReadSeq !== mine.lastReadSeq) problems.push(`chat ${node.id}: myLastReadSeq ${node.myLastReadSeq}, seeded ${mine.lastReadSeq}`);
    if ((node.lastMessage?.seq ?? 0) !== c.senders.length)
      problems.push(`chat ${node.id}: lastMessage seq ${node.lastMessage?.seq ?? 'none'}, seeded ${c.senders.length}`);
    if (node.members.length !== 2) problems.push(`chat ${node.id}: ${node.members.length} members`);
  }
  const h = hot[0];
  const paged = await postGql(bench.gatewayUrl, reader.accessToken, gqlBody(MESSAGES_PAGE, { chatId: h.id.toHexString(), limit: 50 }), 120000);
  if (!paged.data || paged.code) return { ok: false, problems: [...problems, `messages query failed: ${paged.code ?? ''} ${paged.message ?? ''}`] };
  const page = paged.data;
  const seqs = page.messages.messages.map((m) => m.seq);
  const want = Math.min(50, h.senders.length);
  if (seqs.length !== want) problems.push(`messages: ${seqs.length} on the page, expected ${want}`);
  if (seqs.length && seqs[seqs.length - 1] !== h.senders.length) problems.push(`messages: newest seq ${seqs[seqs.length - 1]}, seeded ${h.senders.length}`);
  if (seqs.some((s, i) => i > 0 && s !== seqs[i - 1] + 1)) problems.push('messages: seq not consecutive ascending');
  if (page.messages.messages.some((m) => m.sender.id !== h.senders[m.seq - 1])) problems.push('messages: wrong sender');
  if (page.messages.hasMoreBefore !== h.senders.length > 50) problems.push(`messages: hasMoreBefore ${page.messages.hasMoreBefore}`);
  return { ok: problems.length === 0, problems };
}

/** A single request slower than this (or failing) caps a measurement at one request per client. */
const PROBE_LIMIT_MS = 2000;

/**
 * Closed loop: `clients` clients, each sending its next request when the previous one answered,
 * for the duration. A probe request goes first: when it fails or takes longer than
 * PROBE_LIMIT_MS, each client sends one request only (the level is too slow to run for the
 * duration; the result says so). Afterwards the stack is left to finish work the gateway gave up
 * on (timed-out requests still run in the chat service and the database) before the next one.
 */
async function measure(
  bench: BenchStack,
  query: 'messages' | 'chats',
  opts: ReadsOptions,
  request: (client: number) => { token: string; body: string },
): Promise<QueryRun> {
  const probe0 = performance.now();
  const probe = await postGql(bench.gatewayUrl, request(0).token, request(0).body, 120000);
  const probeMs = round(performance.now() - probe0);
  const capped =
    probe.code || probeMs > PROBE_LIMIT_MS ? `probe request ${probe.code ? `failed (${probe.code})` : 'took'} ${probeMs} ms: one request per client` : null;
  // Every client's first request (its reader's chats read from the database into the cache) is
  // timed apart: the run measures the steady state.
  const warm0 = performance.now();
  const warmup = capped
    ? []
    : await Promise.all(Array.from({ length: opts.clients }, (_, c) => postGql(bench.gatewayUrl, request(c).token, request(c).body, 120000)));
  const warmupMs = round(performance.now() - warm0);
  const quietBefore = await waitForQuiet(bench, 600);
  const ok: number[] = [];
  const failed: number[] = [];
  const codes: string[] = [];
  const loadAverageAtStart = machineLoad().loadAverage;
  const window = await bench.window();
  const t0 = performance.now();
  const until = t0 + opts.duration * 1000;
  await Promise.all(
    Array.from({ length: opts.clients }, async (_, c) => {
      const { token, body } = request(c);
      do {
        const t = performance.now();
        const r = await postGql(bench.gatewayUrl, token, body, 120000);
        (r.code ? failed : ok).push(performance.now() - t);
        if (r.code) codes.push(r.code);
      } while (!capped && performance.now() < until);
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  const { processes, counters } = await window.finish(ok.length + failed.length);
  const quietAfter = await waitForQuiet(bench, 900);
  return {
    query,
    loadAverageAtStart,
    clients: opts.clients,
    durationSeconds: round(elapsed, 1),
    probe: { ms: probeMs, code: probe.code ?? null },
    warmup: { clients: warmup.length, ms: warmupMs, errors: warmup.filter((r) => r.code).length },
    capped,
    quietSeconds: { before: quietBefore, after: quietAfter },
    requests: ok.length + failed.length,
    answered: ok.length,
    requestsPerSecond: round(ok.length / elapsed, 1),
    errors: tally(codes),
    latencyMs: percentiles(ok),
    failedLatencyMs: percentiles(failed),
    processes,
    counters,
  };
}

export function readsMarkdown(r: ReadsResult): string {
  const row = (l: ReadsLevel, q: QueryRun) => [
    l.level,
    q.query,
    `${q.probe.code ?? ''} ${fmtMs(q.probe.ms)}`.trim(),
    `${q.answered}/${q.requests}${q.capped ? ' (capped)' : ''}`,
    q.requestsPerSecond,
    `${fmtMs(q.latencyMs?.p50)} / ${fmtMs(q.latencyMs?.p90)} / ${fmtMs(q.latencyMs?.p99)} / ${fmtMs(q.latencyMs?.max)}`,
    Object.entries(q.errors)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ') || 0,
    q.counters.db.perOp,
    ['gateway', 'chat', 'user', 'docdb', 'postgres'].map((k) => q.processes[k]?.cpuSeconds ?? '–').join(' / '),
    q.loadAverageAtStart[0],
  ];
  return [
    headerMarkdown(r),
    '',
    `${r.parameters.users as number} users, ${r.parameters.clients as number} clients (closed loop), ${r.parameters.durationSeconds as number} s per query and level. Document shapes ${r.shapeCheck.ok ? 'match what the chat service writes' : `DIFFER: ${r.shapeCheck.differences.join('; ')}`}.`,
    '',
    table(
      ['level', 'stored', 'chats', 'memberships', 'seeded in s', 'API answers'],
      r.levels.map((l) => [
        l.level,
        l.messagesStored,
        l.chats,
        l.memberships,
        l.seedSeconds,
        l.checks.ok ? 'consistent' : l.checks.problems.slice(0, 3).join('; '),
      ]),
    ),
    '',
    table(
      [
        'level',
        'query',
        'one request alone, ms',
        'answered/requests',
        'req/s',
        'p50/p90/p99/max ms (answered)',
        'errors',
        'db cmds/req',
        'CPU s (gw/chat/user/docdb/pg)',
        'load',
      ],
      r.levels.flatMap((l) => [row(l, l.queries.messages), row(l, l.queries.chats)]),
    ),
  ].join('\n');
}
