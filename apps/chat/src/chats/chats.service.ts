import { Inject, Injectable } from '@nestjs/common';
import { decodeCursor, encodeCursor, isDuplicateKey } from '#common';
import { AppError, type ChatDto, type ChatHistoryValue, type ChatPageReply, type MemberRoleValue } from '#contracts';
import { CHAT_CONFIG, type ChatConfig } from '../config/chat.config.js';
import { UserDirectory } from '../directory/user-directory.js';
import { MessageWriter } from '../messages/message-writer.js';
import { directKeyOf } from './chat-rules.js';
import { ChatStore } from './chat-store.js';
import { directChatIdOf, memberIds, memberRows, type ChatState, type MemberState } from './chat-state.js';
import { ChatViews } from './chat-views.js';
import { formerDoc, memberDoc, newId } from './chats.repository.js';

function chatCursorOf(after: string): { at: number; id: string } {
  const { key, id } = decodeCursor(after, 'number');
  return { at: key, id };
}

const MANAGERS: MemberRoleValue[] = ['owner', 'admin'];

/** Newest activity first; ties by id, newest id first. */
const byActivity = (a: ChatState, b: ChatState) => b.lastActivityAt - a.lastActivityAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

@Injectable()
export class ChatsService {
  private readonly maxMembers: number;

  constructor(
    private readonly store: ChatStore,
    private readonly views: ChatViews,
    private readonly writer: MessageWriter,
    private readonly directory: UserDirectory,
    @Inject(CHAT_CONFIG) config: ChatConfig,
  ) {
    this.maxMembers = config.GROUP_MAX_MEMBERS;
  }

  /**
   * The chat if the viewer is a current member. A chat that does not exist and one the viewer is
   * not in answer the same NOT_FOUND, so non-members learn nothing.
   */
  async access(viewerId: string, chatId: string): Promise<ChatState> {
    const state = await this.store.read(chatId);
    return this.requireMember(state, viewerId);
  }

  requireMember(state: ChatState | null, viewerId: string): ChatState {
    if (!state?.members[viewerId]) throw AppError.notFound('chat');
    return state;
  }

  async get(viewerId: string, chatId: string, allowLeft = false): Promise<ChatDto> {
    const state = await this.store.read(chatId);
    if (!state || !(state.members[viewerId] || (allowLeft && state.former[viewerId]))) throw AppError.notFound('chat');
    return this.views.one(viewerId, state);
  }

  /** The viewer's current chats, newest activity first. */
  async chatsOf(viewerId: string): Promise<ChatState[]> {
    const states = await this.store.readMany(await this.store.inbox(viewerId));
    return [...states.values()].filter((s) => s.members[viewerId]).sort(byActivity);
  }

  async list(viewerId: string, first: number, after?: string): Promise<ChatPageReply> {
    const cursor = after ? chatCursorOf(after) : undefined;
    let chats = await this.chatsOf(viewerId);
    if (cursor) chats = chats.filter((c) => c.lastActivityAt < cursor.at || (c.lastActivityAt === cursor.at && c.id < cursor.id));
    const page = chats.slice(0, first);
    const dtos = await this.views.build(viewerId, page);
    return {
      chats: dtos.map((chat, i) => ({ chat, cursor: encodeCursor(page[i].lastActivityAt, page[i].id) })),
      hasNextPage: chats.length > first,
    };
  }

  /**
   * One direct chat per pair, found by its derived id; concurrent calls for the same pair queue
   * on that chat's lock and return the same chat.
   */
  async createDirect(viewerId: string, userId: string): Promise<ChatDto> {
    if (userId === viewerId) throw AppError.badInput('userId', 'a direct chat needs another person; you cannot chat with yourself');
    await this.directory.requireAll([userId], 'userId');
    const directKey = directKeyOf(viewerId, userId);
    const id = directChatIdOf(directKey);
    const state = await this.store.write(id, async (tx) => {
      if (tx.state) return tx.state;
      const at = Date.now();
      const member = (): MemberState => ({ role: 'member', joinedAt: at, lastReadSeq: 0 });
      const created: ChatState = {
        id,
        kind: 'direct',
        directKey,
        lastSeq: 0,
        lastActivityAt: at,
        createdAt: at,
        members: { [viewerId]: member(), [userId]: member() },
        former: {},
        deletedSeqs: [],
      };
      await this.store.addToInboxes([viewerId, userId], id);
      try {
        await tx.create(created);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // A direct chat of this pair made before ids were derived from the pair.
        return null;
      }
      tx.publish([viewerId, userId], { type: 'chat.updated', chatId: id, membership: 'joined' });
      return created;
    });
    const chat = state ?? (await this.store.legacyDirect(directKey));
    if (!chat) throw AppError.conflict('the direct chat could not be created; try again');
    return this.views.one(viewerId, this.requireMember(chat, viewerId));
  }

