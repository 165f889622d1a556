import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GqlError {
  message: string;
  extensions?: { code?: string; retryAfterSeconds?: number; field?: string; errorId?: string };
}
export interface GqlResult<T> {
  status: number;
  data?: T;
  errors?: GqlError[];
}

export interface GqlOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** One GraphQL operation over HTTP POST. */
export async function gql<T = Record<string, unknown>>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: GqlOptions = {},
): Promise<GqlResult<T>> {
  const res = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...opts.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GqlError[] };
  return { status: res.status, data: body.data ?? undefined, errors: body.errors };
}

/** The `extensions.code` of the first error, or undefined when there is none. */
export const errorCode = (r: { errors?: GqlError[] }) => r.errors?.[0]?.extensions?.code;

/** Runs an operation and fails with the errors when there are any. */
export async function gqlOk<T = Record<string, unknown>>(
  gatewayUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  opts: GqlOptions = {},
): Promise<T> {
  const r = await gql<T>(gatewayUrl, query, variables, opts);
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data;
}

/** A graphql-ws client for subscriptions, authenticated in connection_init. */
export function wsClient(gatewayUrl: string, token?: string, onClose?: (code: number, reason: string) => void): Client {
  return createClient({
    url: gatewayUrl.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
    lazy: false,
    // A socket closed under a test (a gateway killed on purpose) is reported through `closed`;
    // graphql-ws would otherwise print the whole CloseEvent to stderr.
    onNonLazyError: () => undefined,
    on: onClose ? { closed: (e) => onClose((e as { code: number }).code, (e as { reason: string }).reason) } : undefined,
  });
}

/** Collects the events of one subscription; `next(n)` waits for the n-th. */
export class Subscription<T> {
  readonly events: T[] = [];
  readonly errors: unknown[] = [];
  private waiters: Array<() => void> = [];
  completed = false;
  private readonly dispose: () => void;

  constructor(client: Client, query: string, variables: Record<string, unknown> = {}) {
    this.dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (v) => {
          if (v.errors) this.errors.push(v.errors);
          if (v.data) this.events.push(v.data);
          this.wake();
        },
        error: (e) => {
          this.errors.push(e);
          this.wake();
        },
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
  }

  private wake() {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until at least `count` events arrived. */
  async waitFor(count: number, timeoutMs = 10000): Promise<T[]> {
    const until = Date.now() + timeoutMs;
    while (this.events.length < count) {
      if (this.errors.length) throw new Error(`subscription error: ${JSON.stringify(this.errors)}`);
      const left = until - Date.now();
      if (left <= 0) throw new Error(`expected ${count} events, got ${this.events.length}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, left);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
    return this.events;
  }

  /**
   * Makes sure the subscription is live: calls `trigger` (an action that emits one event this
   * subscription gets, and returns how to recognise it) until its event arrives. Returns the
   * number of events up to that one: every event after it follows an action made afterwards.
   */
  async live(trigger: () => Promise<(event: T) => boolean>, timeoutMs = 30000): Promise<number> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const mine = await trigger();
      const deadline = Math.min(until, Date.now() + 1000);
      for (;;) {
        const at = this.events.findIndex(mine);
        if (at >= 0) return at + 1;
        if (this.errors.length) throw new Error(`subscription error: ${JSON.stringify(this.errors)}`);
        const left = deadline - Date.now();
        if (left <= 0) break;
        await new Promise<void>((r) => {
          const t = setTimeout(r, left);
          this.waiters.push(() => {
            clearTimeout(t);
            r();
          });
        });
      }
      if (Date.now() >= until) throw new Error('the subscription did not get the events of its trigger');
    }
  }

  close() {
    this.dispose();
  }
}
