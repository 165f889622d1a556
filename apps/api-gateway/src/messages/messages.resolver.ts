import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import { Viewer } from '../auth/viewer.decorator.js';
import { Chat } from '../chats/models/chat.model.js';
import type { GqlContext } from '../graphql/context.js';
import { User } from '../users/models/user.model.js';
import { GatewayUsers } from '../users/users.service.js';
import { SendMessageInput } from './dto/send-message.input.js';
import {
  DeleteMessageArgs,
  EditMessageArgs,
  ForwardMessageArgs,
  MarkReadArgs,
  MessageArgs,
  MessagesArgs,
  ReactionArgs,
  SearchMessagesArgs,
  SetTypingArgs,
} from './dto/message.args.js';
import { GatewayMessages } from './messages.service.js';
import { GatewayAttachments } from '../media/attachments.service.js';
import { Attachment, ForwardInfo, Message, MessagePage, MessagePreview, ReactionGroup } from './models/message.model.js';
import { SearchConnection } from './models/search.model.js';

@Resolver(() => Message)
export class MessagesResolver {
  constructor(
    private readonly messagesService: GatewayMessages,
    private readonly users: GatewayUsers,
    private readonly attachmentsService: GatewayAttachments,
  ) {}

  @Query(() => MessagePage, {
    description:
      "A page of a chat's messages that the viewer sees, ascending: the newest, those before beforeSeq, or those after afterSeq. Messages deleted for everyone stay (deleted: true); those the viewer deleted for themselves are left out.",
  })
  messages(@Viewer() viewer: AccessClaims, @Args() a: MessagesArgs): Promise<MessagePage> {
    return this.messagesService.page(viewer.userId, a.chatId, a.beforeSeq ?? null, a.afterSeq ?? null, a.limit ?? 50);
  }

  @Query(() => Message, {
    nullable: true,
    description:
      'A message the viewer sees; null when it does not exist, is in a chat they are not in, or they deleted it for themselves (the same answer for all).',
  })
  message(@Viewer() viewer: AccessClaims, @Args() a: MessageArgs): Promise<Message | null> {
    return this.messagesService.get(viewer.userId, a.id);
  }

  @Query(() => SearchConnection, {
    description: "Messages of the viewer's chats whose text contains the query, ignoring case, newest first; deleted, hidden and SYSTEM messages are left out.",
  })
  searchMessages(@Viewer() viewer: AccessClaims, @Args() a: SearchMessagesArgs): Promise<SearchConnection> {
    return this.messagesService.search(viewer.userId, a.query, a.chatId ?? null, a.first ?? 20, a.after ?? null);
  }

  @Mutation(() => Message, {
    description:
      "Sends a message to a chat of the viewer (newMessage for its members); it also moves the sender's read position to it. BAD_USER_INPUT names the input field at fault; CONFLICT for a clientId used before for a different message.",
  })
  sendMessage(
    @Viewer() viewer: AccessClaims,
    @Args('input', { description: 'The chat, text, images and reply of the message.' }) input: SendMessageInput,
  ): Promise<Message> {
    return this.messagesService.send(viewer.userId, input);
  }

  @Mutation(() => Message, {
    description:
      'Replaces the text of a message, keeping the old one in editHistory (messageUpdated for members); the sender only (FORBIDDEN otherwise and for SYSTEM messages). BAD_USER_INPUT for a deleted message.',
  })
  editMessage(@Viewer() viewer: AccessClaims, @Args() a: EditMessageArgs): Promise<Message> {
    return this.messagesService.edit(viewer.userId, a.id, a.text);
  }

  @Mutation(() => Message, {
    description:
      'Deletes a message for everyone (the sender only; FORBIDDEN otherwise and for SYSTEM messages): its text, images, reactions and edit history go, and members get messageUpdated; deleting it again changes nothing. Or hides it from the viewer alone.',
  })
  deleteMessage(@Viewer() viewer: AccessClaims, @Args() a: DeleteMessageArgs): Promise<Message> {
    return this.messagesService.delete(viewer.userId, a.id, a.forEveryone ?? true);
  }

  @Mutation(() => Message, {
    description:
      "Adds the viewer's reaction; idempotent (a retry, or adding one the viewer already has, changes nothing and emits no event). At most 20 emoji per person on one message, none on a deleted one (BAD_USER_INPUT).",
  })
  addReaction(@Viewer() viewer: AccessClaims, @Args() a: ReactionArgs): Promise<Message> {
    return this.messagesService.react(viewer.userId, a.messageId, a.emoji, 'add');
  }