  async createGroup(viewerId: string, title: string, memberIds: string[], history: ChatHistoryValue = 'shared'): Promise<ChatDto> {
    const others = memberIds.filter((id) => id !== viewerId);
    if (others.length < 1) throw AppError.badInput('memberIds', 'must name at least one other person');
    if (others.length > this.maxMembers - 1) throw AppError.badInput('memberIds', `a group has at most ${this.maxMembers} members`);
    const users = await this.directory.requireAll([viewerId, ...others], 'memberIds');
    const id = newId();
    const at = Date.now();
    const state = await this.store.write(id, async (tx) => {
      // The "created the group" message written below is seq 1: nobody has it unread.
      const members: Record<string, MemberState> = { [viewerId]: { role: 'owner', joinedAt: at, lastReadSeq: 0 } };
      for (const u of others) members[u] = { role: 'member', joinedAt: at, lastReadSeq: 1 };
      await this.store.addToInboxes([viewerId, ...others], id);
      await tx.create({
        id,
        kind: 'group',
        directKey: `group:${id}`,
        ...(history === 'from_join' ? { history } : {}),
        title,
        lastSeq: 0,
        lastActivityAt: at,
        createdAt: at,
        members,
        former: {},
        deletedSeqs: [],
      });
      // chat.updated first: gateways learn of the new chat from it and drop events of chats they do not know yet.
      tx.publish([viewerId, ...others], { type: 'chat.updated', chatId: id, membership: 'joined' });
      await this.writer.append(
        tx,
        { senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} created the group “${title}”` },
        new Date(at),
      );
      return tx.state!;
    });
    return this.views.one(viewerId, state);
  }

  async rename(viewerId: string, chatId: string, title: string): Promise<ChatDto> {
    const after = await this.store.write(chatId, async (tx) => {
      const state = this.requireGroupManager(tx.state, viewerId);
      if (state.title !== title) {
        const name = await this.directory.name(viewerId);
        await this.writer.append(tx, { senderId: viewerId, type: 'system', text: `${name} renamed the group to “${title}”` }, new Date(), {
          state: { ...state, title },
          change: { set: { title } },
        });
        tx.publish(memberIds(state), { type: 'chat.updated', chatId, membership: 'changed' });
      }
      return tx.state!;
    });
    return this.views.one(viewerId, after);
  }

  /** Owners choose what members added from now on read: everything, or only what comes after they join. */
  async setHistory(viewerId: string, chatId: string, history: ChatHistoryValue): Promise<ChatDto> {
    const after = await this.store.write(chatId, async (tx) => {
      const state = this.requireGroupManager(tx.state, viewerId);
      if (state.members[viewerId].role !== 'owner') throw AppError.forbidden('only the owner can change what new members read');
      if ((state.history ?? 'shared') === history) return state;
      const next: ChatState = { ...state };
      if (history === 'from_join') next.history = 'from_join';
      else delete next.history;
      const name = await this.directory.name(viewerId);
      const text = history === 'from_join' ? `${name} made earlier messages hidden from new members` : `${name} made earlier messages visible to new members`;
      await this.writer.append(tx, { senderId: viewerId, type: 'system', text }, new Date(), {
        state: next,
        change: history === 'from_join' ? { set: { history } } : { unset: ['history'] },
      });
      tx.publish(memberIds(state), { type: 'chat.updated', chatId, membership: 'changed' });
      return tx.state!;
    });
    return this.views.one(viewerId, after);
  }

  async addMembers(viewerId: string, chatId: string, userIds: string[]): Promise<ChatDto> {
    if (userIds.length > this.maxMembers) throw AppError.badInput('userIds', `must name at most ${this.maxMembers}`);
    const after = await this.store.write(chatId, async (tx) => {
      const state = this.requireGroupManager(tx.state, viewerId);
      const current = memberIds(state);
      const joining = userIds.filter((id) => !state.members[id]);
      if (!joining.length) return state;
      if (current.length + joining.length > this.maxMembers) throw AppError.badInput('userIds', `a group has at most ${this.maxMembers} members`);
      const users = await this.directory.requireAll([viewerId, ...joining], 'userIds');
      const at = Date.now();
      // Newcomers start with everything so far read: their only unread message is the "added"
      // one that follows. In a `from_join` group they do not see what came before at all.
      const entry: MemberState = {
        role: 'member',
        joinedAt: at,
        lastReadSeq: state.lastSeq,
        ...(state.history === 'from_join' && state.lastSeq ? { fromSeq: state.lastSeq } : {}),
      };
      const members = { ...state.members };
      const former = { ...state.former };
      for (const u of joining) {
        members[u] = entry;
        delete former[u];
      }
      await this.store.addToInboxes(joining, chatId);
      // chat.updated first, as in createGroup: otherwise the newcomers' gateways drop the "added" message.
      tx.publish(joining, { type: 'chat.updated', chatId, membership: 'joined' });
      tx.publish(current, { type: 'chat.updated', chatId, membership: 'changed' });
      const names = joining.map((u) => users.get(u)?.name ?? 'someone').join(', ');
      await this.writer.append(tx, { senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} added ${names}` }, new Date(at), {
        state: { ...state, members, former },
        change: {
          set: Object.fromEntries(joining.map((u) => [`members.${u}`, memberDoc(entry)])),
          unset: joining.filter((u) => state.former[u]).map((u) => `former.${u}`),
        },
      });
      return tx.state!;
    });
    return this.views.one(viewerId, after);
  }

  /** Owners may remove anyone; admins only plain members. Use leaveChat to remove yourself. */
  async removeMember(viewerId: string, chatId: string, userId: string): Promise<ChatDto> {
    if (userId === viewerId) throw AppError.badInput('userId', 'use leaveChat to leave a chat yourself');
    const after = await this.store.write(chatId, async (tx) => {
      const state = this.requireGroupManager(tx.state, viewerId);
      const target = state.members[userId];
      if (!target) throw AppError.badInput('userId', 'is not a member of this chat');
      if (state.members[viewerId].role === 'admin' && target.role !== 'member')
        throw AppError.forbidden('admins can remove members only; the owner can remove admins');
      const users = await this.directory.byIds([viewerId, userId]);
      const at = Date.now();
      await this.writer.append(
        tx,
        { senderId: viewerId, type: 'system', text: `${users.get(viewerId)?.name ?? 'Someone'} removed ${users.get(userId)?.name ?? 'someone'}` },
        new Date(at),
        this.departure(state, userId, at),
      );
      await this.store.removeFromInbox(userId, chatId);
      tx.publish([userId], { type: 'chat.updated', chatId, membership: 'left' });
      tx.publish(memberIds(tx.state!), { type: 'chat.updated', chatId, membership: 'changed' });
      return tx.state!;
    });
    return this.views.one(viewerId, after);
  }

  /**
   * The owner sets a member's role: ADMIN or MEMBER, or OWNER to hand the group over (the old
   * owner becomes an admin). Setting the role someone already has changes nothing.
   */
  async setMemberRole(viewerId: string, chatId: string, userId: string, role: MemberRoleValue): Promise<ChatDto> {
    const after = await this.store.write(chatId, async (tx) => {
      const state = this.requireMember(tx.state, viewerId);
      if (state.kind !== 'group') throw AppError.badInput('chatId', 'only group chats have roles to change');
      if (state.members[viewerId].role !== 'owner') throw AppError.forbidden('only the owner can change roles');
      const target = state.members[userId];
      if (!target) throw AppError.badInput('userId', 'is not a member of this chat');
      if (target.role === role) return state;
      if (userId === viewerId) throw AppError.badInput('userId', 'the owner cannot step down; make another member OWNER to hand the group over');
      const members = { ...state.members, [userId]: { ...target, role } };
      const set: Record<string, unknown> = { [`members.${userId}.role`]: role };
      if (role === 'owner') {
        members[viewerId] = { ...state.members[viewerId], role: 'admin' };
        set[`members.${viewerId}.role`] = 'admin';
      }
      const users = await this.directory.byIds([viewerId, userId]);
      const by = users.get(viewerId)?.name ?? 'Someone';
      const whom = users.get(userId)?.name ?? 'someone';
      const text = role === 'owner' ? `${by} made ${whom} the owner` : role === 'admin' ? `${by} made ${whom} an admin` : `${by} made ${whom} a member`;
      await this.writer.append(tx, { senderId: viewerId, type: 'system', text }, new Date(), { state: { ...state, members }, change: { set } });
      tx.publish(memberIds(state), { type: 'chat.updated', chatId, membership: 'changed' });
      return tx.state!;
    });
    return this.views.one(viewerId, after);
  }

  /** Leaves a group; an owner who leaves passes ownership to the longest-serving admin, else member. */
  async leave(viewerId: string, chatId: string): Promise<boolean> {
    return this.store.write(chatId, async (tx) => {
      const state = this.requireMember(tx.state, viewerId);
      if (state.kind === 'direct') throw AppError.badInput('chatId', 'a direct chat cannot be left');
      const at = Date.now();
      const departure = this.departure(state, viewerId, at);
      const rest = memberRows(departure.state);
      let heir: string | undefined;
      if (state.members[viewerId].role === 'owner' && !rest.some((m) => m.role === 'owner')) {
        heir = (rest.find((m) => m.role === 'admin') ?? rest[0])?.userId;
        if (heir) {
          departure.state.members[heir] = { ...departure.state.members[heir], role: 'owner' };
          departure.change.set[`members.${heir}.role`] = 'owner';
        }
      }
      if (rest.length) {
        const users = await this.directory.byIds(heir ? [viewerId, heir] : [viewerId]);
        const text = `${users.get(viewerId)?.name ?? 'Someone'} left${heir ? `; ${users.get(heir)?.name ?? 'someone'} is the owner now` : ''}`;
        await this.writer.append(tx, { senderId: viewerId, type: 'system', text }, new Date(at), departure);
      } else {
        await tx.save(departure.state, departure.change);
      }
      await this.store.removeFromInbox(viewerId, chatId);
      tx.publish([viewerId], { type: 'chat.updated', chatId, membership: 'left' });
      tx.publish(
        rest.map((m) => m.userId),
        { type: 'chat.updated', chatId, membership: 'changed' },
      );
      return true;
    });
  }

  /** The chat after `userId` left it: their entry moves to `former`, where they may still see it. */
  private departure(state: ChatState, userId: string, at: number) {
    const { [userId]: leaving, ...members } = state.members;
    const gone = { role: leaving.role, joinedAt: leaving.joinedAt, leftAt: at, lastReadSeq: leaving.lastReadSeq };
    return {
      state: { ...state, lastActivityAt: at, members, former: { ...state.former, [userId]: gone } },
      change: { set: { [`former.${userId}`]: formerDoc(gone), lastActivityAt: new Date(at) } as Record<string, unknown>, unset: [`members.${userId}`] },
    };
  }

  async chatIdsOf(viewerId: string): Promise<string[]> {
    return (await this.chatsOf(viewerId)).map((s) => s.id);
  }

  /** Everyone who shares at least one chat with the user (for presence). */
  async contactsOf(viewerId: string): Promise<string[]> {
    const contacts = new Set<string>();
    for (const s of await this.chatsOf(viewerId)) for (const u of Object.keys(s.members)) if (u !== viewerId) contacts.add(u);
    return [...contacts];
  }

  async memberIds(viewerId: string, chatId: string): Promise<string[]> {
    return memberIds(await this.access(viewerId, chatId));
  }

  private requireGroupManager(stateIn: ChatState | null, viewerId: string): ChatState {
    const state = this.requireMember(stateIn, viewerId);
    if (state.kind !== 'group') throw AppError.badInput('chatId', 'only group chats have titles and members to manage');
    if (!MANAGERS.includes(state.members[viewerId].role)) throw AppError.forbidden('only the owner or an admin can do that');
    return state;
  }
}
