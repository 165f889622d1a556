import { Module } from '@nestjs/common';
import { ChatClient } from './chat.client.js';
import { UserClient } from './user.client.js';

/** The chat and user services as the gateway calls them: one typed method per NATS subject. */
@Module({ providers: [ChatClient, UserClient], exports: [ChatClient, UserClient] })
export class ClientsModule {}
