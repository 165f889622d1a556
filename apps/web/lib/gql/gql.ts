/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  fragment ChatState on Chat {\n    id\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    lastMessage {\n      id\n      seq\n    }\n  }\n": typeof types.ChatStateFragmentDoc,
    "\n  fragment MessageSender on Message {\n    sender {\n      id\n    }\n  }\n": typeof types.MessageSenderFragmentDoc,
    "\n  fragment UserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n": typeof types.UserBitsFragmentDoc,
    "\n  fragment MessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...UserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    attachments {\n      id\n      mimeType\n      width\n      height\n      url\n      thumbnailUrl\n    }\n  }\n": typeof types.MessageBitsFragmentDoc,
    "\n  fragment ChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...UserBits\n      }\n    }\n    lastMessage {\n      ...MessageBits\n    }\n  }\n": typeof types.ChatBitsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": typeof types.AuthFieldsFragmentDoc,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n      }\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthFields\n    }\n  }\n": typeof types.VerifyLoginCodeDocument,
    "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthFields\n    }\n  }\n": typeof types.DemoLoginDocument,
    "\n  mutation DemoProbe {\n    demoLogin(email: \"probe@parley.invalid\") {\n      accessToken\n    }\n  }\n": typeof types.DemoProbeDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      name\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Chats($after: String) {\n    chats(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChatsDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  query SearchUsers($search: String!) {\n    users(search: $search, first: 20) {\n      edges {\n        node {\n          ...UserBits\n        }\n      }\n    }\n  }\n": typeof types.SearchUsersDocument,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatBits\n    }\n  }\n": typeof types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($title: String!, $memberIds: [ID!]!, $history: ChatHistory) {\n    createGroupChat(input: { title: $title, memberIds: $memberIds, history: $history }) {\n      ...ChatBits\n    }\n  }\n": typeof types.CreateGroupChatDocument,
    "\n  mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageBits\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      ...MessageBits\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      id\n      unreadCount\n      myLastReadSeq\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  subscription OnNewMessage {\n    newMessage {\n      ...MessageBits\n    }\n  }\n": typeof types.OnNewMessageDocument,
    "\n  subscription OnMessageUpdated {\n    messageUpdated {\n      ...MessageBits\n    }\n  }\n": typeof types.OnMessageUpdatedDocument,
    "\n  subscription OnReactions {\n    reactions {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        emoji\n        count\n        userIds\n        reactedByMe\n      }\n    }\n  }\n": typeof types.OnReactionsDocument,
    "\n  subscription OnTyping {\n    typing {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.OnTypingDocument,
    "\n  subscription OnReadReceipts {\n    readReceipts {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n": typeof types.OnReadReceiptsDocument,
    "\n  subscription OnChatUpdated {\n    chatUpdated {\n      ...ChatBits\n    }\n  }\n": typeof types.OnChatUpdatedDocument,
    "\n  subscription OnPresence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n": typeof types.OnPresenceDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(input: { name: $name }) {\n      ...UserBits\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserBits\n    }\n  }\n": typeof types.SetAvatarDocument,
    "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageBits\n    }\n  }\n": typeof types.ForwardMessageDocument,
    "\n  subscription OnUserUpdated {\n    userUpdated {\n      id\n      name\n      avatarUrl\n    }\n  }\n": typeof types.OnUserUpdatedDocument,
    "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatBits\n    }\n  }\n": typeof types.RenameGroupDocument,
    "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatBits\n    }\n  }\n": typeof types.AddMembersDocument,
    "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatBits\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatBits\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": typeof types.LeaveChatDocument,
    "\n  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n": typeof types.SendImagesDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) {\n      ...MessageBits\n    }\n  }\n": typeof types.MessageByIdDocument,
    "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          chat {\n            ...ChatBits\n          }\n          message {\n            ...MessageBits\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
};
const documents: Documents = {
    "\n  fragment ChatState on Chat {\n    id\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    lastMessage {\n      id\n      seq\n    }\n  }\n": types.ChatStateFragmentDoc,
    "\n  fragment MessageSender on Message {\n    sender {\n      id\n    }\n  }\n": types.MessageSenderFragmentDoc,
    "\n  fragment UserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n": types.UserBitsFragmentDoc,
    "\n  fragment MessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...UserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    attachments {\n      id\n      mimeType\n      width\n      height\n      url\n      thumbnailUrl\n    }\n  }\n": types.MessageBitsFragmentDoc,
    "\n  fragment ChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...UserBits\n      }\n    }\n    lastMessage {\n      ...MessageBits\n    }\n  }\n": types.ChatBitsFragmentDoc,
    "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": types.AuthFieldsFragmentDoc,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n      }\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthFields\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthFields\n    }\n  }\n": types.DemoLoginDocument,
    "\n  mutation DemoProbe {\n    demoLogin(email: \"probe@parley.invalid\") {\n      accessToken\n    }\n  }\n": types.DemoProbeDocument,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  query Me {\n    me {\n      id\n      name\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Chats($after: String) {\n    chats(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChatsDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": types.MessagesDocument,
    "\n  query SearchUsers($search: String!) {\n    users(search: $search, first: 20) {\n      edges {\n        node {\n          ...UserBits\n        }\n      }\n    }\n  }\n": types.SearchUsersDocument,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatBits\n    }\n  }\n": types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($title: String!, $memberIds: [ID!]!, $history: ChatHistory) {\n    createGroupChat(input: { title: $title, memberIds: $memberIds, history: $history }) {\n      ...ChatBits\n    }\n  }\n": types.CreateGroupChatDocument,
    "\n  mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageBits\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      ...MessageBits\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      id\n      unreadCount\n      myLastReadSeq\n    }\n  }\n": types.MarkReadDocument,
    "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  subscription OnNewMessage {\n    newMessage {\n      ...MessageBits\n    }\n  }\n": types.OnNewMessageDocument,
    "\n  subscription OnMessageUpdated {\n    messageUpdated {\n      ...MessageBits\n    }\n  }\n": types.OnMessageUpdatedDocument,
    "\n  subscription OnReactions {\n    reactions {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        emoji\n        count\n        userIds\n        reactedByMe\n      }\n    }\n  }\n": types.OnReactionsDocument,
    "\n  subscription OnTyping {\n    typing {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.OnTypingDocument,
    "\n  subscription OnReadReceipts {\n    readReceipts {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n": types.OnReadReceiptsDocument,
    "\n  subscription OnChatUpdated {\n    chatUpdated {\n      ...ChatBits\n    }\n  }\n": types.OnChatUpdatedDocument,
    "\n  subscription OnPresence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n": types.OnPresenceDocument,
    "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(input: { name: $name }) {\n      ...UserBits\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserBits\n    }\n  }\n": types.SetAvatarDocument,
    "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageBits\n    }\n  }\n": types.ForwardMessageDocument,
    "\n  subscription OnUserUpdated {\n    userUpdated {\n      id\n      name\n      avatarUrl\n    }\n  }\n": types.OnUserUpdatedDocument,
    "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatBits\n    }\n  }\n": types.RenameGroupDocument,
    "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatBits\n    }\n  }\n": types.AddMembersDocument,
    "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatBits\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatBits\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": types.LeaveChatDocument,
    "\n  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n": types.SendImagesDocument,
    "\n  query MessageById($id: ID!) {\n    message(id: $id) {\n      ...MessageBits\n    }\n  }\n": types.MessageByIdDocument,
    "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          chat {\n            ...ChatBits\n          }\n          message {\n            ...MessageBits\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchMessagesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatState on Chat {\n    id\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    lastMessage {\n      id\n      seq\n    }\n  }\n"): (typeof documents)["\n  fragment ChatState on Chat {\n    id\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    lastMessage {\n      id\n      seq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageSender on Message {\n    sender {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment MessageSender on Message {\n    sender {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n"): (typeof documents)["\n  fragment UserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...UserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    attachments {\n      id\n      mimeType\n      width\n      height\n      url\n      thumbnailUrl\n    }\n  }\n"): (typeof documents)["\n  fragment MessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...UserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n    attachments {\n      id\n      mimeType\n      width\n      height\n      url\n      thumbnailUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...UserBits\n      }\n    }\n    lastMessage {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  fragment ChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...UserBits\n      }\n    }\n    lastMessage {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  fragment AuthFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthFields\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthFields\n    }\n  }\n"): (typeof documents)["\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoProbe {\n    demoLogin(email: \"probe@parley.invalid\") {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation DemoProbe {\n    demoLogin(email: \"probe@parley.invalid\") {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthFields\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...AuthFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chats($after: String) {\n    chats(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query Chats($after: String) {\n    chats(first: 50, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"): (typeof documents)["\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUsers($search: String!) {\n    users(search: $search, first: 20) {\n      edges {\n        node {\n          ...UserBits\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchUsers($search: String!) {\n    users(search: $search, first: 20) {\n      edges {\n        node {\n          ...UserBits\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroupChat($title: String!, $memberIds: [ID!]!, $history: ChatHistory) {\n    createGroupChat(input: { title: $title, memberIds: $memberIds, history: $history }) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroupChat($title: String!, $memberIds: [ID!]!, $history: ChatHistory) {\n    createGroupChat(input: { title: $title, memberIds: $memberIds, history: $history }) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      id\n      unreadCount\n      myLastReadSeq\n    }\n  }\n"): (typeof documents)["\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      id\n      unreadCount\n      myLastReadSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n"): (typeof documents)["\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnNewMessage {\n    newMessage {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  subscription OnNewMessage {\n    newMessage {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnMessageUpdated {\n    messageUpdated {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  subscription OnMessageUpdated {\n    messageUpdated {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnReactions {\n    reactions {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        emoji\n        count\n        userIds\n        reactedByMe\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OnReactions {\n    reactions {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        emoji\n        count\n        userIds\n        reactedByMe\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnTyping {\n    typing {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription OnTyping {\n    typing {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnReadReceipts {\n    readReceipts {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n"): (typeof documents)["\n  subscription OnReadReceipts {\n    readReceipts {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnChatUpdated {\n    chatUpdated {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  subscription OnChatUpdated {\n    chatUpdated {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnPresence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  subscription OnPresence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($name: String!) {\n    updateProfile(input: { name: $name }) {\n      ...UserBits\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($name: String!) {\n    updateProfile(input: { name: $name }) {\n      ...UserBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserBits\n    }\n  }\n"): (typeof documents)["\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnUserUpdated {\n    userUpdated {\n      id\n      name\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  subscription OnUserUpdated {\n    userUpdated {\n      id\n      name\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatBits\n    }\n  }\n"): (typeof documents)["\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n"): (typeof documents)["\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  mutation SendImages($chatId: ID!, $clientId: String!, $text: String, $attachmentIds: [ID!]!, $replyToId: ID) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, attachmentIds: $attachmentIds, replyToId: $replyToId }) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageById($id: ID!) {\n    message(id: $id) {\n      ...MessageBits\n    }\n  }\n"): (typeof documents)["\n  query MessageById($id: ID!) {\n    message(id: $id) {\n      ...MessageBits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          chat {\n            ...ChatBits\n          }\n          message {\n            ...MessageBits\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          chat {\n            ...ChatBits\n          }\n          message {\n            ...MessageBits\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;