/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.VerifyLoginCodeDocument,
    "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n": typeof types.ChatFieldsFragmentDoc,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatFields\n    }\n  }\n": typeof types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n    }\n  }\n": typeof types.CreateGroupChatDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n": typeof types.ChatDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": typeof types.MessagesDocument,
};
const documents: Documents = {
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n": types.ChatFieldsFragmentDoc,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatFields\n    }\n  }\n": types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n    }\n  }\n": types.CreateGroupChatDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n": types.ChatDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": types.MessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n"): typeof import('./graphql.js').RequestLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      user {\n        id\n        name\n        email\n      }\n    }\n  }\n"): typeof import('./graphql.js').VerifyLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n"): typeof import('./graphql.js').ChatFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').CreateDirectChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupChat($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').CreateGroupChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"): typeof import('./graphql.js').MessagesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
