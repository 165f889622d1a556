import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { escapeRegex, isDuplicateKey } from '#common';
import { isObjectId, type UserDto } from '#contracts';
import { nameFields, searchWords, TOP } from './name-search.js';
import { UserDoc } from './user.schema.js';

type LeanUser = Pick<UserDoc, '_id' | 'email' | 'name' | 'avatarId' | 'lastSeenAt' | 'createdAt'>;

export const toUserDto = (u: LeanUser): UserDto => ({
  id: u._id.toHexString(),
  email: u.email,
  name: u.name,
  avatarId: u.avatarId ?? undefined,
  lastSeenAt: u.lastSeenAt?.toISOString(),
  createdAt: u.createdAt.toISOString(),
});

// FerretDB 1.x does not implement a projection on findAndModify, so only find() uses it.
const PROJECTION = { email: 1, name: 1, avatarId: 1, lastSeenAt: 1, createdAt: 1 } as const;

const POINT_LOOKUPS_UP_TO = 32;

export interface UserPageCursor {
  /** 0: the name starts with the search; 1: every word of the search starts a word of the name. */
  tier: number;
  nameKey: string;
  id: string;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectModel(UserDoc.name) private readonly users: Model<UserDoc>) {}

  /** The user with this address, created with `name` on first login (one atomic upsert). */
  async findOrCreateByEmail(email: string, name: string): Promise<UserDto> {
    const upsert = () =>
      this.users
        .findOneAndUpdate({ email }, { $setOnInsert: { email, ...nameFields(name) } }, { upsert: true, returnDocument: 'after' })
        .lean<LeanUser>()
        .orFail();
    try {
      return toUserDto(await upsert());
    } catch (err) {
      // Two first logins of one address at once: the unique index lets one insert win; the other reads it.
      if (isDuplicateKey(err)) return toUserDto(await upsert());
      throw err;
    }
  }

  /**
   * A few ids: one `_id` lookup each, in parallel (on FerretDB's SQLite backend a `$in` reads the
   * whole collection; lookups by `_id` do not). Many ids (checking the members of a new group):
   * one `$in` query, which costs one pass instead of hundreds of round trips.
   */
  async byIds(ids: string[]): Promise<UserDto[]> {
    const valid = [...new Set(ids.filter(isObjectId))].map((id) => new Types.ObjectId(id));
    const docs =
      valid.length <= POINT_LOOKUPS_UP_TO
        ? await Promise.all(valid.map((_id) => this.users.collection.findOne({ _id }, { projection: PROJECTION })))
        : await this.users.collection.find({ _id: { $in: valid } }, { projection: PROJECTION }).toArray();
    return docs.filter((d) => d !== null).map((d) => toUserDto(d as unknown as LeanUser));
  }

  /**
   * A page of the users a search finds (name-search.ts): an address (a term with @) exactly,
   * otherwise by the words of the name, names starting with the whole search first, each group
   * ordered by (nameKey, id). At most two queries, each bounded by the page size.
   */
  async page(search: string, first: number, after: UserPageCursor | undefined): Promise<LeanUserPage> {
    const found: Array<{ doc: LeanUser & { nameKey: string }; tier: number }> = [];
    const tiers: Array<Record<string, unknown>> = [];
    if (search.includes('@')) tiers.push({ email: search.toLowerCase() });
    else {
      const words = searchWords(search);
      if (!words.length) return { users: [], hasNextPage: false };
      const whole = words.join(' ');
      tiers.push({ nameKey: { $regex: `^${escapeRegex(whole)}` } });
      tiers.push({
        $and: [
          ...words.map((w) => ({ nameWords: { $regex: `^${escapeRegex(w)}` } })),
          // Not already in the first group: a key outside the range of keys starting with the search.
          { $or: [{ nameKey: { $lt: whole } }, { nameKey: { $gt: whole + TOP } }] },
        ],
      });
    }
    for (let tier = after?.tier ?? 0; tier < tiers.length && found.length <= first; tier++) {
      const filters = [tiers[tier]];
      if (after && tier === after.tier)
        filters.push({ $or: [{ nameKey: { $gt: after.nameKey } }, { nameKey: after.nameKey, _id: { $gt: new Types.ObjectId(after.id) } }] });
      const docs = await this.users
        .find({ $and: filters }, { ...PROJECTION, nameKey: 1 })
        .sort({ nameKey: 1, _id: 1 })
        .limit(first + 1 - found.length)
        .lean<Array<LeanUser & { nameKey: string }>>();
      found.push(...docs.map((doc) => ({ doc, tier })));
    }
    return {
      users: found.slice(0, first).map(({ doc, tier }) => ({ user: toUserDto(doc), cursor: { tier, nameKey: doc.nameKey, id: doc._id.toHexString() } })),
      hasNextPage: found.length > first,
    };
  }

  /**
   * Gives users stored before names were keyed without accents (`nameLower`) their `nameKey` and
   * words: run once at startup, a no-op when every user has them.
   */
  async keyOldNames(): Promise<number> {
    const old = await this.users.collection.find({ nameKey: { $exists: false } }, { projection: { name: 1 } }).toArray();
    if (!old.length) return 0;
    await this.users.collection.bulkWrite(
      old.map((d) => ({
        updateOne: { filter: { _id: d._id }, update: { $set: nameFields(String(d.name ?? '')), $unset: { nameLower: '' } } },
      })),
      { ordered: false },
    );
    return old.length;
  }

  async updateName(id: string, name: string): Promise<UserDto | null> {
    const doc = await this.users.findOneAndUpdate({ _id: new Types.ObjectId(id) }, { $set: nameFields(name) }, { returnDocument: 'after' }).lean<LeanUser>();
    return doc ? toUserDto(doc) : null;
  }

  /** The user after the change and the avatar id it had before, or null when there is no such user. */
  async setAvatar(id: string, avatarId: string | null): Promise<{ user: UserDto; previousAvatarId: string | null } | null> {
    const update = avatarId ? { $set: { avatarId } } : { $unset: { avatarId: 1 } };
    const before = await this.users.findOneAndUpdate({ _id: new Types.ObjectId(id) }, update, { returnDocument: 'before' }).lean<LeanUser>();
    if (!before) return null;
    return { user: toUserDto({ ...before, avatarId: avatarId ?? undefined }), previousAvatarId: before.avatarId ?? null };
  }

  /** The ids among `ids` that some user has as avatar. */
  async avatarsAmong(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const docs = await this.users.find({ avatarId: { $in: ids } }, { avatarId: 1 }).lean<Array<{ avatarId?: string }>>();
    return [...new Set(docs.map((d) => d.avatarId).filter((id): id is string => !!id))];
  }

  /** Stores many last-seen times in one command. */
  async setLastSeenMany(entries: Array<{ id: string; at: Date }>): Promise<void> {
    if (!entries.length) return;
    await this.users.bulkWrite(
      entries.map((e) => ({ updateOne: { filter: { _id: new Types.ObjectId(e.id) }, update: { $set: { lastSeenAt: e.at } } } })),
      { ordered: false },
    );
  }
}

export interface LeanUserPage {
  users: Array<{ user: UserDto; cursor: UserPageCursor }>;
  hasNextPage: boolean;
}
