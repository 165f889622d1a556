import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/connection.js';

/** The GraphQL user. `email`, `avatarUrl`, `online` and `lastSeenAt` are field resolvers (UsersResolver). */
@ObjectType()
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Date, { nullable: true, description: 'Only for the viewer and the people who share a chat with them; null for others' })
  lastSeenAt: Date | null;

  @Field()
  createdAt: Date;

  /** Not exposed directly: only the viewer sees it (see the email field resolver). */
  emailAddress: string;
  avatarId: string | null;
}

@ObjectType()
export class UserEdge {
  @Field()
  cursor: string;

  @Field(() => User)
  node: User;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge])
  edges: UserEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
