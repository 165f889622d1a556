'use client';
import { useApolloClient, useQuery, useReactiveVar } from '@apollo/client/react';
import { Fragment, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApolloClient } from '@apollo/client';
import { applyNewMessage } from '../lib/cache-updates';
import { describeError, sendRetryDelayMs } from '../lib/errors';
import { dayLabel, lastSeen, sameDay, typingText } from '../lib/format';
import {
  DELETE_MESSAGE,
  EDIT_MESSAGE,
  MARK_READ,
  MESSAGES,
  REMOVE_REACTION,
  SEND_MESSAGE,
  ADD_REACTION,
  type ChatBits,
  type MessageBits,
  type Viewer,
} from '../lib/graphql';
import { newClientId, pendingVar, removePending, typingVar, upsertPending, type PendingMessage } from '../lib/store';
import { Avatar } from './Avatar';
import { chatTitle, otherMember } from './ChatList';
import { Composer } from './Composer';
import { ForwardDialog } from './ForwardDialog';
import { GroupPanel } from './GroupPanel';
import { MessageItem, PendingItem, type MessageActions } from './MessageItem';

const PAGE_SIZE = 30;

const stillPending = (p: PendingMessage) => (pendingVar()[p.chatId] ?? []).some((x) => x.clientId === p.clientId);

/**
 * Sends a pending message. A send the server could not take (busy, unreachable, rate limited)
 * is tried again by itself with backoff; every try reuses the clientId, so the server stores
 * the message once. Other failures, or too many tries, leave it failed with a manual retry.
 */
async function deliver(client: ApolloClient, p: PendingMessage): Promise<void> {
  upsertPending({ ...p, status: 'sending', error: null });
  for (let attempt = 0; ; attempt++) {
    try {
      const r = await client.mutate({
        mutation: SEND_MESSAGE,
        variables: { chatId: p.chatId, clientId: p.clientId, text: p.text, replyToId: p.replyTo?.id ?? null },
      });
      if (r.data) applyNewMessage(client.cache, r.data.sendMessage, { countUnread: false });
      removePending(p.chatId, p.clientId);
      return;
    } catch (err) {
      const wait = sendRetryDelayMs(err, attempt);
      if (wait === null || !stillPending(p)) {
        if (stillPending(p)) upsertPending({ ...p, status: 'failed', error: describeError(err) });
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, wait));
      // Discarded while waiting: nothing more to send.
      if (!stillPending(p)) return;
    }
  }
}

function subtitle(chat: ChatBits, viewer: Viewer): { text: string; online?: boolean } {
  if (chat.kind === 'DIRECT') {
    const other = otherMember(chat, viewer.id);
    if (!other) return { text: '' };
    return { text: other.online ? 'online' : lastSeen(other.lastSeenAt), online: other.online };
  }
  const online = chat.members.filter((m) => m.user.id !== viewer.id && m.user.online).length;
  return { text: `${chat.members.length} members${online ? `, ${online} online` : ''}` };
}

