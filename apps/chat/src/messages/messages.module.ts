import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module.js';
import { ChatsModule } from '../chats/chats.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { MessageStorageModule } from './message-storage.module.js';
import { MessagesController } from './messages.controller.js';
import { MessagesService } from './messages.service.js';

/** Sending, reading, editing, deleting, reacting to and searching messages. */
@Module({
  imports: [ChatsModule, MessageStorageModule, AttachmentsModule, DirectoryModule],
  controllers: [MessagesController],
  providers: [MessagesService],
})
export class MessagesModule {}
