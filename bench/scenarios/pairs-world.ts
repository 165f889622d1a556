import { randomUUID } from 'node:crypto';
import { createDirect, sleep, type Session } from '#testing';
import { waitForQuiet, type BenchStack, type CounterDelta } from '../lib/bench-stack.js';
import { gqlBody, gqlOrThrow, postGql, type Body } from '../lib/http.js';
import { NEW_MESSAGE, SEND_MESSAGE, STORED_AFTER, type MessageSeen, type SendAnswer, type StoredMessage } from '../lib/operations.js';
import type { ProcessUsage } from '../lib/procs.js';
import { machineLoad } from '../lib/report.js';
import { openLoop } from '../lib/schedule.js';
import { mapLimit, percentiles, round, tally, type Percentiles } from '../lib/stats.js';
import { loginMany } from '../lib/users.js';
import { WsSub, wsUrlOf } from '../lib/ws-sub.js';

/** One send: when it was due, what came back, and when the other member saw it. */
interface Send {
  step: number;
  chat: number;
  sender: number;
  receiver: number;
  clientId: string;
  dueAt: number;
  repliedAt?: number;
  /** The stored message (acknowledged sends). */
  id?: string;
  seq?: number;
  /** Error code of a refused or failed send. */
  code?: string;
  message?: string;
  /** When the other member's socket delivered it (first time). */
  deliveredAt?: number;
}

interface Receiver {
  session: Session;
  sub: WsSub | null;
  /** Message ids seen, to find duplicates. */
  seen: Set<string>;
  /** Highest seq seen per chat, to find order going backwards. */
  lastSeq: Map<string, number>;
  duplicates: number;
  outOfOrder: number;
  closed: { code: number; reason: string } | null;
}

export interface VerifyResult {
  chatsChecked: number;
  storedInStep: number;
  /** Acknowledged sends whose message the API does not return: "acknowledged and lost". */
  acknowledgedMissing: number;
  /** Messages returned more than once (same id or same clientId). */
  storedTwice: number;
  /** Places where seq did not increase strictly. */
  seqNotIncreasing: number;
  /** Sends the client was told failed whose message is stored anyway. */
  storedButFailed: number;
  /** Stored messages of the step that match no send of it. */
  unexpected: number;
  errors: number;
}

export interface StepResult {
  rate: number;
  /** Machine load average (1, 5, 15 min) when the step started: other work on the machine shows here. */
  loadAverageAtStart: number[];
  durationSeconds: number;
  offered: number;
  acknowledged: number;
  failed: number;
  /** Failures by `extensions.code` (TRANSPORT / TIMEOUT / HTTP_<status> for transport failures). */
  errors: Record<string, number>;
  /** First message of each error code. */
  errorSamples: Record<string, string>;
  goodputPerSecond: number;
  /** Reply latency of acknowledged sends, from the due time. */
  replyLatencyMs: Percentiles | null;
  /** Reply latency of refused/failed sends, per code. */
  refusalLatencyMs: Record<string, Percentiles | null>;
  refusalsSlowerThan1s: number;
  /** Send (due time) → newMessage at the other member. */
  deliveryLatencyMs: Percentiles | null;
  delivered: number;
  /** Acknowledged, not delivered to the other member within the grace period. */
  lost: number;
  /** Failed for the client, delivered anyway. */
  deliveredButFailed: number;
  duplicates: number;
  outOfOrder: number;
  socketsClosed: number;
  loadGeneratorLagMs: { p99: number; max: number };
  graceSeconds: number;
  /** Seconds until the stack was idle after the step (work of sends the gateway gave up on). */
  quietBeforeVerifySeconds: number;
  verify: VerifyResult;
  processes: Record<string, ProcessUsage>;
  counters: CounterDelta;
  clean: boolean;
  /** Why the step is not clean. */
  problems: string[];
}

export interface PairsWorldOptions {
  pairs: number;
  log: (line: string) => void;
}

/**
 * P direct chats of two users each; every user holds one graphql-ws socket subscribed to
 * newMessage (all chats). Steps send at a fixed total rate over HTTP, senders alternating
 * within each pair, and follow every message to the other member's socket and into the store.
 */
