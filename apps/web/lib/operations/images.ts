import { gql, type TypedDocumentNode } from '@apollo/client';
import { MESSAGE_BITS, type MessageBits } from '../graphql';

/** Operations for pictures in messages (the fragments are lib/graphql.ts's, so results land in the same cache entries). */

export interface SendImagesVars {
  chatId: string;
  clientId: string;
  /** The caption; null for pictures alone. */
  text: string | null;
  attachmentIds: string[];
  replyToId: string | null;
}

/** An IMAGE message: uploads of the viewer (POST /uploads, at most 10) with an optional caption. */
export const SEND_IMAGES: TypedDocumentNode<{ sendMessage: MessageBits }, SendImagesVars> = gql`
  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {
    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

/** One message again, with freshly signed picture links (they expire after an hour). */
export const MESSAGE_BY_ID: TypedDocumentNode<{ message: MessageBits | null }, { id: string }> = gql`
  query MessageById($id: ID!) {
    message(id: $id) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;
