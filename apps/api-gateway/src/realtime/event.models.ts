import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReactionGroup } from '../messages/models/message.model.js';
import { User } from '../users/models/user.model.js';

@ObjectType({ description: 'A reaction added to or removed from a message (the reactions subscription).' })
export class ReactionEvent {
  @Field(() => ID, { description: 'The chat of the message.' })
  chatId: string;
  @Field(() => ID, { description: 'The message.' })
  messageId: string;
  @Field(() => ID, { description: 'Who reacted or took the reaction back.' })
  userId: string;
  @Field({ description: 'The emoji added or removed.' })
  emoji: string;
  @Field({ description: 'True when added, false when removed.' })
  added: boolean;
  @Field(() => [ReactionGroup], { description: "The message's reactions after the change." })
  reactions: ReactionGroup[];
}

/** `user` is a field resolver. */
@ObjectType({ description: 'A member started or stopped typing (setTyping; the typing subscription).' })
export class TypingEvent {
  @Field(() => ID, { description: 'The chat they type in.' })
  chatId: string;
  @Field({ description: 'True when they started typing, false when they stopped.' })
  isTyping: boolean;
  @Field(() => User, { description: 'Who is typing.' })
  user: User;
}

@ObjectType({ description: "A member's read position moved forward (markRead, or their own send; the readReceipts subscription)." })
export class ReadReceiptEvent {
  @Field(() => ID, { description: 'The chat.' })
  chatId: string;
  @Field(() => ID, { description: 'The member whose position moved.' })
  userId: string;
  @Field(() => Int, { description: 'Their new read position: the seq of the last message they read.' })
  lastReadSeq: number;
}

@ObjectType({ description: 'Someone who shares a chat with the viewer came online or went offline (the presence subscription).' })
export class PresenceEvent {
  @Field(() => ID, { description: 'The user.' })
  userId: string;
  @Field({ description: 'True from their first open WebSocket connection until their last one closes.' })
  online: boolean;
  @Field(() => Date, { nullable: true, description: 'When they went offline; null when they came online.' })
  lastSeenAt: Date | null;
}
