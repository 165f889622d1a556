import { makeVar } from '@apollo/client';
import type { ReplyBits } from './graphql';

/** Local state that is not server data, as Apollo reactive variables. */

/** The chat shown in the message view. */
export const activeChatVar = makeVar<string | null>(null);

export interface TypingEntry {
  userId: string;
  name: string;
  /** Epoch ms after which the entry is stale (typing events expire after 5 s). */
  until: number;
}

/** Who is typing, by chat. */
export const typingVar = makeVar<Record<string, TypingEntry[]>>({});

export const TYPING_TTL_MS = 5000;

export function setTyping(chatId: string, userId: string, name: string, isTyping: boolean): void {
  const now = Date.now();
  const current = (typingVar()[chatId] ?? []).filter((t) => t.userId !== userId && t.until > now);
  const next = isTyping ? [...current, { userId, name, until: now + TYPING_TTL_MS }] : current;
  typingVar({ ...typingVar(), [chatId]: next });
}

/** Drops entries that expired; returns whether any are left. */
export function pruneTyping(): boolean {
  const now = Date.now();
  const all = typingVar();
  let changed = false;
  let left = false;
  const next: Record<string, TypingEntry[]> = {};
  for (const [chatId, entries] of Object.entries(all)) {
    const keep = entries.filter((t) => t.until > now);
    if (keep.length !== entries.length) changed = true;
    if (keep.length) {
      next[chatId] = keep;
      left = true;
    }
  }
  if (changed) typingVar(next);
  return left;
}

/** A message on its way: shown at once, replaced by the server's message (same clientId) when it arrives. */
export interface PendingMessage {
  clientId: string;
  chatId: string;
  text: string;
  replyTo: ReplyBits | null;
  createdAt: string;
  status: 'sending' | 'failed';
  error: string | null;
}

export const pendingVar = makeVar<Record<string, PendingMessage[]>>({});

export function upsertPending(p: PendingMessage): void {
  const all = pendingVar();
  const list = (all[p.chatId] ?? []).filter((x) => x.clientId !== p.clientId);
  pendingVar({ ...all, [p.chatId]: [...list, p].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) });
}

export function removePending(chatId: string, clientId: string): void {
  const all = pendingVar();
  pendingVar({ ...all, [chatId]: (all[chatId] ?? []).filter((x) => x.clientId !== clientId) });
}

const DRAFT_PREFIX = 'parley.draft.';
/** Where drafts live when the browser keeps no local storage (private mode, storage off). */
const memoryDrafts = new Map<string, string>();

/** What was typed in a chat's box and not sent: per chat, kept in localStorage, so it survives switching chats and reloads. */
export const drafts = {
  get(chatId: string): string | undefined {
    try {
      return localStorage.getItem(DRAFT_PREFIX + chatId) ?? undefined;
    } catch {
      return memoryDrafts.get(chatId);
    }
  },
  set(chatId: string, text: string): void {
    if (!text) return drafts.delete(chatId);
    try {
      localStorage.setItem(DRAFT_PREFIX + chatId, text);
    } catch {
      memoryDrafts.set(chatId, text);
    }
  },
  delete(chatId: string): void {
    memoryDrafts.delete(chatId);
    try {
      localStorage.removeItem(DRAFT_PREFIX + chatId);
    } catch {
      // nothing stored
    }
  },
  /** Forgets every draft of this browser (signing out: the next person must not read them). */
  clear(): void {
    memoryDrafts.clear();
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
    } catch {
      // nothing stored
    }
  },
};

/** Forgets all of the above (another account is signing in, or nobody). */
export function resetLocalState(): void {
  activeChatVar(null);
  typingVar({});
  pendingVar({});
  drafts.clear();
}

/** A v4 UUID: crypto.randomUUID where the page is a secure context, else from getRandomValues. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
