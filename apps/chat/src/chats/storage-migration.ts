import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Redis } from 'ioredis';
import type { Connection, mongo } from 'mongoose';

type ObjectId = mongo.ObjectId;
import { InjectRedis } from '#common';

const MIGRATION = 'chat-storage-v2';
const LEASE = `parley:migration:${MIGRATION}`;

interface OldMembership {
  chatId: string;
  userId: string;
  role: string;
  lastReadSeq?: number;
  joinedAt?: Date;
  leftAt?: Date;
}

/**
 * Moves a database written by Parley before the chat storage of issue 7 to the current layout,
 * once, at start (one replica under a Redis lease; the others wait for it):
 * - each chat document takes its members (with read positions and roles), its former members
 *   and the seqs deleted for everyone from the `memberships` rows and the messages;
 * - each user gets an inbox of their current chats;
 * - messages keep their ids; the chat remembers up to which seq they predate derived ids
 *   (`legacyThroughSeq`), and those are read by (chatId, seq);
 * - the `memberships` collection is dropped last. Every step can run again after a crash.
 */
@Injectable()
export class StorageMigration implements OnModuleInit {
  private readonly logger = new Logger('StorageMigration');

  constructor(
    @InjectConnection() private readonly connection: Connection,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async onModuleInit(): Promise<void> {
    const db = this.connection.db!;
    const done = () => db.collection<{ _id: string }>('migrations').findOne({ _id: MIGRATION });
    if (await done()) return;
    const hasOld = (await db.listCollections({ name: 'memberships' }).toArray()).length > 0;
    if (!hasOld) {
      await db.collection<{ _id: string; at: Date }>('migrations').updateOne({ _id: MIGRATION }, { $set: { at: new Date() } }, { upsert: true });
      return;
    }
    for (;;) {
      if ((await this.redis.set(LEASE, '1', 'EX', 600, 'NX')) === 'OK') break;
      this.logger.log('another chat replica is migrating the storage; waiting');
      await new Promise((r) => setTimeout(r, 2000));
      if (await done()) return;
    }
    try {
      if (!(await done())) await this.migrate();
    } finally {
      await this.redis.del(LEASE);
    }
  }

  private async migrate(): Promise<void> {
    const db = this.connection.db!;
    const started = Date.now();
    const rows = await db.collection<OldMembership>('memberships').find({}).toArray();
    const marked = await db
      .collection<{ chatId: string; seq: number; deletedAt?: Date; hiddenFor?: string[] }>('messages')
      .find({}, { projection: { chatId: 1, seq: 1, deletedAt: 1, hiddenFor: 1 } })
      .toArray()
      .then((all) => all.filter((m) => m.deletedAt || m.hiddenFor?.length));
    const byChat = new Map<string, OldMembership[]>();
    for (const r of rows) byChat.set(r.chatId, [...(byChat.get(r.chatId) ?? []), r]);
    const chats = db.collection('chats');
    const inboxes = new Map<string, string[]>();
    let n = 0;
    for await (const chat of chats.find<{ _id: ObjectId; createdAt?: Date; lastSeq?: number }>({ legacyThroughSeq: { $exists: false } })) {
      const chatId = chat._id.toHexString();
      const members: Record<string, unknown> = {};
      const former: Record<string, unknown> = {};
      const mine = marked.filter((m) => m.chatId === chatId);
      for (const r of byChat.get(chatId) ?? []) {
        const lastReadSeq = r.lastReadSeq ?? 0;
        const joinedAt = r.joinedAt ?? chat.createdAt ?? new Date();
        if (r.leftAt) {
          former[r.userId] = { role: r.role, joinedAt, leftAt: r.leftAt, lastReadSeq };
          continue;
        }
        const hidden = mine.filter((m) => m.seq > lastReadSeq && m.hiddenFor?.includes(r.userId)).map((m) => m.seq);
        members[r.userId] = { role: r.role, joinedAt, lastReadSeq, ...(hidden.length ? { hidden } : {}) };
      }
      const deletedSeqs = mine
        .filter((m) => m.deletedAt)
        .map((m) => m.seq)
        .sort((a, b) => a - b);
      await chats.updateOne(
        { _id: chat._id },
        { $set: { members, former, deletedSeqs, legacyThroughSeq: chat.lastSeq ?? 0, createdAt: chat.createdAt ?? new Date() }, $unset: { lastMessageId: '' } },
      );
      n++;
    }
    for (const r of rows) if (!r.leftAt) inboxes.set(r.userId, [...(inboxes.get(r.userId) ?? []), r.chatId]);
    const inboxCol = db.collection<{ _id: string; chatIds: string[] }>('inboxes');
    for (const [userId, chatIds] of inboxes) {
      const existing = (await inboxCol.findOne({ _id: userId }))?.chatIds ?? [];
      await inboxCol.updateOne({ _id: userId }, { $set: { chatIds: [...new Set([...existing, ...chatIds])] } }, { upsert: true });
    }
    await db.collection('migrations').updateOne({ _id: MIGRATION as never }, { $set: { at: new Date() } }, { upsert: true });
    await db.dropCollection('memberships').catch(() => undefined);
    this.logger.log(`chat storage migrated: ${n} chats, ${inboxes.size} inboxes, in ${Date.now() - started} ms`);
  }
}
