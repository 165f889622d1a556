import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { IsGroupTitle, IsObjectIdList, IsOneOf, MAX_MEMBER_IDS } from '#contracts';
import { ChatHistory } from '../models/chat.model.js';

@InputType({ description: 'A new group (createGroupChat); the viewer becomes its owner.' })
export class CreateGroupInput {
  @Field({
    description: '1..100 characters after trimming (runs of white space count as one space), no control characters; BAD_USER_INPUT (input.title) otherwise.',
  })
  @IsGroupTitle()
  title: string;

  @Field(() => [ID], {
    description:
      'The other people to add: 1..999 existing users, so the group has at most 1000 members by default (GROUP_MAX_MEMBERS); repeats and the viewer are ignored. BAD_USER_INPUT (input.memberIds) otherwise.',
  })
  @IsObjectIdList({ max: MAX_MEMBER_IDS })
  memberIds: string[];

  @Field(() => ChatHistory, { defaultValue: ChatHistory.SHARED, description: 'What members added later read; SHARED by default.' })
  @IsOptional()
  @IsOneOf(Object.values(ChatHistory), 'must be SHARED or FROM_JOIN')
  history?: ChatHistory;
}
