import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { MediaModule } from '../media/media.module.js';
import { UsersModule } from '../users/users.module.js';
import { ForwardInfoResolver, MessagePreviewResolver, MessagesResolver, ReactionGroupResolver } from './messages.resolver.js';
import { GatewayMessages } from './messages.service.js';

/** Messages: history, search, sending, edits, deletions, reactions, forwards and read marks. */
@Module({
  imports: [ClientsModule, UsersModule, MediaModule],
  providers: [MessagesResolver, MessagePreviewResolver, ForwardInfoResolver, ReactionGroupResolver, GatewayMessages],
})
export class MessagesModule {}
