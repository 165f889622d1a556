import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum MessageType {
  TEXT = 'TEXT',
  IMAGE = 'IMAGE',
  SYSTEM = 'SYSTEM',
}
registerEnumType(MessageType, {
  name: 'MessageType',
  description: 'What a message holds.',
  valuesMap: {
    TEXT: { description: 'Text only.' },
    IMAGE: { description: 'One to 10 images (attachments), with or without text.' },
    SYSTEM: {
      description:
        'Written by Parley about a change of the group (created, renamed, members added, removed or left, history changed); it cannot be edited, deleted for everyone or forwarded.',
    },
  },
});

@ObjectType({
  description:
    'An image uploaded with POST /uploads (JPEG, PNG, WebP or GIF; at most 10 MB and 40 megapixels by default), re-encoded without metadata to at most 2048 pixels a side.',
})
export class Attachment {
  @Field(() => ID, { description: 'The upload id that POST /uploads answered; SendMessageInput.attachmentIds and setAvatar take it.' })
  id: string;
  @Field({ description: 'image/jpeg, image/png or image/webp (a GIF is stored as a PNG of its first frame).' })
  mimeType: string;
  @Field(() => Int, { description: 'Size of the stored image in bytes.' })
  size: number;
  @Field(() => Int, { description: 'Width of the stored image in pixels, at most 2048.' })
  width: number;
  @Field(() => Int, { description: 'Height of the stored image in pixels, at most 2048.' })
  height: number;
  @Field({ description: 'Short-lived signed link to the image (valid 1 hour by default, MEDIA_URL_TTL_SECONDS; then 403): ask again for a new one.' })
  url: string;
  @Field({ description: 'Short-lived signed link, like url, to a thumbnail at most 320 pixels a side.' })
  thumbnailUrl: string;
}

/** `reactedByMe` is a field resolver (it depends on the viewer). */
@ObjectType({ description: 'The reactions of one emoji on a message.' })
export class ReactionGroup {
  @Field({ description: 'The emoji.' })
  emoji: string;

  @Field(() => [ID], { description: 'Ids of the people who reacted with it.' })
  userIds: string[];

  @Field(() => Int, { description: 'How many people reacted with it (the length of userIds).' })
  count: number;
}

/** Snapshot for replies; `sender` is a field resolver. */
@ObjectType({ description: 'A snapshot of the message a reply quotes, taken when the reply was sent.' })
export class MessagePreview {
  @Field(() => ID, { description: 'The quoted message.' })
  id: string;

  @Field(() => Int, { description: "The quoted message's seq in the chat." })
  seq: number;

  @Field(() => MessageType, { description: "The quoted message's type." })
  type: MessageType;

  @Field(() => String, {
    nullable: true,
    description: 'The first 200 characters of its text; null when it had none or is deleted.',
  })
  text: string | null;

  @Field({
    description: 'True once the quoted message is deleted for everyone, or when the viewer may not see it (sent before they joined a FROM_JOIN group).',
  })
  deleted: boolean;

  senderId: string;
}

@ObjectType({ description: 'Where a forwarded message comes from; a forward of a forward names the first original.' })
export class ForwardInfo {
  @Field(() => ID, {
    nullable: true,
    description: 'The original message (which the viewer may not be able to read); null when unknown.',
  })
  originalMessageId: string | null;

  @Field({ description: "The original sender's name when it was first forwarded." })
  originalSenderName: string;

  originalSenderId: string | null;
}

@ObjectType({ description: 'An earlier text of an edited message (editMessage).' })
export class MessageEdit {
  @Field({ description: 'The text before this edit.' })
  text: string;

  @Field({ description: 'When it was replaced.' })
  editedAt: Date;
}

/** `sender` and `attachments` are field resolvers. */
@ObjectType({ description: 'A message of a chat, as the viewer sees it.' })
export class Message {
  @Field(() => ID, { description: 'The message id (24 hexadecimal characters).' })
  id: string;

  @Field(() => ID, { description: 'The chat it belongs to.' })
  chatId: string;

  @Field(() => Int, { description: 'Its place in the chat: 1 for the first message, one more for each next one (system messages included).' })
  seq: number;

  @Field(() => String, {
    nullable: true,
    description: "The sender's idempotency key from sendMessage (forwards get a generated one); null for system messages.",
  })
  clientId: string | null;

  @Field(() => MessageType, { description: 'TEXT, IMAGE or SYSTEM.' })
  type: MessageType;

  @Field(() => String, {
    nullable: true,
    description: 'The text, 1..4000 characters; null when deleted or for images sent without text.',
  })
  text: string | null;

  @Field(() => MessagePreview, { nullable: true, description: 'The message it replies to, as it was then; null when it is not a reply.' })
  replyTo: MessagePreview | null;

  @Field(() => ForwardInfo, { nullable: true, description: 'Where it was forwarded from; null when it is not a forward.' })
  forwarded: ForwardInfo | null;

  @Field(() => [ReactionGroup], { description: 'Reactions, one group per emoji (at most 20 per person); empty when deleted.' })
  reactions: ReactionGroup[];

  @Field(() => [ID], { description: 'Ids of the current members other than the sender who have read it (their lastReadSeq ≥ seq).' })
  seenBy: string[];

  @Field(() => Date, { nullable: true, description: 'When the text was last edited; null when never.' })
  editedAt: Date | null;

  @Field(() => [MessageEdit], { description: 'Earlier texts, oldest first; empty when never edited or when deleted.' })
  editHistory: MessageEdit[];

  @Field({
    description:
      'True once deleted for everyone (or, in the answers to the viewer, hidden by them): text is then null and attachments, reactions and editHistory are empty.',
  })
  deleted: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was deleted; null when it is not.' })
  deletedAt: Date | null;

  @Field({ description: 'When it was sent.' })
  createdAt: Date;

  senderId: string;
  /** Resolved to `attachments` by a field resolver; empty when deleted. */
  attachmentIds: string[];
}

@ObjectType({ description: "A page of a chat's messages (the messages query)." })
export class MessagePage {
  @Field(() => [Message], { description: 'At most `limit` messages the viewer sees, ascending seq.' })
  messages: Message[];

  @Field({ description: 'True when older messages precede the page: pass the first seq as beforeSeq for them.' })
  hasMoreBefore: boolean;

  @Field({ description: 'True when newer messages follow the page: pass the last seq as afterSeq for them.' })
  hasMoreAfter: boolean;
}

@ObjectType({ description: 'A stretch of a text in UTF-16 code units, the way JavaScript indexes strings.' })
export class TextRange {
  @Field(() => Int, { description: 'Offset of its first code unit, from 0.' })
  start: number;

  @Field(() => Int, { description: 'Its length in code units.' })
  length: number;
}
