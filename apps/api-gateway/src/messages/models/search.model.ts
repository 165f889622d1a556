import { Field, ObjectType } from '@nestjs/graphql';
import { Chat } from '../../chats/models/chat.model.js';
import { PageInfo } from '../../graphql/connection.js';
import { Message, TextRange } from './message.model.js';

@ObjectType({ description: 'A message whose text contains the search, with its chat.' })
export class SearchHit {
  @Field(() => Message, { description: 'The message found.' })
  message: Message;

  @Field(() => Chat, { description: 'The chat it is in.' })
  chat: Chat;

  @Field(() => [TextRange], { description: 'Where the search occurs in message.text, ignoring case.' })
  highlights: TextRange[];
}

@ObjectType({ description: 'One search hit and its cursor.' })
export class SearchEdge {
  @Field({ description: 'Opaque position of this hit; pass it as `after` to continue after it.' })
  cursor: string;

  @Field(() => SearchHit, { description: 'The hit.' })
  node: SearchHit;
}

@ObjectType({ description: 'A page of searchMessages hits, newest first (a Relay connection).' })
export class SearchConnection {
  @Field(() => [SearchEdge], {
    description: 'The hits of this page, at most `first` (fewer when hits come from before the viewer joined a FROM_JOIN group).',
  })
  edges: SearchEdge[];

  @Field(() => PageInfo, { description: 'Where this page lies; its endCursor continues the list.' })
  pageInfo: PageInfo;
}
