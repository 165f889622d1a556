'use client';
import { useApolloClient, useQuery, useReactiveVar } from '@apollo/client/react';
import type { Client } from 'graphql-ws';
import { useEffect, useMemo, useState } from 'react';
import { connectionVar } from '../lib/apollo';
import { applyChat } from '../lib/cache-updates';
import { apiError, describeError } from '../lib/errors';
import { CHATS, LOGOUT, ME, type ChatBits, type Viewer } from '../lib/graphql';
import { requestJump } from '../lib/jump';
import type { SearchHit } from '../lib/operations/search';
import { setNotificationOpener } from '../lib/notifications';
import { useRealtime } from '../lib/realtime';
import { signOutLocal } from '../lib/session';
import { activeChatVar } from '../lib/store';
import { Avatar } from './Avatar';
import { ChatList, chatTitle } from './ChatList';
import { MessageView } from './MessageView';
import { NewChatDialog } from './NewChatDialog';
import { NotificationToggle } from './NotificationToggle';
import { ProfileDialog } from './ProfileDialog';
import { SearchPanel } from './SearchPanel';

const CHAT_PATH = /^\/chats\/([^/]+)\/?$/;

/** The chat the address names (/chats/<id>), or null for the list (/). */
function chatInAddress(): string | null {
  const m = CHAT_PATH.exec(window.location.pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

/**
 * History entries of this app's own: `__NA` tells Next.js's router (which patches pushState) to
 * leave them alone; the chat comes from the address, not from a page of the router.
 */
const OWN_ENTRY = { __NA: true };

/** Opens a chat (or the list) and gives it its address, as a new history entry. */
function showChat(id: string | null): void {
  activeChatVar(id);
  const path = id ? `/chats/${encodeURIComponent(id)}` : '/';
  if (window.location.pathname !== path) window.history.pushState(OWN_ENTRY, '', path);
}

let followingAddress = false;

/**
 * Back and Forward move between chats in place: the address names the chat. The listener runs
 * first (capture) and keeps the event from Next.js's router, which would otherwise re-render a
 * page from another entry's router state (or reload) for what is the same page here.
 */
function followAddress(): void {
  if (followingAddress) return;
  followingAddress = true;
  window.addEventListener(
    'popstate',
    (event) => {
      event.stopImmediatePropagation();
      activeChatVar(chatInAddress());
    },
    { capture: true },
  );
}

/** The signed-in screen: chat list on the left, the open chat on the right (one at a time on a phone). */
export function ChatApp({ viewer, ws }: { viewer: Viewer; ws: Client }) {
  const client = useApolloClient();
  useRealtime(client, ws, viewer.id);
  const activeId = useReactiveVar(activeChatVar);
  const connection = useReactiveVar(connectionVar);
  const [newChatOpen, setNewChatOpen] = useState(false);
  const [profileOpen, setProfileOpen] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);
  /** The open search: in one chat (its id) or across all chats (null). */
  const [search, setSearch] = useState<{ chatId: string | null } | null>(null);
  const { data, loading, error, fetchMore } = useQuery(CHATS, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });

  const chats = useMemo(
    () => [...(data?.chats.edges ?? [])].map((e) => e.node).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)),
    [data],
  );
  const activeChat = chats.find((c) => c.id === activeId) ?? null;

  // The address says which chat is open: on load, and when Back or Forward moves through them.
  useEffect(() => {
    followAddress();
    activeChatVar(chatInAddress());
    return () => {
      // Signed out: the next account starts at the list.
      if (window.location.pathname !== '/') window.history.replaceState(OWN_ENTRY, '', '/');
    };
  }, []);

  // A click on a desktop notification opens its chat.
  useEffect(() => {
    setNotificationOpener((id) => showChat(id));
    return () => setNotificationOpener(null);
  }, []);

  // The tab's title counts unread messages, so a tab in the background shows them: "(3) Parley".
  const unread = chats.reduce((n, c) => n + c.unreadCount, 0);
  useEffect(() => {
    const base = activeChat ? `${chatTitle(activeChat, viewer.id)} · Parley` : 'Parley';
    document.title = unread > 0 ? `(${unread > 99 ? '99+' : unread}) ${base}` : base;
  }, [activeChat, unread, viewer.id]);
  useEffect(
    () => () => {
      document.title = 'Parley';
    },
    [],
  );

  // The stored session may outlive its account (the server's data was reset, the account
  // deleted): ask the server who this is; an account it does not know ends the session here.
  useEffect(() => {
    let live = true;
    client.query({ query: ME, fetchPolicy: 'network-only' }).then(
      (r) => {
        if (live && r.data && r.data.me.id !== viewer.id) signOutLocal('You were signed in as someone else. Please sign in again.');
      },
      (err: unknown) => {
        if (live && apiError(err).code === 'UNAUTHENTICATED') signOutLocal('Your session has ended. Please sign in again.');
      },
    );
    return () => {
      live = false;
    };
  }, [client, viewer.id]);

  const logout = async () => {
    setLoggingOut(true);
    try {
      await client.mutate({ mutation: LOGOUT });
    } catch {
      // the session ends in this tab either way
    }
    signOutLocal(null);
  };

  const openChat = (chat: ChatBits) => {
    applyChat(client.cache, chat, viewer.id);
    showChat(chat.id);
    setNewChatOpen(false);
  };

  // A search result opens its chat (a new history entry, as a click in the list) at that message.
  const openHit = (hit: SearchHit) => {
    applyChat(client.cache, hit.chat, viewer.id);
    setSearch(null);
    requestJump(hit.chat.id, hit.message.seq);
    showChat(hit.chat.id);
  };
  const searchChat = search?.chatId ? (chats.find((c) => c.id === search.chatId) ?? null) : null;

  return (
    <div className={activeChat ? 'app has-active' : 'app'} data-testid="chat-app" data-connection={connection}>
      {/* Always there, so that screen readers announce what appears in it. */}
      <div className="connection" role="status">
        {(connection === 'reconnecting' || connection === 'offline') && (
          <div className="banner" data-testid="connection-status" data-state={connection}>
            {connection === 'offline' ? 'You are offline. Messages will arrive when the connection is back.' : 'Connection lost. Reconnecting…'}
          </div>
        )}
      </div>
      <aside className="sidebar">
        <h1 className="sr-only">Parley</h1>
        <header className="sidebar-header">
          <button
            type="button"
            className="profile-button"
            onClick={() => setProfileOpen(true)}
            aria-haspopup="dialog"
            title={viewer.email ?? undefined}
            data-testid="profile-open"
          >
            <Avatar key={viewer.avatarUrl} name={viewer.name} url={viewer.avatarUrl} size={36} />
            <span className="me" data-testid="me" data-avatar-url={viewer.avatarUrl}>
              {viewer.name}
            </span>
            <span className="sr-only">, edit your profile</span>
          </button>
          <NotificationToggle />
          <button type="button" className="button small" onClick={() => void logout()} disabled={loggingOut} data-testid="logout">
            Log out
          </button>
        </header>
        <div className="sidebar-actions">
          <button type="button" className="button primary wide" onClick={() => setNewChatOpen(true)} data-testid="new-chat">
            + New chat
          </button>
          <button type="button" className="button wide" onClick={() => setSearch({ chatId: null })} aria-haspopup="dialog" data-testid="search-all">
            Search messages
          </button>
        </div>
        <ChatList
          chats={chats}
          viewer={viewer}
          activeId={activeChat?.id ?? null}
          onSelect={(id) => showChat(id)}
          loading={loading}
          error={error ? describeError(error) : null}
        />
        {data?.chats.pageInfo.hasNextPage && (
          <button type="button" className="button link load-more-chats" onClick={() => void fetchMore({ variables: { after: data.chats.pageInfo.endCursor } })}>
            Show older chats
          </button>
        )}
      </aside>
      <main className="conversation">
        {activeChat ? (
          <MessageView
            key={activeChat.id}
            chat={activeChat}
            viewer={viewer}
            onBack={() => showChat(null)}
            onSearch={() => setSearch({ chatId: activeChat.id })}
          />
        ) : (
          <div className="empty-state" data-testid="no-chat-selected">
            <p>Pick a chat on the left, or start a new one.</p>
          </div>
        )}
      </main>
      {profileOpen && <ProfileDialog viewer={viewer} onClose={() => setProfileOpen(false)} />}
      {search && (!search.chatId || searchChat) && (
        <SearchPanel key={search.chatId ?? ''} chat={searchChat} viewer={viewer} onOpen={openHit} onClose={() => setSearch(null)} />
      )}
      {newChatOpen && <NewChatDialog viewer={viewer} onClose={() => setNewChatOpen(false)} onOpen={openChat} />}
    </div>
  );
}
