import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startRedis, type Server } from '#testing';
import { InboxDoc, InboxSchema, type ChatDoc } from '../src/chats/chat.schema.js';
import { stateOf, unreadOf } from '../src/chats/chat-state.js';
import { StorageMigration } from '../src/chats/storage-migration.js';
import { MessageDoc, MessageSchema } from '../src/messages/message.schema.js';
import { MessagesRepository } from '../src/messages/messages.repository.js';

const id = () => new mongoose.Types.ObjectId();

describe('storage migration from the memberships layout, on the embedded database', () => {
  let redisServer: Server;
  let redis: Redis;
  let conn: mongoose.Connection;

  beforeAll(async () => {
    redisServer = await startRedis();
    redis = new Redis(redisServer.url);
    conn = await mongoose.createConnection(inject('mongoUrl'), { dbName: `parley_migrate_${randomBytes(4).toString('hex')}` }).asPromise();
  });
  afterAll(async () => {
    await conn?.dropDatabase();
    await conn?.close();
    redis?.disconnect();
    await redisServer?.stop();
  });

  it('moves members, read positions, deletions and hidden messages into the chat, builds inboxes, keeps messages readable', async () => {
    const db = conn.db!;
    const [chatId, a, b, c] = [id(), id().toHexString(), id().toHexString(), id().toHexString()];
    const at = new Date('2026-11-01T10:00:00Z');
    const messageIds = [id(), id(), id(), id()];
    await db.collection('chats').insertOne({
      _id: chatId,
      kind: 'group',
      directKey: `group:${chatId.toHexString()}`,
      title: 'Old',
      lastSeq: 4,
      lastMessageId: messageIds[3].toHexString(),
      lastActivityAt: at,
      createdAt: at,
    });
    await db.collection('memberships').insertMany([
      { chatId: chatId.toHexString(), userId: a, role: 'owner', lastReadSeq: 4, unreadCount: 0, lastMessageAt: at, joinedAt: at },
      { chatId: chatId.toHexString(), userId: b, role: 'member', lastReadSeq: 1, unreadCount: 2, lastMessageAt: at, joinedAt: at },
      { chatId: chatId.toHexString(), userId: c, role: 'member', lastReadSeq: 2, unreadCount: 0, lastMessageAt: at, joinedAt: at, leftAt: at },
    ]);
    await db.collection('messages').insertMany(
      [1, 2, 3, 4].map((seq, i) => ({
        _id: messageIds[i],
        chatId: chatId.toHexString(),
        seq,
        senderId: a,
        clientId: `k${seq}`,
        type: 'text',
        text: `m${seq}`,
        attachmentIds: [],
        reactions: [],
        edits: [],
        // seq 3 deleted for everyone, seq 4 deleted by b for themselves.
        ...(seq === 3 ? { deletedAt: at } : {}),
        hiddenFor: seq === 4 ? [b] : [],
        createdAt: at,
      })),
    );

    await new StorageMigration(conn, redis).onModuleInit();

    const chat = stateOf((await db.collection('chats').findOne({ _id: chatId })) as unknown as ChatDoc);
    expect(Object.keys(chat.members).sort()).toEqual([a, b].sort());
    expect(chat.members[a]).toMatchObject({ role: 'owner', lastReadSeq: 4 });
    expect(chat.members[b]).toMatchObject({ role: 'member', lastReadSeq: 1, hidden: [4] });
    expect(chat.former[c]).toMatchObject({ lastReadSeq: 2, leftAt: at.getTime() });
    expect(chat.deletedSeqs).toEqual([3]);
    expect(chat.legacyThroughSeq).toBe(4);
    // b had seqs 2..4 unread; 3 was deleted and 4 hidden by b: one left, as the old counter said less the hidden one.
    expect(unreadOf(chat, b)).toBe(1);
    expect((await db.listCollections({ name: 'memberships' }).toArray()).length).toBe(0);

    const inboxes = conn.model(InboxDoc.name, InboxSchema);
    expect((await inboxes.findById(a).lean())?.chatIds).toEqual([chatId.toHexString()]);
    expect((await inboxes.findById(b).lean())?.chatIds).toEqual([chatId.toHexString()]);
    expect(await inboxes.findById(c).lean()).toBeNull();

    // Old messages keep their ids and are found by seq.
    const repo = new MessagesRepository(conn.model(MessageDoc.name, MessageSchema) as never);
    const found = await repo.bySeqs(chatId.toHexString(), [1, 4], chat.legacyThroughSeq);
    expect(found.map((m) => [m.seq, m.id]).sort()).toEqual([
      [1, messageIds[0].toHexString()],
      [4, messageIds[3].toHexString()],
    ]);

    // Running it again changes nothing.
    await new StorageMigration(conn, redis).onModuleInit();
    expect(stateOf((await db.collection('chats').findOne({ _id: chatId })) as unknown as ChatDoc)).toEqual(chat);
  });
});
