import { graphql } from './gql/index.js';
import type { ChatFieldsFragment, MessageFieldsFragment, ReactionFieldsFragment } from './gql/graphql.js';

/**
 * The tests' chat operations, one typed document each: the queries, mutations and subscriptions
 * of chats and messages, with variables named as the schema names the arguments, selecting whole
 * messages (MessageFields) and chats (ChatFields). Helpers (chat-ops.ts), the conversation fixture
 * (conversation.ts), the bad-input cases (input-cases.ts) and the e2e files all send these; a test
 * keeps a document of its own only when its selection is what it tests, or a plain string for
 * what the schema refuses.
 */

export const ReactionFields = graphql(`
  fragment ReactionFields on ReactionGroup {
    emoji
    count
    userIds
    reactedByMe
  }
`);

export const MessageFields = graphql(`
  fragment MessageFields on Message {
    id
    chatId
    seq
    clientId
    type
    text
    deleted
    deletedAt
    editedAt
    createdAt
    sender {
      id
      name
    }
    replyTo {
      id
      seq
      type
      text
      deleted
      sender {
        id
        name
      }
    }
    forwarded {
      originalMessageId
      originalSenderName
      originalSender {
        id
        name
      }
    }
    reactions {
      ...ReactionFields
    }
    seenBy
    editHistory {
      text
      editedAt
    }
    attachments {
      id
    }
  }
`);

export const ChatFields = graphql(`
  fragment ChatFields on Chat {
    id
    kind
    title
    avatarUrl
    lastSeq
    unreadCount
    myLastReadSeq
    createdAt
    updatedAt
    members {
      role
      lastReadSeq
      joinedAt
      user {
        id
        name
      }
    }
    lastMessage {
      id
      seq
      text
      type
    }
  }
`);

/** A message as the tests read it (the MessageFields fragment). */
export type MessageView = MessageFieldsFragment;
/** A chat as the tests read it (the ChatFields fragment). */
export type ChatView = ChatFieldsFragment;
/** A reaction of a message as one viewer sees it (the ReactionFields fragment). */
export type ReactionView = ReactionFieldsFragment;
/** A member's role in a group: OWNER, ADMIN or MEMBER. */
export type { MemberRole } from './gql/graphql.js';

// Queries

export const CHAT = graphql(`
  query Chat($id: ID!) {
    chat(id: $id) {
      ...ChatFields
    }
  }
`);
export const CHATS = graphql(`
  query Chats($first: Int, $after: String) {
    chats(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ChatFields
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
export const MESSAGE = graphql(`
  query Message($id: ID!) {
    message(id: $id) {
      ...MessageFields
    }
  }
`);
export const MESSAGES = graphql(`
  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {
      messages {
        ...MessageFields
      }
      hasMoreBefore
      hasMoreAfter
    }
  }
`);
export const SEARCH_MESSAGES = graphql(`
  query SearchMessages($query: String!, $chatId: ID, $first: Int, $after: String) {
    searchMessages(query: $query, chatId: $chatId, first: $first, after: $after) {
      edges {
        cursor
        node {
          message {
            ...MessageFields
          }
          chat {
            id
            kind
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

// Mutations of chats

export const CREATE_DIRECT = graphql(`
  mutation CreateDirectChat($userId: ID!) {
    createDirectChat(userId: $userId) {
      ...ChatFields
    }
  }
`);
export const CREATE_GROUP = graphql(`
  mutation CreateGroupChat($input: CreateGroupInput!) {
    createGroupChat(input: $input) {
      ...ChatFields
    }
  }
`);
export const RENAME_GROUP = graphql(`
  mutation RenameGroup($chatId: ID!, $title: String!) {
    renameGroup(chatId: $chatId, title: $title) {
      ...ChatFields
    }
  }
`);
export const ADD_MEMBERS = graphql(`
  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {
    addMembers(chatId: $chatId, userIds: $userIds) {
      ...ChatFields
    }
  }
`);
export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($chatId: ID!, $userId: ID!) {
    removeMember(chatId: $chatId, userId: $userId) {
      ...ChatFields
    }
  }
`);
export const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {
    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {
      ...ChatFields
    }
  }
`);
export const LEAVE_CHAT = graphql(`
  mutation LeaveChat($chatId: ID!) {
    leaveChat(chatId: $chatId)
  }
`);
export const MARK_READ = graphql(`
  mutation MarkRead($chatId: ID!, $seq: Int!) {
    markRead(chatId: $chatId, seq: $seq) {
      ...ChatFields
    }
  }
`);
export const SET_TYPING = graphql(`
  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {
    setTyping(chatId: $chatId, isTyping: $isTyping)
  }
`);

// Mutations of messages

export const SEND_MESSAGE = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
    }
  }
`);
export const EDIT_MESSAGE = graphql(`
  mutation EditMessage($id: ID!, $text: String!) {
    editMessage(id: $id, text: $text) {
      ...MessageFields
    }
  }
`);
export const DELETE_MESSAGE = graphql(`
  mutation DeleteMessage($id: ID!, $forEveryone: Boolean) {
    deleteMessage(id: $id, forEveryone: $forEveryone) {
      ...MessageFields
    }
  }
`);
export const TOGGLE_REACTION = graphql(`
  mutation ToggleReaction($messageId: ID!, $emoji: String!) {
    toggleReaction(messageId: $messageId, emoji: $emoji) {
      ...MessageFields
    }
  }
`);
export const FORWARD_MESSAGE = graphql(`
  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {
    forwardMessage(messageId: $messageId, chatIds: $chatIds) {
      ...MessageFields
    }
  }
`);

// Subscriptions: each of a chat's events takes an optional chatId filter.

export const NEW_MESSAGE = graphql(`
  subscription NewMessage($chatId: ID) {
    newMessage(chatId: $chatId) {
      ...MessageFields
    }
  }
`);
export const MESSAGE_UPDATED = graphql(`
  subscription MessageUpdated($chatId: ID) {
    messageUpdated(chatId: $chatId) {
      ...MessageFields
    }
  }
`);
export const REACTIONS = graphql(`
  subscription Reactions($chatId: ID) {
    reactions(chatId: $chatId) {
      chatId
      messageId
      userId
      emoji
      added
      reactions {
        ...ReactionFields
      }
    }
  }
`);
export const TYPING = graphql(`
  subscription Typing($chatId: ID) {
    typing(chatId: $chatId) {
      chatId
      isTyping
      user {
        id
        name
      }
    }
  }
`);
export const READ_RECEIPTS = graphql(`
  subscription ReadReceipts($chatId: ID) {
    readReceipts(chatId: $chatId) {
      chatId
      userId
      lastReadSeq
    }
  }
`);
export const PRESENCE = graphql(`
  subscription Presence {
    presence {
      userId
      online
      lastSeenAt
    }
  }
`);
export const CHAT_UPDATED = graphql(`
  subscription ChatUpdated {
    chatUpdated {
      ...ChatFields
    }
  }
`);

// Users, sessions, reactions and group history: the viewer and other people (profiles, people
// search, name and avatar changes), refreshing and ending sessions, demo login, addReaction and
// removeReaction, and setChatHistory. Users are read whole (UserFields).

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    name
    email
    avatarUrl
    online
    lastSeenAt
    createdAt
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...UserFields
    }
  }
`);
export const USER = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserFields
    }
  }
