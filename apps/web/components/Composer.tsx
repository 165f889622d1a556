'use client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SET_TYPING, type MessageBits } from '../lib/graphql';
import { drafts } from '../lib/store';
import { EmojiPicker } from './EmojiPicker';

const MAX_LENGTH = 4000;
/** setTyping(true) at most this often while typing; receivers drop it after 5 s. */
const TYPING_EVERY_MS = 3000;
/** setTyping(false) after this long without a keystroke. */
const TYPING_IDLE_MS = 4000;

/** The message box: Enter sends, Shift+Enter breaks the line, Escape cancels a reply or an edit. */
export function Composer({
  chatId,
  replyTo,
  editing,
  editDraft,
  onCancelReply,
  onCancelEdit,
  onSend,
  onSaveEdit,
}: {
  chatId: string;
  replyTo: MessageBits | null;
  editing: MessageBits | null;
  /** Text to edit instead of the message's own (a save that failed). */
  editDraft: string | null;
  onCancelReply: () => void;
  onCancelEdit: () => void;
  onSend: (text: string) => void;
  onSaveEdit: (m: MessageBits, text: string) => void;
}) {
  const client = useApolloClient();
  const [text, setText] = useState(() => drafts.get(chatId) ?? '');
  const input = useRef<HTMLTextAreaElement>(null);
  const typingSentAt = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [emojiOpen, setEmojiOpen] = useState(false);

  const sendTyping = (isTyping: boolean) => {
    client.mutate({ mutation: SET_TYPING, variables: { chatId, isTyping } }).catch(() => undefined);
  };
  const stopTyping = () => {
    clearTimeout(idleTimer.current);
    if (typingSentAt.current) {
      typingSentAt.current = 0;
      sendTyping(false);
    }
  };
  const stopTypingRef = useRef(stopTyping);
  stopTypingRef.current = stopTyping;
  useEffect(() => () => stopTypingRef.current(), []);

  // Editing puts the message's text in the box; leaving the edit brings the draft back.
  const editingId = editing?.id ?? null;
  useEffect(() => {
    setText(editing ? (editDraft ?? editing.text ?? '') : (drafts.get(chatId) ?? ''));
    input.current?.focus();
    // Only when another message is edited (not when the same one re-renders).
  }, [editingId, chatId]);

  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);

  // Grows with its text, up to a limit.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${Math.min(el.scrollHeight, 180)}px`;
  }, [text]);

  const change = (value: string) => {
    setText(value);
    if (editing) return;
    drafts.set(chatId, value);
    if (!value.trim()) return stopTyping();
    const now = Date.now();
    if (now - typingSentAt.current > TYPING_EVERY_MS) {
      typingSentAt.current = now;
      sendTyping(true);
    }
    clearTimeout(idleTimer.current);
    idleTimer.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  };

  /** Puts an emoji where the caret is (replacing a selection) and the caret after it. */
  const insertEmoji = (emoji: string) => {
    const el = input.current;
    const start = el?.selectionStart ?? text.length;
    const end = el?.selectionEnd ?? text.length;
    change(text.slice(0, start) + emoji + text.slice(end));
    requestAnimationFrame(() => {
      if (!el) return;
      el.focus();
      el.setSelectionRange(start + emoji.length, start + emoji.length);
    });
  };

  const submit = () => {
    const value = text.trim();
    if (!value || value.length > MAX_LENGTH) return;
    if (editing) {
      if (value !== editing.text) onSaveEdit(editing, value);
      else onCancelEdit();
      return;
    }
    stopTyping();
    onSend(value);
    setText('');
    drafts.delete(chatId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      submit();
    } else if (e.key === 'Escape') {
      if (editing) onCancelEdit();
      else if (replyTo) onCancelReply();
    }
  };

  const tooLong = text.trim().length > MAX_LENGTH;
  return (
    <div className="composer">
      {replyTo && !editing && (
        <div className="composer-context" data-testid="composer-reply">
          <div className="composer-context-text">
            <span className="composer-context-label">Replying to {replyTo.sender.name}</span>
            <span className="composer-context-snippet">{replyTo.text}</span>
          </div>
          <button type="button" className="button icon" onClick={onCancelReply} aria-label="Cancel reply" data-testid="cancel-reply">
            ×
          </button>
        </div>
      )}
      {editing && (
        <div className="composer-context" data-testid="composer-editing">
          <div className="composer-context-text">
            <span className="composer-context-label">Editing message</span>
            <span className="composer-context-snippet">{editing.text}</span>
          </div>
          <button type="button" className="button icon" onClick={onCancelEdit} aria-label="Cancel editing" data-testid="cancel-edit">
            ×
          </button>
        </div>
      )}
      <form
        className="composer-row"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <textarea
          ref={input}
          rows={1}
          value={text}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={() => stopTyping()}
          placeholder={editing ? 'Edit your message' : 'Write a message'}
          aria-label="Message"
          data-testid="composer-input"
        />
        <button
          type="button"
          className="button icon composer-emoji"
          onClick={() => setEmojiOpen((o) => !o)}
          aria-label="Insert emoji"
          aria-haspopup="dialog"
          aria-expanded={emojiOpen}
          data-testid="composer-emoji"
        >
          <span aria-hidden="true">😊</span>
        </button>
        {emojiOpen && <EmojiPicker label="Insert emoji" className="composer-emoji-picker" onPick={insertEmoji} onClose={() => setEmojiOpen(false)} />}
        <button type="submit" className="button primary" disabled={!text.trim() || tooLong} data-testid="composer-send">
          {editing ? 'Save' : 'Send'}
        </button>
      </form>
      {tooLong && <p className="error small">Messages can be at most {MAX_LENGTH} characters.</p>}
    </div>
  );
}
