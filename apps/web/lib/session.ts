import { print } from 'graphql';
import { REFRESH_SESSION, type AuthPayload, type RefreshSessionMutation, type Viewer } from './graphql';

/**
 * The signed-in session of this tab. The access token lives in memory and in sessionStorage
 * (so a reload of the tab keeps it); the refresh token only in the gateway's httpOnly cookie,
 * which `refreshSession` reads and rotates. Components follow the state through
 * `useSyncExternalStore(subscribeAuth, getAuthState, getServerAuthState)`.
 */

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out';

export interface AuthState {
  status: AuthStatus;
  viewer: Viewer | null;
  /** Why the user sees the login screen again, in plain words. */
  notice: string | null;
}

export type RefreshOutcome = 'ok' | 'signed-out' | 'failed';

/** Sent with plain fetch, never through Apollo, so the refresh cannot loop. */
const REFRESH_SESSION_TEXT = print(REFRESH_SESSION);

const STORAGE_KEY = 'parley.session';
/** Refresh this long before the access token expires. */
const REFRESH_AHEAD_MS = 60_000;
/** A token with less time left than this is refreshed before it is used. */
const MIN_VALID_MS = 20_000;

let endpoint = '';
let accessToken: string | null = null;
let expiresAt = 0;
let state: AuthState = { status: 'loading', viewer: null, notice: null };
let refreshTimer: ReturnType<typeof setTimeout> | undefined;
let refreshing: Promise<RefreshOutcome> | null = null;
let started = false;
const listeners = new Set<() => void>();
const serverState: AuthState = { status: 'loading', viewer: null, notice: null };

const viewerChangeListeners = new Set<() => void>();

/**
 * Runs before the signed-in account changes (sign-out, or another account signed in through the
 * shared cookie), ahead of any re-render: what the last account saw and its socket must go first.
 */
export function onViewerChange(listener: () => void): () => void {
  viewerChangeListeners.add(listener);
  return () => viewerChangeListeners.delete(listener);
}

function emit(next: AuthState): void {
  if (state.viewer && state.viewer.id !== next.viewer?.id) for (const listener of [...viewerChangeListeners]) listener();
  state = next;
  for (const listener of [...listeners]) listener();
}

export function subscribeAuth(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getAuthState = (): AuthState => state;
export const getServerAuthState = (): AuthState => serverState;

/** The access token as it is now (may be expired); `freshToken()` refreshes first when needed. */
export const currentToken = (): string | null => accessToken;

interface Stored {
  accessToken: string;
  expiresAt: number;
  viewer: Viewer;
}

function readStored(): Stored | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const s = JSON.parse(raw) as Partial<Stored>;
    return typeof s.accessToken === 'string' && typeof s.expiresAt === 'number' && s.viewer ? (s as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(s: Stored | null): void {
  try {
    if (s) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage off (private mode): memory alone still works for this page
  }
}

function sameViewer(a: Viewer | null, b: Viewer): boolean {
  return !!a && a.id === b.id && a.name === b.name && a.email === b.email && a.avatarUrl === b.avatarUrl;
}

/** Takes the answer of verifyLoginCode, demoLogin or refreshSession. */
export function signIn(payload: AuthPayload): void {
  accessToken = payload.accessToken;
  expiresAt = Date.parse(payload.accessTokenExpiresAt);
  writeStored({ accessToken, expiresAt, viewer: payload.user });
  scheduleRefresh(expiresAt - Date.now() - REFRESH_AHEAD_MS);
  if (state.status !== 'signed-in' || !sameViewer(state.viewer, payload.user)) emit({ status: 'signed-in', viewer: payload.user, notice: null });
}

/**
 * The signed-in viewer's name or avatar changed (their profile dialog, or userUpdated from
 * another session): the header shows it at once, and a reload of the tab keeps it.
 */
export function updateViewer(change: Partial<Pick<Viewer, 'name' | 'avatarUrl'>>): void {
  const viewer = state.viewer;
  if (state.status !== 'signed-in' || !viewer) return;
  const next = { ...viewer, ...change };
  if (sameViewer(viewer, next)) return;
  if (accessToken) writeStored({ accessToken, expiresAt, viewer: next });
  emit({ ...state, viewer: next });
}

/** Forgets the session in this tab (after `logout`, or when the server ended it). */
export function signOutLocal(notice: string | null = null): void {
  accessToken = null;
  expiresAt = 0;
  clearTimeout(refreshTimer);
  writeStored(null);
  emit({ status: 'signed-out', viewer: null, notice });
}

function scheduleRefresh(inMs: number): void {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(
    () => {
      void refreshSession().then((outcome) => {
        // Offline or the gateway is down: try again soon; a request that needs the token will too.
        if (outcome === 'failed') scheduleRefresh(15_000);
      });
    },
    Math.max(5_000, inMs),
  );
}

/**
 * Rotates the session with the refresh cookie. One refresh at a time in this tab, and, through a
 * Web Lock, in this browser: tabs share the cookie, and the gateway treats a refresh token spent
 * twice as stolen.
 */
export function refreshSession(): Promise<RefreshOutcome> {
  refreshing ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? await locks.request('parley-refresh', callRefresh) : await callRefresh();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

async function callRefresh(): Promise<RefreshOutcome> {
  let body: { data?: Partial<RefreshSessionMutation> | null; errors?: { extensions?: { code?: string } }[] };
  try {
    const res = await fetch(endpoint, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'RefreshSession', query: REFRESH_SESSION_TEXT }),
    });
    body = (await res.json()) as typeof body;
  } catch {
    return 'failed';
  }
  const payload = body.data?.refreshSession;
  if (payload) {
    signIn(payload);
    return 'ok';
  }
  if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    signOutLocal(state.status === 'signed-in' ? 'Your session has ended. Please sign in again.' : null);
    return 'signed-out';
  }
  return 'failed';
}

/** A token worth sending: the current one, or a refreshed one when it is about to expire. */
export async function freshToken(): Promise<string | null> {
  if (state.status !== 'signed-in') return accessToken;
  if (accessToken && expiresAt - Date.now() > MIN_VALID_MS) return accessToken;
  await refreshSession();
  return accessToken;
}

/**
 * Once per page: the tab's stored session when its token is still good, otherwise a refresh
 * with the cookie (a new tab of a signed-in browser), otherwise the login screen.
 */
export function startSession(graphqlUrl: string): void {
  if (started) return;
  started = true;
  endpoint = graphqlUrl;
  const stored = readStored();
  if (stored && stored.expiresAt - Date.now() > MIN_VALID_MS) {
    accessToken = stored.accessToken;
    expiresAt = stored.expiresAt;
    scheduleRefresh(expiresAt - Date.now() - REFRESH_AHEAD_MS);
    emit({ status: 'signed-in', viewer: stored.viewer, notice: null });
    return;
  }
  void refreshSession().then((outcome) => {
    if (outcome === 'failed') emit({ status: 'signed-out', viewer: null, notice: 'Cannot reach the server right now. Please try again in a moment.' });
  });
}