`);
export const USERS = graphql(`
  query Users($search: String, $first: Int, $after: String) {
    users(search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...UserFields
        }
      }
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
    }
  }
`);
export const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...UserFields
    }
  }
`);
export const SET_AVATAR = graphql(`
  mutation SetAvatar($uploadId: ID) {
    setAvatar(uploadId: $uploadId) {
      ...UserFields
    }
  }
`);
export const USER_UPDATED = graphql(`
  subscription UserUpdated {
    userUpdated {
      ...UserFields
    }
  }
`);

/** A new session as the login mutations answer it. */
export const AuthPayloadFields = graphql(`
  fragment AuthPayloadFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    user {
      id
      name
      email
    }
  }
`);

export const REFRESH_SESSION = graphql(`
  mutation RefreshSession($refreshToken: String) {
    refreshSession(refreshToken: $refreshToken) {
      ...AuthPayloadFields
    }
  }
`);
export const LOGOUT = graphql(`
  mutation Logout($allDevices: Boolean) {
    logout(allDevices: $allDevices)
  }
`);
export const DEMO_LOGIN = graphql(`
  mutation DemoLogin($email: String) {
    demoLogin(email: $email) {
      ...AuthPayloadFields
    }
  }
`);

export const ADD_REACTION = graphql(`
  mutation AddReaction($messageId: ID!, $emoji: String!) {
    addReaction(messageId: $messageId, emoji: $emoji) {
      ...MessageFields
    }
  }
`);
export const REMOVE_REACTION = graphql(`
  mutation RemoveReaction($messageId: ID!, $emoji: String!) {
    removeReaction(messageId: $messageId, emoji: $emoji) {
      ...MessageFields
    }
  }
`);
export const SET_CHAT_HISTORY = graphql(`
  mutation SetChatHistory($chatId: ID!, $history: ChatHistory!) {
    setChatHistory(chatId: $chatId, history: $history) {
      ...ChatFields
      history
    }
  }
`);

// Uploads, server info, and sends in bursts and under faults.

/** An uploaded image as a message carries it: its size and signed links to it and its thumbnail. */
export const AttachmentFields = graphql(`
  fragment AttachmentFields on Attachment {
    id
    mimeType
    size
    width
    height
    url
    thumbnailUrl
  }
`);

export const SERVER_INFO = graphql(`
  query ServerInfo {
    serverInfo {
      version
      services {
        name
        status
        latencyMs
        failing
      }
    }
  }
`);

/**
 * sendMessage answering only what the chat service stores (id, seq, clientId): for sends in
 * bursts, under overload and under faults, where resolving the sender (a request to the user
 * service) would add work, and refusals, that are not the send's.
 */
export const SEND_MESSAGE_ACK = graphql(`
  mutation SendMessageAck($input: SendMessageInput!) {
    sendMessage(input: $input) {
      id
      seq
      clientId
    }
  }
`);

// Messages with their attachments' sizes and signed links (MessageFields has their ids only).

export const SEND_MESSAGE_WITH_ATTACHMENTS = graphql(`
  mutation SendMessageWithAttachments($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageFields
      attachments {
        ...AttachmentFields
      }
    }
  }
`);
export const MESSAGE_WITH_ATTACHMENTS = graphql(`
  query MessageWithAttachments($id: ID!) {
    message(id: $id) {
      ...MessageFields
      attachments {
        ...AttachmentFields
      }
    }
  }
`);
export const MESSAGES_WITH_ATTACHMENTS = graphql(`
  query MessagesWithAttachments($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {
      messages {
        ...MessageFields
        attachments {
          ...AttachmentFields
        }
      }
      hasMoreBefore
      hasMoreAfter
    }
  }
`);
