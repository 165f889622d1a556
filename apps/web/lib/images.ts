/** Pure rules for pictures in messages: how many, what an upload failure says, progress, sizes, names. */

/** sendMessage takes at most this many attachments (the API refuses more). */
export const MAX_PICTURES = 10;

/**
 * Of `incoming` pictures chosen while `current` are already attached, how many fit, and what to
 * tell the person about the rest (null when all fit).
 */
export function takePictures(current: number, incoming: number): { take: number; leftOut: number; message: string | null } {
  const room = Math.max(0, MAX_PICTURES - current);
  const take = Math.min(room, Math.max(0, incoming));
  const leftOut = Math.max(0, incoming) - take;
  if (!leftOut) return { take, leftOut, message: null };
  const what = leftOut === 1 ? '1 picture was' : `${leftOut} pictures were`;
  return { take, leftOut, message: `A message can have at most ${MAX_PICTURES} pictures: ${what} left out.` };
}

/** Bytes as people read them: "900 bytes", "512 KB", "10 MB". */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  const mb = n / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/**
 * What a failed `POST /uploads` means, in words fit to show next to the picture. `status` 0 is a
 * request that got no answer; `body` is the gateway's JSON error `{ code, message }` when there is one.
 */
export function uploadErrorText(status: number, body: unknown): string {
  const raw = (body as { message?: unknown } | null)?.message;
  const message = (Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : '').trim().replace(/\.$/, '');
  switch (status) {
    case 0:
      return 'Cannot reach the server. Check your connection and try again.';
    case 401:
      return 'Your session has ended. Please sign in again.';
    case 413: {
      const bytes = /at most (\d+) bytes/.exec(message);
      if (bytes) return `Too large: a picture can be at most ${formatBytes(Number(bytes[1]))}.`;
      return message ? `Too large: ${message.replace(/^file: /, 'the picture ')}.` : 'Too large for the server.';
    }
    case 415:
      return 'Not a picture: Parley takes JPEG, PNG, WebP and GIF images.';
    case 429: {
      const wait = (body as { retryAfterSeconds?: unknown } | null)?.retryAfterSeconds;
      return typeof wait === 'number' && wait > 0
        ? `Too many uploads. Please wait ${wait} s and try again.`
        : 'Too many uploads. Please wait a moment and try again.';
    }
    default:
      return `That picture did not work: ${message.replace(/^file: /, 'it ') || `the server answered ${status}`}.`;
  }
}

/** One picture's upload as far as progress goes. */
export interface UploadProgress {
  state: 'uploading' | 'done' | 'failed';
  loaded: number;
  total: number;
}

/**
 * The share (0..100, whole) of the bytes of the pictures still in play that has reached the
 * server; failed ones do not count, finished ones count whole.
 */
export function overallProgress(items: UploadProgress[]): number {
  let loaded = 0;
  let total = 0;
  for (const item of items) {
    if (item.state === 'failed') continue;
    const size = Math.max(item.total, 1);
    total += size;
    loaded += item.state === 'done' ? size : Math.min(Math.max(item.loaded, 0), size);
  }
  return total ? Math.floor((loaded / total) * 100) : 100;
}

/** What the composer says while pictures upload, or null when none does. */
export function uploadStatusText(items: UploadProgress[]): string | null {
  const busy = items.filter((i) => i.state === 'uploading').length;
  if (!busy) return null;
  const live = items.filter((i) => i.state !== 'failed').length;
  return `Uploading ${busy === 1 && live === 1 ? '1 picture' : `${busy} of ${live} pictures`}… ${overallProgress(items)}%`;
}

/** A picture's size scaled to fit inside `maxWidth`×`maxHeight`, never enlarged, in whole pixels (at least 1). */
export function fitInside(width: number, height: number, maxWidth: number, maxHeight: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: maxWidth, height: maxHeight };
  const scale = Math.min(1, maxWidth / width, maxHeight / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The accessible name of picture `index` (0-based) of a message's `count`, with its caption when it has one. */
export function pictureLabel(index: number, count: number, caption: string | null): string {
  const base = count > 1 ? `Picture ${index + 1} of ${count}` : 'Picture';
  const text = caption?.trim();
  return text ? `${base}: ${text.length > 120 ? `${text.slice(0, 119)}…` : text}` : base;
}

/**
 * The files among what was pasted or dropped that can be pictures: a DataTransfer's items of kind
 * "file" (a pasted screenshot has no name; it gets one from its type).
 */
export function filesOf(files: ArrayLike<File>, onlyImages: boolean): File[] {
  const out: File[] = [];
  for (let i = 0; i < files.length; i++) {
    const f = files[i];
    if (onlyImages && !f.type.startsWith('image/')) continue;
    out.push(f);
  }
  return out;
}

/** A name for a file that came without one (a pasted screenshot). */
export function fileName(file: { name: string; type: string }, index: number): string {
  if (file.name) return file.name;
  const ext = /^image\/(png|jpeg|webp|gif)$/.exec(file.type)?.[1]?.replace('jpeg', 'jpg') ?? 'png';
  return `pasted-${index + 1}.${ext}`;
}

/** Columns of a message's picture grid: one picture alone, two or four in pairs, else threes. */
export function gridColumns(count: number): number {
  if (count <= 1) return 1;
  if (count === 2 || count === 4) return 2;
  return 3;
}

/** The picture after (`step` 1) or before (-1) `index` among `count`, going round at the ends. */
export function stepPicture(index: number, step: number, count: number): number {
  if (count <= 0) return 0;
  return (((index + step) % count) + count) % count;
}
