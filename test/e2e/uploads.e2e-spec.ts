import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  asOk,
  chatOf,
  createDirect,
  DELETE_MESSAGE,
  errorCode,
  FORWARD_MESSAGE,
  login,
  ME,
  MESSAGE_WITH_ATTACHMENTS,
  MESSAGES_WITH_ATTACHMENTS,
  SEND_MESSAGE_WITH_ATTACHMENTS,
  SET_AVATAR,
  sleep,
  Stack,
  uploadFile,
  USER,
  waitUntil,
  type Session,
  type UploadOptions,
} from '#testing';

const JWT_SECRET = `uploads-e2e-${randomUUID()}`;
const MEDIA_URL_SECRET = `uploads-e2e-media-${randomUUID()}`;
const MAX_BYTES = 300_000;
const MAX_PIXELS = 5_000_000;
const UPLOADS_PER_MINUTE = 30;

/** The JSON body of a stored upload (POST /uploads). */
interface Uploaded {
  id: string;
  mimeType: string;
  size: number;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}

/** A flat-colour image of the given size (small when compressed, however many pixels). */
const flat = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } });

/** A noisy photo-like image: compresses badly, so sizes are realistic. */
const noisy = (width: number, height: number) =>
  sharp(Buffer.from(Array.from({ length: width * height * 3 }, (_, i) => (i * 7919 + ((i * i) % 251)) % 256)), { raw: { width, height, channels: 3 } });

