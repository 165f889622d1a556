import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';

type Execution = Promise<{ result: ExecutionResult; shared: boolean }>;

const isAsyncIterable = (x: unknown): x is AsyncIterable<unknown> => typeof x === 'object' && x !== null && Symbol.asyncIterator in x;

/**
 * Maps every event of `source` with `fn`. A plain iterator, not an async generator: `return()`
 * (the client completed, the socket closed) must end `source` at once, while a generator would
 * wait for the next event before it ran its `finally`.
 */
function mapEvents<T, R>(source: AsyncIterable<T>, fn: (event: T) => Promise<R>): AsyncIterableIterator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async () => {
    await iterator.return?.();
    return { value: undefined, done: true } as const;
  };
  const map = async (next: IteratorResult<T>): Promise<IteratorResult<R>> => {
    if (next.done) return { value: undefined, done: true };
    try {
      return { value: await fn(next.value), done: false };
    } catch (err) {
      await close();
      throw err;
    }
  };
  return {
    next: () => iterator.next().then(map),
    return: close,
    throw: async (err: unknown) => {
      await close();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * GraphQL subscriptions (graphql-ws `subscribe`) where one event, delivered to many sockets
 * subscribed with the same document and variables, is executed once: a message to a group of a
 * thousand is one execution, not a thousand. A result is shared only when its execution never
 * read the viewer (`context.viewer`: `reactedByMe`, `email`, a direct chat's title); otherwise
 * every subscriber executes it with their own context. The events must be the same object for
 * every subscriber (UserEventsHub parses a published event once; the subscriptions map it once).
 */
export function sharedSubscriptions() {
  const executions = new WeakMap<object, Map<string, Execution>>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  const keyOf = (args: ExecutionArgs) => {
    let id = documentIds.get(args.document);
    if (id === undefined) documentIds.set(args.document, (id = nextDocumentId++));
    return `${id}|${args.operationName ?? ''}|${JSON.stringify(args.variableValues ?? {})}`;
  };

  const run = async (args: ExecutionArgs, payload: unknown): Execution => {
    let viewerRead = false;
    const base = args.contextValue as { viewer?: unknown };
    const contextValue: unknown = Object.create(base, {
      viewer: {
        enumerable: true,
        get() {
          viewerRead = true;
          return base.viewer;
        },
      },
    });
    const result = await execute({ ...args, rootValue: payload, contextValue });
    return { result, shared: !viewerRead && !result.errors?.length };
  };

  const executeEvent = async (args: ExecutionArgs, payload: unknown): Promise<ExecutionResult> => {
    if (typeof payload !== 'object' || payload === null) return (await run(args, payload)).result;
    let byKey = executions.get(payload);
    if (!byKey) executions.set(payload, (byKey = new Map<string, Execution>()));
    const key = keyOf(args);
    const first = byKey.get(key);
    if (first) {
      const done = await first;
      if (done.shared) return done.result;
      return (await run(args, payload)).result;
    }
    const mine = run(args, payload);
    byKey.set(key, mine);
    return (await mine).result;
  };

  return {
    async subscribe(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
      const source = await createSourceEventStream(args);
      if (!isAsyncIterable(source)) return source;
      return mapEvents(source, (payload) => executeEvent(args, payload));
    },
  };
}
