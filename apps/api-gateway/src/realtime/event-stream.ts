import type { UserEvent } from '#contracts';
import type { UserEventsHub } from './user-events.hub.js';

const MAX_BUFFERED = 1000;

/**
 * One GraphQL subscription as an async iterator over the viewer's events: `select` keeps and
 * maps the events it wants (undefined drops one). Ends, and releases the hub, on return().
 * A client that stops reading is cut off after MAX_BUFFERED pending events instead of
 * growing memory without bound; it catches up from the database when it reconnects.
 */
export function eventStream<T>(hub: UserEventsHub, userId: string, select: (e: UserEvent) => T | Promise<T> | undefined): AsyncIterableIterator<T> {
  const buffer: Array<Promise<T | undefined>> = [];
  let wake: (() => void) | null = null;
  let done = false;
  const stop = hub.listen(userId, (event) => {
    if (done) return;
    let picked: T | Promise<T> | undefined;
    try {
      picked = select(event);
    } catch {
      return;
    }
    if (picked === undefined) return;
    if (buffer.length >= MAX_BUFFERED) {
      finish();
      return;
    }
    // Keep the original order even when mapping is asynchronous (e.g. loading a chat).
    buffer.push(Promise.resolve(picked).catch(() => undefined));
    wake?.();
  });
  const finish = () => {
    if (done) return;
    done = true;
    stop();
    wake?.();
  };
  const iterator: AsyncIterableIterator<T> = {
    async next(): Promise<IteratorResult<T>> {
      for (;;) {
        const head = buffer.shift();
        if (head) {
          const value = await head;
          if (value !== undefined) return { value, done: false };
          continue;
        }
        if (done) return { value: undefined, done: true };
        await new Promise<void>((r) => (wake = r));
        wake = null;
      }
    },
    return(): Promise<IteratorResult<T>> {
      finish();
      buffer.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err?: unknown): Promise<IteratorResult<T>> {
      finish();
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
