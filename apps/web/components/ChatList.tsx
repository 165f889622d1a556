'use client';
import { useReactiveVar } from '@apollo/client/react';
import { fullDateTime, shortWhen } from '../lib/format';
import type { ChatBits, Viewer } from '../lib/graphql';
import { typingVar } from '../lib/store';
import { Avatar } from './Avatar';

export const otherMember = (chat: ChatBits, viewerId: string) => chat.members.find((m) => m.user.id !== viewerId)?.user ?? null;

/** A direct chat is called after the other person, as the cache has them now (a rename shows at once). */
export const chatTitle = (chat: ChatBits, viewerId: string) => (chat.kind === 'DIRECT' ? (otherMember(chat, viewerId)?.name ?? chat.title) : chat.title);

function preview(chat: ChatBits, viewerId: string): string {
  const m = chat.lastMessage;
  if (!m) return chat.kind === 'GROUP' ? 'Group created' : 'No messages yet';
  const who = m.sender.id === viewerId ? 'You: ' : chat.kind === 'GROUP' ? `${m.sender.name.split(' ')[0]}: ` : '';
  if (m.deleted) return `${who}message deleted`;
  if (m.type === 'SYSTEM') return m.text ?? '';
  return `${who}${m.text ?? (m.type === 'IMAGE' ? 'Photo' : '')}`;
}

/** The viewer's chats, newest activity first. */
export function ChatList({
  chats,
  viewer,
  activeId,
  onSelect,
  loading,
  error,
}: {
  chats: ChatBits[];
  viewer: Viewer;
  activeId: string | null;
  onSelect: (id: string) => void;
  loading: boolean;
  error: string | null;
}) {
  const typing = useReactiveVar(typingVar);
  if (error && !chats.length)
    return (
      <p className="list-note error" data-testid="chat-list-error">
        {error}
      </p>
    );
  if (!chats.length)
    return (
      <p className="list-note muted" data-testid="chat-list-empty">
        {loading ? 'Loading chats…' : 'No chats yet. Start one with “New chat”.'}
      </p>
    );
  return (
    <ul className="chat-list" data-testid="chat-list">
      {chats.map((chat) => {
        const other = chat.kind === 'DIRECT' ? otherMember(chat, viewer.id) : null;
        // Expired entries leave the store within a second (pruneTyping, lib/realtime.ts).
        const typers = typing[chat.id] ?? [];
        const active = chat.id === activeId;
        return (
          <li key={chat.id}>
            <button
              type="button"
              className={active ? 'chat-item active' : 'chat-item'}
              onClick={() => onSelect(chat.id)}
              data-testid="chat-item"
              data-chat-id={chat.id}
              data-active={String(active)}
              aria-current={active ? 'true' : undefined}
            >
              <Avatar name={chatTitle(chat, viewer.id)} url={other?.avatarUrl ?? chat.avatarUrl} online={other ? other.online : undefined} size={44} />
              <span className="chat-item-main">
                <span className="chat-item-row">
                  <span className="chat-item-title" data-testid="chat-title">
                    {chatTitle(chat, viewer.id)}
                  </span>
                  <time
                    className="chat-item-time"
                    dateTime={chat.lastMessage?.createdAt ?? chat.updatedAt}
                    title={fullDateTime(chat.lastMessage?.createdAt ?? chat.updatedAt)}
                    data-testid="chat-time"
                  >
                    {shortWhen(chat.lastMessage?.createdAt ?? chat.updatedAt)}
                  </time>
                </span>
                <span className="chat-item-row">
                  <span className={typers.length ? 'chat-item-preview typing' : 'chat-item-preview'} data-testid="chat-last-message">
                    {typers.length ? (chat.kind === 'GROUP' ? `${typers[0].name.split(' ')[0]} is typing…` : 'typing…') : preview(chat, viewer.id)}
                  </span>
                  {chat.unreadCount > 0 && (
                    <span className="badge" data-testid="unread-badge" aria-label={`${chat.unreadCount} unread`}>
                      {chat.unreadCount > 99 ? '99+' : chat.unreadCount}
                    </span>
                  )}
                </span>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
