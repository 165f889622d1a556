'use client';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { describeError } from '../lib/errors';
import { CREATE_DIRECT_CHAT, CREATE_GROUP_CHAT, type ChatBits, type UserBits, type Viewer } from '../lib/graphql';
import { lastSeen } from '../lib/format';
import { usePeopleSearch } from '../lib/use-people-search';
import { useDialog } from '../lib/use-dialog';
import { Avatar } from './Avatar';

const looksLikeAddress = (term: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(term);

/**
 * What tells people of the same name apart: their address where the viewer knows it (the exact
 * address they searched for; the server shows nobody's address to others), else whether they
 * are online or when they were last seen (known for people who share a chat with the viewer).
 */
export function detailOf(u: UserBits, term: string): string {
  if (looksLikeAddress(term)) return term.toLowerCase();
  if (u.online) return 'online';
  if (u.lastSeenAt) return lastSeen(u.lastSeenAt);
  return 'not in a chat with you yet';
}

/** Find people by name or address; open a direct chat with one, or make a group of several. */
export function NewChatDialog({ viewer, onClose, onOpen }: { viewer: Viewer; onClose: () => void; onOpen: (chat: ChatBits) => void }) {
  const client = useApolloClient();
  const [mode, setMode] = useState<'direct' | 'group'>('direct');
  const { term, results, loading, error, active, highlightAt, listId, optionId, comboboxProps, keysPicking } = usePeopleSearch(viewer.id);
  const [picked, setPicked] = useState<UserBits[]>([]);
  const [title, setTitle] = useState('');
  // Whether members added later read what was said before (the group's history setting).
  const [sharedHistory, setSharedHistory] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useDialog(dialog, onClose);

  const startDirect = async (user: UserBits) => {
    setBusy(true);
    setFailure(null);
    try {
      const r = await client.mutate({ mutation: CREATE_DIRECT_CHAT, variables: { userId: user.id } });
      if (r.data) onOpen(r.data.createDirectChat);
    } catch (err) {
      setFailure(describeError(err));
      setBusy(false);
    }
  };

  const createGroup = async () => {
    if (!title.trim()) {
      setFailure('Give the group a name.');
      return;
    }
    if (!picked.length) {
      setFailure('Pick at least one person.');
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const r = await client.mutate({
        mutation: CREATE_GROUP_CHAT,
        variables: { title: title.trim(), memberIds: picked.map((u) => u.id), history: sharedHistory ? 'SHARED' : 'FROM_JOIN' },
      });
      if (r.data) onOpen(r.data.createGroupChat);
    } catch (err) {
      setFailure(describeError(err));
      setBusy(false);
    }
  };

  const toggle = (user: UserBits) => {
    setPicked((p) => (p.some((u) => u.id === user.id) ? p.filter((u) => u.id !== user.id) : [...p, user]));
    if (failure === 'Pick at least one person.') setFailure(null);
  };

  const pick = (user: UserBits) => (mode === 'direct' ? void startDirect(user) : toggle(user));

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" ref={dialog} aria-labelledby="new-chat-title" data-testid="new-chat-dialog">
        <header className="dialog-header">
          <h2 id="new-chat-title">New chat</h2>
          <button type="button" className="button icon" onClick={onClose} aria-label="Close" data-testid="new-chat-close">
            ×
          </button>
        </header>
        <div className="tabs" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'direct'}
            className={mode === 'direct' ? 'tab active' : 'tab'}
            onClick={() => setMode('direct')}
            data-testid="new-chat-mode-direct"
          >
            Direct message
          </button>
          <button
            type="button"
            role="tab"
            aria-selected={mode === 'group'}
            className={mode === 'group' ? 'tab active' : 'tab'}
            onClick={() => setMode('group')}
            data-testid="new-chat-mode-group"
          >
            New group
          </button>
        </div>
        {mode === 'group' && (
          <label className="field">
            <span>Group name</span>
            <input
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                if (failure === 'Give the group a name.' && e.target.value.trim()) setFailure(null);
              }}
              maxLength={100}
              placeholder="Weekend trip"
              data-testid="group-title"
            />
          </label>
        )}
        {mode === 'group' && (
          <label className="check">
            <input type="checkbox" checked={sharedHistory} onChange={(e) => setSharedHistory(e.target.checked)} data-testid="group-shared-history" />
            <span>People added later can read earlier messages</span>
          </label>
        )}
        <label className="field">
          <span>{mode === 'direct' ? 'Who do you want to write to?' : 'Add people'}</span>
          <input
            type="search"
            autoFocus
            {...comboboxProps}
            onKeyDown={keysPicking((user) => !busy && pick(user))}
            placeholder="Name or e-mail address"
            data-testid="user-search"
          />
        </label>
        {mode === 'group' && picked.length > 0 && (
          <div className="chips" data-testid="group-picked">
            {picked.map((u) => (
              <button type="button" key={u.id} className="chip" onClick={() => toggle(u)} title="Remove">
                {u.name} ×
              </button>
            ))}
          </div>
        )}
        {term && loading && !results.length && <p className="muted list-note">Searching…</p>}
        {term && !loading && !error && !results.length && <p className="muted list-note">Nobody found. Try a full e-mail address.</p>}
        {error && <p className="error list-note">{describeError(error)}</p>}
        <ul className="user-results" id={listId} role="listbox" aria-label="People found" data-testid="user-results">
          {results.map((u, i) => {
            const isPicked = picked.some((p) => p.id === u.id);
            return (
              // Options of the search box's list (the box keeps the focus; arrows and Enter pick).
              <li
                key={u.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                aria-disabled={busy || undefined}
                className={['user-result', isPicked ? 'picked' : '', i === active ? 'highlighted' : ''].filter(Boolean).join(' ')}
                onClick={() => !busy && pick(u)}
                onMouseMove={() => i !== active && highlightAt(i)}
                data-testid="user-result"
                data-user-id={u.id}
                data-highlighted={String(i === active)}
              >
                <Avatar name={u.name} url={u.avatarUrl} online={u.online} size={36} announce={false} />
                <span className="user-result-text">
                  <span className="user-result-name">{u.name}</span>
                  <span className="user-result-detail" data-testid="user-result-detail">
                    {detailOf(u, term)}
                  </span>
                </span>
                {mode === 'group' && (
                  <span className="check" aria-hidden="true">
                    {isPicked ? '✓' : '+'}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
        {failure && (
          <p className="error" role="alert" data-testid="new-chat-error">
            {failure}
          </p>
        )}
        {mode === 'group' && (
          <button type="button" className="button primary wide" disabled={busy} onClick={() => void createGroup()} data-testid="create-group">
            {busy ? 'Creating…' : `Create group${picked.length ? ` with ${picked.length + 1} people` : ''}`}
          </button>
        )}
      </div>
    </div>
  );
}
