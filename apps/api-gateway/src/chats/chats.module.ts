import { Module } from '@nestjs/common';
import { ChatMemberResolver, ChatsResolver } from './chats.resolver.js';
import { GatewayChats } from './chats.service.js';
import { ForwardInfoResolver, MessagePreviewResolver, MessagesResolver, ReactionGroupResolver } from '../messages/messages.resolver.js';
import { GatewayMessages } from '../messages/messages.service.js';
import { Global } from '@nestjs/common';

/** Chats and their messages: one module, since a chat's resolvers need message types and back. */
@Global()
@Module({
  providers: [
    ChatsResolver,
    ChatMemberResolver,
    GatewayChats,
    MessagesResolver,
    MessagePreviewResolver,
    ForwardInfoResolver,
    ReactionGroupResolver,
    GatewayMessages,
  ],
  exports: [GatewayChats],
})
export class ChatsModule {}
