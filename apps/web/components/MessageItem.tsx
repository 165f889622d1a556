'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { fullDateTime, timeOfDay } from '../lib/format';
import { linkify } from '../lib/links';
import type { MessageBits, ReplyBits } from '../lib/graphql';
import type { PendingMessage } from '../lib/store';
import { MessageImages } from './MessageImages';
import { EmojiPicker } from './EmojiPicker';

export const REACTIONS = ['👍', '❤️', '😂', '😮', '🎉'];

/** The quoted message; with `onOpen`, a button that opens the conversation at the original. */
function Quote({ reply, onOpen }: { reply: ReplyBits; onOpen?: () => void }) {
  const body = (
    <>
      <span className="quote-sender">{reply.sender.name}</span>
      <span className="quote-text">{reply.deleted ? 'Deleted message' : (reply.text ?? (reply.type === 'IMAGE' ? 'Photo' : ''))}</span>
    </>
  );
  if (!onOpen || reply.deleted)
    return (
      <div className="quote" data-testid="reply-quote">
        {body}
      </div>
    );
  return (
    <button type="button" className="quote quote-link" onClick={onOpen} title="Show the original message" data-testid="reply-quote" data-seq={reply.seq}>
      <span className="sr-only">Show the original message: </span>
      {body}
    </button>
  );
}

/**
 * Message text with its web and mail addresses as links: they open in a new tab, with no opener
 * and no referrer, and nothing is fetched for a preview. Only http, https and mailto (lib/links.ts).
 */
