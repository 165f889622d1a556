'use client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { applyNewMessage } from '../lib/cache-updates';
import { useConfig } from '../lib/config';
import { describeError, sendRetryDelayMs } from '../lib/errors';
import { SEND_IMAGES } from '../lib/operations/images';
import { newClientId } from '../lib/store';
import { fileName, filesOf, takePictures, uploadStatusText } from '../lib/images';
import { UploadError, uploadImageWithProgress, type UploadedImage } from '../lib/uploads';
import '../app/images.css';

/** A picture chosen for the next message: uploading at once, shown in the strip above the box. */
export interface DraftPicture {
  key: string;
  file: File;
  name: string;
  /** A blob: URL of the file, for the preview (revoked when the picture leaves the strip). */
  previewUrl: string;
  state: 'uploading' | 'done' | 'failed';
  loaded: number;
  total: number;
  error: string | null;
  upload: UploadedImage | null;
  controller: AbortController;
}

export interface ImageDraft {
  pictures: DraftPicture[];
  /** Said when more than fit were chosen (at most 10 per message). */
  notice: string | null;
  add: (files: File[]) => void;
  remove: (key: string) => void;
  retry: (key: string) => void;
  /** Empties the strip (after the message went out). */
  clear: () => void;
  dismissNotice: () => void;
  /** Every picture is uploaded and none failed: the message can go. */
  ready: boolean;
  uploading: boolean;
  status: string | null;
  /** The message is on its way (sendMessage has not answered yet). */
  sending: boolean;
  /** Why the last send failed (the pictures stay, to try again). */
  sendError: string | null;
  /**
   * Sends the uploaded pictures as one IMAGE message with the caption; answers whether it went.
   * Transient failures are tried again by themselves with the same clientId (stored once).
   */
  send: (chatId: string, caption: string | null, replyToId: string | null) => Promise<boolean>;
}

let nextKey = 0;

/**
 * The pictures of the message being written. Each starts uploading (POST /uploads) as soon as it
 * is chosen, with its progress; a failure stays next to its picture until it is removed or tried
 * again. Leaving the chat cancels the uploads.
 */
export function useImageDraft(): ImageDraft {
  const { graphqlUrl } = useConfig();
  const client = useApolloClient();
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  /** One clientId per message being sent, kept across tries until it went or the pictures change. */
  const clientId = useRef<string | null>(null);
  // The list as of now (several adds can come before React renders again), mirrored in state to render.
  const list = useRef<DraftPicture[]>([]);
  const [pictures, setPictures] = useState<DraftPicture[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const commit = useCallback((next: DraftPicture[]) => {
    list.current = next;
    setPictures(next);
  }, []);
  const update = useCallback(
    (key: string, patch: Partial<DraftPicture>) => commit(list.current.map((p) => (p.key === key ? { ...p, ...patch } : p))),
    [commit],
  );

  const start = useCallback(
    (p: DraftPicture) => {
      uploadImageWithProgress(graphqlUrl, p.file, p.name, (loaded, total) => update(p.key, { loaded, total }), p.controller.signal).then(
        (upload) => update(p.key, { state: 'done', upload, loaded: p.total, error: null }),
        (err: unknown) => {
          if (p.controller.signal.aborted) return;
          update(p.key, { state: 'failed', error: err instanceof UploadError ? err.message : 'That picture did not work. Try again.' });
        },
      );
    },
    [graphqlUrl, update],
  );

  const add = useCallback(
    (files: File[]) => {
      if (!files.length) return;
      const { take, message } = takePictures(list.current.length, files.length);
      setNotice(message);
      const fresh = files.slice(0, take).map((file, i): DraftPicture => ({
        key: `picture-${++nextKey}`,
        file,
        name: fileName(file, list.current.length + i),
        previewUrl: URL.createObjectURL(file),
        state: 'uploading',
        loaded: 0,
        total: file.size,
        error: null,
        upload: null,
        controller: new AbortController(),
      }));
      commit([...list.current, ...fresh]);
      clientId.current = null;
      setSendError(null);
      fresh.forEach(start);
    },
    [commit, start],
  );

  const remove = useCallback(
    (key: string) => {
      const p = list.current.find((x) => x.key === key);
      if (!p) return;
      p.controller.abort();
      URL.revokeObjectURL(p.previewUrl);
      commit(list.current.filter((x) => x.key !== key));
      clientId.current = null;
      setSendError(null);
      setNotice(null);
    },
    [commit],
  );

  const retry = useCallback(
    (key: string) => {
      const p = list.current.find((x) => x.key === key);
      if (!p || p.state !== 'failed') return;
      const again: DraftPicture = { ...p, state: 'uploading', loaded: 0, error: null, controller: new AbortController() };
      commit(list.current.map((x) => (x.key === key ? again : x)));
      start(again);
    },
    [commit, start],
  );

  const clear = useCallback(() => {
    for (const p of list.current) {
      p.controller.abort();
      URL.revokeObjectURL(p.previewUrl);
    }
    commit([]);
    clientId.current = null;
    setSendError(null);
    setNotice(null);
  }, [commit]);

  const send = useCallback(
    async (chatId: string, caption: string | null, replyToId: string | null): Promise<boolean> => {
      const ids = list.current.map((p) => p.upload?.id);
      if (!ids.length || ids.some((id) => !id)) return false;
      clientId.current ??= newClientId();
      const variables = { chatId, clientId: clientId.current, text: caption, attachmentIds: ids as string[], replyToId };
      setSending(true);
      setSendError(null);
      try {
        for (let attempt = 0; ; attempt++) {
          try {
            const r = await client.mutate({ mutation: SEND_IMAGES, variables });
            if (r.data) applyNewMessage(client.cache, r.data.sendMessage, { countUnread: false });
            clear();
            return true;
          } catch (err) {
            const wait = sendRetryDelayMs(err, attempt);
            if (wait === null) {
              setSendError(describeError(err));
              return false;
            }
            await new Promise((resolve) => setTimeout(resolve, wait));
          }
        }
      } finally {
        setSending(false);
      }
    },
    [client, clear],
  );

  // Leaving the chat (the view unmounts) stops what is still uploading.
  useEffect(
    () => () => {
      for (const p of list.current) {
        p.controller.abort();
        URL.revokeObjectURL(p.previewUrl);
      }
    },
    [],
  );

  return {
    pictures,
    notice,
    add,
    remove,
    retry,
    clear,
    dismissNotice: () => setNotice(null),
    ready: pictures.length > 0 && pictures.every((p) => p.state === 'done'),
    uploading: pictures.some((p) => p.state === 'uploading'),
    status: uploadStatusText(pictures),
    sending,
    sendError,
    send,
  };
}

/**
 * Files dragged over the conversation (`zone`, the message view around the composer) can be
 * dropped there: they join the draft like chosen ones. The zone shows that it takes them.
 */
export function useDropPictures(anchor: RefObject<HTMLElement | null>, onFiles: (files: File[]) => void, enabled: boolean): void {
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);
  useEffect(() => {
    const zone = anchor.current?.closest<HTMLElement>('[data-testid="message-view"]');
    if (!zone || !enabled) return;
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const setActive = (on: boolean) => zone.classList.toggle('dropping-pictures', on);
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth++;
      setActive(true);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (!depth) setActive(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      onFilesRef.current(filesOf(e.dataTransfer?.files ?? [], false));
    };
    zone.addEventListener('dragenter', onEnter);
    zone.addEventListener('dragover', onOver);
    zone.addEventListener('dragleave', onLeave);
    zone.addEventListener('drop', onDrop);
    return () => {
      setActive(false);
      zone.removeEventListener('dragenter', onEnter);
      zone.removeEventListener('dragover', onOver);
      zone.removeEventListener('dragleave', onLeave);
      zone.removeEventListener('drop', onDrop);
    };
  }, [anchor, enabled]);
}

