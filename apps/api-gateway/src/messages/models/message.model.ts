import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MessageType {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  SYSTEM = 'SYSTEM',
}
registerEnumType(MessageType, { name: 'MessageType' });

@ObjectType()
export class Attachment {
  @Field(() => ID)
  id: string;
  @Field()
  mimeType: string;
  @Field(() => Int)
  size: number;
  @Field(() => Int)
  width: number;
  @Field(() => Int)
  height: number;
  @Field({ description: 'short-lived signed URL' })
  url: string;
  @Field()
  thumbnailUrl: string;
}

/** `reactedByMe` is a field resolver (it depends on the viewer). */
@ObjectType()
export class ReactionGroup {
  @Field()
  emoji: string;

  @Field(() => [ID])
  userIds: string[];

  @Field(() => Int)
  count: number;
}

/** Snapshot for replies; `sender` is a field resolver. */
@ObjectType()
export class MessagePreview {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  seq: number;

  @Field(() => MessageType)
  type: MessageType;

  @Field(() => String, { nullable: true, description: 'at most 200 characters' })
  text: string | null;

  @Field()
  deleted: boolean;

  senderId: string;
}

@ObjectType()
export class ForwardInfo {
  @Field(() => ID, { nullable: true })
  originalMessageId: string | null;

  @Field()
  originalSenderName: string;

  originalSenderId: string | null;
}

@ObjectType()
export class MessageEdit {
  @Field({ description: 'the text before this edit' })
  text: string;

  @Field()
  editedAt: Date;
}

/** `sender` and `attachments` are field resolvers. */
@ObjectType()
export class Message {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  chatId: string;

  @Field(() => Int)
  seq: number;

  @Field(() => String, { nullable: true })
  clientId: string | null;

  @Field(() => MessageType)
  type: MessageType;

  @Field(() => String, { nullable: true, description: 'null when deleted' })
  text: string | null;

  @Field(() => MessagePreview, { nullable: true })
  replyTo: MessagePreview | null;

  @Field(() => ForwardInfo, { nullable: true })
  forwarded: ForwardInfo | null;

  @Field(() => [ReactionGroup])
  reactions: ReactionGroup[];

  @Field(() => [ID], { description: 'members other than the sender whose lastReadSeq >= seq' })
  seenBy: string[];

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => [MessageEdit], { description: 'oldest first; empty when never edited or deleted' })
  editHistory: MessageEdit[];

  @Field()
  deleted: boolean;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  @Field()
  createdAt: Date;

  senderId: string;
  /** Resolved to `attachments` by a field resolver; empty when deleted. */
  attachmentIds: string[];
}

@ObjectType()
export class MessagePage {
  @Field(() => [Message], { description: 'ascending seq' })
  messages: Message[];

  @Field()
  hasMoreBefore: boolean;

  @Field()
  hasMoreAfter: boolean;
}

@ObjectType()
export class TextRange {
  @Field(() => Int)
  start: number;

  @Field(() => Int)
  length: number;
}