export function MessageText({ text }: { text: string }) {
  return (
    <>
      {linkify(text).map((part, i) =>
        part.kind === 'link' ? (
          <a key={i} href={part.href} target="_blank" rel="noopener noreferrer" data-testid="message-link">
            {part.text}
          </a>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export interface MessageActions {
  onReply: (m: MessageBits) => void;
  onForward: (m: MessageBits) => void;
  onEdit: (m: MessageBits) => void;
  onDelete: (m: MessageBits) => void;
  onReact: (m: MessageBits, emoji: string) => void;
  /** Opens the conversation at the message a reply quotes. */
  onOpenQuote?: (m: MessageBits) => void;
}

/** One message: bubble, reply quote, reactions, and on hover (or tap) its actions. */
export function MessageItem({
  m,
  own,
  showSender,
  seenText,
  actions,
  flash = false,
  whoReacted,
}: {
  m: MessageBits;
  own: boolean;
  showSender: boolean;
  /** For own messages: "Seen", "Seen by 2", or null when nobody has read it yet. */
  seenText: string | null;
  actions: MessageActions;
  /** Briefly highlighted: the message a jump (quote, search result) opened. */
  flash?: boolean;
  /** The names of the people behind a reaction's userIds ("You" for the viewer). */
  whoReacted: (userIds: string[]) => string;
}) {
  const [selected, setSelected] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [picking, setPicking] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const reactionsId = useId();
  if (m.type === 'SYSTEM')
    return (
      <div className="system-message" data-testid="message" data-message-id={m.id} data-seq={m.seq}>
        {m.text}
      </div>
    );
  const classes = ['message', own ? 'own' : 'theirs', selected ? 'selected' : '', m.deleted ? 'deleted' : '', flash ? 'flash' : ''].filter(Boolean).join(' ');
  return (
    <div
      className={classes}
      data-testid="message"
      data-message-id={m.id}
      data-seq={m.seq}
      data-own={String(own)}
      data-flash={flash ? 'true' : undefined}
      onClick={(e) => {
        // A tap on the bubble shows the actions on touch screens and narrow windows, where they
        // do not appear on hover.
        if ((e.target as HTMLElement).closest('button, a') || !window.matchMedia('(hover: none), (max-width: 720px)').matches) return;
        setSelected((s) => !s);
      }}
    >
      <div className="bubble">
        {showSender && !own && <div className="sender">{m.sender.name}</div>}
        {m.forwarded && !m.deleted && (
          <div className="forwarded" data-testid="message-forwarded">
            Forwarded from {m.forwarded.originalSenderName}
          </div>
        )}
        {m.replyTo && !m.deleted && <Quote reply={m.replyTo} onOpen={actions.onOpenQuote ? () => actions.onOpenQuote?.(m) : undefined} />}
        {m.deleted ? (
          <div className="text deleted-text" data-testid="message-text">
            This message was deleted
          </div>
        ) : (
          <>
            {m.attachments.length > 0 && <MessageImages m={m} />}
            {(m.text || !m.attachments.length) && (
              <div className="text" data-testid="message-text">
                <MessageText text={m.text ?? ''} />
              </div>
            )}
          </>
        )}
        <div className="meta">
          {m.editedAt && !m.deleted && (
            <span className="edited" data-testid="message-edited">
              edited
            </span>
          )}
          <time dateTime={m.createdAt} title={fullDateTime(m.createdAt)} data-testid="message-time">
            {timeOfDay(m.createdAt)}
          </time>
          {own && !m.deleted && (
            <span className={seenText ? 'status seen' : 'status'} data-testid="message-status" data-seen={String(!!seenText)} title={seenText ?? 'Sent'}>
              {seenText ? `✓✓ ${seenText}` : '✓ Sent'}
            </span>
          )}
        </div>
      </div>
      {m.reactions.length > 0 && !m.deleted && (
        <div className="reactions">
          {m.reactions.map((r, i) => (
            <button
              type="button"
              key={r.emoji}
              className={r.reactedByMe ? 'reaction mine' : 'reaction'}
              aria-pressed={r.reactedByMe}
              onClick={() => actions.onReact(m, r.emoji)}
              aria-describedby={`${reactionsId}-${i}`}
              data-testid="reaction"
              data-emoji={r.emoji}
            >
              <span className="reaction-emoji">{r.emoji}</span>
              <span className="reaction-count" data-testid="reaction-count">
                {r.count}
              </span>
              {/* Who reacted: shown on hover and keyboard focus, and read after the chip's name. */}
              <span className="reaction-who" id={`${reactionsId}-${i}`} data-testid="reaction-who">
                {whoReacted(r.userIds)}
                {r.reactedByMe ? ' · click to remove yours' : ' · click to react too'}
              </span>
            </button>
          ))}
        </div>
      )}
      {/* A tap selects the message on touch screens: then who reacted is listed under it. */}
      {selected && m.reactions.length > 0 && !m.deleted && (
        <ul className="reaction-names" aria-label="Who reacted" data-testid="reaction-names">
          {m.reactions.map((r) => (
            <li key={r.emoji}>
              <span aria-hidden="true">{r.emoji}</span> <span className="sr-only">{r.emoji}: </span>
              {whoReacted(r.userIds)}
            </li>
          ))}
        </ul>
      )}
      {!m.deleted && !confirmDelete && (
        <div className="actions" role="toolbar" aria-label="Message actions" data-testid="message-actions">
          {REACTIONS.map((emoji) => (
            <button
              type="button"
              key={emoji}
              className="action emoji"
              onClick={() => actions.onReact(m, emoji)}
              title={`React with ${emoji}`}
              aria-label={`React with ${emoji}`}
              data-testid="react-button"
              data-emoji={emoji}
            >
              {emoji}
            </button>
          ))}
          <button
            type="button"
            ref={moreButton}
            className="action emoji more"
            onClick={() => setPicking((p) => !p)}
            aria-label="More reactions"
            title="More reactions"
            aria-haspopup="dialog"
            aria-expanded={picking}
            data-testid="react-more"
          >
            +
          </button>
          <button type="button" className="action" onClick={() => actions.onReply(m)} data-testid="message-action-reply">
            Reply
          </button>
          <button type="button" className="action" onClick={() => actions.onForward(m)} aria-haspopup="dialog" data-testid="message-action-forward">
            Forward
          </button>
          {own && (
            <>
              <button type="button" className="action" onClick={() => actions.onEdit(m)} data-testid="message-action-edit">
                Edit
              </button>
              <button type="button" className="action danger" onClick={() => setConfirmDelete(true)} data-testid="message-action-delete">
                Delete
              </button>
            </>
          )}
        </div>
      )}
      {picking && !m.deleted && (
        <EmojiPicker
          label="React with an emoji"
          className={own ? 'reaction-picker own' : 'reaction-picker'}
          onPick={(emoji) => {
            actions.onReact(m, emoji);
            moreButton.current?.focus();
          }}
          onClose={() => setPicking(false)}
        />
      )}
      {!m.deleted && confirmDelete && <ConfirmDelete onConfirm={() => actions.onDelete(m)} onCancel={() => setConfirmDelete(false)} />}
    </div>
  );
}

/** Under the message, in the flow: asks before a message is deleted for everyone. */
function ConfirmDelete({ onConfirm, onCancel }: { onConfirm: () => void; onCancel: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  const textId = useId();
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="confirm-delete"
      role="group"
      aria-labelledby={textId}
      data-testid="confirm-delete-box"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <span className="confirm-text" id={textId}>
        Delete for everyone?
      </span>
      <span className="confirm-buttons">
        <button type="button" ref={cancel} className="button small" onClick={onCancel} data-testid="cancel-delete">
          Cancel
        </button>
        <button type="button" className="button small danger" onClick={onConfirm} data-testid="confirm-delete">
          Delete
        </button>
      </span>
    </div>
  );
}

/** A message on its way (or one that failed), shown until the server's copy replaces it. */
export function PendingItem({ p, onRetry, onDiscard }: { p: PendingMessage; onRetry: () => void; onDiscard: () => void }) {
  return (
    <div
      className={p.status === 'failed' ? 'message own pending failed' : 'message own pending'}
      data-testid="message"
      data-pending="true"
      data-client-id={p.clientId}
    >
      <div className="bubble">
        {p.replyTo && <Quote reply={p.replyTo} />}
        <div className="text" data-testid="message-text">
          <MessageText text={p.text} />
        </div>
        <div className="meta">
          {p.status === 'sending' ? (
            <span className="status" data-testid="message-status">
              Sending…
            </span>
          ) : (
            <span className="status failed" data-testid="message-status">
              Not sent
            </span>
          )}
        </div>
      </div>
      {p.status === 'failed' && (
        <div className="pending-failure" role="alert">
          <span>{p.error}</span>
          <button type="button" className="button link" onClick={onRetry} data-testid="pending-retry">
            Retry
          </button>
          <button type="button" className="button link" onClick={onDiscard}>
            Discard
          </button>
        </div>
      )}
    </div>
  );
}
