import { Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, isDuplicateKey, EventsPublisher } from '@app/common';
import { AppError, type ChatDto, type ChatPageReply, type MemberRoleValue } from '@app/contracts';
import { UserDirectory } from '../directory/user-directory.js';
import { MessageWriter } from '../messages/message-writer.js';
import { ChatLock } from './chat-lock.js';
import { directKeyOf, MAX_GROUP_MEMBERS, requireId, requireIds, validateTitle } from './chat-rules.js';
import { ChatViews } from './chat-views.js';
import { ChatsRepository, newId, type Chat, type Membership } from './chats.repository.js';

function chatCursorOf(after: string): { at: Date; id: string } {
  const { key, id } = decodeCursor(after, 'number');
  return { at: new Date(key), id };
}

const MANAGERS: MemberRoleValue[] = ['owner', 'admin'];

@Injectable()
export class ChatsService {
  constructor(
    private readonly chats: ChatsRepository,
    private readonly views: ChatViews,
    private readonly lock: ChatLock,
    private readonly writer: MessageWriter,
    private readonly directory: UserDirectory,
    private readonly events: EventsPublisher,
  ) {}

  /**
   * The chat and the viewer's current membership. A chat that does not exist and one the
   * viewer is not in answer the same NOT_FOUND, so non-members learn nothing.
   */
  async access(viewerId: string, chatIdIn: unknown, field = 'chatId'): Promise<{ chat: Chat; me: Membership; members: Membership[] }> {
    const chatId = requireId(chatIdIn, field);
    const [chat, members] = await Promise.all([this.chats.byId(chatId), this.chats.members(chatId)]);
    const me = members.find((m) => m.userId === viewerId);
    if (!chat || !me) throw AppError.notFound('chat');
    return { chat, me, members };
  }

  async get(viewerId: string, chatIdIn: unknown, allowLeft = false): Promise<ChatDto> {
    const chatId = requireId(chatIdIn, 'id');
    if (allowLeft) {
      const [chat, row] = await Promise.all([this.chats.byId(chatId), this.chats.membership(chatId, viewerId)]);
      if (!chat || !row) throw AppError.notFound('chat');
      return this.views.one(viewerId, chat, row);
    }
    const { chat, me } = await this.access(viewerId, chatId, 'id');
    return this.views.one(viewerId, chat, me);
  }

  async list(viewerId: string, first: number, after?: string): Promise<ChatPageReply> {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw AppError.badInput('first', 'must be between 1 and 100');
    const rows = await this.chats.pageOfUser(viewerId, first, after ? chatCursorOf(after) : undefined);
    const page = rows.slice(0, first);
    const chats = new Map((await this.chats.byIds(page.map((r) => r.chatId))).map((c) => [c.id, c]));
    const present = page.filter((r) => chats.has(r.chatId));
    const dtos = await this.views.build(
      viewerId,
      present.map((r) => chats.get(r.chatId)!),
      present,
    );
    return {
      chats: dtos.map((chat, i) => ({ chat, cursor: encodeCursor(present[i].lastMessageAt.getTime(), present[i].id) })),
      hasNextPage: rows.length > first,
    };
  }

