import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { decodeCursor, encodeCursor } from '#common';
import { AppError, type SearchUsersReply, type SetAvatarReply, type UserDto } from '#contracts';
import { UserCache } from './user-cache.js';
import { UsersRepository, type UserPageCursor } from './users.repository.js';

const cursorOf = (after: string): UserPageCursor => {
  const { key, id } = decodeCursor(after, 'string');
  const m = /^([01]):(.*)$/s.exec(key);
  if (!m) throw AppError.badInput('after', 'is not a cursor from a previous page');
  return { tier: Number(m[1]), nameKey: m[2], id };
};

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly logger = new Logger('UsersService');

  constructor(
    private readonly users: UsersRepository,
    private readonly cache: UserCache,
  ) {}

  /** Users stored before names were searched without accents get their search keys (once; idempotent). */
  async onModuleInit(): Promise<void> {
    const keyed = await this.users.keyOldNames();
    if (keyed) this.logger.log(`search keys written for ${keyed} users stored before accent-free search`);
  }

  /** Users in the order of `ids`, null for ids that name no user. */
  async byIds(ids: string[]): Promise<Array<UserDto | null>> {
    const found = await this.cache.byIds([...new Set(ids)]);
    return ids.map((id) => found.get(id) ?? null);
  }

  async search(term: string, first: number, after: string | undefined): Promise<SearchUsersReply> {
    const page = await this.users.page(term, first, after ? cursorOf(after) : undefined);
    return {
      users: page.users.map((u) => ({ user: u.user, cursor: encodeCursor(`${u.cursor.tier}:${u.cursor.nameKey}`, u.cursor.id) })),
      hasNextPage: page.hasNextPage,
    };
  }

  async updateProfile(userId: string, name: string | undefined): Promise<UserDto> {
    if (name === undefined) {
      const [user] = await this.byIds([userId]);
      if (!user) throw AppError.notFound('user');
      return user;
    }
    const updated = await this.users.updateName(userId, name);
    if (!updated) throw AppError.notFound('user');
    await this.cache.put(updated);
    return (await this.byIds([userId]))[0] ?? updated;
  }

  async setAvatar(userId: string, avatarId: string | null): Promise<SetAvatarReply> {
    const updated = await this.users.setAvatar(userId, avatarId);
    if (!updated) throw AppError.notFound('user');
    await this.cache.put(updated.user);
    return updated;
  }

  /** Which of these attachment ids are someone's avatar. */
  avatarsAmong(ids: string[]): Promise<string[]> {
    return this.users.avatarsAmong(ids);
  }

  /** Kept in Redis and stored in the database in batches (UserCache), not one write per disconnect. */
  async setLastSeen(userId: string, at: Date): Promise<void> {
    await this.cache.setLastSeen(userId, at);
  }
}
