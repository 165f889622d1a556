import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import {
  IsEmoji,
  IsFlag,
  IsMessageText,
  IsObjectId,
  IsObjectIdList,
  IsPageSize,
  IsSearchText,
  IsSeq,
  IsShortString,
  MAX_FORWARD_CHATS,
  NotWith,
} from '#contracts';
import { AFTER } from '../../graphql/connection.js';

/** The arguments of the message operations, checked at the gateway with the contracts' rules (BAD_USER_INPUT naming the argument). */

const CHAT_ID = { description: 'A chat of the viewer; NOT_FOUND otherwise, BAD_USER_INPUT when malformed.' };
const MESSAGE_ID = { description: 'A message the viewer sees; NOT_FOUND otherwise, BAD_USER_INPUT when malformed.' };

@ArgsType()
export class MessagesArgs {
  @Field(() => ID, CHAT_ID)
  @IsObjectId()
  chatId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The messages just before this seq (a whole number ≥ 0); not together with afterSeq. BAD_USER_INPUT otherwise.',
  })
  @IsOptional()
  @IsSeq()
  beforeSeq?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The messages just after this seq (a whole number ≥ 0); not together with beforeSeq. BAD_USER_INPUT otherwise.',
  })
  @IsOptional()
  @IsSeq()
  @NotWith('beforeSeq', 'give beforeSeq or afterSeq, not both')
  afterSeq?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: 'Page size, 1..100 (default 50); BAD_USER_INPUT otherwise.' })
  @IsOptional()
  @IsPageSize(100)
  limit?: number | null;
}

@ArgsType()
export class MessageArgs {
  @Field(() => ID, { description: 'The message id; BAD_USER_INPUT when malformed.' })
  @IsObjectId()
  id: string;
}

@ArgsType()
export class SearchMessagesArgs {
  @Field({ description: 'The text to find, literally: 1..200 characters after trimming; BAD_USER_INPUT otherwise.' })
  @IsSearchText()
  query: string;

  @Field(() => ID, { nullable: true, description: 'Only this chat of the viewer (NOT_FOUND otherwise); every chat of the viewer when omitted.' })
  @IsOptional()
  @IsObjectId()
  chatId?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1..50 (default 20); BAD_USER_INPUT otherwise.' })
  @IsOptional()
  @IsPageSize(50)
  first?: number | null;

  @Field(() => String, AFTER)
  @IsOptional()
  @IsShortString(1000)
  after?: string | null;
}

@ArgsType()
export class EditMessageArgs {
  @Field(() => ID, MESSAGE_ID)
  @IsObjectId()
  id: string;

  @Field({ description: '1..4000 characters after trimming, no control characters but line breaks and tabs; BAD_USER_INPUT otherwise.' })
  @IsMessageText()
  text: string;
}

@ArgsType()
export class DeleteMessageArgs {
  @Field(() => ID, MESSAGE_ID)
  @IsObjectId()
  id: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'true (default): delete it for every member, sender only; false: hide it from the viewer alone, any message.',
  })
  @IsOptional()
  @IsFlag()
  forEveryone?: boolean | null;
}

@ArgsType()
export class ReactionArgs {
  @Field(() => ID, MESSAGE_ID)
  @IsObjectId()
  messageId: string;

  @Field({ description: 'One emoji: 👍 👎 ❤️ 😂 😮 😢 🙏 🎉 🔥 👀 ✅ 💯 or any other single emoji; BAD_USER_INPUT otherwise.' })
  @IsEmoji()
  emoji: string;
}

@ArgsType()
export class ForwardMessageArgs {
  @Field(() => ID, MESSAGE_ID)
  @IsObjectId()
  messageId: string;

  @Field(() => [ID], { description: 'Chats of the viewer, 1..20 (repeats count once): NOT_FOUND for one the viewer is not in, BAD_USER_INPUT otherwise.' })
  @IsObjectIdList({ min: 1, max: MAX_FORWARD_CHATS })
  chatIds: string[];
}

@ArgsType()
export class MarkReadArgs {
  @Field(() => ID, CHAT_ID)
  @IsObjectId()
  chatId: string;

  @Field(() => Int, { description: 'The seq of the last message read, a whole number ≥ 0; BAD_USER_INPUT otherwise.' })
  @IsSeq()
  seq: number;
}

@ArgsType()
export class SetTypingArgs {
  @Field(() => ID, CHAT_ID)
  @IsObjectId()
  chatId: string;

  @Field({ description: 'true when typing starts, false when it stops.' })
  @IsFlag()
  isTyping: boolean;
}
