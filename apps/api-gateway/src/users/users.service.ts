import { Inject, Injectable, Logger } from '@nestjs/common';
import { EventsPublisher } from '#common';
import { RateLimiter } from '../rate-limit/rate-limiter.js';
import { AppError, isObjectId, type UserDto } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import { UserClient } from '../clients/user.client.js';
import { GATEWAY_CONFIG, publicUrlOf, type GatewayConfig } from '../config/gateway.config.js';
import type { AttachmentLoader } from '../media/attachment.loader.js';
import { GatewayAttachments } from '../media/attachments.service.js';
import { UserLoaderFactory, type UserLoader } from './user.loader.js';
import { toUser } from './user.mapper.js';
import { initialsOf } from './avatars.js';
import { connectionOf } from '../graphql/connection.js';
import type { User, UserConnection } from './models/user.model.js';

@Injectable()
export class GatewayUsers {
  private readonly logger = new Logger('GatewayUsers');
  private readonly publicUrl: string;

  constructor(
    private readonly user: UserClient,
    private readonly chat: ChatClient,
    private readonly attachments: GatewayAttachments,
    private readonly limiter: RateLimiter,
    private readonly events: EventsPublisher,
    private readonly loaders: UserLoaderFactory,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {
    this.publicUrl = publicUrlOf(config);
  }

  async byId(loader: UserLoader, id: string, field = 'id'): Promise<User | null> {
    if (!isObjectId(id)) throw AppError.badInput(field, 'is not a valid id');
    const user = await loader.users.load(id);
    return user ? toUser(user) : null;
  }

  async viewer(loader: UserLoader, userId: string): Promise<User> {
    const user = await loader.users.load(userId);
    if (!user) throw AppError.unauthenticated('the account no longer exists');
    return toUser(user);
  }

  /**
   * Users by a search term, which is required (nobody lists everyone). An exact address tells
   * whether it has an account: a few an hour are a person looking for a friend, many are an
   * enumeration, so those are limited per viewer.
   */
  async search(viewerId: string, search: string | null | undefined, first: number, after: string | null | undefined): Promise<UserConnection> {
    const term = search?.trim() ?? '';
    if (!term) throw AppError.badInput('search', 'a search term is required (a word of a name, or an exact address)');
    if (term.includes('@')) {
      const over = await this.limiter.hit([{ key: `email-lookup:${viewerId}`, perWindow: this.config.EMAIL_LOOKUPS_PER_HOUR }], 3600);
      if (over) throw AppError.rateLimited(over.waitSeconds, 'too many searches by address');
    }
    const page = await this.user.searchUsers(term, first, after ?? null);
    return connectionOf(
      page.users.map((e) => ({ cursor: e.cursor, node: toUser(e.user) })),
      after,
      page.hasNextPage,
    );
  }

  async updateProfile(loader: UserLoader, userId: string, name: string | null | undefined): Promise<User> {
    const user = await this.user.updateProfile(userId, name ?? undefined);
    loader.users.clear(userId).prime(userId, user);
    if (name !== null && name !== undefined) await this.announceChange(user);
    return toUser(user);
  }

  /** Sets (an upload of the viewer's, checked by the chat service, which owns uploads) or removes the avatar. */
  async setAvatar(loader: UserLoader, userId: string, uploadId: string | null | undefined): Promise<User> {
    if (uploadId) {
      if (!isObjectId(uploadId)) throw AppError.badInput('uploadId', 'is not a valid id');
      await this.chat.ownUpload(userId, uploadId);
    }
    const { user, previousAvatarId } = await this.user.setAvatar(userId, uploadId ?? null);
    loader.users.clear(userId).prime(userId, user);
    await this.announceChange(user);
    // The replaced image goes unless a message still shows it (the chat service decides).
    if (previousAvatarId && previousAvatarId !== uploadId) {
      this.chat.releaseAttachments([previousAvatarId]).catch((err: unknown) => this.logger.warn(`old avatar ${previousAvatarId} not released: ${String(err)}`));
    }
    return toUser(user);
  }

  /**
   * Tells the user's other sessions and everyone who shares a chat with them that their name or
   * avatar changed (`userUpdated`). The change is stored already: an announcement that fails is
   * logged, not an error of the mutation.
   */
  private async announceChange(user: UserDto): Promise<void> {
    this.loaders.forget(user.id);
    try {
      const userIds = await this.chat.contactsOf(user.id);
      this.events.publish([user.id, ...userIds], { type: 'user.updated', user });
    } catch (err) {
      this.logger.warn(`profile change of ${user.id} not announced: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Stands in for a user that no longer exists (messages and memberships outlive accounts). */
  deleted(id: string): User {
    return { id, name: 'Deleted user', emailAddress: '', avatarId: null, lastSeenAt: null, createdAt: new Date(0) };
  }

  /** The avatar to show: a signed link to the uploaded one's thumbnail, or the generated default. */
  async avatarUrl(attachments: AttachmentLoader, user: User): Promise<string> {
    const uploaded = user.avatarId ? await this.attachments.avatarUrl(attachments, user.avatarId) : null;
    return uploaded ?? this.defaultAvatarUrl(user);
  }

  defaultAvatarUrl(user: User): string {
    return `${this.publicUrl}/avatars/default.svg?seed=${user.id}&initials=${encodeURIComponent(initialsOf(user.name))}`;
  }
}
