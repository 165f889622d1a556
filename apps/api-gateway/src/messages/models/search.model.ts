import { Field, ObjectType } from '@nestjs/graphql';
import { Chat } from '../../chats/models/chat.model.js';
import { PageInfo } from '../../graphql/connection.js';
import { Message, TextRange } from './message.model.js';

@ObjectType()
export class SearchHit {
  @Field(() => Message)
  message: Message;

  @Field(() => Chat)
  chat: Chat;

  @Field(() => [TextRange])
  highlights: TextRange[];
}

@ObjectType()
export class SearchEdge {
  @Field()
  cursor: string;

  @Field(() => SearchHit)
  node: SearchHit;
}

@ObjectType()
export class SearchConnection {
  @Field(() => [SearchEdge])
  edges: SearchEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
