import { randomUUID } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  createDirect,
  gqlOk,
  login,
  MESSAGES_WITH_ATTACHMENTS,
  SEND_MESSAGE,
  SET_AVATAR,
  startS3,
  Stack,
  uploadFile,
  waitUntil,
  type Server,
  type Session,
} from '#testing';

const BUCKET = 'parley-media';
const PREFIX = 'parley/';

/** The JSON body of a stored upload (POST /uploads). */
interface Uploaded {
  id: string;
  url: string;
  thumbnailUrl: string;
  size: number;
}

/** A small photo-like PNG, different each call. */
const photo = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: Math.floor(Math.random() * 255), g: 80, b: 160 } } })
    .png()
    .toBuffer();

describe('media on an S3-compatible store (MEDIA_STORAGE=s3)', () => {
  let s3: Server;
  let stack: Stack;
  let client: S3Client;
  let alice: Session;
  let bob: Session;

  const upload = (gatewayUrl: string, who: Session, bytes: Buffer) =>
    uploadFile(gatewayUrl, who.accessToken, bytes, { type: 'image/png', filename: 'photo.png' });
  const health = async (gatewayUrl: string) => {
    const res = await fetch(`${gatewayUrl}/health`);
    return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
  };
  const storedKeys = async () => {
    const listed = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
    return (listed.Contents ?? []).map((o) => o.Key!).sort();
  };

  beforeAll(async () => {
    s3 = await startS3([BUCKET]);
    stack = await Stack.start({
      env: {
        MEDIA_STORAGE: 's3',
        S3_BUCKET: BUCKET,
        S3_PREFIX: PREFIX,
        S3_ENDPOINT: s3.url,
        S3_ACCESS_KEY_ID: 'parley-test',
        S3_SECRET_ACCESS_KEY: 'parley-test-secret',
        // Never used: a gateway on S3 keeps nothing on its own disk.
        MEDIA_DIR: '/nonexistent/parley-media',
        // Uploads never sent are swept after 4 s here (a day by default).
        UNSENT_UPLOAD_TTL_SECONDS: '4',
        UPLOAD_SWEEP_INTERVAL_SECONDS: '1',
      },
    });
    client = new S3Client({
      region: 'us-east-1',
      endpoint: s3.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'parley-test', secretAccessKey: 'parley-test-secret' },
    });
    [alice, bob] = await Promise.all([login(stack), login(stack)]);
  });
  afterAll(async () => {
    client?.destroy();
    const results = await Promise.allSettled([stack?.stop(), s3?.stop()]);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  });

  it('stores both renditions in the bucket under the prefix; a message carries them; another gateway serves them', async () => {
    expect(await health(stack.gatewayUrl)).toEqual({ status: 200, checks: { media: 'up', nats: 'up', redis: 'up' } });
    const before = await storedKeys();
    const r = await upload(stack.gatewayUrl, alice, await photo());
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const up = r.body as unknown as Uploaded;
    const added = (await storedKeys()).filter((k) => !before.includes(k));
    expect(added).toHaveLength(2);
    for (const k of added) expect(k).toMatch(/^parley\/[A-Za-z0-9_-]{24}\.(png|jpg|webp)$/);

    // The bytes behind the signed link are the bytes in the bucket.
    const key = new URL(up.url).pathname.split('/').pop()!;
    const object = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: PREFIX + key }));
    const inBucket = Buffer.from(await object.Body!.transformToByteArray());
    const served = await fetch(up.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(inBucket)).toBe(true);
    expect(inBucket.length).toBe(up.size);

    // Sent in a chat, Bob reads it through a second gateway: gateways share the store, not a disk.
    const chat = await createDirect(stack, alice, bob.userId);
    await asOk(stack, alice, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), attachmentIds: [up.id] } });
    const other = await stack.startApp('api-gateway');
    const { messages } = await gqlOk(other.url, MESSAGES_WITH_ATTACHMENTS, { chatId: chat.id }, { token: bob.accessToken });
    const seen = messages.messages.at(-1)!.attachments[0];
    for (const link of [seen.url, seen.thumbnailUrl]) {
      const res = await fetch(link);
      expect(res.status, link).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\//);
    }
    await stack.stopApp(other);
  });

  it('an upload never sent is removed once it is UNSENT_UPLOAD_TTL_SECONDS old; a sent one and an avatar stay', async () => {
    const made = async () => {
      const r = await upload(stack.gatewayUrl, bob, await photo());
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body as unknown as Uploaded;
    };
    const [unsent, sent, avatar] = [await made(), await made(), await made()];
    const chat = await createDirect(stack, bob, alice.userId);
    await asOk(stack, bob, SEND_MESSAGE, { input: { chatId: chat.id, clientId: randomUUID(), attachmentIds: [sent.id] } });
    await asOk(stack, bob, SET_AVATAR, { uploadId: avatar.id });

    const keyOf = (url: string) => PREFIX + new URL(url).pathname.split('/').pop()!;
    await waitUntil(async () => (await fetch(unsent.url)).status === 404 || null, 'the unsent upload to be swept', 20000);
    await waitUntil(async () => !(await storedKeys()).includes(keyOf(unsent.thumbnailUrl)) || null, 'its thumbnail to be removed', 5000);
    const keys = await storedKeys();
    for (const kept of [sent, avatar]) {
      expect(keys).toContain(keyOf(kept.url));
      expect(keys).toContain(keyOf(kept.thumbnailUrl));
      expect((await fetch(kept.url)).status).toBe(200);
    }
  });

  it('a store that is down: upload and media answer 503 SERVICE_UNAVAILABLE, /health names media; all recovers', async () => {
    const r = await upload(stack.gatewayUrl, alice, await photo());
    expect(r.status).toBe(201);
    const up = r.body as unknown as Uploaded;

    await s3.stop();
    const failed = await upload(stack.gatewayUrl, alice, await photo());
    expect(failed.status).toBe(503);
    expect(failed.body.code).toBe('SERVICE_UNAVAILABLE');
    expect(String(failed.body.message)).toMatch(/media storage/);
    const media = await fetch(up.url);
    expect(media.status).toBe(503);
    expect(await health(stack.gatewayUrl)).toEqual({ status: 503, checks: { media: 'down', nats: 'up', redis: 'up' } });

    // Back (empty: this test server keeps objects in memory): uploads work again without a restart.
    await s3.restart();
    await waitUntil(async () => (await health(stack.gatewayUrl)).status === 200, 'gateway health back to 200', 15000);
    const again = await upload(stack.gatewayUrl, bob, await photo());
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    expect(await storedKeys()).toHaveLength(2);
  });
});
