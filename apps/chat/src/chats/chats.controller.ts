import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ChatDto,
  type ChatPageReply,
  type ChatRequest,
  type ContactsReply,
  type CreateDirectChatRequest,
  type CreateGroupChatRequest,
  type GetChatRequest,
  type ListChatsRequest,
  type MemberRequest,
  type MembersRequest,
  type MembershipsReply,
  type RenameGroupRequest,
  type SetChatHistoryRequest,
  type ViewerRequest,
} from '#contracts';
import { ChatsService } from './chats.service.js';

@Controller()
export class ChatsController {
  constructor(private readonly chats: ChatsService) {}

  @MessagePattern(Subjects.chat.createDirect)
  createDirect(@Payload() r: CreateDirectChatRequest): Promise<ChatDto> {
    return this.chats.createDirect(r.viewerId, r.userId);
  }

  @MessagePattern(Subjects.chat.createGroup)
  createGroup(@Payload() r: CreateGroupChatRequest): Promise<ChatDto> {
    return this.chats.createGroup(r.viewerId, r.title, r.memberIds, r.history);
  }

  @MessagePattern(Subjects.chat.setHistory)
  setHistory(@Payload() r: SetChatHistoryRequest): Promise<ChatDto> {
    return this.chats.setHistory(r.viewerId, r.chatId, r.history);
  }

  @MessagePattern(Subjects.chat.rename)
  rename(@Payload() r: RenameGroupRequest): Promise<ChatDto> {
    return this.chats.rename(r.viewerId, r.chatId, r.title);
  }

  @MessagePattern(Subjects.chat.addMembers)
  addMembers(@Payload() r: MembersRequest): Promise<ChatDto> {
    return this.chats.addMembers(r.viewerId, r.chatId, r.userIds);
  }

  @MessagePattern(Subjects.chat.removeMember)
  removeMember(@Payload() r: MemberRequest): Promise<ChatDto> {
    return this.chats.removeMember(r.viewerId, r.chatId, r.userId);
  }

  @MessagePattern(Subjects.chat.leave)
  leave(@Payload() r: ChatRequest): Promise<boolean> {
    return this.chats.leave(r.viewerId, r.chatId);
  }

  @MessagePattern(Subjects.chat.list)
  list(@Payload() r: ListChatsRequest): Promise<ChatPageReply> {
    return this.chats.list(r.viewerId, r.first, r.after);
  }

  @MessagePattern(Subjects.chat.get)
  get(@Payload() r: GetChatRequest): Promise<ChatDto> {
    return this.chats.get(r.viewerId, r.chatId, r.allowLeft);
  }

  @MessagePattern(Subjects.chat.memberships)
  async memberships(@Payload() r: ViewerRequest): Promise<MembershipsReply> {
    return { chatIds: await this.chats.chatIdsOf(r.viewerId) };
  }

  @MessagePattern(Subjects.chat.contacts)
  async contacts(@Payload() r: ViewerRequest): Promise<ContactsReply> {
    return { userIds: await this.chats.contactsOf(r.viewerId) };
  }

  @MessagePattern(Subjects.chat.members)
  async members(@Payload() r: ChatRequest): Promise<ContactsReply> {
    return { userIds: await this.chats.memberIds(r.viewerId, r.chatId) };
  }
}
