import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, makeVar, type Reference } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { Observable, type Subscription } from 'rxjs';
import { PUBLIC_OPERATIONS } from './graphql';
import { joins } from './reading';
import { currentToken, freshToken, onViewerChange, refreshSession, signOutLocal } from './session';
import { resetLocalState } from './store';

/**
 * State of the one WebSocket, shown as a banner when it was lost: `offline` when the browser says
 * it has no network, `reconnecting` when the socket closed or stopped answering pings.
 */
export type ConnectionState = 'idle' | 'connecting' | 'online' | 'reconnecting' | 'offline';
export const connectionVar = makeVar<ConnectionState>('idle');

interface PageRef {
  __typename?: string;
  messages: Reference[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

interface ChatConnectionRef {
  __typename?: string;
  edges: { __typename?: string; cursor: string; node: Reference }[];
  pageInfo: unknown;
}

/** The cache with the type policies above (exported for the unit tests of lib/cache-updates.ts). */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          /**
           * One list per chat, whatever page was asked for: pages that join the list merge by
           * message id, ordered by seq; a page that would leave a gap (a jump far away, or the
           * newest page after a window of earlier ones) replaces the list.
           */
          messages: {
            keyArgs: ['chatId'],
            merge(existing: PageRef | undefined, incoming: PageRef, { args, readField }): PageRef {
              const seqOf = (r: Reference) => readField<number>('seq', r) ?? 0;
              const seqs = (list: Reference[]) => list.map(seqOf);
              if (
                existing?.messages.length &&
                !joins(seqs(existing.messages), seqs(incoming.messages), {
                  beforeSeq: args?.beforeSeq as number | undefined,
                  afterSeq: args?.afterSeq as number | undefined,
                })
              )
                return { ...incoming, messages: [...incoming.messages].sort((a, b) => seqOf(a) - seqOf(b)) };
              const byId = new Map<string, Reference>();
              for (const r of existing?.messages ?? []) byId.set(readField<string>('id', r) ?? '', r);
              for (const r of incoming.messages) byId.set(readField<string>('id', r) ?? '', r);
              const messages = [...byId.values()].sort((a, b) => seqOf(a) - seqOf(b));
              if (!existing) return { ...incoming, messages };
              const oldest = (list: Reference[]) => (list.length ? Math.min(...list.map(seqOf)) : Infinity);
              let hasMoreBefore: boolean;
              if (typeof args?.beforeSeq === 'number') hasMoreBefore = incoming.hasMoreBefore;
              else if (typeof args?.afterSeq === 'number') hasMoreBefore = existing.hasMoreBefore;
              // Whichever page holds the oldest message knows whether there is more before it.
              else hasMoreBefore = oldest(incoming.messages) <= oldest(existing.messages) ? incoming.hasMoreBefore : existing.hasMoreBefore;
              const hasMoreAfter = typeof args?.beforeSeq === 'number' ? existing.hasMoreAfter : incoming.hasMoreAfter;
              return { ...existing, messages, hasMoreBefore, hasMoreAfter };
            },
          },
          /** The first page replaces the list; a later page (`after`) appends what is new. */
          chats: {
            keyArgs: false,
            merge(existing: ChatConnectionRef | undefined, incoming: ChatConnectionRef, { args, readField }): ChatConnectionRef {
              if (!existing || !args?.after) return incoming;
              const seen = new Set(existing.edges.map((e) => readField<string>('id', e.node)));
              return { ...incoming, edges: [...existing.edges, ...incoming.edges.filter((e) => !seen.has(readField<string>('id', e.node)))] };
            },
          },
        },
      },
      Chat: { fields: { members: { merge: false } } },
      Message: { fields: { reactions: { merge: false }, seenBy: { merge: false } } },
      ChatMember: { keyFields: false },
      ReactionGroup: { keyFields: false },
    },
  });
}

const isSubscription = (op: ApolloLink.Operation) => op.operationType === OperationTypeNode.SUBSCRIPTION;

