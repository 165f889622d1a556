import { buildSchema, parse, type DocumentNode, type ExecutionArgs } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sharedSubscriptions } from './shared-execution.js';

/** An event source the test pushes into; `ended` tells whether the subscriber let go of it. */
function source<T>() {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  const state = { ended: false };
  const iterable: AsyncIterable<T> = {
    [Symbol.asyncIterator]: () => ({
      async next() {
        while (!queue.length && !state.ended) await new Promise<void>((r) => (wake = r));
        return state.ended ? { value: undefined, done: true } : { value: queue.shift() as T, done: false };
      },
      async return() {
        state.ended = true;
        wake?.();
        return { value: undefined, done: true };
      },
    }),
  };
  return {
    iterable,
    state,
    push(event: T) {
      queue.push(event);
      wake?.();
    },
  };
}

const schema = buildSchema(`
  type Query { ok: Boolean }
  type Event { text: String, mine: Boolean }
  type Subscription { events: Event }
`);

function setup() {
  const events = source<{ events: { text: string; by: string } }>();
  let executions = 0;
  const rootValue = { events: () => events.iterable };
  const fieldResolver = (parent: Record<string, unknown>, _args: unknown, ctx: { viewer?: string }, info: { fieldName: string }) => {
    if (info.fieldName === 'events') return parent.events;
    if (info.fieldName === 'text') {
      executions++;
      return parent.text;
    }
    return parent.by === ctx.viewer;
  };
  const documents = new Map<string, DocumentNode>();
  const document = (query: string) => documents.get(query) ?? documents.set(query, parse(query)).get(query)!;
  // Sockets that send the same text share one parsed document (the gateway's parse cache).
  const args = (viewer: string, query: string): ExecutionArgs => ({
    schema,
    document: document(query),
    rootValue,
    contextValue: { viewer },
    fieldResolver: fieldResolver as ExecutionArgs['fieldResolver'],
  });
  return { events, args, executions: () => executions };
}

async function open(subs: ReturnType<typeof sharedSubscriptions>, args: ExecutionArgs) {
  const it = await subs.subscribe(args);
  if (!(Symbol.asyncIterator in it)) throw new Error(`not a stream: ${JSON.stringify(it)}`);
  return it[Symbol.asyncIterator]();
}

describe('sharedSubscriptions', () => {
  it('executes an event once for every socket with the same document when the viewer is not read', async () => {
    const subs = sharedSubscriptions();
    const { events, args, executions } = setup();
    const q = 'subscription { events { text } }';
    // One source per socket in Parley, but the same event object: here one source read by both.
    const a = await open(subs, args('u1', q));
    const b = await open(subs, args('u2', q));
    const event = { events: { text: 'hi', by: 'u1' } };
    events.push(event);
    const ra = await a.next();
    events.push(event);
    const rb = await b.next();
    expect(ra.value).toEqual({ data: { events: { text: 'hi' } } });
    expect(rb.value).toBe(ra.value);
    expect(executions()).toBe(1);
  });

  it('executes per socket when the result depends on the viewer', async () => {
    const subs = sharedSubscriptions();
    const { events, args } = setup();
    const q = 'subscription { events { text mine } }';
    const a = await open(subs, args('u1', q));
    const b = await open(subs, args('u2', q));
    const event = { events: { text: 'hi', by: 'u1' } };
    events.push(event);
    const ra = await a.next();
    events.push(event);
    const rb = await b.next();
    expect(ra.value).toEqual({ data: { events: { text: 'hi', mine: true } } });
    expect(rb.value).toEqual({ data: { events: { text: 'hi', mine: false } } });
  });

  it('ends the source at once when the subscriber returns, without waiting for another event', async () => {
    const subs = sharedSubscriptions();
    const { events, args } = setup();
    const a = await open(subs, args('u1', 'subscription { events { text } }'));
    const pending = a.next();
    await expect(a.return?.()).resolves.toEqual({ value: undefined, done: true });
    expect(events.state.ended).toBe(true);
    await expect(pending).resolves.toEqual({ value: undefined, done: true });
  });
});
