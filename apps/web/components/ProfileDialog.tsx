'use client';
import { useApolloClient } from '@apollo/client/react';
import { useRef, useState, type FormEvent } from 'react';
import { useConfig } from '../lib/config';
import { describeError } from '../lib/errors';
import { SET_AVATAR, UPDATE_PROFILE, type Viewer } from '../lib/graphql';
import { updateViewer } from '../lib/session';
import { UploadError, uploadImage } from '../lib/uploads';
import { useDialog } from '../lib/use-dialog';
import { Avatar } from './Avatar';

/** The signed-in person's display name and avatar: change the name, upload a picture, or remove it. */
export function ProfileDialog({ viewer, onClose }: { viewer: Viewer; onClose: () => void }) {
  const client = useApolloClient();
  const { graphqlUrl } = useConfig();
  const [name, setName] = useState(viewer.name);
  const [busy, setBusy] = useState<null | 'name' | 'avatar'>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  useDialog(dialog, onClose);

  const start = (what: 'name' | 'avatar') => {
    setBusy(what);
    setFailure(null);
    setDone(null);
  };

  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    start('name');
    try {
      // The server checks the name (trims it, 1..64 characters) and says what is wrong.
      const r = await client.mutate({ mutation: UPDATE_PROFILE, variables: { name } });
      if (r.data) {
        updateViewer({ name: r.data.updateProfile.name });
        setName(r.data.updateProfile.name);
        setDone('Name saved.');
      }
    } catch (err) {
      setFailure(describeError(err));
    } finally {
      setBusy(null);
    }
  };

  const setAvatar = async (file: File | null) => {
    start('avatar');
    try {
      const uploadId = file ? (await uploadImage(graphqlUrl, file, file.name)).id : null;
      const r = await client.mutate({ mutation: SET_AVATAR, variables: { uploadId } });
      if (r.data) {
        updateViewer({ avatarUrl: r.data.setAvatar.avatarUrl });
        setDone(file ? 'Picture saved.' : 'Picture removed.');
      }
    } catch (err) {
      setFailure(err instanceof UploadError ? err.message : describeError(err));
    } finally {
      setBusy(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className="dialog" role="dialog" aria-modal="true" ref={dialog} aria-labelledby="profile-title" data-testid="profile-dialog">
        <header className="dialog-header">
          <h2 id="profile-title">Your profile</h2>
          <button type="button" className="button icon" onClick={onClose} aria-label="Close" data-testid="profile-close">
            ×
          </button>
        </header>
        <div className="profile-avatar">
          <span data-testid="profile-avatar" data-url={viewer.avatarUrl}>
            <Avatar key={viewer.avatarUrl} name={viewer.name} url={viewer.avatarUrl} size={72} />
          </span>
          <div className="profile-avatar-actions">
            <label className={busy ? 'button small disabled' : 'button small'}>
              {busy === 'avatar' ? 'Saving…' : 'Upload a picture'}
              <input
                ref={fileInput}
                type="file"
                accept="image/png,image/jpeg,image/webp,image/gif"
                className="sr-only"
                disabled={!!busy}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void setAvatar(file);
                }}
                data-testid="profile-avatar-file"
              />
            </label>
            <button type="button" className="button small" disabled={!!busy} onClick={() => void setAvatar(null)} data-testid="profile-avatar-remove">
              Remove picture
            </button>
          </div>
        </div>
        <form onSubmit={(e) => void saveName(e)}>
          <label className="field">
            <span>Display name</span>
            <input autoFocus value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" data-testid="profile-name" />
          </label>
          <button type="submit" className="button primary wide" disabled={!!busy || name === viewer.name} data-testid="profile-save">
            {busy === 'name' ? 'Saving…' : 'Save name'}
          </button>
        </form>
        <div role="status" className="profile-status">
          {done && (
            <p className="muted" data-testid="profile-done">
              {done}
            </p>
          )}
        </div>
        {failure && (
          <p className="error" role="alert" data-testid="profile-error">
            {failure}
          </p>
        )}
      </div>
    </div>
  );
}