function hasUnauthenticated(result: ApolloLink.Result): boolean {
  return 'errors' in result && !!result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Puts the access token on every HTTP operation except the public login ones; when the gateway
 * answers UNAUTHENTICATED (token expired or revoked), refreshes the session and retries once.
 */
const authLink = new ApolloLink(
  (operation, forward) =>
    new Observable<ApolloLink.Result>((observer) => {
      let sub: Subscription | undefined;
      let closed = false;
      const isPublic = PUBLIC_OPERATIONS.has(operation.operationName ?? '');
      const run = async (retried: boolean): Promise<void> => {
        const token = isPublic ? null : await freshToken();
        if (closed) return;
        operation.setContext(({ headers }: { headers?: Record<string, string> }) => {
          const next: Record<string, string> = { ...headers };
          if (token) next.authorization = `Bearer ${token}`;
          else delete next.authorization;
          return { headers: next };
        });
        let retrying = false;
        sub = forward(operation).subscribe({
          next: (result) => {
            if (!isPublic && !retried && hasUnauthenticated(result)) {
              retrying = true;
              void refreshSession().then((outcome) => {
                if (closed) return;
                if (outcome === 'ok') return run(true);
                if (outcome === 'signed-out') signOutLocal('Your session has ended. Please sign in again.');
                observer.next(result);
                observer.complete();
              });
              return;
            }
            observer.next(result);
          },
          error: (err: unknown) => observer.error(err),
          complete: () => {
            if (!retrying) observer.complete();
          },
        });
      };
      run(false).catch((err: unknown) => observer.error(err));
      return () => {
        closed = true;
        sub?.unsubscribe();
      };
    }),
);

export interface ParleyClient {
  apollo: ApolloClient;
  ws: Client;
}

let singleton: ParleyClient | undefined;

/** How often the client pings the gateway over the socket (graphql-ws ping/pong messages). */
export const PING_EVERY_MS = 5_000;
/** A ping without a pong in this long: the connection is dead, even if nothing closed it. */
export const PONG_TIMEOUT_MS = 5_000;

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;
const lostState = (): ConnectionState => (browserOnline() ? 'reconnecting' : 'offline');

/** Waits after the n-th failed try: 1 s, 2 s, 4 s, … up to 10 s, with jitter. */
const retryWait = (retries: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 10_000) + Math.random() * 500));

/**
 * The page's one Apollo Client and one graphql-ws client (browser only). The socket opens with
 * the first subscription, reconnects after every close and sends a fresh token each time.
 */
export function getClient(graphqlUrl: string): ParleyClient {
  if (singleton) return singleton;
  let everConnected = false;
  // The gateway closed the socket for its token (4401 expired, 4403 signed out or revoked): the
  // next attempt refreshes first; a session that has ended signs the tab out instead of looping.
  let tokenRefused = false;
  // The open socket, and the timer that gives up on it when a ping gets no pong: a connection
  // that died silently (network gone, no close) shows within PING_EVERY_MS + PONG_TIMEOUT_MS.
  let socket: WebSocket | null = null;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const dropSocket = (code: number, reason: string) => {
    clearTimeout(pongTimer);
    if (connectionVar() === 'online' || connectionVar() === 'reconnecting') connectionVar(lostState());
    if (socket && socket.readyState === WebSocket.OPEN) socket.close(code, reason);
  };
  const ws = createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    connectionParams: async () => {
      let token: string | null;
      if (tokenRefused) {
        tokenRefused = false;
        await refreshSession(); // signed out: no token; unreachable: the one we have
        token = currentToken();
      } else token = await freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    // Keep the socket a moment after the last subscription ends (a chat switch, a restart).
    lazyCloseTimeout: 1000,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    retryWait,
    keepAlive: PING_EVERY_MS,
    // A gateway that takes the socket but never acknowledges it is as good as none.
    connectionAckWaitTimeout: 10_000,
    on: {
      opened: (s) => {
        socket = s as WebSocket;
      },
      connecting: () => connectionVar(everConnected ? lostState() : 'connecting'),
      connected: () => {
        everConnected = true;
        connectionVar('online');
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => dropSocket(4408, 'no pong'), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        socket = null;
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 4401 || code === 4403) tokenRefused = true;
        if (connectionVar() === 'online') connectionVar(lostState());
      },
    },
  });
  const http = new HttpLink({ uri: graphqlUrl, credentials: 'include' });
  const link = ApolloLink.split(isSubscription, new GraphQLWsLink(ws), ApolloLink.from([authLink, http]));
  const apollo = new ApolloClient({ link, cache: createCache() });
  // Nothing of one account may reach the next: drop the socket (it was opened with the old
  // token), the cache and the local state before the next account's screen renders.
  onViewerChange(() => {
    ws.terminate();
    everConnected = false;
    connectionVar('idle');
    resetLocalState();
    void apollo.clearStore();
  });
  // The browser knows at once when its network goes: say so, and do not wait for a ping.
  if (typeof window !== 'undefined') {
    window.addEventListener('offline', () => {
      if (connectionVar() !== 'idle') dropSocket(4499, 'offline');
      if (connectionVar() !== 'idle') connectionVar('offline');
    });
    window.addEventListener('online', () => {
      if (connectionVar() === 'offline') connectionVar('reconnecting');
    });
  }
  singleton = { apollo, ws };
  if (typeof window !== 'undefined') (window as unknown as { __parley?: ParleyClient }).__parley = singleton;
  return singleton;
}
