import { describe, expect, it } from 'vitest';
import type { RpcClient } from '#common';
import { Subjects, type AttachmentDto } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import { AttachmentLoaderFactory } from './attachment.loader.js';
import { GatewayAttachments } from './attachments.service.js';
import { MediaUrls } from './media-urls.js';

const record = (id: string): AttachmentDto => ({
  id,
  ownerId: 'a'.repeat(24),
  storageKey: `${id}image000000.jpg`,
  thumbnailKey: `${id}thumb000000.jpg`,
  mimeType: 'image/jpeg',
  size: 1000,
  width: 40,
  height: 30,
  sha256: '0'.repeat(64),
  createdAt: new Date(0).toISOString(),
});

describe('GatewayAttachments', () => {
  it("resolves the attachments of many messages with one request, in each message's order, signed, skipping ids without a record", async () => {
    const calls: Array<{ subject: string; ids: string[] }> = [];
    const rpc = {
      send: (subject: string, payload: { ids: string[] }) => {
        calls.push({ subject, ids: [...payload.ids] });
        return Promise.resolve(payload.ids.map((id) => (id.startsWith('gone') ? null : record(id))));
      },
    } as unknown as RpcClient;
    const loader = new AttachmentLoaderFactory(new ChatClient(rpc)).create();
    const service = new GatewayAttachments(new MediaUrls('s'.repeat(40), 'https://chat.example', 600));

    const [first, second, none] = await Promise.all([
      service.ofMessage(loader, ['m1a', 'm1b']),
      service.ofMessage(loader, ['m2a', 'gone1', 'm1a']),
      service.ofMessage(loader, []),
    ]);

    expect(calls).toEqual([{ subject: Subjects.chat.attachmentsByIds, ids: ['m1a', 'm1b', 'm2a', 'gone1'] }]);
    expect(first.map((a) => a.id)).toEqual(['m1a', 'm1b']);
    expect(second.map((a) => a.id)).toEqual(['m2a', 'm1a']);
    expect(none).toEqual([]);
    expect(first[0].url).toMatch(/^https:\/\/chat\.example\/media\/m1aimage000000\.jpg\?exp=\d+&sig=[\w-]+$/);
    expect(first[0].thumbnailUrl).toContain('/media/m1athumb000000.jpg?');
  });
});
