import { Args, ArgsType, Context, Field, ID, Parent, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import type { AccessClaims } from '#common';
import { IsObjectId, type MessageDto, type UserDto } from '#contracts';
import { Viewer } from '../auth/viewer.decorator.js';
import { GatewayChats } from '../chats/chats.service.js';
import { ChatClient } from '../clients/chat.client.js';
import { Chat } from '../chats/models/chat.model.js';
import type { GqlContext } from '../graphql/context.js';
import { toMessage } from '../messages/message.mapper.js';
import { Message } from '../messages/models/message.model.js';
import { User } from '../users/models/user.model.js';
import { UserLoaderFactory } from '../users/user.loader.js';
import { toUser } from '../users/user.mapper.js';
import { GatewayUsers } from '../users/users.service.js';
import { eventStream } from './event-stream.js';
import { PresenceEvent, ReactionEvent, ReadReceiptEvent, TypingEvent } from './event.models.js';
import { UserEventsHub } from './user-events.hub.js';

const same = (payload: unknown) => payload;
const inChat = (wanted: string | null | undefined, chatId: string) => !wanted || wanted === chatId;

/** One mapped message per event object, so every subscriber gets the same one (shared-execution.ts). */
const mapped = new WeakMap<MessageDto, Message>();
const messageOf = (dto: MessageDto): Message => {
  let m = mapped.get(dto);
  if (!m) mapped.set(dto, (m = toMessage(dto)));
  return m;
};

/** One mapped user per user.updated event object, shared by every subscriber. */
const changed = new WeakMap<UserDto, User>();

/**
 * The eight subscriptions. Each reads the viewer's event stream and keeps what it asks for.
 * A chatId argument must name a chat of the viewer, checked before the stream starts: a chat
 * the viewer is not in fails with NOT_FOUND (a malformed id with BAD_USER_INPUT), the same
 * answers the queries give, instead of a stream that silently stays empty.
 */
@ArgsType()
class ChatFilterArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this chat of the viewer (NOT_FOUND otherwise, BAD_USER_INPUT when malformed); every chat of the viewer when omitted.',
  })
  @IsOptional()
  @IsObjectId()
  chatId?: string | null;
}

@Resolver()
export class SubscriptionsResolver {
  constructor(
    private readonly hub: UserEventsHub,
    private readonly chats: GatewayChats,
    private readonly loaders: UserLoaderFactory,
    private readonly chatClient: ChatClient,
  ) {}

  private async requireMember(viewerId: string, chatId: string | null | undefined): Promise<void> {
    if (chatId !== null && chatId !== undefined) await this.chatClient.memberIds(viewerId, chatId);
  }

  @Subscription(() => Message, {
    resolve: same,
    description: "New messages in the viewer's chats, the viewer's own and SYSTEM messages included.",
  })
  async newMessage(@Viewer() viewer: AccessClaims, @Args() { chatId = null }: ChatFilterArgs) {
    await this.requireMember(viewer.userId, chatId);
    return eventStream(this.hub, viewer.userId, (e) => (e.type === 'message.created' && inChat(chatId, e.chatId) ? messageOf(e.message) : undefined));
  }

  @Subscription(() => Message, {
    resolve: same,
    description: "Edits and deletions of messages in the viewer's chats; a message the viewer hid for themselves comes to them alone, with deleted: true.",
  })
  async messageUpdated(@Viewer() viewer: AccessClaims, @Args() { chatId = null }: ChatFilterArgs) {
    await this.requireMember(viewer.userId, chatId);
    return eventStream(this.hub, viewer.userId, (e) => (e.type === 'message.updated' && inChat(chatId, e.chatId) ? messageOf(e.message) : undefined));
  }

