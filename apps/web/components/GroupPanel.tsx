'use client';
import { useApolloClient } from '@apollo/client/react';
import { useId, useRef, useState } from 'react';
import { applyChat } from '../lib/cache-updates';
import { apiError, describeError } from '../lib/errors';
import { lastSeen } from '../lib/format';
import { CHATS, type ChatBits, type MemberBits, type UserBits, type Viewer } from '../lib/graphql';
import { ADD_MEMBERS, LEAVE_CHAT, REMOVE_MEMBER, RENAME_GROUP, SET_MEMBER_ROLE, type MemberRole } from '../lib/operations/groups';
import { useDialog } from '../lib/use-dialog';
import { Avatar } from './Avatar';
import { usePeopleSearch } from '../lib/use-people-search';
import { detailOf } from './NewChatDialog';

const ROLE_LABEL: Record<MemberRole, string> = { OWNER: 'Owner', ADMIN: 'Admin', MEMBER: 'Member' };

/**
 * What the viewer may do, as the chat service decides it (apps/chat chats.service.ts): the owner
 * and admins rename and add people; the owner removes anyone and changes roles; an admin removes
 * plain members only. Everybody may leave.
 */
export function permissionsOf(role: MemberRole | null) {
  const manager = role === 'OWNER' || role === 'ADMIN';
  return {
    rename: manager,
    add: manager,
    changeRoles: role === 'OWNER',
    remove: (target: MemberRole) => role === 'OWNER' || (role === 'ADMIN' && target === 'MEMBER'),
  };
}

/** Who becomes the owner when the owner leaves: the longest-serving admin, else the longest-serving member (members come longest-serving first). */
export function heirOf(chat: ChatBits, viewerId: string): MemberBits | null {
  const rest = chat.members.filter((m) => m.user.id !== viewerId);
  return rest.find((m) => m.role === 'ADMIN') ?? rest[0] ?? null;
}

const RANK: Record<MemberRole, number> = { OWNER: 0, ADMIN: 1, MEMBER: 2 };

/** The owner first, then admins, then members, each longest-serving first (the server's order). */
const byRole = (members: MemberBits[]) =>
  members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => RANK[a.m.role] - RANK[b.m.role] || a.i - b.i)
    .map((x) => x.m);

/** A refusal in words: FORBIDDEN says what the server refused, the rest as everywhere else. */
function explain(err: unknown): string {
  const e = apiError(err);
  if (e.code === 'FORBIDDEN') return `Not allowed: ${e.message}.`;
  return describeError(err);
}

type Confirm = { kind: 'remove' | 'owner'; member: MemberBits } | { kind: 'leave' };

