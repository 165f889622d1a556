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
    "\n  fragment BenchUserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n": typeof types.BenchUserBitsFragmentDoc,
    "\n  fragment BenchMessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...BenchUserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n  }\n": typeof types.BenchMessageBitsFragmentDoc,
    "\n  fragment BenchChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...BenchUserBits\n      }\n    }\n    lastMessage {\n      ...BenchMessageBits\n    }\n  }\n": typeof types.BenchChatBitsFragmentDoc,
    "\n  mutation BenchSendMessage($chatId: ID!, $clientId: String!, $text: String!) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text }) {\n      ...BenchMessageBits\n    }\n  }\n": typeof types.BenchSendMessageDocument,
    "\n  subscription OnNewMessage {\n    newMessage {\n      ...BenchMessageBits\n    }\n  }\n": typeof types.OnNewMessageDocument,
    "\n  query BenchMessages($chatId: ID!, $limit: Int) {\n    messages(chatId: $chatId, limit: $limit) {\n      messages {\n        ...BenchMessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": typeof types.BenchMessagesDocument,
    "\n  query BenchChats($first: Int) {\n    chats(first: $first) {\n      edges {\n        cursor\n        node {\n          ...BenchChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.BenchChatsDocument,
    "\n  query Stored($chatId: ID!, $afterSeq: Int) {\n    messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) {\n      messages {\n        id\n        seq\n        clientId\n      }\n      hasMoreAfter\n    }\n  }\n": typeof types.StoredDocument,
    "\n  mutation FanoutCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FanoutCreateGroupDocument,
    "\n  mutation FanoutAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n": typeof types.FanoutAddMembersDocument,
    "\n  mutation BenchSendIdSeq($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n": typeof types.BenchSendIdSeqDocument,
    "\n  subscription BenchNewMessageId($c: ID) {\n    newMessage(chatId: $c) {\n      id\n    }\n  }\n": typeof types.BenchNewMessageIdDocument,
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": typeof types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.VerifyLoginCodeDocument,
    "\n  fragment ReactionFields on ReactionGroup {\n    emoji\n    count\n    userIds\n    reactedByMe\n  }\n": typeof types.ReactionFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      ...ReactionFields\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n": typeof types.MessageFieldsFragmentDoc,
    "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n": typeof types.ChatFieldsFragmentDoc,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n": typeof types.ChatDocument,
    "\n  query Chats($first: Int, $after: String) {\n    chats(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ChatsDocument,
    "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.MessageDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.SearchMessagesDocument,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatFields\n    }\n  }\n": typeof types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n    }\n  }\n": typeof types.CreateGroupChatDocument,
    "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n": typeof types.RenameGroupDocument,
    "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n": typeof types.AddMembersDocument,
    "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatFields\n    }\n  }\n": typeof types.SetMemberRoleDocument,
    "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": typeof types.LeaveChatDocument,
    "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": typeof types.SetTypingDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation ToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": typeof types.ToggleReactionDocument,
    "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n": typeof types.ForwardMessageDocument,
    "\n  subscription NewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n": typeof types.NewMessageDocument,
    "\n  subscription MessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n": typeof types.MessageUpdatedDocument,
    "\n  subscription Reactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n": typeof types.ReactionsDocument,
    "\n  subscription Typing($chatId: ID) {\n    typing(chatId: $chatId) {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TypingDocument,
    "\n  subscription ReadReceipts($chatId: ID) {\n    readReceipts(chatId: $chatId) {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n": typeof types.ReadReceiptsDocument,
    "\n  subscription Presence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n": typeof types.PresenceDocument,
    "\n  subscription ChatUpdated {\n    chatUpdated {\n      ...ChatFields\n    }\n  }\n": typeof types.ChatUpdatedDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    avatarUrl\n    online\n    lastSeenAt\n    createdAt\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": typeof types.UserDocument,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserFields\n    }\n  }\n": typeof types.SetAvatarDocument,
    "\n  subscription UserUpdated {\n    userUpdated {\n      ...UserFields\n    }\n  }\n": typeof types.UserUpdatedDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($allDevices: Boolean) {\n    logout(allDevices: $allDevices)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthPayloadFields\n    }\n  }\n": typeof types.DemoLoginDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": typeof types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation SetChatHistory($chatId: ID!, $history: ChatHistory!) {\n    setChatHistory(chatId: $chatId, history: $history) {\n      ...ChatFields\n      history\n    }\n  }\n": typeof types.SetChatHistoryDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    mimeType\n    size\n    width\n    height\n    url\n    thumbnailUrl\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n        failing\n      }\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  mutation SendMessageAck($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      seq\n      clientId\n    }\n  }\n": typeof types.SendMessageAckDocument,
    "\n  mutation SendMessageWithAttachments($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": typeof types.SendMessageWithAttachmentsDocument,
    "\n  query MessageWithAttachments($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": typeof types.MessageWithAttachmentsDocument,
    "\n  query MessagesWithAttachments($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": typeof types.MessagesWithAttachmentsDocument,
    "\n  query AccountsProfileOfOther($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      name\n    }\n  }\n": typeof types.AccountsProfileOfOtherDocument,
    "\n  query ApiConsistencyChatsPageInfo($after: String) {\n    chats(first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": typeof types.ApiConsistencyChatsPageInfoDocument,
    "\n  query ApiConsistencySearchPageInfo($query: String!, $after: String) {\n    searchMessages(query: $query, first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": typeof types.ApiConsistencySearchPageInfoDocument,
    "\n  mutation GroupHistoryCreateGroup($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n      history\n    }\n  }\n": typeof types.GroupHistoryCreateGroupDocument,
    "\n  fragment ModelMessage on Message {\n    id\n    seq\n    text\n    deleted\n    editedAt\n    reactions {\n      emoji\n      count\n    }\n  }\n": typeof types.ModelMessageFragmentDoc,
    "\n  subscription ModelNewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n": typeof types.ModelNewMessageDocument,
    "\n  subscription ModelMessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n": typeof types.ModelMessageUpdatedDocument,
    "\n  subscription ModelReactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      messageId\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n": typeof types.ModelReactionsDocument,
    "\n  query ModelMessages($chatId: ID!) {\n    messages(chatId: $chatId, limit: 100) {\n      messages {\n        ...ModelMessage\n      }\n    }\n  }\n": typeof types.ModelMessagesDocument,
    "\n  query PrivacyPresenceOf($id: ID!) {\n    user(id: $id) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n": typeof types.PrivacyPresenceOfDocument,
    "\n  mutation PrivacyCreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      members {\n        user {\n          id\n          online\n        }\n      }\n    }\n  }\n": typeof types.PrivacyCreateDirectChatDocument,
    "\n  query ChatsWithHistory {\n    chats {\n      edges {\n        node {\n          title\n          history\n          members {\n            user {\n              id\n            }\n          }\n          lastMessage {\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.ChatsWithHistoryDocument,
};
const documents: Documents = {
    "\n  fragment BenchUserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n": types.BenchUserBitsFragmentDoc,
    "\n  fragment BenchMessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...BenchUserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n  }\n": types.BenchMessageBitsFragmentDoc,
    "\n  fragment BenchChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...BenchUserBits\n      }\n    }\n    lastMessage {\n      ...BenchMessageBits\n    }\n  }\n": types.BenchChatBitsFragmentDoc,
    "\n  mutation BenchSendMessage($chatId: ID!, $clientId: String!, $text: String!) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text }) {\n      ...BenchMessageBits\n    }\n  }\n": types.BenchSendMessageDocument,
    "\n  subscription OnNewMessage {\n    newMessage {\n      ...BenchMessageBits\n    }\n  }\n": types.OnNewMessageDocument,
    "\n  query BenchMessages($chatId: ID!, $limit: Int) {\n    messages(chatId: $chatId, limit: $limit) {\n      messages {\n        ...BenchMessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": types.BenchMessagesDocument,
    "\n  query BenchChats($first: Int) {\n    chats(first: $first) {\n      edges {\n        cursor\n        node {\n          ...BenchChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.BenchChatsDocument,
    "\n  query Stored($chatId: ID!, $afterSeq: Int) {\n    messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) {\n      messages {\n        id\n        seq\n        clientId\n      }\n      hasMoreAfter\n    }\n  }\n": types.StoredDocument,
    "\n  mutation FanoutCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.FanoutCreateGroupDocument,
    "\n  mutation FanoutAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n": types.FanoutAddMembersDocument,
    "\n  mutation BenchSendIdSeq($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n": types.BenchSendIdSeqDocument,
    "\n  subscription BenchNewMessageId($c: ID) {\n    newMessage(chatId: $c) {\n      id\n    }\n  }\n": types.BenchNewMessageIdDocument,
    "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n": types.RequestLoginCodeDocument,
    "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n": types.VerifyLoginCodeDocument,
    "\n  fragment ReactionFields on ReactionGroup {\n    emoji\n    count\n    userIds\n    reactedByMe\n  }\n": types.ReactionFieldsFragmentDoc,
    "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      ...ReactionFields\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n": types.MessageFieldsFragmentDoc,
    "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n": types.ChatFieldsFragmentDoc,
    "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n": types.ChatDocument,
    "\n  query Chats($first: Int, $after: String) {\n    chats(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ChatsDocument,
    "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.MessageDocument,
    "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": types.MessagesDocument,
    "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.SearchMessagesDocument,
    "\n  mutation CreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      ...ChatFields\n    }\n  }\n": types.CreateDirectChatDocument,
    "\n  mutation CreateGroupChat($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n    }\n  }\n": types.CreateGroupChatDocument,
    "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n": types.RenameGroupDocument,
    "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n": types.AddMembersDocument,
    "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n": types.RemoveMemberDocument,
    "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatFields\n    }\n  }\n": types.SetMemberRoleDocument,
    "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": types.LeaveChatDocument,
    "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n": types.MarkReadDocument,
    "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": types.SetTypingDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation ToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": types.ToggleReactionDocument,
    "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n": types.ForwardMessageDocument,
    "\n  subscription NewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n": types.NewMessageDocument,
    "\n  subscription MessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n": types.MessageUpdatedDocument,
    "\n  subscription Reactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n": types.ReactionsDocument,
    "\n  subscription Typing($chatId: ID) {\n    typing(chatId: $chatId) {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.TypingDocument,
    "\n  subscription ReadReceipts($chatId: ID) {\n    readReceipts(chatId: $chatId) {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n": types.ReadReceiptsDocument,
    "\n  subscription Presence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n": types.PresenceDocument,
    "\n  subscription ChatUpdated {\n    chatUpdated {\n      ...ChatFields\n    }\n  }\n": types.ChatUpdatedDocument,
    "\n  fragment UserFields on User {\n    id\n    name\n    email\n    avatarUrl\n    online\n    lastSeenAt\n    createdAt\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n": types.MeDocument,
    "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n": types.UserDocument,
    "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserFields\n    }\n  }\n": types.SetAvatarDocument,
    "\n  subscription UserUpdated {\n    userUpdated {\n      ...UserFields\n    }\n  }\n": types.UserUpdatedDocument,
    "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.AuthPayloadFieldsFragmentDoc,
    "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($allDevices: Boolean) {\n    logout(allDevices: $allDevices)\n  }\n": types.LogoutDocument,
    "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthPayloadFields\n    }\n  }\n": types.DemoLoginDocument,
    "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": types.AddReactionDocument,
    "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation SetChatHistory($chatId: ID!, $history: ChatHistory!) {\n    setChatHistory(chatId: $chatId, history: $history) {\n      ...ChatFields\n      history\n    }\n  }\n": types.SetChatHistoryDocument,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    mimeType\n    size\n    width\n    height\n    url\n    thumbnailUrl\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n        failing\n      }\n    }\n  }\n": types.ServerInfoDocument,
    "\n  mutation SendMessageAck($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      seq\n      clientId\n    }\n  }\n": types.SendMessageAckDocument,
    "\n  mutation SendMessageWithAttachments($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": types.SendMessageWithAttachmentsDocument,
    "\n  query MessageWithAttachments($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n": types.MessageWithAttachmentsDocument,
    "\n  query MessagesWithAttachments($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n": types.MessagesWithAttachmentsDocument,
    "\n  query AccountsProfileOfOther($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      name\n    }\n  }\n": types.AccountsProfileOfOtherDocument,
    "\n  query ApiConsistencyChatsPageInfo($after: String) {\n    chats(first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": types.ApiConsistencyChatsPageInfoDocument,
    "\n  query ApiConsistencySearchPageInfo($query: String!, $after: String) {\n    searchMessages(query: $query, first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n": types.ApiConsistencySearchPageInfoDocument,
    "\n  mutation GroupHistoryCreateGroup($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n      history\n    }\n  }\n": types.GroupHistoryCreateGroupDocument,
    "\n  fragment ModelMessage on Message {\n    id\n    seq\n    text\n    deleted\n    editedAt\n    reactions {\n      emoji\n      count\n    }\n  }\n": types.ModelMessageFragmentDoc,
    "\n  subscription ModelNewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n": types.ModelNewMessageDocument,
    "\n  subscription ModelMessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n": types.ModelMessageUpdatedDocument,
    "\n  subscription ModelReactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      messageId\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n": types.ModelReactionsDocument,
    "\n  query ModelMessages($chatId: ID!) {\n    messages(chatId: $chatId, limit: 100) {\n      messages {\n        ...ModelMessage\n      }\n    }\n  }\n": types.ModelMessagesDocument,
    "\n  query PrivacyPresenceOf($id: ID!) {\n    user(id: $id) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n": types.PrivacyPresenceOfDocument,
    "\n  mutation PrivacyCreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      members {\n        user {\n          id\n          online\n        }\n      }\n    }\n  }\n": types.PrivacyCreateDirectChatDocument,
    "\n  query ChatsWithHistory {\n    chats {\n      edges {\n        node {\n          title\n          history\n          members {\n            user {\n              id\n            }\n          }\n          lastMessage {\n            text\n          }\n        }\n      }\n    }\n  }\n": types.ChatsWithHistoryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchUserBits on User {\n    id\n    name\n    avatarUrl\n    online\n    lastSeenAt\n  }\n"): typeof import('./graphql.js').BenchUserBitsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchMessageBits on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    editedAt\n    createdAt\n    seenBy\n    sender {\n      ...BenchUserBits\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalSenderName\n    }\n    reactions {\n      emoji\n      count\n      userIds\n      reactedByMe\n    }\n  }\n"): typeof import('./graphql.js').BenchMessageBitsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BenchChatBits on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      user {\n        ...BenchUserBits\n      }\n    }\n    lastMessage {\n      ...BenchMessageBits\n    }\n  }\n"): typeof import('./graphql.js').BenchChatBitsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSendMessage($chatId: ID!, $clientId: String!, $text: String!) {\n    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text }) {\n      ...BenchMessageBits\n    }\n  }\n"): typeof import('./graphql.js').BenchSendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription OnNewMessage {\n    newMessage {\n      ...BenchMessageBits\n    }\n  }\n"): typeof import('./graphql.js').OnNewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchMessages($chatId: ID!, $limit: Int) {\n    messages(chatId: $chatId, limit: $limit) {\n      messages {\n        ...BenchMessageBits\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"): typeof import('./graphql.js').BenchMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BenchChats($first: Int) {\n    chats(first: $first) {\n      edges {\n        cursor\n        node {\n          ...BenchChatBits\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').BenchChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stored($chatId: ID!, $afterSeq: Int) {\n    messages(chatId: $chatId, afterSeq: $afterSeq, limit: 100) {\n      messages {\n        id\n        seq\n        clientId\n      }\n      hasMoreAfter\n    }\n  }\n"): typeof import('./graphql.js').StoredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FanoutCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n      members {\n        user {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').FanoutAddMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BenchSendIdSeq($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n"): typeof import('./graphql.js').BenchSendIdSeqDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BenchNewMessageId($c: ID) {\n    newMessage(chatId: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').BenchNewMessageIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestLoginCode($email: String!) {\n    requestLoginCode(email: $email) {\n      sent\n      retryAfterSeconds\n    }\n  }\n"): typeof import('./graphql.js').RequestLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyLoginCode($email: String!, $code: String!) {\n    verifyLoginCode(email: $email, code: $code) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').VerifyLoginCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReactionFields on ReactionGroup {\n    emoji\n    count\n    userIds\n    reactedByMe\n  }\n"): typeof import('./graphql.js').ReactionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageFields on Message {\n    id\n    chatId\n    seq\n    clientId\n    type\n    text\n    deleted\n    deletedAt\n    editedAt\n    createdAt\n    sender {\n      id\n      name\n    }\n    replyTo {\n      id\n      seq\n      type\n      text\n      deleted\n      sender {\n        id\n        name\n      }\n    }\n    forwarded {\n      originalMessageId\n      originalSenderName\n      originalSender {\n        id\n        name\n      }\n    }\n    reactions {\n      ...ReactionFields\n    }\n    seenBy\n    editHistory {\n      text\n      editedAt\n    }\n    attachments {\n      id\n    }\n  }\n"): typeof import('./graphql.js').MessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatFields on Chat {\n    id\n    kind\n    title\n    avatarUrl\n    lastSeq\n    unreadCount\n    myLastReadSeq\n    createdAt\n    updatedAt\n    members {\n      role\n      lastReadSeq\n      joinedAt\n      user {\n        id\n        name\n      }\n    }\n    lastMessage {\n      id\n      seq\n      text\n      type\n    }\n  }\n"): typeof import('./graphql.js').ChatFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chat($id: ID!) {\n    chat(id: $id) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Chats($first: Int, $after: String) {\n    chats(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ChatFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').MessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"): typeof import('./graphql.js').MessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchMessagesDocument;
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
export function graphql(source: "\n  mutation RenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').RenameGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').AddMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {\n    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').SetMemberRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n"): typeof import('./graphql.js').LeaveChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').MarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n"): typeof import('./graphql.js').SetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').EditMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').DeleteMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ToggleReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ForwardMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').NewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').MessageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Reactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      chatId\n      messageId\n      userId\n      emoji\n      added\n      reactions {\n        ...ReactionFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').ReactionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Typing($chatId: ID) {\n    typing(chatId: $chatId) {\n      chatId\n      isTyping\n      user {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql.js').TypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ReadReceipts($chatId: ID) {\n    readReceipts(chatId: $chatId) {\n      chatId\n      userId\n      lastReadSeq\n    }\n  }\n"): typeof import('./graphql.js').ReadReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription Presence {\n    presence {\n      userId\n      online\n      lastSeenAt\n    }\n  }\n"): typeof import('./graphql.js').PresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ChatUpdated {\n    chatUpdated {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    name\n    email\n    avatarUrl\n    online\n    lastSeenAt\n    createdAt\n  }\n"): typeof import('./graphql.js').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query User($id: ID!) {\n    user(id: $id) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').UserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($search: String, $first: Int, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserFields\n        }\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').UpdateProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAvatar($uploadId: ID) {\n    setAvatar(uploadId: $uploadId) {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').SetAvatarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription UserUpdated {\n    userUpdated {\n      ...UserFields\n    }\n  }\n"): typeof import('./graphql.js').UserUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuthPayloadFields on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    refreshToken\n    user {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql.js').AuthPayloadFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String) {\n    refreshSession(refreshToken: $refreshToken) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($allDevices: Boolean) {\n    logout(allDevices: $allDevices)\n  }\n"): typeof import('./graphql.js').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DemoLogin($email: String) {\n    demoLogin(email: $email) {\n      ...AuthPayloadFields\n    }\n  }\n"): typeof import('./graphql.js').DemoLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReaction($messageId: ID!, $emoji: String!) {\n    addReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').AddReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($messageId: ID!, $emoji: String!) {\n    removeReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').RemoveReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetChatHistory($chatId: ID!, $history: ChatHistory!) {\n    setChatHistory(chatId: $chatId, history: $history) {\n      ...ChatFields\n      history\n    }\n  }\n"): typeof import('./graphql.js').SetChatHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    mimeType\n    size\n    width\n    height\n    url\n    thumbnailUrl\n  }\n"): typeof import('./graphql.js').AttachmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      services {\n        name\n        status\n        latencyMs\n        failing\n      }\n    }\n  }\n"): typeof import('./graphql.js').ServerInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessageAck($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      seq\n      clientId\n    }\n  }\n"): typeof import('./graphql.js').SendMessageAckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessageWithAttachments($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').SendMessageWithAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageWithAttachments($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n      attachments {\n        ...AttachmentFields\n      }\n    }\n  }\n"): typeof import('./graphql.js').MessageWithAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesWithAttachments($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {\n    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {\n      messages {\n        ...MessageFields\n        attachments {\n          ...AttachmentFields\n        }\n      }\n      hasMoreBefore\n      hasMoreAfter\n    }\n  }\n"): typeof import('./graphql.js').MessagesWithAttachmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountsProfileOfOther($id: ID!) {\n    user(id: $id) {\n      id\n      email\n      name\n    }\n  }\n"): typeof import('./graphql.js').AccountsProfileOfOtherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiConsistencyChatsPageInfo($after: String) {\n    chats(first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiConsistencyChatsPageInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiConsistencySearchPageInfo($query: String!, $after: String) {\n    searchMessages(query: $query, first: 1, after: $after) {\n      edges {\n        cursor\n      }\n      pageInfo {\n        startCursor\n        endCursor\n        hasNextPage\n        hasPreviousPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ApiConsistencySearchPageInfoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GroupHistoryCreateGroup($input: CreateGroupInput!) {\n    createGroupChat(input: $input) {\n      ...ChatFields\n      history\n    }\n  }\n"): typeof import('./graphql.js').GroupHistoryCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelMessage on Message {\n    id\n    seq\n    text\n    deleted\n    editedAt\n    reactions {\n      emoji\n      count\n    }\n  }\n"): typeof import('./graphql.js').ModelMessageFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModelNewMessage($chatId: ID) {\n    newMessage(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n"): typeof import('./graphql.js').ModelNewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModelMessageUpdated($chatId: ID) {\n    messageUpdated(chatId: $chatId) {\n      ...ModelMessage\n    }\n  }\n"): typeof import('./graphql.js').ModelMessageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ModelReactions($chatId: ID) {\n    reactions(chatId: $chatId) {\n      messageId\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').ModelReactionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelMessages($chatId: ID!) {\n    messages(chatId: $chatId, limit: 100) {\n      messages {\n        ...ModelMessage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ModelMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrivacyPresenceOf($id: ID!) {\n    user(id: $id) {\n      id\n      online\n      lastSeenAt\n    }\n  }\n"): typeof import('./graphql.js').PrivacyPresenceOfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrivacyCreateDirectChat($userId: ID!) {\n    createDirectChat(userId: $userId) {\n      members {\n        user {\n          id\n          online\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').PrivacyCreateDirectChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatsWithHistory {\n    chats {\n      edges {\n        node {\n          title\n          history\n          members {\n            user {\n              id\n            }\n          }\n          lastMessage {\n            text\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ChatsWithHistoryDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
