import { freshToken } from './session';

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
