import { Controller } from '@nestjs/common';
import { Serves } from '#common';
import {
  ChatRequest,
  CreateDirectChatRequest,
  CreateGroupChatRequest,
  GetChatRequest,
  ListChatsRequest,
  MemberRequest,
  MembersRequest,
  RenameGroupRequest,
  SetChatHistoryRequest,
  SetMemberRoleRequest,
  Subjects,
  ViewerRequest,
  type ChatDto,
  type ChatPageReply,
  type ContactsReply,
  type MembershipsReply,
} from '#contracts';
import { ChatsService } from './chats.service.js';

@Controller()
export class ChatsController {
  constructor(private readonly chats: ChatsService) {}

  @Serves(Subjects.chat.createDirect)
  createDirect(r: CreateDirectChatRequest): Promise<ChatDto> {
    return this.chats.createDirect(r.viewerId, r.userId);
  }

  @Serves(Subjects.chat.createGroup)
  createGroup(r: CreateGroupChatRequest): Promise<ChatDto> {
    return this.chats.createGroup(r.viewerId, r.title, r.memberIds, r.history);
  }

  @Serves(Subjects.chat.setHistory)
  setHistory(r: SetChatHistoryRequest): Promise<ChatDto> {
    return this.chats.setHistory(r.viewerId, r.chatId, r.history);
  }

  @Serves(Subjects.chat.rename)
  rename(r: RenameGroupRequest): Promise<ChatDto> {
    return this.chats.rename(r.viewerId, r.chatId, r.title);
  }

  @Serves(Subjects.chat.addMembers)
  addMembers(r: MembersRequest): Promise<ChatDto> {
    return this.chats.addMembers(r.viewerId, r.chatId, r.userIds);
  }

  @Serves(Subjects.chat.removeMember)
  removeMember(r: MemberRequest): Promise<ChatDto> {
    return this.chats.removeMember(r.viewerId, r.chatId, r.userId);
  }

  @Serves(Subjects.chat.setMemberRole)
  setMemberRole(r: SetMemberRoleRequest): Promise<ChatDto> {
    return this.chats.setMemberRole(r.viewerId, r.chatId, r.userId, r.role);
  }

  @Serves(Subjects.chat.leave)
  leave(r: ChatRequest): Promise<boolean> {
    return this.chats.leave(r.viewerId, r.chatId);
  }

  @Serves(Subjects.chat.list)
  list(r: ListChatsRequest): Promise<ChatPageReply> {
    return this.chats.list(r.viewerId, r.first, r.after);
  }

  @Serves(Subjects.chat.get)
  get(r: GetChatRequest): Promise<ChatDto> {
    return this.chats.get(r.viewerId, r.chatId, r.allowLeft);
  }

  @Serves(Subjects.chat.memberships)
  async memberships(r: ViewerRequest): Promise<MembershipsReply> {
    return { chatIds: await this.chats.chatIdsOf(r.viewerId) };
  }

  @Serves(Subjects.chat.contacts)
  async contacts(r: ViewerRequest): Promise<ContactsReply> {
    return { userIds: await this.chats.contactsOf(r.viewerId) };
  }

  @Serves(Subjects.chat.members)
  async members(r: ChatRequest): Promise<ContactsReply> {
    return { userIds: await this.chats.memberIds(r.viewerId, r.chatId) };
  }
}