  @Mutation(() => Message, {
    description: "Removes the viewer's reaction; idempotent (removing one the viewer does not have changes nothing and emits no event).",
  })
  removeReaction(@Viewer() viewer: AccessClaims, @Args() a: ReactionArgs): Promise<Message> {
    return this.messagesService.react(viewer.userId, a.messageId, a.emoji, 'remove');
  }

  @Mutation(() => Message, {
    description: "Adds the viewer's reaction, or removes it when they have it; the limits of addReaction apply.",
    deprecationReason: 'Not idempotent: a retry after a lost answer undoes the first call. Use addReaction or removeReaction.',
  })
  toggleReaction(@Viewer() viewer: AccessClaims, @Args() a: ReactionArgs): Promise<Message> {
    return this.messagesService.react(viewer.userId, a.messageId, a.emoji, 'toggle');
  }

  @Mutation(() => [Message], {
    description:
      'Copies a message (text and images, naming the original sender) into chats of the viewer: the new messages, one per chat in the order given. Every target is checked first, so one bad chat forwards nothing; deleted and SYSTEM messages cannot be forwarded (BAD_USER_INPUT).',
  })
  forwardMessage(@Viewer() viewer: AccessClaims, @Args() a: ForwardMessageArgs): Promise<Message[]> {
    return this.messagesService.forward(viewer.userId, a.messageId, a.chatIds);
  }

  @Mutation(() => Chat, {
    description:
      "Moves the viewer's read position to seq (at most lastSeq, never backwards) and tells the members (readReceipts); the chat with its new unreadCount.",
  })
  markRead(@Viewer() viewer: AccessClaims, @Args() a: MarkReadArgs): Promise<Chat> {
    return this.messagesService.markRead(viewer.userId, a.chatId, a.seq);
  }

  @Mutation(() => Boolean, {
    description: 'Tells the other members that the viewer started or stopped typing (the typing subscription); nothing is stored. Always true.',
  })
  setTyping(@Viewer() viewer: AccessClaims, @Args() a: SetTypingArgs): Promise<boolean> {
    return this.messagesService.setTyping(viewer.userId, a.chatId, a.isTyping);
  }

  @ResolveField(() => User, {
    description: 'Who sent it (for SYSTEM messages, whose action it tells of); a "Deleted user" stand-in when the account is gone.',
  })
  async sender(@Parent() m: Message, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, m.senderId)) ?? this.users.deleted(m.senderId);
  }

  @ResolveField(() => [Attachment], { description: 'Its images, at most 10, in the order sent; empty for text messages and when deleted.' })
  attachments(@Parent() m: Message, @Context() ctx: GqlContext): Promise<Attachment[]> {
    return this.attachmentsService.ofMessage(ctx.attachmentLoader, m.attachmentIds);
  }
}

@Resolver(() => MessagePreview)
export class MessagePreviewResolver {
  constructor(private readonly users: GatewayUsers) {}

  @ResolveField(() => User, { description: 'Who sent the quoted message; a "Deleted user" stand-in when the account is gone.' })
  async sender(@Parent() p: MessagePreview, @Context() ctx: GqlContext): Promise<User> {
    return (await this.users.byId(ctx.userLoader, p.senderId)) ?? this.users.deleted(p.senderId);
  }
}

@Resolver(() => ForwardInfo)
export class ForwardInfoResolver {
  constructor(private readonly users: GatewayUsers) {}

  @ResolveField(() => User, { nullable: true, description: 'The original sender; null when the account is gone or unknown (originalSenderName stays).' })
  originalSender(@Parent() f: ForwardInfo, @Context() ctx: GqlContext): Promise<User | null> {
    return f.originalSenderId ? this.users.byId(ctx.userLoader, f.originalSenderId) : Promise.resolve(null);
  }
}

@Resolver(() => ReactionGroup)
export class ReactionGroupResolver {
  @ResolveField(() => Boolean, { description: 'True when the viewer is among userIds.' })
  reactedByMe(@Parent() g: ReactionGroup, @Context() ctx: GqlContext): boolean {
    return Boolean(ctx.viewer && g.userIds.includes(ctx.viewer.userId));
  }
}