  @Subscription(() => ReactionEvent, { resolve: same, description: "Reactions added to or removed from messages in the viewer's chats." })
  async reactions(@Viewer() viewer: AccessClaims, @Args() { chatId = null }: ChatFilterArgs) {
    await this.requireMember(viewer.userId, chatId);
    return eventStream(this.hub, viewer.userId, (e): ReactionEvent | undefined =>
      e.type === 'reaction' && inChat(chatId, e.chatId)
        ? {
            chatId: e.chatId,
            messageId: e.messageId,
            userId: e.userId,
            emoji: e.emoji,
            added: e.added,
            reactions: e.reactions.map((r) => ({ emoji: r.emoji, userIds: r.userIds, count: r.userIds.length })),
          }
        : undefined,
    );
  }

  @Subscription(() => TypingEvent, {
    resolve: same,
    description: "Members starting or stopping typing in the viewer's chats (setTyping); never the viewer's own typing.",
  })
  async typing(@Viewer() viewer: AccessClaims, @Args() { chatId = null }: ChatFilterArgs) {
    await this.requireMember(viewer.userId, chatId);
    return eventStream(this.hub, viewer.userId, (e) =>
      e.type === 'typing' && e.userId !== viewer.userId && inChat(chatId, e.chatId)
        ? ({ chatId: e.chatId, isTyping: e.isTyping, userId: e.userId } as TypingEvent & { userId: string })
        : undefined,
    );
  }

  @Subscription(() => ReadReceiptEvent, {
    resolve: same,
    description: "Read positions moving forward in the viewer's chats, the viewer's own included: markRead, and every send for its sender.",
  })
  async readReceipts(@Viewer() viewer: AccessClaims, @Args() { chatId = null }: ChatFilterArgs) {
    await this.requireMember(viewer.userId, chatId);
    return eventStream(this.hub, viewer.userId, (e): ReadReceiptEvent | undefined =>
      e.type === 'read' && inChat(chatId, e.chatId)
        ? { chatId: e.chatId, userId: e.userId, lastReadSeq: e.lastReadSeq }
        : // A send moves the sender's read position to their message.
          e.type === 'message.created' && e.senderRead && inChat(chatId, e.chatId)
          ? { chatId: e.chatId, userId: e.message.senderId, lastReadSeq: e.message.seq }
          : undefined,
    );
  }

  @Subscription(() => PresenceEvent, { resolve: same, description: 'Users who share a chat with the viewer coming online or going offline.' })
  presence(@Viewer() viewer: AccessClaims) {
    return eventStream(this.hub, viewer.userId, (e): PresenceEvent | undefined =>
      e.type === 'presence' ? { userId: e.userId, online: e.online, lastSeenAt: e.lastSeenAt ? new Date(e.lastSeenAt) : null } : undefined,
    );
  }

  @Subscription(() => User, {
    resolve: same,
    description: 'Name and avatar changes of the viewer and of the people who share a chat with the viewer (updateProfile, setAvatar).',
  })
  userUpdated(@Viewer() viewer: AccessClaims) {
    return eventStream(this.hub, viewer.userId, (e) => (e.type === 'user.updated' ? this.changedUser(e.user) : undefined));
  }

  /** The user of an event, mapped once for every subscriber; this gateway forgets what it cached of them. */
  private changedUser(dto: UserDto): User {
    let user = changed.get(dto);
    if (!user) {
      this.loaders.forget(dto.id);
      changed.set(dto, (user = toUser(dto)));
    }
    return user;
  }

  @Subscription(() => Chat, {
    resolve: same,
    description:
      'A chat of the viewer as it is now, when it is created, renamed, its members or history change, or the viewer joins, leaves or is removed (then without the viewer among its members).',
  })
  chatUpdated(@Viewer() viewer: AccessClaims) {
    return eventStream(this.hub, viewer.userId, (e) => (e.type === 'chat.updated' ? this.chats.forEvent(viewer.userId, e.chatId) : undefined));
  }
}

@Resolver(() => TypingEvent)
export class TypingEventResolver {
  constructor(private readonly users: GatewayUsers) {}

  @ResolveField(() => User, { description: 'Who is typing.' })
  async user(@Parent() e: TypingEvent & { userId: string }, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, e.userId)) ?? this.users.deleted(e.userId);
  }
}
