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
    "\n    subscription ConvNewMessage($chatId: ID) {\n      newMessage(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  ": typeof types.ConvNewMessageDocument,
    "\n    subscription ConvMessageUpdated($chatId: ID) {\n      messageUpdated(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  ": typeof types.ConvMessageUpdatedDocument,
    "\n    subscription ConvReactions($chatId: ID) {\n      reactions(chatId: $chatId) {\n        chatId\n        messageId\n        userId\n        emoji\n        added\n        reactions {\n          emoji\n          count\n          userIds\n          reactedByMe\n        }\n      }\n    }\n  ": typeof types.ConvReactionsDocument,
    "\n    subscription ConvTyping($chatId: ID) {\n      typing(chatId: $chatId) {\n        chatId\n        isTyping\n        user {\n          id\n          name\n        }\n      }\n    }\n  ": typeof types.ConvTypingDocument,
    "\n    subscription ConvReadReceipts($chatId: ID) {\n      readReceipts(chatId: $chatId) {\n        chatId\n        userId\n        lastReadSeq\n      }\n    }\n  ": typeof types.ConvReadReceiptsDocument,
    "\n    subscription ConvPresence {\n      presence {\n        userId\n        online\n        lastSeenAt\n      }\n    }\n  ": typeof types.ConvPresenceDocument,
    "\n    subscription ConvChatUpdated {\n      chatUpdated {\n        ...ChatFields\n      }\n    }\n  ": typeof types.ConvChatUpdatedDocument,
    "\n  query ConvMe {\n    me {\n      name\n    }\n  }\n": typeof types.ConvMeDocument,
    "\n  query ConvChats {\n    chats(first: 100) {\n      edges {\n        node {\n          ...ChatFields\n        }\n      }\n    }\n  }\n": typeof types.ConvChatsDocument,
    "\n  query ConvMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n": typeof types.ConvMessageDocument,
    "\n  mutation ConvMarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n": typeof types.ConvMarkReadDocument,
    "\n  mutation ConvToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": typeof types.ConvToggleReactionDocument,
    "\n  mutation ConvEditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n": typeof types.ConvEditMessageDocument,
    "\n  mutation ConvDeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n": typeof types.ConvDeleteMessageDocument,
    "\n  mutation ConvSetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": typeof types.ConvSetTypingDocument,
    "\n  mutation ConvForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n": typeof types.ConvForwardMessageDocument,
    "\n  query ConvSearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.ConvSearchMessagesDocument,
    "\n  mutation ConvRenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n": typeof types.ConvRenameGroupDocument,
    "\n  mutation ConvAddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n": typeof types.ConvAddMembersDocument,
    "\n  mutation ConvRemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n": typeof types.ConvRemoveMemberDocument,
    "\n  mutation ConvLeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": typeof types.ConvLeaveChatDocument,
    "\n  query ConvUserPresence($id: ID!) {\n    user(id: $id) {\n      online\n      lastSeenAt\n    }\n  }\n": typeof types.ConvUserPresenceDocument,
    "\n  query InputChatList {\n    chats(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          lastSeq\n          unreadCount\n          myLastReadSeq\n          members {\n            role\n            lastReadSeq\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.InputChatListDocument,
    "\n  mutation InputWorldDelete($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      id\n    }\n  }\n": typeof types.InputWorldDeleteDocument,
    "\n  mutation InputWorldReact($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": typeof types.InputWorldReactDocument,
    "\n  mutation InputCreateDirect($u: ID!) {\n    createDirectChat(userId: $u) {\n      id\n    }\n  }\n": typeof types.InputCreateDirectDocument,
    "\n  mutation InputCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n    }\n  }\n": typeof types.InputCreateGroupDocument,
    "\n  mutation InputRename($c: ID!, $t: String!) {\n    renameGroup(chatId: $c, title: $t) {\n      id\n      title\n    }\n  }\n": typeof types.InputRenameDocument,
    "\n  mutation InputAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n    }\n  }\n": typeof types.InputAddMembersDocument,
    "\n  mutation InputRemoveMember($c: ID!, $u: ID!) {\n    removeMember(chatId: $c, userId: $u) {\n      id\n    }\n  }\n": typeof types.InputRemoveMemberDocument,
    "\n  mutation InputLeave($c: ID!) {\n    leaveChat(chatId: $c)\n  }\n": typeof types.InputLeaveDocument,
    "\n  mutation InputEdit($m: ID!, $t: String!) {\n    editMessage(id: $m, text: $t) {\n      id\n      text\n    }\n  }\n": typeof types.InputEditDocument,
    "\n  mutation InputDelete($m: ID!, $e: Boolean) {\n    deleteMessage(id: $m, forEveryone: $e) {\n      id\n      deleted\n    }\n  }\n": typeof types.InputDeleteDocument,
    "\n  mutation InputReact($m: ID!, $e: String!) {\n    toggleReaction(messageId: $m, emoji: $e) {\n      id\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n": typeof types.InputReactDocument,
    "\n  mutation InputForward($m: ID!, $c: [ID!]!) {\n    forwardMessage(messageId: $m, chatIds: $c) {\n      id\n      chatId\n    }\n  }\n": typeof types.InputForwardDocument,
    "\n  mutation InputMarkRead($c: ID!, $s: Int!) {\n    markRead(chatId: $c, seq: $s) {\n      id\n      myLastReadSeq\n    }\n  }\n": typeof types.InputMarkReadDocument,
    "\n  mutation InputSetTyping($c: ID!, $t: Boolean!) {\n    setTyping(chatId: $c, isTyping: $t)\n  }\n": typeof types.InputSetTypingDocument,
    "\n  query InputMessages($c: ID!, $b: Int, $a: Int, $l: Int) {\n    messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) {\n      messages {\n        id\n      }\n    }\n  }\n": typeof types.InputMessagesDocument,
    "\n  query InputChat($c: ID!) {\n    chat(id: $c) {\n      id\n    }\n  }\n": typeof types.InputChatDocument,
    "\n  query InputMessage($m: ID!) {\n    message(id: $m) {\n      id\n    }\n  }\n": typeof types.InputMessageDocument,
    "\n  query InputChatsPage($f: Int, $a: String) {\n    chats(first: $f, after: $a) {\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.InputChatsPageDocument,
    "\n  query InputSearch($q: String!, $c: ID, $f: Int, $a: String) {\n    searchMessages(query: $q, chatId: $c, first: $f, after: $a) {\n      edges {\n        cursor\n        node {\n          message {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.InputSearchDocument,
    "\n  mutation InputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n": typeof types.InputSendDocument,
    "\n  mutation InputSendFull($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      ...MessageFields\n    }\n  }\n": typeof types.InputSendFullDocument,
    "\n      subscription InputNewMessage($c: ID) {\n        newMessage(chatId: $c) {\n          id\n        }\n      }\n    ": typeof types.InputNewMessageDocument,
    "\n      subscription InputMessageUpdated($c: ID) {\n        messageUpdated(chatId: $c) {\n          id\n        }\n      }\n    ": typeof types.InputMessageUpdatedDocument,
    "\n      subscription InputReactions($c: ID) {\n        reactions(chatId: $c) {\n          emoji\n        }\n      }\n    ": typeof types.InputReactionsDocument,
    "\n      subscription InputTyping($c: ID) {\n        typing(chatId: $c) {\n          isTyping\n        }\n      }\n    ": typeof types.InputTypingDocument,
    "\n      subscription InputReadReceipts($c: ID) {\n        readReceipts(chatId: $c) {\n          lastReadSeq\n        }\n      }\n    ": typeof types.InputReadReceiptsDocument,
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
    "\n    subscription ConvNewMessage($chatId: ID) {\n      newMessage(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  ": types.ConvNewMessageDocument,
    "\n    subscription ConvMessageUpdated($chatId: ID) {\n      messageUpdated(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  ": types.ConvMessageUpdatedDocument,
    "\n    subscription ConvReactions($chatId: ID) {\n      reactions(chatId: $chatId) {\n        chatId\n        messageId\n        userId\n        emoji\n        added\n        reactions {\n          emoji\n          count\n          userIds\n          reactedByMe\n        }\n      }\n    }\n  ": types.ConvReactionsDocument,
    "\n    subscription ConvTyping($chatId: ID) {\n      typing(chatId: $chatId) {\n        chatId\n        isTyping\n        user {\n          id\n          name\n        }\n      }\n    }\n  ": types.ConvTypingDocument,
    "\n    subscription ConvReadReceipts($chatId: ID) {\n      readReceipts(chatId: $chatId) {\n        chatId\n        userId\n        lastReadSeq\n      }\n    }\n  ": types.ConvReadReceiptsDocument,
    "\n    subscription ConvPresence {\n      presence {\n        userId\n        online\n        lastSeenAt\n      }\n    }\n  ": types.ConvPresenceDocument,
    "\n    subscription ConvChatUpdated {\n      chatUpdated {\n        ...ChatFields\n      }\n    }\n  ": types.ConvChatUpdatedDocument,
    "\n  query ConvMe {\n    me {\n      name\n    }\n  }\n": types.ConvMeDocument,
    "\n  query ConvChats {\n    chats(first: 100) {\n      edges {\n        node {\n          ...ChatFields\n        }\n      }\n    }\n  }\n": types.ConvChatsDocument,
    "\n  query ConvMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n": types.ConvMessageDocument,
    "\n  mutation ConvMarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n": types.ConvMarkReadDocument,
    "\n  mutation ConvToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n": types.ConvToggleReactionDocument,
    "\n  mutation ConvEditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n": types.ConvEditMessageDocument,
    "\n  mutation ConvDeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n": types.ConvDeleteMessageDocument,
    "\n  mutation ConvSetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n": types.ConvSetTypingDocument,
    "\n  mutation ConvForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n": types.ConvForwardMessageDocument,
    "\n  query ConvSearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.ConvSearchMessagesDocument,
    "\n  mutation ConvRenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n": types.ConvRenameGroupDocument,
    "\n  mutation ConvAddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n": types.ConvAddMembersDocument,
    "\n  mutation ConvRemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n": types.ConvRemoveMemberDocument,
    "\n  mutation ConvLeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n": types.ConvLeaveChatDocument,
    "\n  query ConvUserPresence($id: ID!) {\n    user(id: $id) {\n      online\n      lastSeenAt\n    }\n  }\n": types.ConvUserPresenceDocument,
    "\n  query InputChatList {\n    chats(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          lastSeq\n          unreadCount\n          myLastReadSeq\n          members {\n            role\n            lastReadSeq\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.InputChatListDocument,
    "\n  mutation InputWorldDelete($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      id\n    }\n  }\n": types.InputWorldDeleteDocument,
    "\n  mutation InputWorldReact($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n": types.InputWorldReactDocument,
    "\n  mutation InputCreateDirect($u: ID!) {\n    createDirectChat(userId: $u) {\n      id\n    }\n  }\n": types.InputCreateDirectDocument,
    "\n  mutation InputCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n    }\n  }\n": types.InputCreateGroupDocument,
    "\n  mutation InputRename($c: ID!, $t: String!) {\n    renameGroup(chatId: $c, title: $t) {\n      id\n      title\n    }\n  }\n": types.InputRenameDocument,
    "\n  mutation InputAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n    }\n  }\n": types.InputAddMembersDocument,
    "\n  mutation InputRemoveMember($c: ID!, $u: ID!) {\n    removeMember(chatId: $c, userId: $u) {\n      id\n    }\n  }\n": types.InputRemoveMemberDocument,
    "\n  mutation InputLeave($c: ID!) {\n    leaveChat(chatId: $c)\n  }\n": types.InputLeaveDocument,
    "\n  mutation InputEdit($m: ID!, $t: String!) {\n    editMessage(id: $m, text: $t) {\n      id\n      text\n    }\n  }\n": types.InputEditDocument,
    "\n  mutation InputDelete($m: ID!, $e: Boolean) {\n    deleteMessage(id: $m, forEveryone: $e) {\n      id\n      deleted\n    }\n  }\n": types.InputDeleteDocument,
    "\n  mutation InputReact($m: ID!, $e: String!) {\n    toggleReaction(messageId: $m, emoji: $e) {\n      id\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n": types.InputReactDocument,
    "\n  mutation InputForward($m: ID!, $c: [ID!]!) {\n    forwardMessage(messageId: $m, chatIds: $c) {\n      id\n      chatId\n    }\n  }\n": types.InputForwardDocument,
    "\n  mutation InputMarkRead($c: ID!, $s: Int!) {\n    markRead(chatId: $c, seq: $s) {\n      id\n      myLastReadSeq\n    }\n  }\n": types.InputMarkReadDocument,
    "\n  mutation InputSetTyping($c: ID!, $t: Boolean!) {\n    setTyping(chatId: $c, isTyping: $t)\n  }\n": types.InputSetTypingDocument,
    "\n  query InputMessages($c: ID!, $b: Int, $a: Int, $l: Int) {\n    messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) {\n      messages {\n        id\n      }\n    }\n  }\n": types.InputMessagesDocument,
    "\n  query InputChat($c: ID!) {\n    chat(id: $c) {\n      id\n    }\n  }\n": types.InputChatDocument,
    "\n  query InputMessage($m: ID!) {\n    message(id: $m) {\n      id\n    }\n  }\n": types.InputMessageDocument,
    "\n  query InputChatsPage($f: Int, $a: String) {\n    chats(first: $f, after: $a) {\n      edges {\n        cursor\n      }\n    }\n  }\n": types.InputChatsPageDocument,
    "\n  query InputSearch($q: String!, $c: ID, $f: Int, $a: String) {\n    searchMessages(query: $q, chatId: $c, first: $f, after: $a) {\n      edges {\n        cursor\n        node {\n          message {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.InputSearchDocument,
    "\n  mutation InputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n": types.InputSendDocument,
    "\n  mutation InputSendFull($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      ...MessageFields\n    }\n  }\n": types.InputSendFullDocument,
    "\n      subscription InputNewMessage($c: ID) {\n        newMessage(chatId: $c) {\n          id\n        }\n      }\n    ": types.InputNewMessageDocument,
    "\n      subscription InputMessageUpdated($c: ID) {\n        messageUpdated(chatId: $c) {\n          id\n        }\n      }\n    ": types.InputMessageUpdatedDocument,
    "\n      subscription InputReactions($c: ID) {\n        reactions(chatId: $c) {\n          emoji\n        }\n      }\n    ": types.InputReactionsDocument,
    "\n      subscription InputTyping($c: ID) {\n        typing(chatId: $c) {\n          isTyping\n        }\n      }\n    ": types.InputTypingDocument,
    "\n      subscription InputReadReceipts($c: ID) {\n        readReceipts(chatId: $c) {\n          lastReadSeq\n        }\n      }\n    ": types.InputReadReceiptsDocument,
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvNewMessage($chatId: ID) {\n      newMessage(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  "): typeof import('./graphql.js').ConvNewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvMessageUpdated($chatId: ID) {\n      messageUpdated(chatId: $chatId) {\n        ...MessageFields\n      }\n    }\n  "): typeof import('./graphql.js').ConvMessageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvReactions($chatId: ID) {\n      reactions(chatId: $chatId) {\n        chatId\n        messageId\n        userId\n        emoji\n        added\n        reactions {\n          emoji\n          count\n          userIds\n          reactedByMe\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ConvReactionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvTyping($chatId: ID) {\n      typing(chatId: $chatId) {\n        chatId\n        isTyping\n        user {\n          id\n          name\n        }\n      }\n    }\n  "): typeof import('./graphql.js').ConvTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvReadReceipts($chatId: ID) {\n      readReceipts(chatId: $chatId) {\n        chatId\n        userId\n        lastReadSeq\n      }\n    }\n  "): typeof import('./graphql.js').ConvReadReceiptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvPresence {\n      presence {\n        userId\n        online\n        lastSeenAt\n      }\n    }\n  "): typeof import('./graphql.js').ConvPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription ConvChatUpdated {\n      chatUpdated {\n        ...ChatFields\n      }\n    }\n  "): typeof import('./graphql.js').ConvChatUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvMe {\n    me {\n      name\n    }\n  }\n"): typeof import('./graphql.js').ConvMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvChats {\n    chats(first: 100) {\n      edges {\n        node {\n          ...ChatFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConvChatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvMessage($id: ID!) {\n    message(id: $id) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ConvMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvMarkRead($chatId: ID!, $seq: Int!) {\n    markRead(chatId: $chatId, seq: $seq) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ConvMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvToggleReaction($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ConvToggleReactionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvEditMessage($id: ID!, $text: String!) {\n    editMessage(id: $id, text: $text) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ConvEditMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvDeleteMessage($id: ID!, $forEveryone: Boolean) {\n    deleteMessage(id: $id, forEveryone: $forEveryone) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ConvDeleteMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvSetTyping($chatId: ID!, $isTyping: Boolean!) {\n    setTyping(chatId: $chatId, isTyping: $isTyping)\n  }\n"): typeof import('./graphql.js').ConvSetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvForwardMessage($messageId: ID!, $chatIds: [ID!]!) {\n    forwardMessage(messageId: $messageId, chatIds: $chatIds) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').ConvForwardMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvSearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {\n    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          message {\n            ...MessageFields\n          }\n          chat {\n            id\n            kind\n          }\n          highlights {\n            start\n            length\n          }\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql.js').ConvSearchMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvRenameGroup($chatId: ID!, $title: String!) {\n    renameGroup(chatId: $chatId, title: $title) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ConvRenameGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvAddMembers($chatId: ID!, $userIds: [ID!]!) {\n    addMembers(chatId: $chatId, userIds: $userIds) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ConvAddMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvRemoveMember($chatId: ID!, $userId: ID!) {\n    removeMember(chatId: $chatId, userId: $userId) {\n      ...ChatFields\n    }\n  }\n"): typeof import('./graphql.js').ConvRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvLeaveChat($chatId: ID!) {\n    leaveChat(chatId: $chatId)\n  }\n"): typeof import('./graphql.js').ConvLeaveChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConvUserPresence($id: ID!) {\n    user(id: $id) {\n      online\n      lastSeenAt\n    }\n  }\n"): typeof import('./graphql.js').ConvUserPresenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputChatList {\n    chats(first: 100) {\n      edges {\n        node {\n          id\n          kind\n          title\n          lastSeq\n          unreadCount\n          myLastReadSeq\n          members {\n            role\n            lastReadSeq\n            user {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputChatListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputWorldDelete($id: ID!) {\n    deleteMessage(id: $id, forEveryone: true) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputWorldDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputWorldReact($messageId: ID!, $emoji: String!) {\n    toggleReaction(messageId: $messageId, emoji: $emoji) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputWorldReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputCreateDirect($u: ID!) {\n    createDirectChat(userId: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputCreateDirectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputCreateGroup($i: CreateGroupInput!) {\n    createGroupChat(input: $i) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputCreateGroupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputRename($c: ID!, $t: String!) {\n    renameGroup(chatId: $c, title: $t) {\n      id\n      title\n    }\n  }\n"): typeof import('./graphql.js').InputRenameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputAddMembers($c: ID!, $u: [ID!]!) {\n    addMembers(chatId: $c, userIds: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputAddMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputRemoveMember($c: ID!, $u: ID!) {\n    removeMember(chatId: $c, userId: $u) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputRemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputLeave($c: ID!) {\n    leaveChat(chatId: $c)\n  }\n"): typeof import('./graphql.js').InputLeaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputEdit($m: ID!, $t: String!) {\n    editMessage(id: $m, text: $t) {\n      id\n      text\n    }\n  }\n"): typeof import('./graphql.js').InputEditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputDelete($m: ID!, $e: Boolean) {\n    deleteMessage(id: $m, forEveryone: $e) {\n      id\n      deleted\n    }\n  }\n"): typeof import('./graphql.js').InputDeleteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputReact($m: ID!, $e: String!) {\n    toggleReaction(messageId: $m, emoji: $e) {\n      id\n      reactions {\n        emoji\n        count\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputReactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputForward($m: ID!, $c: [ID!]!) {\n    forwardMessage(messageId: $m, chatIds: $c) {\n      id\n      chatId\n    }\n  }\n"): typeof import('./graphql.js').InputForwardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputMarkRead($c: ID!, $s: Int!) {\n    markRead(chatId: $c, seq: $s) {\n      id\n      myLastReadSeq\n    }\n  }\n"): typeof import('./graphql.js').InputMarkReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputSetTyping($c: ID!, $t: Boolean!) {\n    setTyping(chatId: $c, isTyping: $t)\n  }\n"): typeof import('./graphql.js').InputSetTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputMessages($c: ID!, $b: Int, $a: Int, $l: Int) {\n    messages(chatId: $c, beforeSeq: $b, afterSeq: $a, limit: $l) {\n      messages {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputChat($c: ID!) {\n    chat(id: $c) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputChatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputMessage($m: ID!) {\n    message(id: $m) {\n      id\n    }\n  }\n"): typeof import('./graphql.js').InputMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputChatsPage($f: Int, $a: String) {\n    chats(first: $f, after: $a) {\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputChatsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InputSearch($q: String!, $c: ID, $f: Int, $a: String) {\n    searchMessages(query: $q, chatId: $c, first: $f, after: $a) {\n      edges {\n        cursor\n        node {\n          message {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').InputSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputSend($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      id\n      seq\n    }\n  }\n"): typeof import('./graphql.js').InputSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InputSendFull($i: SendMessageInput!) {\n    sendMessage(input: $i) {\n      ...MessageFields\n    }\n  }\n"): typeof import('./graphql.js').InputSendFullDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription InputNewMessage($c: ID) {\n        newMessage(chatId: $c) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').InputNewMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription InputMessageUpdated($c: ID) {\n        messageUpdated(chatId: $c) {\n          id\n        }\n      }\n    "): typeof import('./graphql.js').InputMessageUpdatedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription InputReactions($c: ID) {\n        reactions(chatId: $c) {\n          emoji\n        }\n      }\n    "): typeof import('./graphql.js').InputReactionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription InputTyping($c: ID) {\n        typing(chatId: $c) {\n          isTyping\n        }\n      }\n    "): typeof import('./graphql.js').InputTypingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      subscription InputReadReceipts($c: ID) {\n        readReceipts(chatId: $c) {\n          lastReadSeq\n        }\n      }\n    "): typeof import('./graphql.js').InputReadReceiptsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
