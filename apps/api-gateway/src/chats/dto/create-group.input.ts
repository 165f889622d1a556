import { Field, ID, InputType } from '@nestjs/graphql';
import { ChatHistory } from '../models/chat.model.js';

@InputType()
export class CreateGroupInput {
  @Field({ description: '1..100 characters' })
  title: string;

  @Field(() => [ID], { description: '1..255 other members' })
  memberIds: string[];

  @Field(() => ChatHistory, { defaultValue: ChatHistory.SHARED, description: 'what members added later read' })
  history?: ChatHistory;
}
