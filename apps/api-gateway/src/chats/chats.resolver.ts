import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import { Subjects } from '#contracts';
import { Viewer } from '../auth/viewer.decorator.js';
import { AfterArg } from '../graphql/connection.js';
import type { GqlContext } from '../graphql/context.js';
import { User } from '../users/models/user.model.js';
import { UsersService } from '../users/users.service.js';
import { ChatsService } from './chats.service.js';
import { CreateGroupInput } from './dto/create-group.input.js';
import { Chat, ChatConnection, ChatHistory, ChatMember } from './models/chat.model.js';

const CHAT_ID = { type: () => ID, description: 'A chat of the viewer; NOT_FOUND otherwise, BAD_USER_INPUT when malformed.' };

@Resolver(() => Chat)
export class ChatsResolver {
  constructor(private readonly chatsService: ChatsService) {}

  @Query(() => ChatConnection, { description: "The viewer's chats, newest activity (updatedAt) first." })
  chats(
    @Viewer() viewer: AccessClaims,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 30, description: 'Page size, 1..100 (default 30); BAD_USER_INPUT otherwise.' })
    first: number,
    @AfterArg() after: string | null,
  ): Promise<ChatConnection> {
    return this.chatsService.list(viewer.userId, first ?? 30, after);
  }

  @Query(() => Chat, {
    nullable: true,
    description: 'A chat of the viewer; null when it does not exist or the viewer is not a member (the same answer for both).',
  })
  chat(
    @Viewer() viewer: AccessClaims,
    @Args('id', { type: () => ID, description: 'The chat id; BAD_USER_INPUT when malformed.' }) id: string,
  ): Promise<Chat | null> {
    return this.chatsService.get(viewer.userId, id);
  }

  @Mutation(() => Chat, {
    description: 'The direct chat of the viewer and another user: the existing one for that pair, else a new one (chatUpdated tells both).',
  })
  createDirectChat(
    @Viewer() viewer: AccessClaims,
    @Args('userId', { type: () => ID, description: "The other person's id; BAD_USER_INPUT for the viewer's own, an unknown or a malformed id." })
    userId: string,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.createDirect, { viewerId: viewer.userId, userId });
  }

  @Mutation(() => Chat, {
    description:
      'Creates a group with the viewer as owner and a SYSTEM message saying so; BAD_USER_INPUT (naming the input field) for a bad title or member list.',
  })
  createGroupChat(
    @Viewer() viewer: AccessClaims,
    @Args('input', { description: 'Title, members and history of the group.' }) input: CreateGroupInput,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.createGroup, {
      viewerId: viewer.userId,
      title: input.title,
      memberIds: input.memberIds,
      history: input.history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared',
    });
  }

  @Mutation(() => Chat, {
    description:
      'Sets what members added from now on read, with a SYSTEM message; the owner only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT). Setting the current value changes nothing.',
  })
  setChatHistory(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', CHAT_ID) chatId: string,
    @Args('history', { type: () => ChatHistory, description: 'What members added from now on read.' }) history: ChatHistory,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.setHistory, {
      viewerId: viewer.userId,
      chatId,
      history: history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared',
    });
  }

  @Mutation(() => Chat, {
    description: 'Renames a group, with a SYSTEM message; the owner or an admin only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT).',
  })
  renameGroup(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', CHAT_ID) chatId: string,
    @Args('title', { description: '1..100 characters after trimming, no control characters; BAD_USER_INPUT otherwise.' }) title: string,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.rename, { viewerId: viewer.userId, chatId, title });
  }

  @Mutation(() => Chat, {
    description:
      'Adds people to a group, with a SYSTEM message; the owner or an admin only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT). Newcomers start with everything so far read (in a FROM_JOIN group they do not see it); people already in it are skipped.',
  })
  addMembers(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', CHAT_ID) chatId: string,
    @Args('userIds', {
      type: () => [ID],
      description: 'Ids of existing users, 1..1000; the group may not grow past 1000 members by default (GROUP_MAX_MEMBERS). BAD_USER_INPUT otherwise.',
    })
    userIds: string[],
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.addMembers, { viewerId: viewer.userId, chatId, userIds });
  }

  @Mutation(() => Chat, {
    description:
      'Removes someone from a group, with a SYSTEM message: the owner may remove anyone, an admin plain members only, a plain member nobody (FORBIDDEN). Their subscriptions to the chat stop at once.',
  })
  removeMember(
    @Viewer() viewer: AccessClaims,
    @Args('chatId', CHAT_ID) chatId: string,
    @Args('userId', {
      type: () => ID,
      description: 'A current member other than the viewer (who uses leaveChat); BAD_USER_INPUT otherwise, and in a direct chat.',
    })
    userId: string,
  ): Promise<Chat> {
    return this.chatsService.mutate(Subjects.chat.removeMember, { viewerId: viewer.userId, chatId, userId });
  }

  @Mutation(() => Boolean, {
    description:
      'The viewer leaves a group (true), with a SYSTEM message; an owner who leaves passes ownership to the longest-serving admin, else member. A direct chat cannot be left (BAD_USER_INPUT).',
  })
  leaveChat(@Viewer() viewer: AccessClaims, @Args('chatId', CHAT_ID) chatId: string): Promise<boolean> {
    return this.chatsService.leave(viewer.userId, chatId);
  }

  @ResolveField(() => String, { description: "The group's title (1..100 characters), or the other person's name for DIRECT." })
  title(@Parent() chat: Chat, @Context() ctx: GqlContext): Promise<string> {
    return this.chatsService.title(chat, ctx.viewer?.userId, ctx.userLoader);
  }

  @ResolveField(() => String, { nullable: true, description: "The other person's avatarUrl for DIRECT; null for groups (they have no avatar)." })
  avatarUrl(@Parent() chat: Chat, @Context() ctx: GqlContext): Promise<string | null> {
    return this.chatsService.avatarUrl(chat, ctx.viewer?.userId, ctx.userLoader, ctx.attachmentLoader);
  }

  @ResolveField(() => [ChatMember], { description: 'The current members, longest-serving first; at most 1000 in a group by default.' })
  members(@Parent() chat: Chat): ChatMember[] {
    return this.chatsService.members(chat);
  }
}

@Resolver(() => ChatMember)
export class ChatMemberResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => User, { description: 'The member; a "Deleted user" stand-in when the account is gone.' })
  async user(@Parent() member: ChatMember, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, member.userId)) ?? this.users.deleted(member.userId);
  }
}
