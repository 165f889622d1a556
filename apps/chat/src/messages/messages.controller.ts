import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type ChatDto,
  type DeleteMessageRequest,
  type EditMessageRequest,
  type ForwardMessageRequest,
  type GetMessageRequest,
  type ListMessagesRequest,
  type MarkReadRequest,
  type MessageDto,
  type MessagePageReply,
  type SearchMessagesRequest,
  type SearchReply,
  type SendMessageRequest,
  type ReactRequest,
} from '#contracts';
import { MessagesService } from './messages.service.js';

@Controller()
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @MessagePattern(Subjects.chat.send)
  send(@Payload() r: SendMessageRequest): Promise<MessageDto> {
    return this.messages.send(r);
  }

  @MessagePattern(Subjects.chat.edit)
  edit(@Payload() r: EditMessageRequest): Promise<MessageDto> {
    return this.messages.edit(r.viewerId, r.messageId, r.text);
  }

  @MessagePattern(Subjects.chat.delete)
  delete(@Payload() r: DeleteMessageRequest): Promise<MessageDto> {
    return this.messages.delete(r.viewerId, r.messageId, r.forEveryone);
  }

  @MessagePattern(Subjects.chat.react)
  react(@Payload() r: ReactRequest): Promise<MessageDto> {
    return this.messages.react(r.viewerId, r.messageId, r.emoji, r.change);
  }

  @MessagePattern(Subjects.chat.forward)
  forward(@Payload() r: ForwardMessageRequest): Promise<MessageDto[]> {
    return this.messages.forward(r.viewerId, r.messageId, r.chatIds);
  }

  @MessagePattern(Subjects.chat.markRead)
  markRead(@Payload() r: MarkReadRequest): Promise<ChatDto> {
    return this.messages.markRead(r.viewerId, r.chatId, r.seq);
  }

  @MessagePattern(Subjects.chat.listMessages)
  list(@Payload() r: ListMessagesRequest): Promise<MessagePageReply> {
    return this.messages.list(r.viewerId, r.chatId, r.beforeSeq, r.afterSeq, r.limit);
  }

  @MessagePattern(Subjects.chat.getMessage)
  get(@Payload() r: GetMessageRequest): Promise<MessageDto> {
    return this.messages.get(r.viewerId, r.messageId);
  }

  @MessagePattern(Subjects.chat.ownUpload)
  async ownUpload(@Payload() r: { viewerId: string; uploadId: string }): Promise<boolean> {
    await this.messages.requireOwnUploads(r.viewerId, [r.uploadId], 'uploadId');
    return true;
  }

  @MessagePattern(Subjects.chat.search)
  search(@Payload() r: SearchMessagesRequest): Promise<SearchReply> {
    return this.messages.search(r.viewerId, r.query, r.chatId, r.first, r.after);
  }
}
