import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  chatId: string;

  @Field({ description: 'client-made UUID; a retry with the same value returns the same message' })
  clientId: string;

  @Field(() => String, { nullable: true, description: '1..4000 characters after trimming, unless attachmentIds is set' })
  text?: string | null;

  @Field(() => [ID], { nullable: true, description: 'uploads of the sender, at most 10' })
  attachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'a message of the same chat' })
  replyToId?: string | null;
}
