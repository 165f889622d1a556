import { randomUUID } from 'node:crypto';
import { graphql, login, sleep, type Session } from '#testing';
import { BenchStack, waitForQuiet } from '../lib/bench-stack.js';
import { gqlBody, postGql } from '../lib/http.js';
import { NEW_MESSAGE, SEND_MESSAGE } from '../lib/operations.js';
import type { ProcessUsage } from '../lib/procs.js';
import { fmtMs, headerMarkdown, machineLoad, resultBase, table, writeResult, type CommonOptions, type ResultBase } from '../lib/report.js';
import { openLoop } from '../lib/schedule.js';
import { percentiles, round, tally, type Percentiles } from '../lib/stats.js';
import type { CounterDelta } from '../lib/bench-stack.js';
import { loginMany } from '../lib/users.js';
import { WsSub, wsUrlOf } from '../lib/ws-sub.js';

export interface FanoutOptions extends CommonOptions {
  /** Members wanted in the group, the sender included. */
  members: number;
  rate: number;
  duration: number;
  graceSeconds: number;
}

export const FANOUT_DEFAULTS = { members: 1000, rate: 10, duration: 30, graceSeconds: 5 };

// The group's setup, selecting only what it counts: the members.
const CREATE_GROUP = graphql(`
  mutation FanoutCreateGroup($i: CreateGroupInput!) {
    createGroupChat(input: $i) {
      id
      members {
        user {
          id
        }
      }
    }
  }
`);
const ADD_MEMBERS = graphql(`
  mutation FanoutAddMembers($c: ID!, $u: [ID!]!) {
    addMembers(chatId: $c, userIds: $u) {
      id
      members {
        user {
          id
        }
      }
    }
  }
`);
const CHUNK = 100;

export interface FanoutResult extends ResultBase {
  scenario: 'fanout';
  group: {
    requestedMembers: number;
    /** Members the group has (the sender included). */
    members: number;
    /** When the API would not take the size asked for: the first refusal of addMembers, and the size the group stopped at. */
    refused: { code: string; message: string; membersAtRefusal: number } | null;
    setupSeconds: number;
    /** Seconds to connect every member's socket, and until the stack was quiet again after that. */
    connectSeconds: number;
    quietAfterConnectSeconds: number;
  };
  loadAverageAtSendStart: number[];
  /** Sockets subscribed (every member but the sender). */
  receivers: number;
  offered: number;
  acknowledged: number;
  errors: Record<string, number>;
  replyLatencyMs: Percentiles | null;
  /** Send (due time) → newMessage, over every delivery to every receiver. */
  deliveryLatencyMs: Percentiles | null;
  /** Send → the last receiver's delivery, per message. */
  lastDeliveryLatencyMs: Percentiles | null;
  deliveries: number;
  expectedDeliveries: number;
  /** Sends the client was told failed that members received anyway (deliveries). */
  deliveredButFailed: { messages: number; deliveries: number };
  lost: { total: number; membersWithLoss: number; maxPerMember: number };
  duplicates: number;
  outOfOrder: number;
  socketsClosed: number;
  loadGeneratorLagMs: { p99: number; max: number };
  processes: Record<string, ProcessUsage>;
  counters: CounterDelta;
}

interface Member {
  session: Session;
  sub: WsSub | null;
  got: Map<string, number>;
  seen: Set<string>;
  lastSeq: number;
  duplicates: number;
  outOfOrder: number;
}

/**
 * `fanout`: one group of M members, all subscribed to newMessage, one sender at a fixed rate.
 * The group is built with createGroupChat and addMembers in chunks of 100; when the API refuses
 * the size (MAX_GROUP_MEMBERS), the refusal is recorded and the run goes on with the members the
 * group has.
 */
