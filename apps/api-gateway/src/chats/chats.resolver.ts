import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '@app/common';
import { Subjects } from '@app/contracts';
import { Viewer } from '../auth/viewer.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { User } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { ChatsService } from './chats.service.js';
import { CreateGroupInput } from './dto/create-group.input.js';
import { Chat, ChatConnection, ChatHistory, ChatMember } from './models/chat.model.js';

@Resolver(() => Chat)
export class ChatsResolver {
  constructor(private readonly chatsService: ChatsService) {}

  @Query(() => ChatConnection, { description: 'newest activity first' })
  chats(
    @Viewer() viewer: AccessClaims,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 30 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<ChatConnection> {
    return this.chatsService.list(viewer.userId, first ?? 30, after);
  }

  @Query(() => Chat, { nullable: true })
  chat(@Viewer() viewer: AccessClaims, @Args('id', { type: () => ID }) id: string): Promise<Chat | null> {
    return this.chatsService.get(viewer.userId, id);
  }

  @Mutation(() => Chat, { description: 'returns the existing one for that pair' })
  createDirectChat(@Viewer() viewer: AccessClaims, @Args('userId', { type: () => ID }) userId: string): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.createDirect, { viewerId: viewer.userId, userId });
  }

  @Mutation(() => Chat)
  createGroupChat(@Viewer() viewer: AccessClaims, @Args('input') input: CreateGroupInput): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.createGroup, {
      viewerId: viewer.userId,
      title: input.title,
      memberIds: input.memberIds,
      history: input.history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared',
    });
  }

  @Mutation(() => Chat, { description: 'owner only; applies to members added from now on' })
  setChatHistory(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', { type: () => ID }) chatId: string,
    @Args('history', { type: () => ChatHistory }) history: ChatHistory,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.setHistory, {
      viewerId: viewer.userId,
      chatId,
      history: history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared',
    });
  }

  @Mutation(() => Chat)
  renameGroup(@Viewer() viewer: AccessClaims, @Args('chatId', { type: () => ID }) chatId: string, @Args('title') title: string): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.rename, { viewerId: viewer.userId, chatId, title });
  }

  @Mutation(() => Chat)
  addMembers(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', { type: () => ID }) chatId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.addMembers, { viewerId: viewer.userId, chatId, userIds });
  }

  @Mutation(() => Chat)
  removeMember(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', { type: () => ID }) chatId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.removeMember, { viewerId: viewer.userId, chatId, userId });
  }

  @Mutation(() => Boolean)
  leaveChat(@Viewer() viewer: AccessClaims, @Args('chatId', { type: () => ID }) chatId: string): Promise<boolean> {
    return this.chatsService.leave(viewer.userId, chatId);
  }

  @ResolveField(() => String, { description: "group title, or the other person's name for DIRECT" })
  title(@Parent() chat: Chat, @Context() ctx: GqlContext): Promise<string> {
    return this.chatsService.title(chat, ctx.viewer?.userId, ctx.userLoader);
  }

  @ResolveField(() => String, { nullable: true })
  avatarUrl(@Parent() chat: Chat, @Context() ctx: GqlContext): Promise<string | null> {
    return this.chatsService.avatarUrl(chat, ctx.viewer?.userId, ctx.userLoader, ctx.attachmentLoader);
  }

  @ResolveField(() => [ChatMember])
  members(@Parent() chat: Chat): ChatMember[] {
    return this.chatsService.members(chat);
  }
}

@Resolver(() => ChatMember)
export class ChatMemberResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User)
  async user(@Parent() member: ChatMember, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, member.userId)) ?? this.users.deleted(member.userId);
  }
}
