import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateGroupInput {
  @Field({ description: '1..100 characters' })
  title: string;

  @Field(() => [ID], { description: '1..255 other members' })
  memberIds: string[];
}
