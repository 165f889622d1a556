import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DirectoryModule } from '../directory/directory.module.js';
import { MessageStorageModule } from '../messages/message-storage.module.js';
import { ChatLock } from './chat-lock.js';
import { ChatStore } from './chat-store.js';
import { ChatViews } from './chat-views.js';
import { ChatDoc, ChatSchema, InboxDoc, InboxSchema } from './chat.schema.js';
import { ChatsController } from './chats.controller.js';
import { ChatsRepository } from './chats.repository.js';
import { ChatsService } from './chats.service.js';
import { StorageMigration } from './storage-migration.js';

/** Chats and memberships, the chat cache and its lock; messages use ChatsService, ChatStore and ChatViews. */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: ChatDoc.name, schema: ChatSchema },
      { name: InboxDoc.name, schema: InboxSchema },
    ]),
    MessageStorageModule,
    DirectoryModule,
  ],
  controllers: [ChatsController],
  providers: [ChatsRepository, ChatLock, ChatStore, ChatViews, ChatsService, StorageMigration],
  exports: [ChatsService, ChatStore, ChatViews],
})
export class ChatsModule {}
