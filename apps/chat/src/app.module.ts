import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HealthModule, MongoIndexInfo, NatsModule, RedisModule, healthRpcController, mongoRoot } from '@app/common';
import { CHAT_CONFIG, type ChatConfig } from './config/chat.config.js';
import { ChatDoc, ChatSchema, MembershipDoc, MembershipSchema } from './chats/chat.schema.js';
import { MessageDoc, MessageSchema } from './messages/message.schema.js';
import { AttachmentDoc, AttachmentSchema } from './attachments/attachment.schema.js';

@Module({})
export class AppModule {
  static forRoot(config: ChatConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        HealthModule,
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'chat'),
        mongoRoot(config.MONGO_URL, config.MONGO_DB),
        MongooseModule.forFeature([
          { name: ChatDoc.name, schema: ChatSchema },
          { name: MembershipDoc.name, schema: MembershipSchema },
          { name: MessageDoc.name, schema: MessageSchema },
          { name: AttachmentDoc.name, schema: AttachmentSchema },
        ]),
      ],
      controllers: [healthRpcController('chat')],
      providers: [{ provide: CHAT_CONFIG, useValue: config }, MongoIndexInfo],
    };
  }
}
