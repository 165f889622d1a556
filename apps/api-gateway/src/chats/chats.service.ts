import { Injectable } from '@nestjs/common';
import { AppError, ErrorCode, type ChatDto } from '#contracts';
import { ChatClient } from '../clients/chat.client.js';
import type { AttachmentLoader } from '../media/attachment.loader.js';
import type { UserLoader } from '../users/user.loader.js';
import { GatewayUsers } from '../users/users.service.js';
import { toChat } from './chat.mapper.js';
import { connectionOf } from '../graphql/connection.js';
import { ChatKind, MemberRole, type Chat, type ChatConnection, type ChatMember } from './models/chat.model.js';

const ROLES = { owner: MemberRole.OWNER, admin: MemberRole.ADMIN, member: MemberRole.MEMBER } as const;

/** The gateway side of chats: NATS requests to the chat service, mapped to the GraphQL types. */
@Injectable()
export class GatewayChats {
  constructor(
    private readonly chat: ChatClient,
    private readonly users: GatewayUsers,
  ) {}

  async list(viewerId: string, first: number, after: string | null): Promise<ChatConnection> {
    const page = await this.chat.listChats(viewerId, first, after);
    return connectionOf(
      page.chats.map((e) => ({ cursor: e.cursor, node: toChat(e.chat) })),
      after,
      page.hasNextPage,
    );
  }

  /** null when the chat does not exist or the viewer is not in it (the same answer for both). */
  async get(viewerId: string, chatId: string): Promise<Chat | null> {
    try {
      return toChat(await this.chat.getChat(viewerId, chatId));
    } catch (err) {
      if (err instanceof AppError && err.code === ErrorCode.NOT_FOUND) return null;
      throw err;
    }
  }

  /** For event delivery: the chat as the viewer sees it now, even right after they left it. */
  async forEvent(viewerId: string, chatId: string): Promise<Chat> {
    return toChat(await this.chat.getChat(viewerId, chatId, true));
  }

  /** A chat the chat service answered, as the GraphQL type. */
  async toChat(reply: Promise<ChatDto>): Promise<Chat> {
    return toChat(await reply);
  }

  members(chat: Chat): ChatMember[] {
    return chat.memberRows.map((m) => ({
      userId: m.userId,
      role: ROLES[m.role],
      lastReadSeq: m.lastReadSeq,
      joinedAt: new Date(m.joinedAt),
      user: undefined as never,
    }));
  }

  /** A group's title, or the other person's name for a direct chat. */
  async title(chat: Chat, viewerId: string | undefined, loader: UserLoader): Promise<string> {
    if (chat.groupTitle) return chat.groupTitle;
    const other = chat.memberRows.find((m) => m.userId !== viewerId) ?? chat.memberRows[0];
    return other ? ((await loader.users.load(other.userId))?.name ?? 'Deleted user') : 'Empty chat';
  }

  /** A direct chat shows the other person's avatar; groups have none (no group avatars yet). */
  async avatarUrl(chat: Chat, viewerId: string | undefined, loader: UserLoader, attachments: AttachmentLoader): Promise<string | null> {
    if (chat.kind !== ChatKind.DIRECT) return null;
    const other = chat.memberRows.find((m) => m.userId !== viewerId);
    const user = other ? await this.users.byId(loader, other.userId) : null;
    return user ? this.users.avatarUrl(attachments, user) : null;
  }
}