/** The group's title and members, and what the viewer's role lets them change. Changes by others arrive through chatUpdated. */
export function GroupPanel({ chat, viewer, onClose, onLeft }: { chat: ChatBits; viewer: Viewer; onClose: () => void; onLeft: () => void }) {
  const client = useApolloClient();
  const dialog = useRef<HTMLDivElement>(null);
  useDialog(dialog, onClose);
  const me = chat.members.find((m) => m.user.id === viewer.id) ?? null;
  const can = permissionsOf(me?.role ?? null);
  const [title, setTitle] = useState(chat.title);
  const [editingTitle, setEditingTitle] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<Confirm | null>(null);
  const [adding, setAdding] = useState(false);
  const titleId = useId();

  // Someone else renamed the group: show the new title unless the viewer is typing one.
  const [shownTitle, setShownTitle] = useState(chat.title);
  if (!editingTitle && shownTitle !== chat.title) {
    setShownTitle(chat.title);
    setTitle(chat.title);
  }

  const run = async (what: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    setFailure(null);
    setNotice(null);
    try {
      await what();
      if (done) setNotice(done);
      return true;
    } catch (err) {
      setFailure(explain(err));
      return false;
    } finally {
      setBusy(false);
    }
  };

  const apply = (c: ChatBits | undefined) => {
    if (c) applyChat(client.cache, c, viewer.id);
  };

  const rename = async () => {
    const t = title.trim();
    if (!t) {
      setFailure('Give the group a name.');
      return;
    }
    if (t === chat.title) {
      setEditingTitle(false);
      return;
    }
    const ok = await run(async () => apply((await client.mutate({ mutation: RENAME_GROUP, variables: { chatId: chat.id, title: t } })).data?.renameGroup));
    if (ok) setEditingTitle(false);
  };

  const setRole = (m: MemberBits, role: MemberRole) =>
    run(
      async () => apply((await client.mutate({ mutation: SET_MEMBER_ROLE, variables: { chatId: chat.id, userId: m.user.id, role } })).data?.setMemberRole),
      role === 'OWNER' ? `${m.user.name} is the owner now; you are an admin.` : `${m.user.name} is ${role === 'ADMIN' ? 'an admin' : 'a member'} now.`,
    );

  const remove = (m: MemberBits) =>
    run(
      async () => apply((await client.mutate({ mutation: REMOVE_MEMBER, variables: { chatId: chat.id, userId: m.user.id } })).data?.removeMember),
      `${m.user.name} was removed.`,
    );

  const leave = async () => {
    const ok = await run(() => client.mutate({ mutation: LEAVE_CHAT, variables: { chatId: chat.id } }));
    if (!ok) return;
    client.cache.updateQuery({ query: CHATS }, (data) =>
      data ? { chats: { ...data.chats, edges: data.chats.edges.filter((e) => e.node.id !== chat.id) } } : undefined,
    );
    onLeft();
  };

  const onConfirm = async () => {
    const c = confirm;
    if (!c) return;
    if (c.kind === 'leave') return leave();
    const ok = c.kind === 'remove' ? await remove(c.member) : await setRole(c.member, 'OWNER');
    if (ok) setConfirm(null);
  };

  const heir = me?.role === 'OWNER' ? heirOf(chat, viewer.id) : null;
  const confirmText = (c: Confirm) =>
    c.kind === 'remove'
      ? `Remove ${c.member.user.name} from the group?`
      : c.kind === 'owner'
        ? `Make ${c.member.user.name} the owner? You become an admin, and only they can change roles then.`
        : heir
          ? `Leave the group? You are the owner: ${heir.user.name} becomes the owner when you leave.`
          : 'Leave the group?';

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog group-panel" role="dialog" aria-modal="true" aria-labelledby={titleId} ref={dialog} data-testid="group-panel">
        <header className="dialog-header">
          <h2 id={titleId}>Group info</h2>
          <button type="button" className="button icon" onClick={onClose} aria-label="Close" data-testid="group-panel-close">
            ×
          </button>
        </header>
        <div className="group-panel-body">
          {can.rename ? (
            <form
              className="group-title-form"
              onSubmit={(e) => {
                e.preventDefault();
                void rename();
              }}
            >
              <label className="field">
                <span>Group name</span>
                <input
                  value={title}
                  maxLength={100}
                  onChange={(e) => {
                    setTitle(e.target.value);
                    setEditingTitle(true);
                  }}
                  data-testid="group-panel-title-input"
                />
              </label>
              {editingTitle && (
                <span className="group-title-buttons">
                  <button type="submit" className="button small primary" disabled={busy} data-testid="group-panel-rename">
                    Save name
                  </button>
                  <button
                    type="button"
                    className="button small"
                    onClick={() => {
                      setEditingTitle(false);
                      setTitle(chat.title);
                    }}
                  >
                    Cancel
                  </button>
                </span>
              )}
            </form>
          ) : (
            <p className="group-panel-title" data-testid="group-panel-title">
              {chat.title}
            </p>
          )}
          <h3 className="group-panel-section" data-testid="group-panel-count">
            {chat.members.length} members
          </h3>
          <ul className="group-members" aria-label="Members" data-testid="group-members">
            {byRole(chat.members).map((m) => {
              const mine = m.user.id === viewer.id;
              return (
                <li key={m.user.id} className="group-member" data-testid="group-member" data-user-id={m.user.id} data-role={m.role}>
                  <Avatar name={m.user.name} url={m.user.avatarUrl} online={m.user.online} size={36} announce={false} />
                  <span className="group-member-text">
                    <span className="group-member-name">
                      {m.user.name}
                      {mine ? ' (you)' : ''}
                    </span>
                    <span className={m.user.online ? 'group-member-detail online' : 'group-member-detail'} data-testid="group-member-presence">
                      {m.user.online ? 'online' : lastSeen(m.user.lastSeenAt)}
                    </span>
                  </span>
                  <span className={`role-badge role-${m.role.toLowerCase()}`} data-testid="group-member-role">
                    {ROLE_LABEL[m.role]}
                  </span>
                  {!mine && (can.changeRoles || can.remove(m.role)) && (
                    <span className="group-member-actions">
                      {can.changeRoles && m.role !== 'OWNER' && (
                        <>
                          <label className="sr-only" htmlFor={`${titleId}-role-${m.user.id}`}>
                            Role of {m.user.name}
                          </label>
                          <select
                            id={`${titleId}-role-${m.user.id}`}
                            value={m.role}
                            disabled={busy}
                            onChange={(e) => {
                              const role = e.target.value as MemberRole;
                              if (role === 'OWNER') setConfirm({ kind: 'owner', member: m });
                              else void setRole(m, role);
                            }}
                            data-testid="group-member-role-select"
                          >
                            <option value="MEMBER">Member</option>
                            <option value="ADMIN">Admin</option>
                            <option value="OWNER">Owner</option>
                          </select>
                        </>
                      )}
                      {can.remove(m.role) && (
                        <button
                          type="button"
                          className="button small danger"
                          disabled={busy}
                          onClick={() => setConfirm({ kind: 'remove', member: m })}
                          aria-label={`Remove ${m.user.name}`}
                          data-testid="group-member-remove"
                        >
                          Remove
                        </button>
                      )}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
          {can.add &&
            (adding ? (
              <AddPeople
                chat={chat}
                viewer={viewer}
                busy={busy}
                onCancel={() => setAdding(false)}
                onAdd={async (users) => {
                  const ok = await run(
                    async () =>
                      apply((await client.mutate({ mutation: ADD_MEMBERS, variables: { chatId: chat.id, userIds: users.map((u) => u.id) } })).data?.addMembers),
                    `Added ${users.map((u) => u.name).join(', ')}.`,
                  );
                  if (ok) setAdding(false);
                }}
              />
            ) : (
              <button type="button" className="button wide" onClick={() => setAdding(true)} data-testid="group-panel-add">
                + Add people
              </button>
            ))}
          {confirm && (
            <div className="group-confirm" role="group" aria-label="Confirm" data-testid="group-confirm">
              <p data-testid="group-confirm-text">{confirmText(confirm)}</p>
              <span className="confirm-buttons">
                <button type="button" className="button small" onClick={() => setConfirm(null)} data-testid="group-confirm-cancel">
                  Cancel
                </button>
                <button type="button" className="button small danger" disabled={busy} onClick={() => void onConfirm()} data-testid="group-confirm-ok">
                  {confirm.kind === 'remove' ? 'Remove' : confirm.kind === 'owner' ? 'Make owner' : 'Leave'}
                </button>
              </span>
            </div>
          )}
          <div className="group-panel-status" role="status">
            {notice && <span data-testid="group-panel-notice">{notice}</span>}
          </div>
          {failure && (
            <p className="error" role="alert" data-testid="group-panel-error">
              {failure}
            </p>
          )}
          <button type="button" className="button danger wide group-leave" onClick={() => setConfirm({ kind: 'leave' })} data-testid="group-panel-leave">
            Leave group
          </button>
        </div>
      </div>
    </div>
  );
}

/** People search (the new-chat dialog's) to pick who to add; people already in the group are marked and not picked. */
function AddPeople({
  chat,
  viewer,
  busy,
  onAdd,
  onCancel,
}: {
  chat: ChatBits;
  viewer: Viewer;
  busy: boolean;
  onAdd: (users: UserBits[]) => Promise<void>;
  onCancel: () => void;
}) {
  const [picked, setPicked] = useState<UserBits[]>([]);
  const inGroup = new Set(chat.members.map((m) => m.user.id));
  const { term, results, loading, error, active, highlightAt, listId, optionId, comboboxProps, keysPicking } = usePeopleSearch(viewer.id);

  const toggle = (u: UserBits) => {
    if (inGroup.has(u.id)) return;
    setPicked((p) => (p.some((x) => x.id === u.id) ? p.filter((x) => x.id !== u.id) : [...p, u]));
  };

  return (
    <div className="group-add" data-testid="group-add">
      <label className="field">
        <span>Add people</span>
        <input type="search" autoFocus {...comboboxProps} onKeyDown={keysPicking(toggle)} placeholder="Name or e-mail address" data-testid="group-add-search" />
      </label>
      {picked.length > 0 && (
        <div className="chips" data-testid="group-add-picked">
          {picked.map((u) => (
            <button type="button" key={u.id} className="chip" onClick={() => toggle(u)} aria-label={`Do not add ${u.name}`}>
              {u.name} ×
            </button>
          ))}
        </div>
      )}
      {term && loading && !results.length && <p className="muted list-note">Searching…</p>}
      {term && !loading && !error && !results.length && <p className="muted list-note">Nobody found. Try a full e-mail address.</p>}
      {error && <p className="error list-note">{describeError(error)}</p>}
      <ul className="user-results" id={listId} role="listbox" aria-label="People found" aria-multiselectable="true" data-testid="group-add-results">
        {results.map((u, i) => {
          const member = inGroup.has(u.id);
          const isPicked = picked.some((p) => p.id === u.id);
          return (
            <li
              key={u.id}
              id={optionId(i)}
              role="option"
              aria-selected={isPicked}
              aria-disabled={member || undefined}
              className={['user-result', isPicked ? 'picked' : '', i === active ? 'highlighted' : ''].filter(Boolean).join(' ')}
              onClick={() => toggle(u)}
              onMouseMove={() => i !== active && highlightAt(i)}
              data-testid="group-add-result"
              data-user-id={u.id}
            >
              <Avatar name={u.name} url={u.avatarUrl} online={u.online} size={32} announce={false} />
              <span className="user-result-text">
                <span className="user-result-name">{u.name}</span>
                <span className="user-result-detail">{member ? 'already in the group' : detailOf(u, term)}</span>
              </span>
              {!member && (
                <span className="check" aria-hidden="true">
                  {isPicked ? '✓' : '+'}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <span className="group-add-buttons">
        <button type="button" className="button small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="button small primary"
          disabled={busy || !picked.length}
          onClick={() => void onAdd(picked)}
          data-testid="group-add-confirm"
        >
          {picked.length ? `Add ${picked.length}` : 'Add'}
        </button>
      </span>
    </div>
  );
}
