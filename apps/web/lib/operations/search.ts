import { gql, type TypedDocumentNode } from '@apollo/client';
import { CHAT_BITS, type ChatBits, type MessageBits } from '../graphql';
import type { TextRange } from '../reading';

/**
 * Message search (searchMessages): in one chat or across all the viewer's chats, newest first,
 * a page at a time. Hits carry their chat and message in the shared fragments, so a result
 * opened lands on the same cache entries as the conversation (ChatBits brings MessageBits).
 */

export interface SearchHit {
  __typename?: 'SearchHit';
  chat: ChatBits;
  message: MessageBits;
  highlights: (TextRange & { __typename?: 'TextRange' })[];
}

export interface SearchData {
  searchMessages: {
    __typename?: 'SearchConnection';
    edges: { __typename?: 'SearchEdge'; cursor: string; node: SearchHit }[];
    pageInfo: { __typename?: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
}

export interface SearchVars {
  query: string;
  chatId?: string | null;
  first?: number;
  after?: string | null;
}

export const SEARCH_PAGE_SIZE = 20;

export const SEARCH_MESSAGES: TypedDocumentNode<SearchData, SearchVars> = gql`
  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {
    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {
      edges {
        cursor
        node {
          chat {
            ...ChatBits
          }
          message {
            ...MessageBits
          }
          highlights {
            start
            length
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
  ${CHAT_BITS}
`;
