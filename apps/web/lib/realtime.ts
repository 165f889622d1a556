import type { ApolloClient, TypedDocumentNode } from '@apollo/client';
import type { Client } from 'graphql-ws';
import { useEffect, useState } from 'react';
import { applyChat, applyMessageUpdate, applyNewMessage, applyPresence, applyReactions, applyReadReceipt } from './cache-updates';
import {
  CHATS,
  MESSAGES,
  ON_CHAT_UPDATED,
  ON_MESSAGE_UPDATED,
  ON_NEW_MESSAGE,
  ON_PRESENCE,
  ON_REACTIONS,
  ON_READ_RECEIPTS,
  ON_TYPING,
  ON_USER_UPDATED,
} from './graphql';
import { notifyNewMessage } from './notifications';
import { refreshSession, updateViewer } from './session';
import { activeChatVar, pruneTyping, removePending, setTyping } from './store';

let failures = 0;
let chatsRefetch: Promise<unknown> | null = null;
let refetchAgain = false;

/**
 * Asks for the chat list again when one is on its way: the answer was read before events that
 * arrived meanwhile and were counted in the cache, so writing it would undo them.
 */
function refetchIfInFlight(client: ApolloClient): void {
  if (chatsRefetch) void refetchChats(client);
}

/**
 * The chat list from the server (unread counts, last messages), one request at a time. Asked
 * again while one is in flight (messages of a chat not in the cache yet keep arriving), it runs
 * once more afterwards: the answer in flight may predate them, and they were not counted.
 */
export function refetchChats(client: ApolloClient): Promise<unknown> {
  if (chatsRefetch) {
    refetchAgain = true;
    return chatsRefetch;
  }
  chatsRefetch = client
    .query({ query: CHATS, fetchPolicy: 'network-only' })
    .catch(() => undefined)
    .finally(() => {
      chatsRefetch = null;
      if (refetchAgain) {
        refetchAgain = false;
        void refetchChats(client);
      }
    });
  return chatsRefetch;
}

/**
 * After a reconnect: events sent while the socket was down are lost, the database is the truth.
 * Fetch the chat list; for the open chat fetch what came after its last message
 * (`messages(afterSeq)`) and its newest page again (edits, deletions, reactions); forget the
 * message lists of the other chats, which load fresh when opened.
 */
export async function catchUp(client: ApolloClient): Promise<void> {
  const cache = client.cache;
  const active = activeChatVar();
  await refetchChats(client);
  const chats = cache.readQuery({ query: CHATS });
  for (const e of chats?.chats.edges ?? []) if (e.node.id !== active) cache.evict({ id: 'ROOT_QUERY', fieldName: 'messages', args: { chatId: e.node.id } });
  cache.gc();
  if (!active) return;
  const page = cache.readQuery({ query: MESSAGES, variables: { chatId: active } });
  if (!page) return; // the message view is loading it anyway
  try {
    let lastSeq = page.messages.messages.reduce((max, m) => Math.max(max, m.seq), 0);
    for (let i = 0; i < 20; i++) {
      const r = await client.query({ query: MESSAGES, variables: { chatId: active, afterSeq: lastSeq, limit: 100 }, fetchPolicy: 'network-only' });
      const got = r.data?.messages.messages ?? [];
      if (!got.length) break;
      lastSeq = got[got.length - 1].seq;
      if (!r.data?.messages.hasMoreAfter) break;
    }
    await client.query({ query: MESSAGES, variables: { chatId: active, limit: 50 }, fetchPolicy: 'network-only' });
  } catch {
    // offline again: the next reconnect catches up
  }
}

/**
 * The eight subscriptions of a signed-in viewer, over the page's one graphql-ws socket, merged
 * into the Apollo cache. A subscription that fails (socket closed as unauthorized, a server
 * error) restarts all of them after a pause; every reconnect of the socket catches up.
 */
export function useRealtime(client: ApolloClient, ws: Client, viewerId: string): void {
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let connects = 0;
    return ws.on('connected', () => {
      failures = 0;
      // The first time, only the chat list: events sent between its first answer and the
      // subscriptions starting would otherwise be missing from it (a new chat, an unread count).
      if (connects++ > 0) void catchUp(client);
      else void refetchChats(client);
    });
  }, [client, ws]);

  useEffect(() => {
    const cache = client.cache;
    let stopped = false;
    let restarting = false;

    const restart = (error?: { message: string }) => {
      if (stopped || restarting) return;
      restarting = true;
      const unauthorized = /\b440[13]\b/.test(error?.message ?? '');
      const delay = Math.min(30_000, 1000 * 2 ** failures++);
      setTimeout(() => {
        void (async () => {
          if (unauthorized) await refreshSession();
          if (!stopped) setGeneration((g) => g + 1);
        })();
      }, delay);
    };

    /** A subscription without variables, its events handed to `onData`. */
    function listen<T>(query: TypedDocumentNode<T, Record<string, never>>, onData: (data: T) => void) {
      return client.subscribe({ query, fetchPolicy: 'no-cache' }).subscribe({
        next: (r) => {
          if (r.error) restart(r.error);
          else if (r.data) onData(r.data);
        },
        error: (err: Error) => restart(err),
        complete: () => restart(),
      });
    }

    const subs = [
      listen(ON_NEW_MESSAGE, ({ newMessage: msg }) => {
        const own = msg.sender.id === viewerId;
        if (!own) setTyping(msg.chatId, msg.sender.id, msg.sender.name, false);
        // Unread until the open chat has shown it in view (MessageView marks it read then).
        const known = applyNewMessage(cache, msg, { countUnread: !own });
        if (own && msg.clientId) removePending(msg.chatId, msg.clientId);
        notifyNewMessage(cache, msg, viewerId);
        if (!known) void refetchChats(client);
        else refetchIfInFlight(client);
      }),
      listen(ON_MESSAGE_UPDATED, ({ messageUpdated }) => applyMessageUpdate(cache, messageUpdated)),
      listen(ON_REACTIONS, ({ reactions: e }) => applyReactions(cache, e.messageId, e.reactions)),
      listen(ON_TYPING, ({ typing: e }) => setTyping(e.chatId, e.user.id, e.user.name, e.isTyping)),
      listen(ON_READ_RECEIPTS, ({ readReceipts }) => {
        applyReadReceipt(cache, viewerId, readReceipts);
        if (readReceipts.userId === viewerId) refetchIfInFlight(client);
      }),
      listen(ON_CHAT_UPDATED, ({ chatUpdated }) => applyChat(cache, chatUpdated, viewerId)),
      listen(ON_PRESENCE, ({ presence: e }) => applyPresence(cache, e.userId, e.online, e.lastSeenAt)),
      // A new name or avatar: every chat and message that shows the person reads the one User entry.
      listen(ON_USER_UPDATED, ({ userUpdated: u }) => {
        cache.modify({ id: cache.identify({ __typename: 'User', id: u.id }), fields: { name: () => u.name, avatarUrl: () => u.avatarUrl } });
        if (u.id === viewerId) updateViewer({ name: u.name, avatarUrl: u.avatarUrl });
      }),
    ];
    return () => {
      stopped = true;
      for (const s of subs) s.unsubscribe();
    };
  }, [client, viewerId, generation]);

  // Typing entries expire 5 s after their last event.
  useEffect(() => {
    const timer = setInterval(pruneTyping, 1000);
    return () => clearInterval(timer);
  }, []);
}
