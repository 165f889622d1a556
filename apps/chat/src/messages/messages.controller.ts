import { Controller } from '@nestjs/common';
import { Serves } from '#common';
import {
  DeleteMessageRequest,
  EditMessageRequest,
  ForwardMessageRequest,
  GetMessageRequest,
  ListMessagesRequest,
  MarkReadRequest,
  OwnUploadRequest,
  ReactRequest,
  SearchMessagesRequest,
  SendMessageRequest,
  Subjects,
  type ChatDto,
  type MessageDto,
  type MessagePageReply,
  type SearchReply,
} from '#contracts';
import { MessagesService } from './messages.service.js';

@Controller()
export class MessagesController {
  constructor(private readonly messages: MessagesService) {}

  @Serves(Subjects.chat.send)
  send(r: SendMessageRequest): Promise<MessageDto> {
    return this.messages.send(r);
  }

  @Serves(Subjects.chat.edit)
  edit(r: EditMessageRequest): Promise<MessageDto> {
    return this.messages.edit(r.viewerId, r.messageId, r.text);
  }

  @Serves(Subjects.chat.delete)
  delete(r: DeleteMessageRequest): Promise<MessageDto> {
    return this.messages.delete(r.viewerId, r.messageId, r.forEveryone);
  }

  @Serves(Subjects.chat.react)
  react(r: ReactRequest): Promise<MessageDto> {
    return this.messages.react(r.viewerId, r.messageId, r.emoji, r.change);
  }

  @Serves(Subjects.chat.forward)
  forward(r: ForwardMessageRequest): Promise<MessageDto[]> {
    return this.messages.forward(r.viewerId, r.messageId, r.chatIds);
  }

  @Serves(Subjects.chat.markRead)
  markRead(r: MarkReadRequest): Promise<ChatDto> {
    return this.messages.markRead(r.viewerId, r.chatId, r.seq);
  }

  @Serves(Subjects.chat.listMessages)
  list(r: ListMessagesRequest): Promise<MessagePageReply> {
    return this.messages.list(r.viewerId, r.chatId, r.beforeSeq ?? undefined, r.afterSeq ?? undefined, r.limit);
  }

  @Serves(Subjects.chat.getMessage)
  get(r: GetMessageRequest): Promise<MessageDto> {
    return this.messages.get(r.viewerId, r.messageId);
  }

  @Serves(Subjects.chat.ownUpload)
  async ownUpload(r: OwnUploadRequest): Promise<boolean> {
    await this.messages.requireOwnUploads(r.viewerId, [r.uploadId], 'uploadId');
    return true;
  }

  @Serves(Subjects.chat.search)
  search(r: SearchMessagesRequest): Promise<SearchReply> {
    return this.messages.search(r.viewerId, r.query, r.chatId ?? undefined, r.first, r.after ?? undefined);
  }
}