export class PairsWorld {
  private readonly sends: Send[] = [];
  private readonly byClientId = new Map<string, Send>();
  private readonly receivers: Receiver[] = [];
  private chatIds: string[] = [];
  /** Highest seq verified per chat. */
  private verifiedSeq: number[] = [];
  private readonly sentPerPair: number[] = [];
  private stepNo = 0;
  private readonly runTag = randomUUID().slice(0, 8);

  private constructor(
    private readonly bench: BenchStack,
    private readonly opts: PairsWorldOptions,
  ) {}

  static async create(bench: BenchStack, opts: PairsWorldOptions): Promise<PairsWorld> {
    const w = new PairsWorld(bench, opts);
    await w.setup();
    return w;
  }

  get users(): number {
    return this.receivers.length;
  }

  private async setup(): Promise<void> {
    const { stack } = this.bench;
    const sessions = await loginMany(stack, this.opts.pairs * 2, this.opts.log);
    this.chatIds = await mapLimit(
      Array.from({ length: this.opts.pairs }),
      8,
      async (_, k) => (await createDirect(stack, sessions[2 * k], sessions[2 * k + 1].userId)).id,
    );
    this.verifiedSeq = this.chatIds.map(() => 0);
    this.sentPerPair.push(...this.chatIds.map(() => 0));
    const url = wsUrlOf(this.bench.gatewayUrl);
    for (const session of sessions) {
      const r: Receiver = { session, sub: null, seen: new Set(), lastSeq: new Map(), duplicates: 0, outOfOrder: 0, closed: null };
      const index = this.receivers.length;
      r.sub = new WsSub(
        url,
        session.accessToken,
        NEW_MESSAGE,
        {},
        { onData: (d) => this.onEvent(index, d.newMessage), onClose: (code, reason) => (r.closed = { code, reason }) },
      );
      this.receivers.push(r);
    }
    await Promise.all(this.receivers.map((r) => r.sub!.ready));
    this.opts.log(`${this.receivers.length} sockets subscribed to newMessage`);
    // Warm-up, and proof that every subscription is live: one message per pair, seen by both.
    await this.warmUp();
  }

  private async warmUp(): Promise<void> {
    const started = this.receivers.map((r) => r.seen.size);
    await mapLimit(this.chatIds, 8, async (chatId, k) => {
      await gqlOrThrow(this.bench.gatewayUrl, this.receivers[2 * k].session.accessToken, SEND_MESSAGE, {
        chatId,
        clientId: randomUUID(),
        text: `warm-up ${k}`,
      });
    });
    const until = Date.now() + 15000;
    while (this.receivers.some((r, i) => r.seen.size < started[i] + 1)) {
      if (Date.now() > until) throw new Error('warm-up messages did not reach every socket within 15 s');
      await sleep(50);
    }
    this.verifiedSeq = this.verifiedSeq.map(() => 1);
  }

  private onEvent(index: number, m: MessageSeen): void {
    const now = performance.now();
    const r = this.receivers[index];
    if (r.seen.has(m.id)) r.duplicates++;
    else r.seen.add(m.id);
    const last = r.lastSeq.get(m.chatId) ?? 0;
    if (m.seq < last) r.outOfOrder++;
    else r.lastSeq.set(m.chatId, m.seq);
    const send = m.clientId ? this.byClientId.get(m.clientId) : undefined;
    if (send && send.receiver === index && send.deliveredAt === undefined) send.deliveredAt = now;
  }