/** The open chat: its messages (older pages on scroll-up), who is typing, and the composer. */
export function MessageView({ chat, viewer, onBack }: { chat: ChatBits; viewer: Viewer; onBack: () => void }) {
  const client = useApolloClient();
  const { data, error, fetchMore, refetch } = useQuery(MESSAGES, {
    variables: { chatId: chat.id, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const pendingAll = useReactiveVar(pendingVar);
  const typingAll = useReactiveVar(typingVar);
  const [replyTo, setReplyTo] = useState<MessageBits | null>(null);
  const [editing, setEditing] = useState<MessageBits | null>(null);
  /** The text of an edit whose save failed, put back in the box to try again. */
  const [editDraft, setEditDraft] = useState<string | null>(null);
  const [loadingEarlier, setLoadingEarlier] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [forwarding, setForwarding] = useState<MessageBits | null>(null);
  const [infoOpen, setInfoOpen] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const anchor = useRef<{ fromBottom: number; firstId: string } | null>(null);
  const loadingEarlierRef = useRef(false);
  const markedSeq = useRef(0);

  const page = data?.messages;
  const messages = page?.messages ?? [];
  const delivered = new Set(messages.map((m) => m.clientId).filter(Boolean));
  const pending = (pendingAll[chat.id] ?? []).filter((p) => !delivered.has(p.clientId));
  const now = Date.now();
  const typers = (typingAll[chat.id] ?? []).filter((t) => t.until > now && t.userId !== viewer.id);
  const firstId = messages[0]?.id ?? '';
  const lastKey = `${messages[messages.length - 1]?.id ?? ''}:${pending.length}`;
  const newestSeq = messages.reduce((max, m) => Math.max(max, m.seq), 0);
  const newestFromOthers = messages.reduce((max, m) => (m.sender.id !== viewer.id ? Math.max(max, m.seq) : max), 0);
  const hasMoreBefore = page?.hasMoreBefore ?? false;

  const loadEarlier = useCallback(async () => {
    if (!hasMoreBefore || loadingEarlierRef.current || !firstId) return;
    const el = scroller.current;
    loadingEarlierRef.current = true;
    setLoadingEarlier(true);
    if (el) anchor.current = { fromBottom: el.scrollHeight - el.scrollTop, firstId };
    try {
      await fetchMore({ variables: { beforeSeq: messages[0].seq, limit: PAGE_SIZE } });
    } catch (err) {
      anchor.current = null;
      setActionError(describeError(err));
    } finally {
      loadingEarlierRef.current = false;
      setLoadingEarlier(false);
    }
  }, [fetchMore, firstId, hasMoreBefore, messages]);

  // Keep the view where the reader is: older messages added on top keep the visible ones in place;
  // new ones at the bottom scroll into view when the reader was at the bottom (or sent them).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (anchor.current && anchor.current.firstId !== firstId) {
      el.scrollTop = el.scrollHeight - anchor.current.fromBottom;
      anchor.current = null;
    } else if (nearBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [firstId, lastKey, typers.length]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    nearBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    if (el.scrollTop < 60) void loadEarlier();
  };

  // Read up to the newest message while the chat is open and the page visible.
  useEffect(() => {
    const mark = () => {
      if (document.visibilityState !== 'visible' || !newestSeq) return;
      if (newestFromOthers <= chat.myLastReadSeq && chat.unreadCount === 0) return;
      if (markedSeq.current >= newestSeq) return;
      markedSeq.current = newestSeq;
      client.mutate({ mutation: MARK_READ, variables: { chatId: chat.id, seq: newestSeq } }).catch(() => {
        markedSeq.current = 0;
      });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [client, chat.id, chat.myLastReadSeq, chat.unreadCount, newestSeq, newestFromOthers]);

  const send = (text: string) => {
    const r = replyTo;
    const p: PendingMessage = {
      clientId: newClientId(),
      chatId: chat.id,
      text,
      replyTo: r
        ? { __typename: 'MessagePreview', id: r.id, seq: r.seq, type: r.type, text: r.text?.slice(0, 200) ?? null, deleted: r.deleted, sender: r.sender }
        : null,
      createdAt: new Date().toISOString(),
      status: 'sending',
      error: null,
    };
    setReplyTo(null);
    nearBottom.current = true;
    void deliver(client, p);
  };

  const run = (promise: Promise<unknown>) => {
    setActionError(null);
    promise.catch((err: unknown) => setActionError(describeError(err)));
  };

  const actions: MessageActions = {
    onReply: (m) => {
      setEditing(null);
      setReplyTo(m);
    },
    onForward: (m) => setForwarding(m),
    onEdit: (m) => {
      setReplyTo(null);
      setEditDraft(null);
      setEditing(m);
    },
    onDelete: (m) => {
      if (editing?.id === m.id) setEditing(null);
      run(client.mutate({ mutation: DELETE_MESSAGE, variables: { id: m.id } }));
    },
    // Add or remove, never toggle: a retried request then cannot undo the first one.
    onReact: (m, emoji) =>
      run(
        client.mutate({
          mutation: m.reactions.some((r) => r.emoji === emoji && r.reactedByMe) ? REMOVE_REACTION : ADD_REACTION,
          variables: { messageId: m.id, emoji },
        }),
      ),
  };

  // The box leaves edit mode at once and the message shows the new text before the server
  // answers; a failed save brings the edit back with the typed text and says why.
  const saveEdit = (m: MessageBits, text: string) => {
    setActionError(null);
    setEditing(null);
    setEditDraft(null);
    client
      .mutate({
        mutation: EDIT_MESSAGE,
        variables: { id: m.id, text },
        optimisticResponse: { editMessage: { ...m, text, editedAt: new Date().toISOString() } },
      })
      .catch((err: unknown) => {
        setActionError(describeError(err));
        setEditDraft(text);
        setEditing(m);
      });
  };

  const seenText = (m: MessageBits): string | null => {
    const readers = m.seenBy.filter((id) => id !== viewer.id);
    if (!readers.length) return null;
    if (chat.kind === 'DIRECT') return 'Seen';
    const names = readers.map((id) => chat.members.find((mm) => mm.user.id === id)?.user.name.split(' ')[0]).filter(Boolean);
    return readers.length === 1 && names[0] ? `Seen by ${names[0]}` : `Seen by ${readers.length}`;
  };

  /** Names for a reaction's userIds: the viewer first as "You"; people no longer in the chat are counted. */
  const whoReacted = (userIds: string[]): string => {
    const names: string[] = [];
    let gone = 0;
    for (const id of userIds) {
      if (id === viewer.id) names.unshift('You');
      else {
        const name = chat.members.find((mm) => mm.user.id === id)?.user.name;
        if (name) names.push(name);
        else gone++;
      }
    }
    if (gone) names.push(`${gone} ${gone === 1 ? 'person' : 'people'} no longer here`);
    return names.join(', ');
  };

  const sub = subtitle(chat, viewer);
  const other = chat.kind === 'DIRECT' ? otherMember(chat, viewer.id) : null;
  const title = chatTitle(chat, viewer.id);

  return (
    <section className="message-view" data-testid="message-view" data-chat-id={chat.id}>
      <header className="chat-header" data-testid="chat-header">
        <button type="button" className="button icon back" onClick={onBack} aria-label="Back to chats" data-testid="back">
          ‹
        </button>
        <Avatar name={title} url={other?.avatarUrl ?? chat.avatarUrl} online={other ? other.online : undefined} size={38} announce={false} />
        <div className="chat-header-text">
          <h2 data-testid="chat-header-title">{title}</h2>
          <span className={sub.online ? 'chat-header-sub online' : 'chat-header-sub'} data-testid="chat-header-sub">
            {sub.text}
          </span>
        </div>
        {chat.kind === 'GROUP' && (
          <button type="button" className="button small group-info-open" onClick={() => setInfoOpen(true)} aria-haspopup="dialog" data-testid="group-info-open">
            Group info
          </button>
        )}
      </header>
      <div
        className="messages"
        ref={scroller}
        onScroll={onScroll}
        role="log"
        aria-live="polite"
        aria-relevant="additions"
        aria-label={`Messages in ${title}`}
        tabIndex={0}
        data-testid="messages"
      >
        {hasMoreBefore && (
          <button type="button" className="button small load-earlier" onClick={() => void loadEarlier()} disabled={loadingEarlier} data-testid="load-earlier">
            {loadingEarlier ? 'Loading…' : 'Load earlier messages'}
          </button>
        )}
        {!page && !error && <p className="list-note muted">Loading messages…</p>}
        {error && !page && (
          <p className="list-note error">
            {describeError(error)}{' '}
            <button type="button" className="button link" onClick={() => void refetch()}>
              Try again
            </button>
          </p>
        )}
        {page && !messages.length && !pending.length && (
          <p className="list-note muted" data-testid="no-messages">
            No messages yet. Say hello!
          </p>
        )}
        {messages.map((m, i) => {
          const prev = messages[i - 1];
          const newDay = !prev || !sameDay(prev.createdAt, m.createdAt);
          const grouped =
            !!prev && !newDay && prev.sender.id === m.sender.id && prev.type !== 'SYSTEM' && Date.parse(m.createdAt) - Date.parse(prev.createdAt) < 5 * 60_000;
          return (
            <Fragment key={m.id}>
              {newDay && (
                <div className="day-separator" data-testid="day-separator">
                  {dayLabel(m.createdAt)}
                </div>
              )}
              <MessageItem
                m={m}
                own={m.sender.id === viewer.id}
                showSender={chat.kind === 'GROUP' && !grouped}
                seenText={m.sender.id === viewer.id ? seenText(m) : null}
                actions={actions}
                whoReacted={whoReacted}
              />
            </Fragment>
          );
        })}
        {pending.map((p) => (
          <PendingItem key={p.clientId} p={p} onRetry={() => void deliver(client, p)} onDiscard={() => removePending(p.chatId, p.clientId)} />
        ))}
      </div>
      <div className="typing-line" aria-live="polite">
        {typers.length > 0 && <span data-testid="typing-indicator">{typingText(typers.map((t) => t.name))}</span>}
      </div>
      {actionError && (
        <div className="action-error" role="alert" data-testid="action-error">
          <span>{actionError}</span>
          <button type="button" className="button icon" onClick={() => setActionError(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      <Composer
        chatId={chat.id}
        replyTo={replyTo}
        editing={editing}
        editDraft={editDraft}
        onCancelReply={() => setReplyTo(null)}
        onCancelEdit={() => setEditing(null)}
        onSend={send}
        onSaveEdit={saveEdit}
      />
      {forwarding && <ForwardDialog message={forwarding} viewer={viewer} onClose={() => setForwarding(null)} />}
      {infoOpen && chat.kind === 'GROUP' && <GroupPanel chat={chat} viewer={viewer} onClose={() => setInfoOpen(false)} onLeft={onBack} />}
    </section>
  );
}
