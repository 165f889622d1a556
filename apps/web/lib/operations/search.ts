import { graphql } from '../gql';
import type { SearchMessagesQuery } from '../gql/graphql';

/**
 * Message search (searchMessages): in one chat or across all the viewer's chats, newest first,
 * a page at a time. Hits carry their chat and message in the shared fragments, so a result
 * opened lands on the same cache entries as the conversation (ChatBits brings MessageBits).
 */

/** One search result: the chat, the message, and the matched ranges of its text. */
export type SearchHit = SearchMessagesQuery['searchMessages']['edges'][number]['node'];

export const SEARCH_PAGE_SIZE = 20;

export const SEARCH_MESSAGES = graphql(`
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
`);