  /** One direct chat per pair; concurrent calls for the same pair return the same chat. */
  async createDirect(viewerId: string, userIdIn: unknown): Promise<ChatDto> {
    const userId = requireId(userIdIn, 'userId');
    if (userId === viewerId) throw AppError.badInput('userId', 'a direct chat needs another person; you cannot chat with yourself');
    await this.directory.requireAll([userId], 'userId');
    const directKey = directKeyOf(viewerId, userId);
    return this.lock.run(`direct:${directKey}`, async () => {
      let chat = await this.chats.byDirectKey(directKey);
      let created = false;
      if (!chat) {
        const id = newId();
        const at = new Date();
        try {
          await this.chats.insert({ id, kind: 'direct', directKey, at });
          await this.chats.insertMemberships([viewerId, userId].map((u) => ({ chatId: id, userId: u, role: 'member' as const, at, lastReadSeq: 0 })));
          created = true;
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
        chat = await this.chats.byDirectKey(directKey);
      }
      if (!chat) throw AppError.conflict('the direct chat could not be created; try again');
      const me = await this.chats.membership(chat.id, viewerId);
      if (!me) throw AppError.notFound('chat');
      if (created) this.events.publish([viewerId, userId], { type: 'chat.updated', chatId: chat.id, membership: 'joined' });
      return this.views.one(viewerId, chat, me);
    });
  }

  async createGroup(viewerId: string, titleIn: unknown, memberIdsIn: unknown): Promise<ChatDto> {
    const title = validateTitle(titleIn, 'input.title');
    const others = requireIds(memberIdsIn, 'input.memberIds', 0, MAX_GROUP_MEMBERS).filter((id) => id !== viewerId);
    if (others.length < 1) throw AppError.badInput('input.memberIds', 'must name at least one other person');
    if (others.length > MAX_GROUP_MEMBERS - 1) throw AppError.badInput('input.memberIds', `a group has at most ${MAX_GROUP_MEMBERS} members`);
    const users = await this.directory.requireAll([viewerId, ...others], 'input.memberIds');
    const id = newId();
    const at = new Date();
    return this.lock.run(id, async () => {
      await this.chats.insert({ id, kind: 'group', directKey: `group:${id}`, title, at });
      await this.chats.insertMemberships([
        { chatId: id, userId: viewerId, role: 'owner', at, lastReadSeq: 0 },
        ...others.map((u) => ({ chatId: id, userId: u, role: 'member' as const, at, lastReadSeq: 0 })),
      ]);
      const members = await this.chats.members(id);
      // chat.updated first: gateways learn of the new chat from it and drop events of chats they do not know yet.
      this.events.publish([viewerId, ...others], { type: 'chat.updated', chatId: id, membership: 'joined' });
      await this.writer.append(
        { chatId: id, senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} created the group “${title}”` },
        members,
        at,
      );
      return this.get(viewerId, id);
    });
  }

  async rename(viewerId: string, chatIdIn: unknown, titleIn: unknown): Promise<ChatDto> {
    const title = validateTitle(titleIn, 'title');
    const chatId = requireId(chatIdIn, 'chatId');
    return this.lock.run(chatId, async () => {
      const { chat, me, members } = await this.access(viewerId, chatId);
      this.requireGroupManager(chat, me);
      if (chat.title !== title) {
        const at = new Date();
        await this.chats.rename(chatId, title, at);
        await this.writer.append(
          { chatId, senderId: viewerId, type: 'system', text: `${await this.directory.name(viewerId)} renamed the group to “${title}”` },
          members,
          at,
        );
        this.events.publish(
          members.map((m) => m.userId),
          { type: 'chat.updated', chatId, membership: 'changed' },
        );
      }
      return this.get(viewerId, chatId);
    });
  }

  async addMembers(viewerId: string, chatIdIn: unknown, userIdsIn: unknown): Promise<ChatDto> {
    const chatId = requireId(chatIdIn, 'chatId');
    const userIds = requireIds(userIdsIn, 'userIds', 1, MAX_GROUP_MEMBERS);
    return this.lock.run(chatId, async () => {
      const { chat, me, members } = await this.access(viewerId, chatId);
      this.requireGroupManager(chat, me);
      const current = new Set(members.map((m) => m.userId));
      const joining = userIds.filter((id) => !current.has(id));
      if (!joining.length) return this.views.one(viewerId, chat, me);
      if (current.size + joining.length > MAX_GROUP_MEMBERS) throw AppError.badInput('userIds', `a group has at most ${MAX_GROUP_MEMBERS} members`);
      const users = await this.directory.requireAll([viewerId, ...joining], 'userIds');
      const at = new Date();
      const past = new Set((await this.chats.rowsFor(chatId, joining)).map((r) => r.userId));
      // Newcomers start with everything so far read: their unread count starts at zero.
      await this.chats.rejoin(
        chatId,
        joining.filter((u) => past.has(u)),
        at,
        chat.lastSeq,
      );
      await this.chats.insertMemberships(
        joining.filter((u) => !past.has(u)).map((u) => ({ chatId, userId: u, role: 'member' as const, at, lastReadSeq: chat.lastSeq })),
      );
      const after = await this.chats.members(chatId);
      const names = joining.map((u) => users.get(u)?.name ?? 'someone').join(', ');
      // chat.updated first, as in createGroup: otherwise the newcomers' gateways drop the "added" message.
      this.events.publish(joining, { type: 'chat.updated', chatId, membership: 'joined' });
      this.events.publish([...current], { type: 'chat.updated', chatId, membership: 'changed' });
      await this.writer.append({ chatId, senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} added ${names}` }, after, at);
      return this.get(viewerId, chatId);
    });
  }

