import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsClientId, IsMessageText, IsObjectId, IsObjectIdList, MAX_ATTACHMENTS } from '#contracts';

@InputType({ description: 'A new message (sendMessage): text, images or both.' })
export class SendMessageInput {
  @Field(() => ID, { description: 'A chat of the viewer; NOT_FOUND otherwise.' })
  @IsObjectId()
  chatId: string;

  @Field({
    description:
      'Client-made UUID, 1..100 characters: a retry with the same value returns the same message; CONFLICT when it was used for a different message.',
  })
  @IsClientId()
  clientId: string;

  @Field(() => String, {
    nullable: true,
    description:
      '1..4000 characters after trimming, no control characters but line breaks and tabs; required unless attachmentIds is set. BAD_USER_INPUT (input.text) otherwise.',
  })
  @IsMessageText({ unlessAttachments: true })
  text?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "At most 10 of the sender's own uploads (POST /uploads); the message is then IMAGE. BAD_USER_INPUT (input.attachmentIds) otherwise.",
  })
  @IsOptional()
  @IsObjectIdList({ max: MAX_ATTACHMENTS })
  attachmentIds?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A message of the same chat that the viewer sees, to reply to; BAD_USER_INPUT (input.replyToId) otherwise.',
  })
  @IsOptional()
  @IsObjectId()
  replyToId?: string | null;
}
