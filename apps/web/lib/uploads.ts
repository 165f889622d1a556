import { freshToken } from './session';
import { uploadErrorText } from './images';

/** The gateway's upload endpoint next to its GraphQL one: http://host:4000/graphql → http://host:4000/uploads. */
export const uploadsUrl = (graphqlUrl: string): string => graphqlUrl.replace(/\/graphql\/?$/, '') + '/uploads';

/** A failed upload, in words fit to show. */
export class UploadError extends Error {}

/**
 * Sends one image to `POST /uploads` (multipart field `file`, the viewer's bearer token) and
 * answers the upload's id, which setAvatar and sendMessage take.
 */
export async function uploadImage(graphqlUrl: string, file: Blob, filename: string): Promise<{ id: string }> {
  const token = await freshToken();
  if (!token) throw new UploadError('Your session has ended. Please sign in again.');
  const form = new FormData();
  form.append('file', file, filename);
  let res: Response;
  try {
    res = await fetch(uploadsUrl(graphqlUrl), { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new UploadError('Cannot reach the server. Check your connection and try again.');
  }
  const body = (await res.json().catch(() => ({}))) as { id?: unknown; message?: unknown };
  if (res.ok && typeof body.id === 'string') return { id: body.id };
  if (res.status === 401) throw new UploadError('Your session has ended. Please sign in again.');
  if (res.status === 413) throw new UploadError('That picture is too large.');
  if (res.status === 429) throw new UploadError('Too many uploads. Please wait a moment and try again.');
  const message = Array.isArray(body.message) ? body.message.join('; ') : typeof body.message === 'string' ? body.message : `the server answered ${res.status}`;
  throw new UploadError(`That picture did not work: ${message.replace(/\.$/, '')}.`);
}

/** What `POST /uploads` answers for a stored picture. */
export interface UploadedImage {
  id: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}

/**
 * Like uploadImage, over XMLHttpRequest so that the bytes sent can be followed:
 * `onProgress(loaded, total)` is called as the body goes out. An aborted `signal` stops the
 * request (the promise then rejects with an AbortError). Failures are UploadErrors in words
 * fit to show next to the picture (lib/images.ts uploadErrorText).
 */
export async function uploadImageWithProgress(
  graphqlUrl: string,
  file: Blob,
  filename: string,
  onProgress: (loaded: number, total: number) => void,
  signal: AbortSignal,
): Promise<UploadedImage> {
  const token = await freshToken();
  if (!token) throw new UploadError(uploadErrorText(401, null));
  signal.throwIfAborted();
  const form = new FormData();
  form.append('file', file, filename);
  return new Promise<UploadedImage>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const abort = () => xhr.abort();
    signal.addEventListener('abort', abort, { once: true });
    const done = () => signal.removeEventListener('abort', abort);
    xhr.open('POST', uploadsUrl(graphqlUrl));
    xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.responseType = 'text';
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onload = () => {
      done();
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      const ok = xhr.status >= 200 && xhr.status < 300 && typeof (body as { id?: unknown } | null)?.id === 'string';
      if (ok) resolve(body as UploadedImage);
      else reject(new UploadError(uploadErrorText(xhr.status, body)));
    };
    xhr.onerror = () => {
      done();
      reject(new UploadError(uploadErrorText(0, null)));
    };
    xhr.onabort = () => {
      done();
      reject(new DOMException('The upload was cancelled.', 'AbortError'));
    };
    xhr.send(form);
  });
}