/** The paperclip: opens the file chooser for pictures (several at once). */
export function AttachButton({ onFiles, disabled }: { onFiles: (files: File[]) => void; disabled: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="button icon attach-button"
        onClick={() => input.current?.click()}
        disabled={disabled}
        aria-label="Attach pictures"
        title="Attach pictures"
        data-testid="attach-pictures"
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
          <path
            d="M16.5 6.5l-8 8a2 2 0 0 0 2.8 2.8l8.2-8.2a4 4 0 0 0-5.7-5.7L5.6 11.6a6 6 0 0 0 8.5 8.5l6.4-6.4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp,image/gif"
        multiple
        hidden
        tabIndex={-1}
        onChange={(e) => {
          onFiles(filesOf(e.target.files ?? [], false));
          e.target.value = '';
        }}
        data-testid="attach-input"
      />
    </>
  );
}

/** The chosen pictures above the box: each with its upload progress or its error, and a remove button. */
export function PictureStrip({ draft }: { draft: ImageDraft }) {
  const { pictures, notice, status } = draft;
  if (!pictures.length && !notice) return null;
  return (
    <div className="picture-draft" data-testid="picture-draft">
      {notice && (
        <div className="picture-notice" role="alert" data-testid="picture-limit">
          <span>{notice}</span>
          <button type="button" className="button icon" onClick={draft.dismissNotice} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {pictures.length > 0 && (
        <ul className="picture-strip" aria-label="Pictures to send" data-testid="picture-strip">
          {pictures.map((p) => (
            <li
              key={p.key}
              className={`picture-item ${p.state}`}
              data-testid="picture-item"
              data-state={p.state}
              data-name={p.name}
              aria-describedby={p.error ? `${p.key}-error` : undefined}
            >
              <div className="picture-frame">
                <DraftThumb picture={p} />
                {p.state === 'uploading' && (
                  <progress
                    className="picture-progress"
                    max={100}
                    value={Math.floor((Math.min(p.loaded, p.total) / Math.max(p.total, 1)) * 100)}
                    aria-label={`Uploading ${p.name}`}
                    data-testid="picture-progress"
                  />
                )}
                <button
                  type="button"
                  className="picture-remove"
                  onClick={() => draft.remove(p.key)}
                  aria-label={`Remove ${p.name}`}
                  title="Remove"
                  data-testid="picture-remove"
                >
                  ×
                </button>
              </div>
              {p.error && (
                <p className="picture-error" id={`${p.key}-error`} role="alert" data-testid="picture-error">
                  {p.error}{' '}
                  <button type="button" className="button link" onClick={() => draft.retry(p.key)} data-testid="picture-retry">
                    Try again
                  </button>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {draft.sendError && (
        <p className="error small" role="alert" data-testid="picture-send-error">
          Not sent: {draft.sendError}
        </p>
      )}
      <p className="picture-status small muted" aria-live="polite" data-testid="picture-status">
        {draft.sending
          ? 'Sending…'
          : (status ?? (pictures.some((p) => p.state === 'failed') ? 'Remove the pictures that did not upload (or try them again) to send.' : ''))}
      </p>
    </div>
  );
}

/** The picture itself, or its name when the browser cannot show it (not an image). */
function DraftThumb({ picture }: { picture: DraftPicture }) {
  const [broken, setBroken] = useState(false);
  if (broken || !picture.file.type.startsWith('image/'))
    return (
      <span className="picture-name" title={picture.name}>
        {picture.name}
      </span>
    );
  return <img src={picture.previewUrl} alt={picture.name} onError={() => setBroken(true)} />;
}
