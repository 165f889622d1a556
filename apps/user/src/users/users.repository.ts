import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Types, type Model } from 'mongoose';
import { escapeRegex, isDuplicateKey } from '@app/common';
import type { UserDto } from '@app/contracts';
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

export const nameFields = (name: string) => ({
  name,
  nameLower: name.toLowerCase(),
  nameWords: [...new Set(name.toLowerCase().split(/\s+/).filter(Boolean))],
});

export interface UserPageCursor {
  nameLower: string;
  id: string;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectModel(UserDoc.name) private readonly users: Model<UserDoc>) {}

  /** The user with this address, created with `name` on first login (one atomic upsert). */
  async findOrCreateByEmail(email: string, name: string): Promise<UserDto> {
    const upsert = () =>
      this.users
        .findOneAndUpdate({ email }, { $setOnInsert: { email, ...nameFields(name) } }, { upsert: true, new: true })
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
    const valid = [...new Set(ids.filter((id) => /^[0-9a-f]{24}$/i.test(id)))].map((id) => new Types.ObjectId(id));
    const docs =
      valid.length <= POINT_LOOKUPS_UP_TO
        ? await Promise.all(valid.map((_id) => this.users.collection.findOne({ _id }, { projection: PROJECTION })))
        : await this.users.collection.find({ _id: { $in: valid } }, { projection: PROJECTION }).toArray();
    return docs.filter((d) => d !== null).map((d) => toUserDto(d as unknown as LeanUser));
  }

  /**
   * A page of users ordered by (name, id). `search` with an @ matches the address exactly,
   * otherwise any word of the name by prefix, case-insensitively.
   */
  async page(search: string | undefined, first: number, after: UserPageCursor | undefined): Promise<LeanUserPage> {
    const filters: Record<string, unknown>[] = [];
    if (search) {
      const s = search.toLowerCase();
      if (s.includes('@')) filters.push({ email: s });
      else filters.push({ nameWords: { $regex: `^${escapeRegex(s)}` } });
    }
    if (after) {
      const id = new Types.ObjectId(after.id);
      filters.push({ $or: [{ nameLower: { $gt: after.nameLower } }, { nameLower: after.nameLower, _id: { $gt: id } }] });
    }
    const docs = await this.users
      .find(filters.length ? { $and: filters } : {}, { ...PROJECTION, nameLower: 1 })
      .sort({ nameLower: 1, _id: 1 })
      .limit(first + 1)
      .lean<Array<LeanUser & { nameLower: string }>>();
    return {
      users: docs.slice(0, first).map((d) => ({ user: toUserDto(d), cursor: { nameLower: d.nameLower, id: d._id.toHexString() } })),
      hasNextPage: docs.length > first,
    };
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
