import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import { Viewer } from '../auth/viewer.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { User } from '../users/models/user.model.js';
import { GatewayUsers } from '../users/users.service.js';
import { GatewayChats } from './chats.service.js';
import { ChatClient } from '../clients/chat.client.js';
import { CreateGroupInput } from './dto/create-group.input.js';
import {
  AddMembersArgs,
  ChatArgs,
  ChatIdArgs,
  ChatsArgs,
  CreateDirectChatArgs,
  RemoveMemberArgs,
  RenameGroupArgs,
  SetChatHistoryArgs,
  SetMemberRoleArgs,
} from './dto/chat.args.js';
import { Chat, ChatConnection, ChatHistory, ChatMember, MemberRole } from './models/chat.model.js';

const ROLE_VALUES = { [MemberRole.OWNER]: 'owner', [MemberRole.ADMIN]: 'admin', [MemberRole.MEMBER]: 'member' } as const;

@Resolver(() => Chat)
export class ChatsResolver {
  constructor(
    private readonly chatsService: GatewayChats,
    private readonly chatClient: ChatClient,
  ) {}

  @Query(() => ChatConnection, { description: "The viewer's chats, newest activity (updatedAt) first." })
  chats(@Viewer() viewer: AccessClaims, @Args() a: ChatsArgs): Promise<ChatConnection> {
    return this.chatsService.list(viewer.userId, a.first ?? 30, a.after ?? null);
  }

  @Query(() => Chat, {
    nullable: true,
    description: 'A chat of the viewer; null when it does not exist or the viewer is not a member (the same answer for both).',
  })
  chat(@Viewer() viewer: AccessClaims, @Args() a: ChatArgs): Promise<Chat | null> {
    return this.chatsService.get(viewer.userId, a.id);
  }

  @Mutation(() => Chat, {
    description: 'The direct chat of the viewer and another user: the existing one for that pair, else a new one (chatUpdated tells both).',
  })
  createDirectChat(@Viewer() viewer: AccessClaims, @Args() a: CreateDirectChatArgs): Promise<Chat> {
    return this.chatsService.toChat(this.chatClient.createDirectChat(viewer.userId, a.userId));
  }

  @Mutation(() => Chat, {
    description:
      'Creates a group with the viewer as owner and a SYSTEM message saying so; BAD_USER_INPUT (naming the input field) for a bad title or member list.',
  })
  createGroupChat(
    @Viewer() viewer: AccessClaims,
    @Args('input', { description: 'Title, members and history of the group.' }) input: CreateGroupInput,
  ): Promise<Chat> {
    return this.chatsService.toChat(
      this.chatClient.createGroupChat(viewer.userId, {
        title: input.title,
        memberIds: input.memberIds,
        history: input.history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared',
      }),
    );
  }

  @Mutation(() => Chat, {
    description:
      'Sets what members added from now on read, with a SYSTEM message; the owner only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT). Setting the current value changes nothing.',
  })
  setChatHistory(@Viewer() viewer: AccessClaims, @Args() a: SetChatHistoryArgs): Promise<Chat> {
    const history = a.history === ChatHistory.FROM_JOIN ? 'from_join' : 'shared';
    return this.chatsService.toChat(this.chatClient.setChatHistory(viewer.userId, a.chatId, history));
  }

  @Mutation(() => Chat, {
    description: 'Renames a group, with a SYSTEM message; the owner or an admin only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT).',
  })
  renameGroup(@Viewer() viewer: AccessClaims, @Args() a: RenameGroupArgs): Promise<Chat> {
    return this.chatsService.toChat(this.chatClient.renameGroup(viewer.userId, a.chatId, a.title));
  }

  @Mutation(() => Chat, {
    description:
      'Adds people to a group, with a SYSTEM message; the owner or an admin only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT). Newcomers start with everything so far read (in a FROM_JOIN group they do not see it); people already in it are skipped.',
  })
  addMembers(@Viewer() viewer: AccessClaims, @Args() a: AddMembersArgs): Promise<Chat> {
    return this.chatsService.toChat(this.chatClient.addMembers(viewer.userId, a.chatId, a.userIds));
  }

  @Mutation(() => Chat, {
    description:
      'Removes someone from a group, with a SYSTEM message: the owner may remove anyone, an admin plain members only, a plain member nobody (FORBIDDEN). Their subscriptions to the chat stop at once.',
  })
  removeMember(@Viewer() viewer: AccessClaims, @Args() a: RemoveMemberArgs): Promise<Chat> {
    return this.chatsService.toChat(this.chatClient.removeMember(viewer.userId, a.chatId, a.userId));
  }

  @Mutation(() => Chat, {
    description:
      "Sets a group member's role, with a SYSTEM message; the owner only (FORBIDDEN otherwise), groups only (BAD_USER_INPUT). OWNER hands the group over: the old owner becomes ADMIN. Setting the role the member already has changes nothing.",
  })
  setMemberRole(@Viewer() viewer: AccessClaims, @Args() a: SetMemberRoleArgs): Promise<Chat> {
    return this.chatsService.toChat(this.chatClient.setMemberRole(viewer.userId, a.chatId, a.userId, ROLE_VALUES[a.role]));
  }

  @Mutation(() => Boolean, {
    description:
      'The viewer leaves a group (true), with a SYSTEM message; an owner who leaves passes ownership to the longest-serving admin, else member. A direct chat cannot be left (BAD_USER_INPUT).',
  })
  leaveChat(@Viewer() viewer: AccessClaims, @Args() a: ChatIdArgs): Promise<boolean> {
    return this.chatClient.leaveChat(viewer.userId, a.chatId);
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
  constructor(private readonly users: GatewayUsers) {}

  @ResolveField(() => User, { description: 'The member; a "Deleted user" stand-in when the account is gone.' })
  async user(@Parent() member: ChatMember, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, member.userId)) ?? this.users.deleted(member.userId);
  }
}