  /** One step: `rate` sends per second for `durationSeconds`, then a grace period for late events, then verification through the API. */
  async step(rate: number, durationSeconds: number, opts: { graceSeconds: number; p99LimitMs: number }): Promise<StepResult> {
    const step = ++this.stepNo;
    const count = Math.round(rate * durationSeconds);
    const P = this.chatIds.length;
    const dupBefore = this.receivers.map((r) => r.duplicates);
    const oooBefore = this.receivers.map((r) => r.outOfOrder);
    const closedBefore = this.receivers.filter((r) => r.closed).length;
    const stepSends: Send[] = [];
    const pending: Array<Promise<void>> = [];
    const bodies: Array<Body<SendAnswer>> = [];
    // Requests are built before the clock starts.
    for (let i = 0; i < count; i++) {
      const chat = i % P;
      const nth = this.sentPerPair[chat]++;
      const sender = 2 * chat + (nth % 2);
      const receiver = 2 * chat + ((nth + 1) % 2);
      const clientId = randomUUID();
      const s: Send = { step, chat, sender, receiver, clientId, dueAt: 0 };
      stepSends.push(s);
      this.sends.push(s);
      this.byClientId.set(clientId, s);
      bodies.push(gqlBody(SEND_MESSAGE, { chatId: this.chatIds[chat], clientId, text: `bench ${this.runTag} step ${step} message ${i} from ${sender}` }));
    }
    this.opts.log(`step ${step}: ${rate} msg/s for ${durationSeconds} s (${count} sends)`);
    const loadAverageAtStart = machineLoad().loadAverage;
    const window = await this.bench.window();
    const lag = await openLoop(count, rate, (i, dueAt) => {
      const s = stepSends[i];
      s.dueAt = dueAt;
      pending.push(
        postGql(this.bench.gatewayUrl, this.receivers[s.sender].session.accessToken, bodies[i]).then((r) => {
          s.repliedAt = performance.now();
          if (r.code || !r.data) {
            s.code = r.code ?? 'UNKNOWN';
            s.message = r.message;
          } else {
            s.id = r.data.sendMessage.id;
            s.seq = r.data.sendMessage.seq;
          }
        }),
      );
    });
    await Promise.all(pending);
    // Grace: late events of acknowledged (and of failed but stored) messages.
    const graceUntil = performance.now() + opts.graceSeconds * 1000;
    while (performance.now() < graceUntil && stepSends.some((s) => s.id && s.deliveredAt === undefined)) await sleep(50);
    const acknowledged = stepSends.filter((s) => s.id);
    const { processes, counters } = await window.finish(acknowledged.length);
    // Sends the gateway gave up on may still be running in the chat service: let them finish, then read what was stored.
    const quietSeconds = await waitForQuiet(this.bench, 300);
    const verify = await this.verify(stepSends);

    const failed = stepSends.filter((s) => !s.id);
    const errors = tally(failed.map((s) => s.code!));
    const errorSamples: Record<string, string> = {};
    for (const s of failed) errorSamples[s.code!] ??= s.message ?? '';
    const refusalLatencyMs: Record<string, Percentiles | null> = {};
    for (const code of Object.keys(errors)) refusalLatencyMs[code] = percentiles(failed.filter((s) => s.code === code).map((s) => s.repliedAt! - s.dueAt));
    const delivered = acknowledged.filter((s) => s.deliveredAt !== undefined);
    const result: StepResult = {
      rate,
      loadAverageAtStart,
      durationSeconds,
      offered: count,
      acknowledged: acknowledged.length,
      failed: failed.length,
      errors,
      errorSamples,
      goodputPerSecond: round(acknowledged.length / durationSeconds, 2),
      replyLatencyMs: percentiles(acknowledged.map((s) => s.repliedAt! - s.dueAt)),
      refusalLatencyMs,
      refusalsSlowerThan1s: failed.filter((s) => s.repliedAt! - s.dueAt > 1000).length,
      deliveryLatencyMs: percentiles(delivered.map((s) => s.deliveredAt! - s.dueAt)),
      delivered: delivered.length,
      lost: acknowledged.length - delivered.length,
      deliveredButFailed: failed.filter((s) => s.deliveredAt !== undefined).length,
      duplicates: this.receivers.reduce((n, r, i) => n + r.duplicates - dupBefore[i], 0),
      outOfOrder: this.receivers.reduce((n, r, i) => n + r.outOfOrder - oooBefore[i], 0),
      socketsClosed: this.receivers.filter((r) => r.closed).length - closedBefore,
      loadGeneratorLagMs: { p99: lag.lagMsP99, max: lag.lagMsMax },
      graceSeconds: opts.graceSeconds,
      quietBeforeVerifySeconds: quietSeconds,
      verify,
      processes,
      counters,
      clean: true,
      problems: [],
    };
    const p = result.problems;
    if (result.failed)
      p.push(
        `${result.failed} failed sends (${Object.entries(errors)
          .map(([c, n]) => `${c} ${n}`)
          .join(', ')})`,
      );
    if (result.lost) p.push(`${result.lost} lost`);
    if (result.duplicates) p.push(`${result.duplicates} duplicates`);
    if (result.outOfOrder) p.push(`${result.outOfOrder} out of order`);
    if (result.socketsClosed) p.push(`${result.socketsClosed} sockets closed`);
    if (verify.acknowledgedMissing) p.push(`${verify.acknowledgedMissing} acknowledged but not stored`);
    if (verify.storedTwice) p.push(`${verify.storedTwice} stored twice`);
    if (verify.seqNotIncreasing) p.push(`${verify.seqNotIncreasing} seq not increasing`);
    if (verify.errors) p.push(`${verify.errors} verification reads failed`);
    if ((result.deliveryLatencyMs?.p99 ?? Infinity) > opts.p99LimitMs)
      p.push(`send→event p99 ${result.deliveryLatencyMs?.p99 ?? '–'} ms > ${opts.p99LimitMs} ms`);
    result.clean = p.length === 0;
    this.opts.log(
      `step ${step}: ${result.acknowledged}/${count} acknowledged, reply p99 ${result.replyLatencyMs?.p99 ?? '–'} ms, send→event p50 ${result.deliveryLatencyMs?.p50 ?? '–'} p99 ${result.deliveryLatencyMs?.p99 ?? '–'} ms; ${result.clean ? 'clean' : p.join('; ')}`,
    );
    return result;
  }