describe('image uploads: POST /uploads, signed GET /media, attachments and avatars', () => {
  let stack: Stack;
  let mediaDir: string;
  let alice: Session;
  let bob: Session;
  let carol: Session;

  const upload = (who: Session | null, bytes: Buffer, opts: UploadOptions = {}) => uploadFile(stack.gatewayUrl, who?.accessToken ?? null, bytes, opts);
  const uploadOk = async (who: Session, bytes: Buffer): Promise<Uploaded> => {
    const r = await upload(who, bytes);
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body as unknown as Uploaded;
  };
  const get = async (url: string) => {
    const res = await fetch(url);
    return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
  };
  const sendImages = (who: Session, chatId: string, attachmentIds: string[], text?: string) =>
    as(stack, who, SEND_MESSAGE_WITH_ATTACHMENTS, { input: { chatId, clientId: randomUUID(), attachmentIds, text } });
  const storedFiles = () => readdirSync(mediaDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;

  beforeAll(async () => {
    mediaDir = mkdtempSync(join(tmpdir(), 'parley-media-'));
    stack = await Stack.start({
      env: {
        JWT_SECRET,
        MEDIA_URL_SECRET,
        MEDIA_DIR: mediaDir,
        UPLOAD_MAX_BYTES: String(MAX_BYTES),
        UPLOAD_MAX_PIXELS: String(MAX_PIXELS),
        UPLOADS_PER_MINUTE: String(UPLOADS_PER_MINUTE),
      },
    });
    [alice, bob, carol] = await Promise.all([login(stack), login(stack), login(stack)]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('a PNG is stored re-encoded with its size, and its links serve it with the stored type, nosniff and private caching', async () => {
    const png = await flat(640, 480).png().toBuffer();
    const up = await uploadOk(alice, png);
    expect(up).toMatchObject({ mimeType: 'image/png', width: 640, height: 480 });
    expect(up.id).toMatch(/^[0-9a-f]{24}$/);
    expect(up.url.startsWith(`${stack.gatewayUrl}/media/`)).toBe(true);
    expect(up.thumbnailUrl.startsWith(`${stack.gatewayUrl}/media/`)).toBe(true);

    const image = await get(up.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(image.headers.get('cache-control') ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(3660);
    expect(image.bytes.length).toBe(up.size);
    expect(await sharp(image.bytes).metadata()).toMatchObject({ format: 'png', width: 640, height: 480 });

    const thumb = await get(up.thumbnailUrl);
    expect(thumb.status).toBe(200);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ format: 'png', width: 320, height: 240 });
  });

  it('a JPEG is turned upright by its EXIF orientation, then stored without EXIF; large ones are bounded to 2048 px', async () => {
    const jpeg = await noisy(300, 200)
      .jpeg({ quality: 90 })
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Copyright: 'secret camera owner', ImageDescription: 'home address' } })
      .toBuffer();
    expect(await sharp(jpeg).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) as unknown });
    expect(jpeg.includes(Buffer.from('secret camera owner'))).toBe(true);
    const up = await uploadOk(alice, jpeg);
    // Orientation 6 means "rotate 90° clockwise to view": the stored image is portrait.
    expect(up).toMatchObject({ mimeType: 'image/jpeg', width: 200, height: 300 });
    const image = await get(up.url);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    const meta = await sharp(image.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(image.bytes.includes(Buffer.from('secret camera owner'))).toBe(false);

    const wide = await uploadOk(alice, await flat(3000, 1000).png().toBuffer());
    expect(wide).toMatchObject({ width: 2048, height: 683 });
    const thumb = await get(wide.thumbnailUrl);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 320, height: 107 });
    expect(thumb.bytes.length).toBeLessThan(wide.size);

    const gif = await uploadOk(alice, await flat(64, 48).gif().toBuffer());
    expect(gif).toMatchObject({ mimeType: 'image/png', width: 64, height: 48 });
    const webp = await uploadOk(alice, await flat(100, 50).webp().toBuffer());
    expect(webp).toMatchObject({ mimeType: 'image/webp', width: 100, height: 50 });
  });

  it('refuses what is not an upload of an allowed image: 401, 400, 413, 415, each as JSON { code, message }', async () => {
    const png = await flat(32, 32).png().toBuffer();
    expect(await upload(null, png)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect(await upload({ ...alice, accessToken: 'not-a-token' }, png)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });

    const wrongField = await upload(alice, png, { field: 'image' });
    expect(wrongField).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
    expect(String(wrongField.body.message)).toContain('"file"');
    const noFile = await fetch(`${stack.gatewayUrl}/uploads`, {
      method: 'POST',
      body: (() => {
        const f = new FormData();
        f.append('note', 'no image here');
        return f;
      })(),
      headers: { authorization: `Bearer ${alice.accessToken}` },
    });
    expect(noFile.status).toBe(400);
    expect(await noFile.json()).toMatchObject({ code: 'BAD_USER_INPUT' });

    const text = Buffer.from('just some text, not an image at all\n'.repeat(20));
    expect(await upload(alice, text, { filename: 'photo.png', type: 'image/png' })).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>');
    expect(await upload(alice, svg, { filename: 'x.svg', type: 'image/svg+xml' })).toMatchObject({ status: 415 });
    const truncated = png.subarray(0, 40);
    expect(await upload(alice, truncated)).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });

    const tooBig = await upload(alice, Buffer.concat([png, Buffer.alloc(MAX_BYTES)]));
    expect(tooBig).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    // Few bytes, too many pixels: refused from the header, before decoding.
    const manyPixels = await flat(3000, 2000).png().toBuffer();
    expect(manyPixels.length).toBeLessThan(MAX_BYTES);
    expect(await upload(alice, manyPixels)).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('an image message carries its attachments with working links for members; a non-member gets no message and so no link', async () => {
    const chat = await createDirect(stack, alice, bob.userId);
    const a = await uploadOk(alice, await noisy(400, 300).jpeg().toBuffer());
    const b = await uploadOk(alice, await flat(200, 100).png().toBuffer());
    const sent = await sendImages(alice, chat.id, [a.id, b.id]);
    expect(sent.errors).toBeUndefined();
    const message = sent.data!.sendMessage;
    expect(message.type).toBe('IMAGE');
    expect(message.text).toBeNull();
    expect(message.attachments.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(message.attachments[0]).toMatchObject({ mimeType: 'image/jpeg', width: 400, height: 300, size: a.size });

    const page = await asOk(stack, bob, MESSAGES_WITH_ATTACHMENTS, { chatId: chat.id });
    const seen = page.messages.messages.find((m) => m.id === message.id)!;
    expect(seen.attachments.map((x) => x.id)).toEqual([a.id, b.id]);
    const image = await get(seen.attachments[0].url);
    expect(image.status).toBe(200);
    expect(image.bytes.length).toBe(a.size);
    const thumb = await get(seen.attachments[0].thumbnailUrl);
    expect(thumb.status).toBe(200);
    expect(thumb.bytes.length).toBeLessThan(image.bytes.length);
    expect(await sharp(thumb.bytes).metadata()).toMatchObject({ width: 320, height: 240 });

    const outsider = await as(stack, carol, MESSAGE_WITH_ATTACHMENTS, { id: message.id });
    expect(outsider.data?.message ?? null).toBeNull();
    expect(JSON.stringify(outsider)).not.toContain('/media/');
    const outsiderPage = await as(stack, carol, MESSAGES_WITH_ATTACHMENTS, { chatId: chat.id });
    expect(outsiderPage.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(outsiderPage)).not.toContain('/media/');

    // A page of several image messages resolves them all (one batched request: see attachments.service.spec.ts).
    for (let i = 0; i < 3; i++) expect((await sendImages(alice, chat.id, [a.id], `again ${i}`)).errors).toBeUndefined();
    const many = await asOk(stack, bob, MESSAGES_WITH_ATTACHMENTS, { chatId: chat.id });
    expect(many.messages.messages.flatMap((m) => m.attachments).length).toBe(5);
  });

  it('a link with a changed signature, key or expiry, an expired one, or one signed with another key than MEDIA_URL_SECRET, is refused with 403', async () => {
    const up = await uploadOk(alice, await flat(50, 50).png().toBuffer());
    const url = new URL(up.url);
    const key = url.pathname.split('/').pop()!;
    const exp = url.searchParams.get('exp')!;
    const sig = url.searchParams.get('sig')!;
    const otherKey = new URL(up.thumbnailUrl).pathname.split('/').pop()!;
    const at = (k: string, e: string, s: string) => `${stack.gatewayUrl}/media/${k}?exp=${e}&sig=${s}`;

    expect((await get(at(key, exp, sig))).status).toBe(200);
    const flipped = (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1);
    for (const bad of [at(key, exp, flipped), at(otherKey, exp, sig), at(key, String(Number(exp) + 3600), sig), `${stack.gatewayUrl}/media/${key}`]) {
      const r = await fetch(bad);
      expect(r.status, bad).toBe(403);
      expect(await r.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    // Signed with the right secret, but an hour old.
    const past = String(Math.floor(Date.now() / 1000) - 3600);
    const expiredSig = createHmac('sha256', MEDIA_URL_SECRET).update(`media:${key}:${past}`).digest('base64url');
    const expired = await fetch(at(key, past, expiredSig));
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { message: string }).message).toContain('expired');
    // Links have their own key: one signed with the token secret is refused.
    const withTokenKey = createHmac('sha256', JWT_SECRET).update(`media:${key}:${exp}`).digest('base64url');
    expect((await fetch(at(key, exp, withTokenKey))).status).toBe(403);
    expect(createHmac('sha256', MEDIA_URL_SECRET).update(`media:${key}:${exp}`).digest('base64url')).toBe(sig);
  });

  it("someone else's upload cannot be sent or made an avatar", async () => {
    const chat = await createDirect(stack, alice, bob.userId);
    const bobs = await uploadOk(bob, await flat(20, 20).png().toBuffer());
    const sent = await sendImages(alice, chat.id, [bobs.id]);
    expect(errorCode(sent)).toBe('BAD_USER_INPUT');
    expect(sent.errors?.[0].extensions?.field).toBe('input.attachmentIds');
    const avatar = await as(stack, alice, SET_AVATAR, { uploadId: bobs.id });
    expect(errorCode(avatar)).toBe('BAD_USER_INPUT');
  });

  it('setAvatar makes avatarUrl a signed link to the thumbnail, seen by others too; setAvatar(null) brings back the default', async () => {
    const up = await uploadOk(carol, await flat(900, 600).jpeg().toBuffer());
    const set = await asOk(stack, carol, SET_AVATAR, { uploadId: up.id });
    expect(set.setAvatar.avatarUrl.startsWith(`${stack.gatewayUrl}/media/`)).toBe(true);

    const me = await asOk(stack, carol, ME);
    const avatar = await get(me.me.avatarUrl);
    expect(avatar.status).toBe(200);
    expect(avatar.headers.get('content-type')).toBe('image/jpeg');
    expect(await sharp(avatar.bytes).metadata()).toMatchObject({ width: 320, height: 213 });

    const chat = await createDirect(stack, bob, carol.userId);
    const chatAvatar = (await chatOf(stack, bob, chat.id)).avatarUrl;
    const { user } = await asOk(stack, bob, USER, { id: carol.userId });
    expect((await get(chatAvatar!)).status).toBe(200);
    expect((await get(user!.avatarUrl)).status).toBe(200);

    const cleared = await asOk(stack, carol, SET_AVATAR, { uploadId: null });
    expect(cleared.setAvatar.avatarUrl).toContain('/avatars/default.svg');
    const again = await asOk(stack, carol, ME);
    expect(again.me.avatarUrl).toContain('/avatars/default.svg');
    // The image nothing shows any more is removed (released by the gateway, collected by the chat service).
    await waitUntil(async () => (await get(up.url)).status === 404 || null, 'the cleared avatar image to be removed', 10000);
    expect((await get(me.me.avatarUrl)).status).toBe(404);
  });

  it('deleting an image message for everyone removes its files, unless a forwarded copy or an avatar still shows them', async () => {
    const chat = await createDirect(stack, bob, carol.userId);
    const elsewhere = await createDirect(stack, bob, alice.userId);
    const [lonely, forwarded, avatar] = [
      await uploadOk(bob, await flat(31, 31).png().toBuffer()),
      await uploadOk(bob, await flat(32, 32).png().toBuffer()),
      await uploadOk(bob, await flat(33, 33).png().toBuffer()),
    ];
    const sent: string[] = [];
    for (const up of [lonely, forwarded, avatar]) {
      const r = await sendImages(bob, chat.id, [up.id]);
      expect(r.errors).toBeUndefined();
      sent.push(r.data!.sendMessage.id);
    }
    await asOk(stack, bob, FORWARD_MESSAGE, { messageId: sent[1], chatIds: [elsewhere.id] });
    await asOk(stack, bob, SET_AVATAR, { uploadId: avatar.id });

    const before = storedFiles();
    for (const id of sent) await asOk(stack, bob, DELETE_MESSAGE, { id, forEveryone: true });
    // The image and thumbnail of the one nothing else shows go, a moment after the answer.
    await waitUntil(async () => (await get(lonely.url)).status === 404 || null, 'the removed image to be gone', 10000);
    expect((await get(lonely.thumbnailUrl)).status).toBe(404);
    await sleep(500);
    expect(storedFiles()).toBe(before - 2);
    // The forwarded copy and the avatar still show theirs.
    const copy = await asOk(stack, alice, MESSAGES_WITH_ATTACHMENTS, { chatId: elsewhere.id });
    const copied = copy.messages.messages.at(-1)!.attachments[0];
    expect(copied.id).toBe(forwarded.id);
    expect((await get(copied.url)).status).toBe(200);
    expect((await get(avatar.url)).status).toBe(200);
    const { me } = await asOk(stack, bob, ME);
    expect((await get(me.avatarUrl)).status).toBe(200);

    // Replaced by another avatar, the old one (no longer in any message) goes as well.
    const next = await uploadOk(bob, await flat(34, 34).png().toBuffer());
    await asOk(stack, bob, SET_AVATAR, { uploadId: next.id });
    await waitUntil(async () => (await get(avatar.url)).status === 404 || null, 'the replaced avatar to be removed', 10000);
    expect((await get(next.url)).status).toBe(200);
    expect((await get(copied.url)).status).toBe(200);
  });

  it(`allows ${UPLOADS_PER_MINUTE} uploads a minute per user, then answers 429 with Retry-After`, async () => {
    const dave = await login(stack);
    const text = Buffer.from('not an image');
    // The budget is a fixed minute: should the minute turn during the loop, the refusal comes within the next budget.
    const statuses: number[] = [];
    while (!statuses.includes(429) && statuses.length <= 2 * UPLOADS_PER_MINUTE) statuses.push((await upload(dave, text)).status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 415).length).toBeGreaterThanOrEqual(UPLOADS_PER_MINUTE);
    const res = await fetch(`${stack.gatewayUrl}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${dave.accessToken}` } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await res.json()).toMatchObject({ code: 'RATE_LIMITED' });
    // Others are not affected.
    expect((await upload(bob, text)).status).toBe(415);
  });

  it('leaves no stored files behind when the attachment cannot be recorded', async () => {
    const png = await flat(30, 30).png().toBuffer();
    const before = storedFiles();
    await stack.stopApp(stack.app('chat'));
    try {
      const r = await upload(bob, png);
      expect(r.status).toBe(503);
      expect(r.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      expect(storedFiles()).toBe(before);
    } finally {
      await stack.startApp('chat');
    }
    await uploadOk(bob, png);
    expect(storedFiles()).toBe(before + 2);
  });
});
