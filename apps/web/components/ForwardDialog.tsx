'use client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo, useRef, useState } from 'react';
import { describeError } from '../lib/errors';
import { CHATS, FORWARD_MESSAGE, type MessageBits, type Viewer } from '../lib/graphql';
import { useDialog } from '../lib/use-dialog';
import { Avatar } from './Avatar';
import { chatTitle, otherMember } from './ChatList';

/** The server forwards to at most this many chats at once. */
const MAX_TARGETS = 20;

/** Copies a message into one or more of the viewer's chats, picked from a filterable list. */
export function ForwardDialog({ message, viewer, onClose }: { message: MessageBits; viewer: Viewer; onClose: () => void }) {
  const client = useApolloClient();
  const { data } = useQuery(CHATS, { fetchPolicy: 'cache-first' });
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDialog(dialog, onClose);

  const chats = useMemo(
    () => [...(data?.chats.edges ?? [])].map((e) => e.node).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id)),
    [data],
  );
  const term = filter.trim().toLowerCase();
  const shown = term ? chats.filter((c) => chatTitle(c, viewer.id).toLowerCase().includes(term)) : chats;
  const preview = message.text ?? (message.type === 'IMAGE' ? 'Photo' : '');

  const toggle = (id: string) => {
    setDone(null);
    setFailure(null);
    setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  };

  const forward = async () => {
    if (!picked.length) {
      setFailure('Pick at least one chat.');
      return;
    }
    setBusy(true);
    setFailure(null);
    setDone(null);
    try {
      const r = await client.mutate({ mutation: FORWARD_MESSAGE, variables: { messageId: message.id, chatIds: picked } });
      const n = r.data?.forwardMessage.length ?? picked.length;
      setDone(`Forwarded to ${n === 1 ? '1 chat' : `${n} chats`}.`);
      setPicked([]);
    } catch (err) {
      setFailure(describeError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" ref={dialog} aria-labelledby="forward-title" data-testid="forward-dialog">
        <header className="dialog-header">
          <h2 id="forward-title">Forward message</h2>
          <button type="button" className="button icon" onClick={onClose} aria-label="Close" data-testid="forward-close">
            ×
          </button>
        </header>
        <p className="forward-preview muted" data-testid="forward-preview">
          {preview}
        </p>
        <label className="field">
          <span>Find a chat</span>
          <input type="search" autoFocus value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Chat or person" data-testid="forward-filter" />
        </label>
        <fieldset className="forward-chats">
          <legend className="sr-only">Chats to forward to</legend>
          {!shown.length && <p className="muted list-note">{chats.length ? 'No chat matches.' : 'No chats yet.'}</p>}
          <ul>
            {shown.map((c) => {
              const other = c.kind === 'DIRECT' ? otherMember(c, viewer.id) : null;
              const checked = picked.includes(c.id);
              const title = chatTitle(c, viewer.id);
              return (
                <li key={c.id}>
                  <label className={checked ? 'forward-chat picked' : 'forward-chat'} data-testid="forward-chat" data-chat-id={c.id}>
                    <input type="checkbox" checked={checked} disabled={busy || (!checked && picked.length >= MAX_TARGETS)} onChange={() => toggle(c.id)} />
                    <Avatar name={title} url={other?.avatarUrl ?? c.avatarUrl} size={32} />
                    <span className="forward-chat-title">{title}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <div role="status">
          {done && (
            <p className="forward-done" data-testid="forward-done">
              {done}
            </p>
          )}
        </div>
        {failure && (
          <p className="error" role="alert" data-testid="forward-error">
            {failure}
          </p>
        )}
        <button type="button" className="button primary wide" disabled={busy} onClick={() => void forward()} data-testid="forward-send">
          {busy ? 'Forwarding…' : picked.length ? `Forward to ${picked.length === 1 ? '1 chat' : `${picked.length} chats`}` : 'Forward'}
        </button>
      </div>
    </div>
  );
}
