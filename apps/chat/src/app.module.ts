import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EventsPublisher, HealthModule, MongoIndexInfo, NatsModule, RedisModule, RpcClientModule, healthRpcController, mongoRoot } from '#common';
import { CHAT_CONFIG, type ChatConfig } from './config/chat.config.js';
import { ChatDoc, ChatSchema, InboxDoc, InboxSchema } from './chats/chat.schema.js';
import { MessageDoc, MessageSchema } from './messages/message.schema.js';
import { AttachmentDoc, AttachmentSchema } from './attachments/attachment.schema.js';
import { AttachmentsController } from './attachments/attachments.controller.js';
import { AttachmentsGc } from './attachments/attachments-gc.js';
import { AttachmentsRepository } from './attachments/attachments.repository.js';
import { AttachmentsService } from './attachments/attachments.service.js';
import { ChatLock } from './chats/chat-lock.js';
import { ChatStore } from './chats/chat-store.js';
import { StorageMigration } from './chats/storage-migration.js';
import { ChatViews } from './chats/chat-views.js';
import { ChatsController } from './chats/chats.controller.js';
import { ChatsRepository } from './chats/chats.repository.js';
import { ChatsService } from './chats/chats.service.js';
import { UserDirectory } from './directory/user-directory.js';
import { MessageWriter } from './messages/message-writer.js';
import { MessagesController } from './messages/messages.controller.js';
import { MessagesRepository } from './messages/messages.repository.js';
import { MessagesService } from './messages/messages.service.js';

@Module({})
export class ChatServiceModule {
  static forRoot(config: ChatConfig): DynamicModule {
    return {
      module: ChatServiceModule,
      imports: [
        HealthModule.withMetricsAccess({ token: config.METRICS_TOKEN, closedWithoutToken: false }),
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'chat'),
        RpcClientModule.forRoot(config.NATS_URL, config.RPC_TIMEOUT_MS, 'chat-rpc'),
        mongoRoot(config.MONGO_URL, config.MONGO_DB),
        MongooseModule.forFeature([
          { name: ChatDoc.name, schema: ChatSchema },
          { name: InboxDoc.name, schema: InboxSchema },
          { name: MessageDoc.name, schema: MessageSchema },
          { name: AttachmentDoc.name, schema: AttachmentSchema },
        ]),
      ],
      controllers: [healthRpcController('chat'), ChatsController, MessagesController, AttachmentsController],
      providers: [
        { provide: CHAT_CONFIG, useValue: config },
        MongoIndexInfo,
        StorageMigration,
        ChatLock,
        EventsPublisher,
        ChatsRepository,
        ChatStore,
        ChatViews,
        ChatsService,
        MessagesRepository,
        MessageWriter,
        MessagesService,
        UserDirectory,
        AttachmentsRepository,
        AttachmentsService,
        AttachmentsGc,
      ],
    };
  }
}
