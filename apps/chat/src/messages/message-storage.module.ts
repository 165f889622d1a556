import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MessageWriter } from './message-writer.js';
import { MessageDoc, MessageSchema } from './message.schema.js';
import { MessagesRepository } from './messages.repository.js';

/** Where messages are stored and how one is appended: used by chats (system messages, the chat cache), messages and attachments. */
@Module({
  imports: [MongooseModule.forFeature([{ name: MessageDoc.name, schema: MessageSchema }])],
  providers: [MessagesRepository, MessageWriter],
  exports: [MessagesRepository, MessageWriter],
})
export class MessageStorageModule {}
