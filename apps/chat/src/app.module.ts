import { Module, type DynamicModule } from '@nestjs/common';
import { EventsPublisher, HealthModule, NatsModule, RedisModule, RpcClientModule, healthRpcController } from '#common';
import { MongoIndexInfo, mongoRoot } from '#common/mongo';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { ChatsModule } from './chats/chats.module.js';
import { CHAT_CONFIG, type ChatConfig } from './config/chat.config.js';
import { MessagesModule } from './messages/messages.module.js';

/**
 * The chat service: infrastructure (config, Redis, NATS, MongoDB, health, event publishing) for
 * every module, and the three feature modules, which import each other one way only:
 * chats ← messages → attachments, all on the messages' storage (MessageStorageModule).
 */
@Module({})
export class ChatServiceModule {
  static forRoot(config: ChatConfig): DynamicModule {
    return {
      module: ChatServiceModule,
      global: true,
      imports: [
        HealthModule.withMetricsAccess({ token: config.METRICS_TOKEN, closedWithoutToken: false }),
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'chat'),
        RpcClientModule.forRoot(config.NATS_URL, config.RPC_TIMEOUT_MS, 'chat-rpc'),
        mongoRoot(config.MONGO_URL, config.MONGO_DB),
        ChatsModule,
        MessagesModule,
        AttachmentsModule,
      ],
      controllers: [healthRpcController('chat')],
      providers: [{ provide: CHAT_CONFIG, useValue: config }, MongoIndexInfo, EventsPublisher],
      exports: [CHAT_CONFIG, EventsPublisher],
    };
  }
}