  /** Owners may remove anyone; admins only plain members. Use leaveChat to remove yourself. */
  async removeMember(viewerId: string, chatIdIn: unknown, userIdIn: unknown): Promise<ChatDto> {
    const chatId = requireId(chatIdIn, 'chatId');
    const userId = requireId(userIdIn, 'userId');
    if (userId === viewerId) throw AppError.badInput('userId', 'use leaveChat to leave a chat yourself');
    return this.lock.run(chatId, async () => {
      const { chat, me, members } = await this.access(viewerId, chatId);
      this.requireGroupManager(chat, me);
      const target = members.find((m) => m.userId === userId);
      if (!target) throw AppError.badInput('userId', 'is not a member of this chat');
      if (me.role === 'admin' && target.role !== 'member') throw AppError.forbidden('admins can remove members only; the owner can remove admins');
      const at = new Date();
      await this.chats.markLeft(chatId, userId, at);
      const rest = members.filter((m) => m.userId !== userId);
      const users = await this.directory.byIds([viewerId, userId]);
      await this.writer.append(
        { chatId, senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} removed ${users.get(userId)?.name ?? 'someone'}` },
        rest,
        at,
      );
      this.events.publish([userId], { type: 'chat.updated', chatId, membership: 'left' });
      this.events.publish(
        rest.map((m) => m.userId),
        { type: 'chat.updated', chatId, membership: 'changed' },
      );
      return this.get(viewerId, chatId);
    });
  }

  /** Leaves a group; an owner who leaves passes ownership to the longest-serving admin, else member. */
  async leave(viewerId: string, chatIdIn: unknown): Promise<boolean> {
    const chatId = requireId(chatIdIn, 'chatId');
    return this.lock.run(chatId, async () => {
      const { chat, me, members } = await this.access(viewerId, chatId);
      if (chat.kind === 'direct') throw AppError.badInput('chatId', 'a direct chat cannot be left');
      const at = new Date();
      await this.chats.markLeft(chatId, viewerId, at);
      const rest = members.filter((m) => m.userId !== viewerId);
      let heir: Membership | undefined;
      if (me.role === 'owner' && !rest.some((m) => m.role === 'owner')) {
        heir = rest.find((m) => m.role === 'admin') ?? rest[0];
        if (heir) await this.chats.setRole(chatId, heir.userId, 'owner');
      }
      if (rest.length) {
        const users = await this.directory.byIds(heir ? [viewerId, heir.userId] : [viewerId]);
        const text = `${users.get(viewerId)?.name ?? 'Someone'} left${heir ? `; ${users.get(heir.userId)?.name ?? 'someone'} is the owner now` : ''}`;
        await this.writer.append(
          { chatId, senderId: viewerId, type: 'system', text },
          rest.map((m) => (m.userId === heir?.userId ? { ...m, role: 'owner' as const } : m)),
          at,
        );
      }
      this.events.publish([viewerId], { type: 'chat.updated', chatId, membership: 'left' });
      this.events.publish(
        rest.map((m) => m.userId),
        { type: 'chat.updated', chatId, membership: 'changed' },
      );
      return true;
    });
  }

  chatIdsOf(viewerId: string): Promise<string[]> {
    return this.chats.chatIdsOfUser(viewerId);
  }

  /** Everyone who shares at least one chat with the user (for presence). */
  async contactsOf(viewerId: string): Promise<string[]> {
    const chatIds = await this.chats.chatIdsOfUser(viewerId);
    const members = await this.chats.membersOf(chatIds);
    return [...new Set(members.map((m) => m.userId).filter((u) => u !== viewerId))];
  }

  async memberIds(viewerId: string, chatId: unknown): Promise<string[]> {
    const { members } = await this.access(viewerId, chatId);
    return members.map((m) => m.userId);
  }

  private requireGroupManager(chat: Chat, me: Membership): void {
    if (chat.kind !== 'group') throw AppError.badInput('chatId', 'only group chats have titles and members to manage');
    if (!MANAGERS.includes(me.role)) throw AppError.forbidden('only the owner or an admin can do that');
  }
}
