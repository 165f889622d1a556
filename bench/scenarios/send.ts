/**
 * Send benchmark: starts a whole Parley (own docdb, Redis, NATS, the four apps) and measures
 *  1. sequential sends into one chat: latency percentiles and database commands per send;
 *  2. a burst of concurrent sends into one chat (serialized by the chat lock);
 *  3. the same burst spread over many chats (parallel across chats);
 *  4. fan-out: one send to a group whose members are all subscribed, time until every event arrived.
 * Run: npm run bench -- send   (prints a Markdown table; docs/benchmarks.md records results)
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { asOk, createDirect, createGroup, graphql, login, sleep, Stack, Subscription, wsClient, type RunningApp, type Session } from '#testing';

// The selections this benchmark was measured with (docs/benchmarks.md): the send answers id and
// seq only, the fan-out subscription the id only.
const SEND = graphql(`
  mutation BenchSendIdSeq($i: SendMessageInput!) {
    sendMessage(input: $i) {
      id
      seq
    }
  }
`);
const NEW_MESSAGE_ID = graphql(`
  subscription BenchNewMessageId($c: ID) {
    newMessage(chatId: $c) {
      id
    }
  }
`);

async function counter(app: RunningApp, name: string, filter: (labels: string) => boolean = () => true): Promise<number> {
  const text = await (await fetch(`${app.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
    if (m && m[1] === name && filter(m[2] ?? '')) sum += Number(m[3]);
  }
  return sum;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
/** CPU seconds a process has used so far (user + system), from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const progress = (what: string) => process.stderr.write(`bench: ${what}\n`);

/** Runs the benchmark and returns its Markdown table. */
export async function runSend(): Promise<string> {
  const N = Number(process.env.BENCH_SENDS ?? 300);
  const stack = await Stack.start({ ownDocdb: true, env: { RATE_LIMIT_USER_PER_MINUTE: '100000', RPC_TIMEOUT_MS: '30000', LOG_LEVEL: 'warn' } });
  const rows: string[][] = [];
  try {
    const users: Session[] = [];
    for (let i = 0; i < 10; i++) users.push(await login(stack));
    const [a, b] = users;
    const direct = await createDirect(stack, a, b.userId);
    const chat = stack.app('chat');
    const send = (s: Session, chatId: string) => asOk(stack, s, SEND, { i: { chatId, clientId: randomUUID(), text: 'benchmark message' } });

    // Warm-up.
    for (let i = 0; i < 20; i++) await send(a, direct.id);

    // 1. Sequential latency and database commands per send.
    const dbBefore = await counter(chat, 'parley_db_commands_total', (l) => !/ping|hello|isMaster|endSessions/.test(l));
    const lat: number[] = [];
    for (let i = 0; i < N; i++) {
      const t = performance.now();
      await send(a, direct.id);
      lat.push(performance.now() - t);
    }
    const dbPerSend = ((await counter(chat, 'parley_db_commands_total', (l) => !/ping|hello|isMaster|endSessions/.test(l))) - dbBefore) / N;
    rows.push([
      'sequential sends, one chat',
      `${N}`,
      `p50 ${ms(pct(lat, 50))}, p95 ${ms(pct(lat, 95))}, p99 ${ms(pct(lat, 99))}`,
      `${(1000 / (lat.reduce((x, y) => x + y, 0) / N)).toFixed(0)} sends/s`,
    ]);
    rows.push(['database commands per send (chat service)', `${N}`, dbPerSend.toFixed(2), 'counted by the driver (parley_db_commands_total)']);

    // 2. Burst into one chat, with the CPU each process spent on it: what limits throughput.
    const procs = {
      gateway: stack.app('api-gateway').proc.child.pid,
      chat: chat.proc.child.pid,
      docdb: stack.docdb?.proc.child.pid,
      redis: stack.redis.proc.child.pid,
      nats: stack.nats.proc.child.pid,
      user: stack.app('user').proc.child.pid,
    };
    const cpuBefore = Object.fromEntries(Object.entries(procs).map(([k, pid]) => [k, cpuSeconds(pid)]));
    const benchCpuBefore = process.cpuUsage();
    let t = performance.now();
    await Promise.all(Array.from({ length: N }, (_, i) => send(users[i % 2], direct.id)));
    let took = performance.now() - t;
    const benchCpu = process.cpuUsage(benchCpuBefore);
    const cpu = Object.entries(procs).map(([k, pid]) => `${k} ${(((cpuSeconds(pid) - cpuBefore[k]) / N) * 1000).toFixed(1)}`);
    cpu.push(`load generator ${((benchCpu.user + benchCpu.system) / 1000 / N).toFixed(1)}`);
    progress(`burst, one chat: ${ms(took)}`);
    rows.push(['concurrent burst, one chat', `${N}`, `${ms(took)} total`, `${((N / took) * 1000).toFixed(0)} sends/s`]);
    rows.push(['CPU per send in that burst (ms)', `${N}`, cpu.join(', '), '2 cores = 2000 ms of CPU per second']);

    // 3. Burst over 9 direct chats.
    const chats: string[] = [];
    for (const u of users.slice(1)) chats.push((await createDirect(stack, a, u.userId)).id);
    t = performance.now();
    await Promise.all(Array.from({ length: N }, (_, i) => send(a, chats[i % chats.length])));
    took = performance.now() - t;
    progress(`burst, many chats: ${ms(took)}`);
    rows.push([`concurrent burst, ${chats.length} chats`, `${N}`, `${ms(took)} total`, `${((N / took) * 1000).toFixed(0)} sends/s`]);

    // 4. Fan-out to 10 subscribed group members.
    const group = await createGroup(
      stack,
      a,
      'fan-out',
      users.slice(1).map((u) => u.userId),
    );
    const clients = users.map((u) => wsClient(stack.gatewayUrl, u.accessToken));
    const subs = clients.map((c) => new Subscription(c, NEW_MESSAGE_ID, { c: group.id }));
    await sleep(1000);
    const fan: number[] = [];
    for (let i = 0; i < 50; i++) {
      const start = performance.now();
      await send(a, group.id);
      await Promise.all(subs.map((s) => s.waitFor(i + 1)));
      fan.push(performance.now() - start);
    }
    rows.push(['send → event at all 10 members (one gateway)', '50', `p50 ${ms(pct(fan, 50))}, p95 ${ms(pct(fan, 95))}`, '']);
    subs.forEach((s) => s.close());
    await Promise.all(clients.map(async (c) => c.dispose()));

    const rss = await counter(chat, 'process_resident_memory_bytes');
    const gwRss = await counter(stack.app('api-gateway'), 'process_resident_memory_bytes');
    rows.push(['resident memory after the run', '', `chat ${(rss / 2 ** 20).toFixed(0)} MiB, gateway ${(gwRss / 2 ** 20).toFixed(0)} MiB`, '']);
  } finally {
    await stack.stop();
  }
  return [
    `\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; embedded docdb (FerretDB 1.24, SQLite)\n`,
    '| measurement | n | result | rate |\n| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}
