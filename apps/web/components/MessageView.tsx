'use client';
import { useApolloClient, useQuery, useReactiveVar } from '@apollo/client/react';
import { Fragment, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
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
import { jumpVar } from '../lib/jump';
import { firstUnread, newerCount, planJump, readMark, seenUpTo } from '../lib/reading';
import { newClientId, pendingVar, removePending, typingVar, upsertPending, type PendingMessage } from '../lib/store';
import { Avatar } from './Avatar';
import { chatTitle, otherMember } from './ChatList';
import { Composer } from './Composer';
import { ForwardDialog } from './ForwardDialog';
import { GroupPanel } from './GroupPanel';
import { MessageItem, PendingItem, type MessageActions } from './MessageItem';

const PAGE_SIZE = 30;
/** Pages loaded on the way to a message (a quote, a search result, the first unread) are bigger. */
const JUMP_PAGE_SIZE = 80;
/** How long a message opened by a jump stays highlighted. */
const FLASH_MS = 2500;

/** Where a jump puts the message: in the middle (a quote, a search result) or at the top (the first unread). */
interface PendingScroll {
  seq: number;
  block: 'center' | 'start';
  flash: boolean;
}

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

/**
 * The open chat: its messages, who is typing, and the composer. It opens at the first unread
 * message (under a "New messages" divider) or at the newest; older pages load on scroll-up, newer
 * ones on scroll-down when the list is a window around an earlier message. A jump (a quote, a
 * search result) loads the pages around a message, scrolls to it and highlights it. Messages
 * are marked read only once they have been in view while the window is visible and focused.
 */
export function MessageView({ chat, viewer, onBack, onSearch }: { chat: ChatBits; viewer: Viewer; onBack: () => void; onSearch: () => void }) {
  const client = useApolloClient();
  const { data, error, fetchMore, refetch, loading } = useQuery(MESSAGES, {
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
  const [loadingLater, setLoadingLater] = useState(false);
  /** Where the reader was when the chat opened: the divider goes above the first message after it. */
  const [opened] = useState(() => ({ lastRead: chat.myLastReadSeq, unread: chat.unreadCount }));
  const [flash, setFlash] = useState<{ seq: number; key: number } | null>(null);
  /** The message the last jump landed on (stays after the highlight goes). */
  const [landed, setLanded] = useState<number | null>(null);
  const [scrolledUp, setScrolledUp] = useState(false);
  const [scrollTick, setScrollTick] = useState(0);
  const jump = useReactiveVar(jumpVar);
  const [actionError, setActionError] = useState<string | null>(null);
  const [forwarding, setForwarding] = useState<MessageBits | null>(null);
  const [infoOpen, setInfoOpen] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const nearBottom = useRef(true);
  const anchor = useRef<{ fromBottom: number; firstId: string } | null>(null);
  const loadingEarlierRef = useRef(false);
  const loadingLaterRef = useRef(false);
  const markedSeq = useRef(0);
  /** markedSeq for rendering (the jump button's count); the ref is what callbacks read. */
  const [marked, setMarked] = useState(0);
  /** False until the chat is placed where it opens (first unread, a jump, or the newest): nothing counts as seen before. */
  const settled = useRef(false);
  const opening = useRef(false);
  const pendingScroll = useRef<PendingScroll | null>(null);

  const page = data?.messages;
  const messages = useMemo(() => page?.messages ?? [], [page]);
  const delivered = new Set(messages.map((m) => m.clientId).filter(Boolean));
  const pending = (pendingAll[chat.id] ?? []).filter((p) => !delivered.has(p.clientId));
  // Expired entries leave the store within a second (pruneTyping, lib/realtime.ts).
  const typers = (typingAll[chat.id] ?? []).filter((t) => t.userId !== viewer.id);
  const firstId = messages[0]?.id ?? '';
  const lastKey = `${messages[messages.length - 1]?.id ?? ''}:${pending.length}`;
  const hasMoreBefore = page?.hasMoreBefore ?? false;
  const oldestSeq = messages[0]?.seq;
  const hasMoreAfter = page?.hasMoreAfter ?? false;
  const dividerSeq = useMemo(() => (opened.unread > 0 ? firstUnread(messages, opened.lastRead, viewer.id) : null), [messages, opened, viewer.id]);
  // The freshest values for callbacks that run later (scroll, focus, awaited pages).
  const live = useRef({ page, chat, messages });
  useLayoutEffect(() => {
    live.current = { page, chat, messages };
  });

  const loadEarlier = useCallback(async () => {
    if (!hasMoreBefore || loadingEarlierRef.current || !firstId || oldestSeq === undefined) return;
    const el = scroller.current;
    loadingEarlierRef.current = true;
    setLoadingEarlier(true);
    if (el) anchor.current = { fromBottom: el.scrollHeight - el.scrollTop, firstId };
    try {
      await fetchMore({ variables: { beforeSeq: oldestSeq, limit: PAGE_SIZE } });
    } catch (err) {
      anchor.current = null;
      setActionError(describeError(err));
    } finally {
      loadingEarlierRef.current = false;
      setLoadingEarlier(false);
    }
  }, [fetchMore, firstId, hasMoreBefore, oldestSeq]);

  /** The next newer page, when the list is a window that ends before the newest message. */
  const loadLater = useCallback(async () => {
    const last = messages[messages.length - 1];
    if (!hasMoreAfter || loadingLaterRef.current || !last) return;
    loadingLaterRef.current = true;
    setLoadingLater(true);
    try {
      await fetchMore({ variables: { afterSeq: last.seq, limit: PAGE_SIZE } });
    } catch (err) {
      setActionError(describeError(err));
    } finally {
      loadingLaterRef.current = false;
      setLoadingLater(false);
    }
  }, [fetchMore, hasMoreAfter, messages]);

  /**
   * Opens the chat at a message: loads older pages down to it when it is a few pages back (the
   * list stays whole), or a window of pages around it when it is far away, then scrolls to it.
   */
  const jumpTo = useCallback(
    async (seq: number, how: { block: 'center' | 'start'; flash: boolean }) => {
      const current = live.current.page;
      const list = current?.messages ?? [];
      const loaded = list.length
        ? { oldest: list[0].seq, newest: list[list.length - 1].seq, hasMoreBefore: current!.hasMoreBefore, hasMoreAfter: current!.hasMoreAfter }
        : null;
      const plan = planJump(seq, loaded);
      const fetchPage = (vars: { beforeSeq?: number; afterSeq?: number }) =>
        client.query({ query: MESSAGES, variables: { chatId: chat.id, limit: JUMP_PAGE_SIZE, ...vars }, fetchPolicy: 'network-only' });
      try {
        if (plan.kind === 'older' && loaded) {
          let oldest = loaded.oldest;
          let more = loaded.hasMoreBefore;
          while (more && oldest > seq) {
            const r = await fetchPage({ beforeSeq: oldest });
            const got = r.data?.messages;
            if (!got?.messages.length) break;
            oldest = Math.min(oldest, ...got.messages.map((m) => m.seq));
            more = got.hasMoreBefore;
          }
        } else if (plan.kind === 'window') {
          await fetchPage({ beforeSeq: seq + 1 });
          await fetchPage({ afterSeq: seq });
        }
      } catch (err) {
        setActionError(describeError(err));
      }
      anchor.current = null;
      nearBottom.current = false;
      pendingScroll.current = { seq, ...how };
      setScrollTick((t) => t + 1);
    },
    [client, chat.id],
  );

  /** Back to the newest message: the newest page when the list is an earlier window, then the bottom. */
  const toLatest = useCallback(async () => {
    if (live.current.page?.hasMoreAfter) {
      try {
        await client.query({ query: MESSAGES, variables: { chatId: chat.id, limit: PAGE_SIZE }, fetchPolicy: 'network-only' });
      } catch (err) {
        setActionError(describeError(err));
        return;
      }
    }
    anchor.current = null;
    pendingScroll.current = null;
    nearBottom.current = true;
    setScrolledUp(false);
    setScrollTick((t) => t + 1);
  }, [client, chat.id]);

  /** Marks read up to the newest message wholly in view, while the window is visible and focused. */
  const checkSeen = useCallback(() => {
    const el = scroller.current;
    if (!el || !settled.current) return;
    const { chat: c, messages: list } = live.current;
    const box = el.getBoundingClientRect();
    const placed = [...el.querySelectorAll<HTMLElement>('[data-testid="message"][data-seq]')].map((n) => {
      const r = n.getBoundingClientRect();
      return { seq: Number(n.dataset.seq), top: r.top, bottom: r.bottom };
    });
    const seen = seenUpTo(placed, box.top, box.bottom);
    const unreadSeen = c.unreadCount > 0 || list.some((m) => m.sender.id !== viewer.id && m.seq > c.myLastReadSeq && m.seq <= seen);
    if (!unreadSeen) return;
    const seq = readMark({ seen, lastRead: c.myLastReadSeq, sent: markedSeq.current, active: document.visibilityState === 'visible' && document.hasFocus() });
    if (seq === null) return;
    markedSeq.current = seq;
    setMarked(seq);
    client.mutate({ mutation: MARK_READ, variables: { chatId: c.id, seq } }).catch(() => {
      markedSeq.current = 0;
      setMarked(0);
    });
  }, [client, viewer.id]);

  // Keep the view where the reader is: older messages added on top keep the visible ones in place;
  // new ones at the bottom scroll into view when the reader was at the bottom (or sent them).
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const wanted = pendingScroll.current;
    if (wanted) {
      // The message itself, or the next one the reader sees when it is hidden to them.
      const nodes = [...el.querySelectorAll<HTMLElement>('[data-testid="message"][data-seq]')];
      const target = nodes.find((n) => Number(n.dataset.seq) >= wanted.seq) ?? nodes[nodes.length - 1];
      if (!target) {
        pendingScroll.current = null;
        settled.current = true;
      } else {
        pendingScroll.current = null;
        const divider = wanted.block === 'start' ? el.querySelector<HTMLElement>('[data-testid="unread-divider"]') : null;
        (divider ?? target).scrollIntoView({ block: wanted.block });
        if (wanted.flash) setFlash({ seq: Number(target.dataset.seq), key: Date.now() });
        setLanded(Number(target.dataset.seq));
        nearBottom.current = !hasMoreAfter && el.scrollHeight - el.scrollTop - el.clientHeight < 80;
        setScrolledUp(!nearBottom.current);
        settled.current = true;
      }
    } else if (anchor.current && anchor.current.firstId !== firstId) {
      el.scrollTop = el.scrollHeight - anchor.current.fromBottom;
      anchor.current = null;
    } else if (nearBottom.current) {
      el.scrollTop = el.scrollHeight;
    }
  }, [firstId, lastKey, typers.length, scrollTick, hasMoreAfter]);

  // Where the chat opens, once its newest page is in: at a requested message, at the first
  // unread one (the divider at the top), or at the bottom.
  useEffect(() => {
    if (settled.current || opening.current || !page || loading) return;
    opening.current = true;
    const request = jumpVar();
    // Placed after this commit (a jump loads pages and sets state; the scroll effect follows scrollTick).
    queueMicrotask(() => {
      if (request?.chatId === chat.id) {
        jumpVar(null);
        void jumpTo(request.seq, { block: 'center', flash: true });
      } else if (opened.unread > 0 && opened.lastRead < chat.lastSeq) {
        void jumpTo(opened.lastRead + 1, { block: 'start', flash: false });
      } else {
        settled.current = true;
        setScrollTick((t) => t + 1);
      }
    });
  }, [page, loading, chat.id, chat.lastSeq, opened, jumpTo]);

  // A later request while the chat is open (a search result in this chat).
  useEffect(() => {
    if (!settled.current || !jump || jump.chatId !== chat.id) return;
    jumpVar(null);
    void jumpTo(jump.seq, { block: 'center', flash: true });
  }, [jump, chat.id, jumpTo]);

  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(t);
  }, [flash]);

  // What is in view may have changed: new messages, a jump, the window coming back or focused.
  useEffect(() => {
    checkSeen();
  }, [checkSeen, lastKey, firstId, scrollTick, chat.unreadCount]);
  useEffect(() => {
    document.addEventListener('visibilitychange', checkSeen);
    window.addEventListener('focus', checkSeen);
    return () => {
      document.removeEventListener('visibilitychange', checkSeen);
      window.removeEventListener('focus', checkSeen);
    };
  }, [checkSeen]);

  const seenFrame = useRef(0);
  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 80;
    nearBottom.current = atBottom && !hasMoreAfter;
    setScrolledUp(!nearBottom.current);
    if (el.scrollTop < 60) void loadEarlier();
    if (atBottom && hasMoreAfter) void loadLater();
    cancelAnimationFrame(seenFrame.current);
    seenFrame.current = requestAnimationFrame(checkSeen);
  };
  const newer = newerCount(messages, Math.max(chat.myLastReadSeq, marked), viewer.id, { hasMoreAfter, unreadCount: chat.unreadCount });

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
    // The own message shows at the bottom of the newest page.
    if (hasMoreAfter || scrolledUp) void toLatest();
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
    onOpenQuote: (m) => {
      if (m.replyTo) void jumpTo(m.replyTo.seq, { block: 'center', flash: true });
    },
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
    <section className="message-view" data-testid="message-view" data-chat-id={chat.id} data-landed-seq={landed ?? undefined}>
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
        <button
          type="button"
          className="button icon chat-search"
          onClick={onSearch}
          aria-haspopup="dialog"
          aria-label={`Search in ${title}`}
          title="Search in this chat"
          data-testid="chat-search"
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M15.5 15.5 21 21" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
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
              {m.seq === dividerSeq && (i > 0 || !hasMoreBefore) && (
                <div className="unread-divider" data-testid="unread-divider">
                  <span>New messages</span>
                </div>
              )}
              <MessageItem
                m={m}
                own={m.sender.id === viewer.id}
                showSender={chat.kind === 'GROUP' && !grouped}
                seenText={m.sender.id === viewer.id ? seenText(m) : null}
                actions={actions}
                flash={flash?.seq === m.seq}
                whoReacted={whoReacted}
              />
            </Fragment>
          );
        })}
        {hasMoreAfter && (
          <button type="button" className="button small load-later" onClick={() => void loadLater()} disabled={loadingLater} data-testid="load-later">
            {loadingLater ? 'Loading…' : 'Load newer messages'}
          </button>
        )}
        {pending.map((p) => (
          <PendingItem key={p.clientId} p={p} onRetry={() => void deliver(client, p)} onDiscard={() => removePending(p.chatId, p.clientId)} />
        ))}
      </div>
      <div className="jump-latest-dock">
        {(scrolledUp || hasMoreAfter) && page && (
          <button
            type="button"
            className="jump-latest"
            onClick={() => void toLatest()}
            aria-label={newer ? `Jump to latest, ${newer} new ${newer === 1 ? 'message' : 'messages'}` : 'Jump to latest'}
            data-testid="jump-latest"
            data-count={newer}
          >
            <span aria-hidden="true">↓</span>
            {newer > 0 && (
              <span className="jump-latest-count" data-testid="jump-latest-count">
                {newer > 99 ? '99+' : newer}
              </span>
            )}
          </button>
        )}
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
