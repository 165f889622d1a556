/**
 * A helper process of the `idle` benchmark: holds a share of the sockets (each process has its own
 * open-file limit) from its own loopback source address (its own ephemeral ports). Driven over
 * the IPC channel of child_process.fork:
 *
 *   parent → { type: 'open', url, tokens, query, count, localAddress, concurrency }
 *   child  → { type: 'opened', total, failed, errors }
 *   parent → { type: 'expect', clientId }      (the next message to count)
 *   child  → { type: 'delivered', clientId, count, latenciesMs }   (once every socket has it, or on 'report')
 *   parent → { type: 'report' } / { type: 'close' }
 */
import { WsSub } from './lib/ws-sub.js';

interface OpenCommand {
  type: 'open';
  url: string;
  tokens: string[];
  query: string;
  count: number;
  localAddress?: string;
  concurrency: number;
}
type Command = OpenCommand | { type: 'expect'; clientId: string; sentAt: number } | { type: 'report' } | { type: 'close' };

const subs: WsSub[] = [];
let expected: { clientId: string; sentAt: number; latencies: number[]; reported: boolean } | null = null;
let closedSockets = 0;
let socketNo = 0;

const send = (msg: unknown) => process.send?.(msg);

function report(): void {
  if (!expected || expected.reported) return;
  expected.reported = true;
  send({ type: 'delivered', clientId: expected.clientId, count: expected.latencies.length, latenciesMs: expected.latencies, closed: closedSockets });
}

function onData(data: Record<string, unknown>): void {
  const m = data.newMessage as { clientId?: string } | undefined;
  if (!expected || m?.clientId !== expected.clientId) return;
  // Wall clock with sub-millisecond precision, comparable across processes of one machine.
  expected.latencies.push(performance.timeOrigin + performance.now() - expected.sentAt);
  if (expected.latencies.length === subs.length - closedSockets) report();
}

async function open(cmd: OpenCommand): Promise<void> {
  const errors: Record<string, number> = {};
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < cmd.count) {
      next++;
      const sub = new WsSub(
        cmd.url,
        cmd.tokens[socketNo++ % cmd.tokens.length],
        cmd.query,
        {},
        { localAddress: cmd.localAddress, onData, onClose: () => closedSockets++ },
      );
      try {
        await sub.ready;
        subs.push(sub);
      } catch (err) {
        failed++;
        const key = err instanceof Error ? err.message.slice(0, 80) : 'error';
        errors[key] = (errors[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: cmd.concurrency }, worker));
  send({ type: 'opened', total: subs.length, failed, errors, closed: closedSockets });
}

process.on('message', (cmd: Command) => {
  switch (cmd.type) {
    case 'open':
      void open(cmd);
      break;
    case 'expect':
      expected = { clientId: cmd.clientId, sentAt: cmd.sentAt, latencies: [], reported: false };
      break;
    case 'report':
      report();
      break;
    case 'close':
      for (const s of subs) s.close();
      setTimeout(() => process.exit(0), 500).unref();
      break;
  }
});
send({ type: 'ready' });