export async function runFanout(opts: FanoutOptions): Promise<FanoutResult> {
  const log = opts.log ?? (() => undefined);
  const started = { at: new Date(), load: machineLoad() };
  log(`fanout: load at start ${started.load.loadAverage.join(', ')}`);
  const bench = opts.bench ?? (await BenchStack.start({ handler: opts.handler, cpuProfileDir: opts.cpuProfileDir }));
  const url = bench.gatewayUrl;
  const members: Member[] = [];
  try {
    // The group, grown chunk by chunk; logins stop once the API refuses more members.
    const setupStart = performance.now();
    const owner = await login(bench.stack);
    let chatId = '';
    let size = 1;
    let refused: FanoutResult['group']['refused'] = null;
    const others: Session[] = [];
    const add = async (chunk: Session[]): Promise<number> => {
      const ids = chunk.map((s) => s.userId);
      const r = chatId
        ? await postGql(url, owner.accessToken, gqlBody(ADD_MEMBERS, { c: chatId, u: ids }), 120000)
        : await postGql(url, owner.accessToken, gqlBody(CREATE_GROUP, { i: { title: 'fan-out benchmark', memberIds: ids } }), 120000);
      if (r.data && !r.code) {
        if ('createGroupChat' in r.data) chatId = r.data.createGroupChat.id;
        size = 'createGroupChat' in r.data ? r.data.createGroupChat.members.length : r.data.addMembers.members.length;
        others.push(...chunk);
        return chunk.length;
      }
      refused ??= { code: r.code ?? 'UNKNOWN', message: r.message ?? '', membersAtRefusal: size };
      if (chunk.length === 1) return 0;
      // Narrow down to the exact size the API takes.
      const half = Math.ceil(chunk.length / 2);
      const a = await add(chunk.slice(0, half));
      return a < half ? a : a + (await add(chunk.slice(half)));
    };
    while (size < opts.members) {
      const chunk = await loginMany(bench.stack, Math.min(CHUNK, opts.members - size), log);
      const added = await add(chunk);
      log(`group: ${size} members`);
      if (added < chunk.length) break;
    }
    if (refused) {
      const r = refused as NonNullable<FanoutResult['group']['refused']>;
      r.membersAtRefusal = size;
      log(`the API refused a group of more than ${size} members: ${r.code} ${r.message}`);
    }
    const setupSeconds = round((performance.now() - setupStart) / 1000, 1);

    // Every member but the sender subscribes.
    const byClientId = new Map<string, { dueAt: number; deliveries: number; lastAt: number }>();
    for (const session of others) {
      const m: Member = { session, sub: null, got: new Map(), seen: new Set(), lastSeq: 0, duplicates: 0, outOfOrder: 0 };
      members.push(m);
    }
    let closed = 0;
    for (let i = 0; i < members.length; i += 100) {
      const batch = members.slice(i, i + 100);
      for (const m of batch) {
        m.sub = new WsSub(
          wsUrlOf(url),
          m.session.accessToken,
          NEW_MESSAGE,
          {},
          {
            onData: (d) => {
              const now = performance.now();
              const msg = d.newMessage;
              if (m.seen.has(msg.id)) m.duplicates++;
              else m.seen.add(msg.id);
              if (msg.seq < m.lastSeq) m.outOfOrder++;
              else m.lastSeq = msg.seq;
              const s = msg.clientId ? byClientId.get(msg.clientId) : undefined;
              if (s && !m.got.has(msg.clientId!)) {
                m.got.set(msg.clientId!, now - s.dueAt);
                s.deliveries++;
                s.lastAt = Math.max(s.lastAt, now);
              }
            },
            onClose: () => closed++,
          },
        );
      }
      await Promise.all(batch.map((m) => m.sub!.ready));
    }
    const connectedIn = round((performance.now() - setupStart) / 1000 - setupSeconds, 1);
    // Each connection announces its user's presence to every contact (here: the whole group), which keeps the chat service busy for a while.
    const quietAfter = await waitForQuiet(bench, 300);
    log(`${members.length} sockets subscribed in ${connectedIn} s; the stack was quiet again ${quietAfter} s later`);
    // Warm-up: one message that every socket must see.
    const warm = randomUUID();
    byClientId.set(warm, { dueAt: performance.now(), deliveries: 0, lastAt: 0 });
    // A retry with the same clientId is idempotent; the first send to a big group may be slow.
    for (let attempt = 1; ; attempt++) {
      const t = performance.now();
      const r = await postGql(url, owner.accessToken, gqlBody(SEND_MESSAGE, { chatId, clientId: warm, text: 'warm-up' }));
      log(`warm-up send: ${r.code ?? 'ok'} after ${Math.round(performance.now() - t)} ms`);
      if (!r.code) break;
      if (attempt === 10) throw new Error(`warm-up send failed 10 times: ${r.code} ${r.message ?? ''}`);
    }
    const warmUntil = Date.now() + 30000;
    while (byClientId.get(warm)!.deliveries < members.length && Date.now() < warmUntil) await sleep(50);
    log(`warm-up message reached ${byClientId.get(warm)!.deliveries}/${members.length} sockets`);
    byClientId.delete(warm);
    for (const m of members) m.got.clear();

    const count = Math.round(opts.rate * opts.duration);
    const clientIds = Array.from({ length: count }, () => randomUUID());
    const bodies = clientIds.map((clientId, i) => gqlBody(SEND_MESSAGE, { chatId, clientId, text: `fan-out ${i}` }));
    const replies: Array<{ dueAt: number; at: number; code?: string; acked: boolean }> = [];
    const pending: Array<Promise<void>> = [];
    const dupBefore = members.reduce((n, m) => n + m.duplicates, 0);
    const oooBefore = members.reduce((n, m) => n + m.outOfOrder, 0);
    const closedBefore = closed;
    log(`sending ${count} messages at ${opts.rate}/s to ${members.length} receivers`);
    const loadAverageAtSendStart = machineLoad().loadAverage;
    const window = await bench.window();
    const lag = await openLoop(count, opts.rate, (i, dueAt) => {
      byClientId.set(clientIds[i], { dueAt, deliveries: 0, lastAt: 0 });
      pending.push(
        postGql(url, owner.accessToken, bodies[i]).then((r) => {
          replies[i] = { dueAt, at: performance.now(), code: r.code, acked: !r.code && Boolean(r.data) };
        }),
      );
    });
    await Promise.all(pending);
    const ackedIds = clientIds.filter((_, i) => replies[i].acked);
    const graceUntil = performance.now() + opts.graceSeconds * 1000;
    while (performance.now() < graceUntil && ackedIds.some((c) => byClientId.get(c)!.deliveries < members.length)) await sleep(50);
    const { processes, counters } = await window.finish(ackedIds.length);

    const latencies: number[] = [];
    const lostPerMember = members.map((m) => {
      let lost = 0;
      for (const c of ackedIds) {
        const l = m.got.get(c);
        if (l === undefined) lost++;
        else latencies.push(l);
      }
      return lost;
    });
    const failedIds = clientIds.filter((_, i) => !replies[i].acked);
    const failedDelivered = failedIds.map((c) => byClientId.get(c)!.deliveries).filter((n) => n > 0);
    const complete = ackedIds.map((c) => byClientId.get(c)!).filter((s) => s.deliveries === members.length);
    const base = await resultBase('fanout', opts, started, await bench.versions(), bench.env, {
      requestedMembers: opts.members,
      rate: opts.rate,
      durationSeconds: opts.duration,
      graceSeconds: opts.graceSeconds,
      subscription: 'newMessage without chatId, one socket per member',
    });
    const result: FanoutResult = {
      ...base,
      scenario: 'fanout',
      group: { requestedMembers: opts.members, members: size, refused, setupSeconds, connectSeconds: connectedIn, quietAfterConnectSeconds: quietAfter },
      loadAverageAtSendStart,
      receivers: members.length,
      offered: count,
      acknowledged: ackedIds.length,
      errors: tally(replies.filter((r) => !r.acked).map((r) => r.code ?? 'UNKNOWN')),
      replyLatencyMs: percentiles(replies.filter((r) => r.acked).map((r) => r.at - r.dueAt)),
      deliveryLatencyMs: percentiles(latencies),
      lastDeliveryLatencyMs: percentiles(complete.map((s) => s.lastAt - s.dueAt)),
      deliveries: latencies.length,
      expectedDeliveries: ackedIds.length * members.length,
      deliveredButFailed: { messages: failedDelivered.length, deliveries: failedDelivered.reduce((a, b) => a + b, 0) },
      lost: {
        total: lostPerMember.reduce((a, b) => a + b, 0),
        membersWithLoss: lostPerMember.filter((n) => n > 0).length,
        maxPerMember: Math.max(0, ...lostPerMember),
      },
      duplicates: members.reduce((n, m) => n + m.duplicates, 0) - dupBefore,
      outOfOrder: members.reduce((n, m) => n + m.outOfOrder, 0) - oooBefore,
      socketsClosed: closed - closedBefore,
      loadGeneratorLagMs: { p99: lag.lagMsP99, max: lag.lagMsMax },
      processes,
      counters,
    };
    log(
      `fanout: ${result.deliveries}/${result.expectedDeliveries} deliveries, p50 ${result.deliveryLatencyMs?.p50 ?? '–'} p99 ${result.deliveryLatencyMs?.p99 ?? '–'} ms, lost ${result.lost.total}`,
    );
    return writeResult(opts.outDir, result);
  } finally {
    await Promise.all(members.map((m) => m.sub?.closeAndWait() ?? Promise.resolve()));
    if (!opts.bench) await bench.stop();
  }
}

