import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReactionGroup } from '../messages/models/message.model.js';
import { User } from '../users/models/user.model.js';

@ObjectType()
export class ReactionEvent {
  @Field(() => ID)
  chatId: string;
  @Field(() => ID)
  messageId: string;
  @Field(() => ID)
  userId: string;
  @Field()
  emoji: string;
  @Field()
  added: boolean;
  @Field(() => [ReactionGroup], { description: "the message's reactions after the change" })
  reactions: ReactionGroup[];
}

/** `user` is a field resolver. */
@ObjectType()
export class TypingEvent {
  @Field(() => ID)
  chatId: string;
  @Field()
  isTyping: boolean;
  @Field(() => User)
  user: User;
}

@ObjectType()
export class ReadReceiptEvent {
  @Field(() => ID)
  chatId: string;
  @Field(() => ID)
  userId: string;
  @Field(() => Int)
  lastReadSeq: number;
}

@ObjectType()
export class PresenceEvent {
  @Field(() => ID)
  userId: string;
  @Field()
  online: boolean;
  @Field(() => Date, { nullable: true })
  lastSeenAt: Date | null;
}
