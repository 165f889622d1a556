'use client';
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { describeError } from '../lib/errors';
import { CREATE_DIRECT_CHAT, CREATE_GROUP_CHAT, SEARCH_USERS, type ChatBits, type UserBits, type Viewer } from '../lib/graphql';
import { Avatar } from './Avatar';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/** Find people by name or address; open a direct chat with one, or make a group of several. */
export function NewChatDialog({ viewer, onClose, onOpen }: { viewer: Viewer; onClose: () => void; onOpen: (chat: ChatBits) => void }) {
  const client = useApolloClient();
  const [mode, setMode] = useState<'direct' | 'group'>('direct');
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const { data, loading, error } = useQuery(SEARCH_USERS, term ? { variables: { search: term }, fetchPolicy: 'network-only' } : skipToken);
  const [picked, setPicked] = useState<UserBits[]>([]);
  const [title, setTitle] = useState('');
  // Whether members added later read what was said before (the group's history setting).
  const [sharedHistory, setSharedHistory] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const results = term ? (data?.users.edges ?? []).map((e) => e.node).filter((u) => u.id !== viewer.id) : [];

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

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

  const toggle = (user: UserBits) => setPicked((p) => (p.some((u) => u.id === user.id) ? p.filter((u) => u.id !== user.id) : [...p, user]));

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="new-chat-title" data-testid="new-chat-dialog">
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
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={100} placeholder="Weekend trip" data-testid="group-title" />
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
            value={search}
            onChange={(e) => setSearch(e.target.value)}
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
        <ul className="user-results" data-testid="user-results">
          {term && loading && !results.length && <li className="muted list-note">Searching…</li>}
          {term && !loading && !error && !results.length && <li className="muted list-note">Nobody found. Try a full e-mail address.</li>}
          {error && <li className="error list-note">{describeError(error)}</li>}
          {results.map((u) => {
            const isPicked = picked.some((p) => p.id === u.id);
            return (
              <li key={u.id}>
                <button
                  type="button"
                  className={isPicked ? 'user-result picked' : 'user-result'}
                  disabled={busy}
                  onClick={() => (mode === 'direct' ? void startDirect(u) : toggle(u))}
                  data-testid="user-result"
                  data-user-id={u.id}
                >
                  <Avatar name={u.name} url={u.avatarUrl} online={u.online} size={32} />
                  <span className="user-result-name">{u.name}</span>
                  {mode === 'group' && <span className="check">{isPicked ? '✓' : '+'}</span>}
                </button>
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
