import { graphql } from '../gql';

/** Operations for pictures in messages (the fragments are lib/graphql.ts's, so results land in the same cache entries). */

/** An IMAGE message: uploads of the viewer (POST /uploads, at most 10) with an optional caption. */
export const SEND_IMAGES = graphql(`
  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {
    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {
      ...MessageBits
    }
  }
`);

/** One message again, with freshly signed picture links (they expire after an hour). */
export const MESSAGE_BY_ID = graphql(`
  query MessageById($id: ID!) {
    message(id: $id) {
      ...MessageBits
    }
  }
`);
