'use client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { SET_TYPING, type MessageBits } from '../lib/graphql';
import { filesOf } from '../lib/images';
import { drafts } from '../lib/store';
import { AttachButton, PictureStrip, useDropPictures, useImageDraft } from './ImageDraft';
import { EmojiPicker } from './EmojiPicker';

const MAX_LENGTH = 4000;
/** setTyping(true) at most this often while typing; receivers drop it after 5 s. */
const TYPING_EVERY_MS = 3000;
/** setTyping(false) after this long without a keystroke. */
const TYPING_IDLE_MS = 4000;

/**
 * The message box: Enter sends, Shift+Enter breaks the line, Escape cancels a reply or an edit.
 * Pictures (attached, pasted, or dropped on the conversation) go with the text as their caption.
 */
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
  const [text, setText] = useState(() => (editing ? (editDraft ?? editing.text ?? '') : (drafts.get(chatId) ?? '')));
  const input = useRef<HTMLTextAreaElement>(null);
  const typingSentAt = useRef(0);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const root = useRef<HTMLDivElement>(null);
  const pictures = useImageDraft();
  useDropPictures(root, pictures.add, !editing);
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
  useLayoutEffect(() => {
    stopTypingRef.current = stopTyping;
  });
  useEffect(() => () => stopTypingRef.current(), []);

  // Editing puts the message's text in the box; leaving the edit brings the draft back. Only
  // when another message is edited or another chat shown (not when the same one re-renders).
  const boxKey = `${chatId}:${editing?.id ?? ''}`;
  const [shownKey, setShownKey] = useState(boxKey);
  if (shownKey !== boxKey) {
    setShownKey(boxKey);
    setText(editing ? (editDraft ?? editing.text ?? '') : (drafts.get(chatId) ?? ''));
  }
  useEffect(() => {
    input.current?.focus();
  }, [boxKey]);

  useEffect(() => {
    if (replyTo) input.current?.focus();
  }, [replyTo]);

  // Where the caret goes once the box shows the new text (after an emoji is inserted): set in
  // the same commit that renders the text and closes the picker, so the focus never rests on
  // the page in between.
  const caretAfterRender = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = caretAfterRender.current;
    if (at === null || !input.current) return;
    caretAfterRender.current = null;
    input.current.focus();
    input.current.setSelectionRange(at, at);
  });

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
    caretAfterRender.current = start + emoji.length;
    change(text.slice(0, start) + emoji + text.slice(end));
  };

  const submit = () => {
    const value = text.trim();
    if (!editing && pictures.pictures.length) {
      if (!pictures.ready || pictures.sending || value.length > MAX_LENGTH) return;
      stopTyping();
      void pictures.send(chatId, value || null, replyTo?.id ?? null).then((sent) => {
        if (!sent) return;
        setText('');
        drafts.delete(chatId);
        if (replyTo) onCancelReply();
      });
      return;
    }
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
  const withPictures = !editing && pictures.pictures.length > 0;
  const canSend = withPictures ? pictures.ready && !pictures.sending && !tooLong : !!text.trim() && !tooLong;
  return (
    <div className="composer" ref={root}>
      {replyTo && !editing && (
        <div className="composer-context" data-testid="composer-reply">
          <div className="composer-context-text">
            <span className="composer-context-label">Replying to {replyTo.sender.name}</span>
            <span className="composer-context-snippet">{replyTo.text ?? (replyTo.type === 'IMAGE' ? 'Photo' : '')}</span>
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
      {!editing && <PictureStrip draft={pictures} />}
      <form
        className="composer-row"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        {!editing && <AttachButton onFiles={pictures.add} disabled={pictures.sending} />}
        <textarea
          ref={input}
          rows={1}
          value={text}
          onChange={(e) => change(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={(e) => {
            if (editing) return;
            const files = filesOf(e.clipboardData.files, true);
            if (!files.length) return;
            e.preventDefault();
            pictures.add(files);
          }}
          onBlur={() => stopTyping()}
          placeholder={editing ? 'Edit your message' : withPictures ? 'Add a caption' : 'Write a message'}
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
        <button type="submit" className="button primary" disabled={!canSend} data-testid="composer-send">
          {editing ? 'Save' : 'Send'}
        </button>
      </form>
      {tooLong && <p className="error small">Messages can be at most {MAX_LENGTH} characters.</p>}
    </div>
  );
}
