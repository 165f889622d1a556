import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '@app/common';
import { Subjects } from '@app/contracts';
import { Viewer } from '../auth/viewer.decorator.js';
import { Chat } from '../chats/models/chat.model.js';
import type { GqlContext } from '../graphql/context.js';
import { User } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { SendMessageInput } from './dto/send-message.input.js';
import { MessagesService } from './messages.service.js';
import { AttachmentsService } from '../media/attachments.service.js';
import { Attachment, ForwardInfo, Message, MessagePage, MessagePreview, ReactionGroup } from './models/message.model.js';
import { SearchConnection } from './models/search.model.js';

@Resolver(() => Message)
export class MessagesResolver {
  constructor(
    private readonly messagesService: MessagesService,
    private readonly users: UsersService,
    private readonly attachmentsService: AttachmentsService,
  ) {}

  @Query(() => MessagePage)
  messages(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', { type: () => ID }) chatId: string,
    @Args('beforeSeq', { type: () => Int, nullable: true }) beforeSeq: number | null,
    @Args('afterSeq', { type: () => Int, nullable: true }) afterSeq: number | null,
    @Args('limit', { type: () => Int, nullable: true, defaultValue: 50 }) limit: number,
  ): Promise<MessagePage> {
    return this.messagesService.page(viewer.userId, chatId, beforeSeq, afterSeq, limit ?? 50);
  }

  @Query(() => Message, { nullable: true })
  message(@Viewer() viewer: AccessClaims, @Args('id', { type: () => ID }) id: string): Promise<Message | null> {
    return this.messagesService.get(viewer.userId, id);
  }

  @Query(() => SearchConnection, { description: 'newest first' })
  searchMessages(
    @Viewer() viewer: AccessClaims,
    @Args('query') query: string,
    @Args('chatId', { type: () => ID, nullable: true }) chatId: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SearchConnection> {
    return this.messagesService.search(viewer.userId, query, chatId, first ?? 20, after);
  }

  @Mutation(() => Message)
  sendMessage(@Viewer() viewer: AccessClaims, @Args('input') input: SendMessageInput): Promise<Message> {
    return this.messagesService.send(viewer.userId, input);
  }

  @Mutation(() => Message, { description: 'sender only' })
  editMessage(@Viewer() viewer: AccessClaims, @Args('id', { type: () => ID }) id: string, @Args('text') text: string): Promise<Message> {
    return this.messagesService.mutate(Subjects.chat.edit, { viewerId: viewer.userId, messageId: id, text });
  }

  @Mutation(() => Message)
  deleteMessage(
    @Viewer() viewer: AccessClaims,
    @Args('id', { type: () => ID }) id: string,
    @Args('forEveryone', { type: () => Boolean, nullable: true, defaultValue: true }) forEveryone: boolean,
  ): Promise<Message> {
    return this.messagesService.mutate(Subjects.chat.delete, { viewerId: viewer.userId, messageId: id, forEveryone: forEveryone ?? true });
  }

  @Mutation(() => Message, {
    description: "Adds the viewer's reaction; idempotent (a retry, or adding one the viewer already has, changes nothing and emits no event).",
  })
  addReaction(@Viewer() viewer: AccessClaims, @Args('messageId', { type: () => ID }) messageId: string, @Args('emoji') emoji: string): Promise<Message> {
    return this.messagesService.react(viewer.userId, messageId, emoji, 'add');
  }

  @Mutation(() => Message, {
    description: "Removes the viewer's reaction; idempotent (removing one the viewer does not have changes nothing and emits no event).",
  })
  removeReaction(@Viewer() viewer: AccessClaims, @Args('messageId', { type: () => ID }) messageId: string, @Args('emoji') emoji: string): Promise<Message> {
    return this.messagesService.react(viewer.userId, messageId, emoji, 'remove');
  }

  @Mutation(() => Message, {
    deprecationReason: 'Not idempotent: a retry after a lost answer undoes the first call. Use addReaction or removeReaction.',
  })
  toggleReaction(@Viewer() viewer: AccessClaims, @Args('messageId', { type: () => ID }) messageId: string, @Args('emoji') emoji: string): Promise<Message> {
    return this.messagesService.react(viewer.userId, messageId, emoji, 'toggle');
  }

  @Mutation(() => [Message])
  forwardMessage(
    @Viewer() viewer: AccessClaims,
    @Args('messageId', { type: () => ID }) messageId: string,
    @Args('chatIds', { type: () => [ID] }) chatIds: string[],
  ): Promise<Message[]> {
    return this.messagesService.forward(viewer.userId, messageId, chatIds);
  }

  @Mutation(() => Chat)
  markRead(@Viewer() viewer: AccessClaims, @Args('chatId', { type: () => ID }) chatId: string, @Args('seq', { type: () => Int }) seq: number): Promise<Chat> {
    return this.messagesService.markRead(viewer.userId, chatId, seq);
  }

  @Mutation(() => Boolean)
  setTyping(@Viewer() viewer: AccessClaims, @Args('chatId', { type: () => ID }) chatId: string, @Args('isTyping') isTyping: boolean): Promise<boolean> {
    return this.messagesService.setTyping(viewer.userId, chatId, isTyping);
  }

  @ResolveField(() => User)
  async sender(@Parent() m: Message, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, m.senderId)) ?? this.users.deleted(m.senderId);
  }

  @ResolveField(() => [Attachment], { description: 'empty when deleted' })
  attachments(@Parent() m: Message, @Context() ctx: GqlContext): Promise<Attachment[]> {
    return this.attachmentsService.ofMessage(ctx.attachmentLoader, m.attachmentIds);
  }
}

@Resolver(() => MessagePreview)
export class MessagePreviewResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User)
  async sender(@Parent() p: MessagePreview, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, p.senderId)) ?? this.users.deleted(p.senderId);
  }
}

@Resolver(() => ForwardInfo)
export class ForwardInfoResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User, { nullable: true })
  originalSender(@Parent() f: ForwardInfo, @Context() ctx: GqlContext): Promise<User | null> {
    return f.originalSenderId ? this.users.byId(ctx.userLoader, f.originalSenderId) : Promise.resolve(null);
  }
}

@Resolver(() => ReactionGroup)
export class ReactionGroupResolver {
  @ResolveField(() => Boolean)
  reactedByMe(@Parent() g: ReactionGroup, @Context() ctx: GqlContext): boolean {
    return Boolean(ctx.viewer && g.userIds.includes(ctx.viewer.userId));
  }
}
