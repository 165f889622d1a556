import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../graphql/connection.js';

/** The GraphQL user. `email`, `avatarUrl`, `online` and `lastSeenAt` are field resolvers (UsersResolver). */
@ObjectType({ description: 'A Parley account, as the viewer sees it.' })
export class User {
  @Field(() => ID, { description: 'The user id (24 hexadecimal characters).' })
  id: string;

  @Field({
    description:
      'Display name, 1..64 characters: made from the address at first login, changed with updateProfile. "Deleted user" for an account that is gone.',
  })
  name: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When they were last online; only for the viewer and the people who share a chat with them, null for others and when not known.',
  })
  lastSeenAt: Date | null;

  @Field({ description: 'When the account was created (its first login).' })
  createdAt: Date;

  /** Not exposed directly: only the viewer sees it (see the email field resolver). */
  emailAddress: string;
  avatarId: string | null;
}

@ObjectType({ description: 'One user of a page and its cursor.' })
export class UserEdge {
  @Field({ description: 'Opaque position of this user; pass it as `after` to continue after it.' })
  cursor: string;

  @Field(() => User, { description: 'The user.' })
  node: User;
}

@ObjectType({ description: 'A page of the users a search finds (a Relay connection).' })
export class UserConnection {
  @Field(() => [UserEdge], { description: 'The users of this page, at most `first`.' })
  edges: UserEdge[];

  @Field(() => PageInfo, { description: 'Where this page lies; its endCursor continues the list.' })
  pageInfo: PageInfo;
}