export function fanoutMarkdown(r: FanoutResult): string {
  const g = r.group;
  return [
    headerMarkdown(r),
    '',
    g.refused
      ? `**The API refused a group of ${g.requestedMembers}:** ${g.refused.code} "${g.refused.message}"; the group stopped at ${g.refused.membersAtRefusal} members and the run used them.`
      : `Group of ${g.members} members (setup ${g.setupSeconds} s).`,
    '',
    table(
      [
        'members',
        'receivers',
        'rate /s',
        'acked/offered',
        'errors',
        'failed but delivered',
        'reply p50/p99 ms',
        'send→event p50/p90/p99/max ms',
        'send→last member p50/p99 ms',
        'deliveries',
        'lost',
        'dup',
        'ooo',
        'NATS msgs out/send',
        'CPU s (gw/chat/lg)',
      ],
      [
        [
          g.members,
          r.receivers,
          r.parameters.rate as number,
          `${r.acknowledged}/${r.offered}`,
          Object.entries(r.errors)
            .map(([c, n]) => `${c} ${n}`)
            .join(', ') || 0,
          r.deliveredButFailed.messages,
          `${fmtMs(r.replyLatencyMs?.p50)} / ${fmtMs(r.replyLatencyMs?.p99)}`,
          `${fmtMs(r.deliveryLatencyMs?.p50)} / ${fmtMs(r.deliveryLatencyMs?.p90)} / ${fmtMs(r.deliveryLatencyMs?.p99)} / ${fmtMs(r.deliveryLatencyMs?.max)}`,
          `${fmtMs(r.lastDeliveryLatencyMs?.p50)} / ${fmtMs(r.lastDeliveryLatencyMs?.p99)}`,
          `${r.deliveries}/${r.expectedDeliveries}`,
          `${r.lost.total} (${r.lost.membersWithLoss} members)`,
          r.duplicates,
          r.outOfOrder,
          r.counters.nats?.outMsgsPerOp,
          ['gateway', 'chat', 'loadGenerator'].map((k) => r.processes[k]?.cpuSeconds ?? '–').join(' / '),
        ],
      ],
    ),
  ].join('\n');
}