  /** Reads every chat through the API after its last verified seq: each acknowledged message stored once, seq strictly increasing. */
  private async verify(stepSends: Send[]): Promise<VerifyResult> {
    const v: VerifyResult = {
      chatsChecked: 0,
      storedInStep: 0,
      acknowledgedMissing: 0,
      storedTwice: 0,
      seqNotIncreasing: 0,
      storedButFailed: 0,
      unexpected: 0,
      errors: 0,
    };
    const byChat = new Map<number, Send[]>();
    for (const s of stepSends) byChat.set(s.chat, [...(byChat.get(s.chat) ?? []), s]);
    await mapLimit([...byChat.keys()], 4, async (chat) => {
      const token = this.receivers[2 * chat].session.accessToken;
      const stored: StoredMessage[] = [];
      let after = this.verifiedSeq[chat];
      for (;;) {
        const r = await postGql(this.bench.gatewayUrl, token, gqlBody(STORED_AFTER, { chatId: this.chatIds[chat], afterSeq: after }), 120000);
        if (!r.data) {
          v.errors++;
          return;
        }
        stored.push(...r.data.messages.messages);
        if (!r.data.messages.hasMoreAfter || !r.data.messages.messages.length) break;
        after = r.data.messages.messages[r.data.messages.messages.length - 1].seq;
      }
      v.chatsChecked++;
      let prev = this.verifiedSeq[chat];
      const ids = new Set<string>();
      const clientIds = new Map<string, number>();
      for (const m of stored) {
        if (m.seq <= prev) v.seqNotIncreasing++;
        prev = Math.max(prev, m.seq);
        if (ids.has(m.id)) v.storedTwice++;
        ids.add(m.id);
        if (m.clientId) clientIds.set(m.clientId, (clientIds.get(m.clientId) ?? 0) + 1);
      }
      for (const n of clientIds.values()) if (n > 1) v.storedTwice += n - 1;
      v.storedInStep += stored.length;
      const mine = byChat.get(chat)!;
      const mineIds = new Set(mine.map((s) => s.clientId));
      for (const s of mine) {
        const n = clientIds.get(s.clientId) ?? 0;
        if (s.id && (n === 0 || !ids.has(s.id))) v.acknowledgedMissing++;
        if (!s.id && n > 0) v.storedButFailed++;
      }
      for (const m of stored) if (!m.clientId || !mineIds.has(m.clientId)) v.unexpected++;
      this.verifiedSeq[chat] = prev;
    });
    return v;
  }

  async close(): Promise<void> {
    await Promise.all(this.receivers.map((r) => r.sub?.closeAndWait() ?? Promise.resolve()));
  }
}
