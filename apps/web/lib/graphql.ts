import { gql, type TypedDocumentNode } from '@apollo/client';

/**
 * Every operation the web app sends, with hand-written result types (the contract is
 * ../shared/API.graphql). Fragments keep the shapes in one place so that a message or chat read
 * by a query, a mutation or a subscription lands in the same cache entry.
 */

export interface UserBits {
  __typename?: 'User';
  id: string;
  name: string;
  avatarUrl: string;
  online: boolean;
  lastSeenAt: string | null;
}

export interface ReactionBits {
  __typename?: 'ReactionGroup';
  emoji: string;
  count: number;
  userIds: string[];
  reactedByMe: boolean;
}

export interface ReplyBits {
  __typename?: 'MessagePreview';
  id: string;
  seq: number;
  type: MessageType;
  text: string | null;
  deleted: boolean;
  sender: { __typename?: 'User'; id: string; name: string };
}

export type MessageType = 'TEXT' | 'IMAGE' | 'SYSTEM';

/** A picture of a message; `url` and `thumbnailUrl` are signed and expire (ask for the message again). */
export interface AttachmentBits {
  __typename?: 'Attachment';
  id: string;
  mimeType: string;
  width: number;
  height: number;
  url: string;
  thumbnailUrl: string;
}

export interface MessageBits {
  __typename?: 'Message';
  id: string;
  chatId: string;
  seq: number;
  clientId: string | null;
  type: MessageType;
  text: string | null;
  deleted: boolean;
  editedAt: string | null;
  createdAt: string;
  seenBy: string[];
  sender: UserBits;
  replyTo: ReplyBits | null;
  forwarded: { __typename?: 'ForwardInfo'; originalSenderName: string } | null;
  reactions: ReactionBits[];
  attachments: AttachmentBits[];
}

export interface MemberBits {
  __typename?: 'ChatMember';
  role: 'OWNER' | 'ADMIN' | 'MEMBER';
  lastReadSeq: number;
  user: UserBits;
}

export interface ChatBits {
  __typename?: 'Chat';
  id: string;
  kind: 'DIRECT' | 'GROUP';
  title: string;
  avatarUrl: string | null;
  lastSeq: number;
  unreadCount: number;
  myLastReadSeq: number;
  createdAt: string;
  updatedAt: string;
  members: MemberBits[];
  lastMessage: MessageBits | null;
}

export interface Viewer {
  id: string;
  name: string;
  email: string | null;
  avatarUrl: string;
}

export interface AuthPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: Viewer;
}

export interface MessagePage {
  __typename?: 'MessagePage';
  messages: MessageBits[];
  hasMoreBefore: boolean;
  hasMoreAfter: boolean;
}

export const USER_BITS = gql`
  fragment UserBits on User {
    id
    name
    avatarUrl
    online
    lastSeenAt
  }
`;

export const MESSAGE_BITS = gql`
  fragment MessageBits on Message {
    id
    chatId
    seq
    clientId
    type
    text
    deleted
    editedAt
    createdAt
    seenBy
    sender {
      ...UserBits
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
      originalSenderName
    }
    reactions {
      emoji
      count
      userIds
      reactedByMe
    }
    attachments {
      id
      mimeType
      width
      height
      url
      thumbnailUrl
    }
  }
  ${USER_BITS}
`;

export const CHAT_BITS = gql`
  fragment ChatBits on Chat {
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
      user {
        ...UserBits
      }
    }
    lastMessage {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

const AUTH_PAYLOAD_FIELDS = 'accessToken accessTokenExpiresAt user { id name email avatarUrl }';
const AUTH_FIELDS = gql`
  fragment AuthFields on AuthPayload {
    accessToken
    accessTokenExpiresAt
    user {
      id
      name
      email
      avatarUrl
    }
  }
`;

// ---- public (no token) ----

export const SERVER_INFO: TypedDocumentNode<{
  serverInfo: { version: string; services: { name: string; status: 'UP' | 'DOWN'; latencyMs: number | null }[] };
}> = gql`
  query ServerInfo {
    serverInfo {
      version
      services {
        name
        status
        latencyMs
      }
    }
  }
`;

export const REQUEST_LOGIN_CODE: TypedDocumentNode<{ requestLoginCode: { sent: boolean; retryAfterSeconds: number } }, { email: string }> = gql`
  mutation RequestLoginCode($email: String!) {
    requestLoginCode(email: $email) {
      sent
      retryAfterSeconds
    }
  }
`;

export const VERIFY_LOGIN_CODE: TypedDocumentNode<{ verifyLoginCode: AuthPayload }, { email: string; code: string }> = gql`
  mutation VerifyLoginCode($email: String!, $code: String!) {
    verifyLoginCode(email: $email, code: $code) {
      ...AuthFields
    }
  }
  ${AUTH_FIELDS}
`;

export const DEMO_LOGIN: TypedDocumentNode<{ demoLogin: AuthPayload }, { email?: string }> = gql`
  mutation DemoLogin($email: String) {
    demoLogin(email: $email) {
      ...AuthFields
    }
  }
  ${AUTH_FIELDS}
`;

/**
 * Asks whether demo mode is on without signing in: an address that is no demo account is
 * refused with BAD_USER_INPUT when demo mode is on, and with FORBIDDEN when it is off.
 */
export const DEMO_PROBE: TypedDocumentNode<{ demoLogin: { accessToken: string } }> = gql`
  mutation DemoProbe {
    demoLogin(email: "probe@parley.invalid") {
      accessToken
    }
  }
`;

/** Sent with plain fetch (lib/session.ts), never through Apollo, so the refresh cannot loop. */
export const REFRESH_SESSION_QUERY = `mutation RefreshSession { refreshSession { ${AUTH_PAYLOAD_FIELDS} } }`;

export const PUBLIC_OPERATIONS = new Set(['ServerInfo', 'RequestLoginCode', 'VerifyLoginCode', 'DemoLogin', 'DemoProbe', 'RefreshSession']);

// ---- signed in ----

/** Who the token belongs to: checked when the app starts with a stored session (the account may be gone). */
export const ME: TypedDocumentNode<{ me: { __typename?: 'User'; id: string; name: string } }> = gql`
  query Me {
    me {
      id
      name
    }
  }
`;

export const LOGOUT: TypedDocumentNode<{ logout: boolean }> = gql`
  mutation Logout {
    logout
  }
`;

export interface ChatsData {
  chats: {
    __typename?: 'ChatConnection';
    edges: { __typename?: 'ChatEdge'; cursor: string; node: ChatBits }[];
    pageInfo: { __typename?: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
  };
}

export const CHATS: TypedDocumentNode<ChatsData, { after?: string | null }> = gql`
  query Chats($after: String) {
    chats(first: 50, after: $after) {
      edges {
        cursor
        node {
          ...ChatBits
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

export interface MessagesVars {
  chatId: string;
  beforeSeq?: number;
  afterSeq?: number;
  limit?: number;
}

export const MESSAGES: TypedDocumentNode<{ messages: MessagePage }, MessagesVars> = gql`
  query Messages($chatId: ID!, $beforeSeq: Int, $afterSeq: Int, $limit: Int) {
    messages(chatId: $chatId, beforeSeq: $beforeSeq, afterSeq: $afterSeq, limit: $limit) {
      messages {
        ...MessageBits
      }
      hasMoreBefore
      hasMoreAfter
    }
  }
  ${MESSAGE_BITS}
`;

export const SEARCH_USERS: TypedDocumentNode<{ users: { edges: { node: UserBits }[] } }, { search: string }> = gql`
  query SearchUsers($search: String!) {
    users(search: $search, first: 20) {
      edges {
        node {
          ...UserBits
        }
      }
    }
  }
  ${USER_BITS}
`;

export const CREATE_DIRECT_CHAT: TypedDocumentNode<{ createDirectChat: ChatBits }, { userId: string }> = gql`
  mutation CreateDirectChat($userId: ID!) {
    createDirectChat(userId: $userId) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const CREATE_GROUP_CHAT: TypedDocumentNode<{ createGroupChat: ChatBits }, { title: string; memberIds: string[]; history: 'SHARED' | 'FROM_JOIN' }> = gql`
  mutation CreateGroupChat($title: String!, $memberIds: [ID!]!, $history: ChatHistory) {
    createGroupChat(input: { title: $title, memberIds: $memberIds, history: $history }) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const SEND_MESSAGE: TypedDocumentNode<{ sendMessage: MessageBits }, { chatId: string; clientId: string; text: string; replyToId?: string | null }> = gql`
  mutation SendMessage($chatId: ID!, $clientId: String!, $text: String!, $replyToId: ID) {
    sendMessage(input: { chatId: $chatId, clientId: $clientId, text: $text, replyToId: $replyToId }) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const EDIT_MESSAGE: TypedDocumentNode<{ editMessage: MessageBits }, { id: string; text: string }> = gql`
  mutation EditMessage($id: ID!, $text: String!) {
    editMessage(id: $id, text: $text) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const DELETE_MESSAGE: TypedDocumentNode<{ deleteMessage: MessageBits }, { id: string }> = gql`
  mutation DeleteMessage($id: ID!) {
    deleteMessage(id: $id, forEveryone: true) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const ADD_REACTION: TypedDocumentNode<{ addReaction: MessageBits }, { messageId: string; emoji: string }> = gql`
  mutation AddReaction($messageId: ID!, $emoji: String!) {
    addReaction(messageId: $messageId, emoji: $emoji) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const REMOVE_REACTION: TypedDocumentNode<{ removeReaction: MessageBits }, { messageId: string; emoji: string }> = gql`
  mutation RemoveReaction($messageId: ID!, $emoji: String!) {
    removeReaction(messageId: $messageId, emoji: $emoji) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const MARK_READ: TypedDocumentNode<
  { markRead: { __typename?: 'Chat'; id: string; unreadCount: number; myLastReadSeq: number } },
  { chatId: string; seq: number }
> = gql`
  mutation MarkRead($chatId: ID!, $seq: Int!) {
    markRead(chatId: $chatId, seq: $seq) {
      id
      unreadCount
      myLastReadSeq
    }
  }
`;

export const SET_TYPING: TypedDocumentNode<{ setTyping: boolean }, { chatId: string; isTyping: boolean }> = gql`
  mutation SetTyping($chatId: ID!, $isTyping: Boolean!) {
    setTyping(chatId: $chatId, isTyping: $isTyping)
  }
`;

// ---- subscriptions ----

export const ON_NEW_MESSAGE: TypedDocumentNode<{ newMessage: MessageBits }> = gql`
  subscription OnNewMessage {
    newMessage {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const ON_MESSAGE_UPDATED: TypedDocumentNode<{ messageUpdated: MessageBits }> = gql`
  subscription OnMessageUpdated {
    messageUpdated {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export interface ReactionEvent {
  chatId: string;
  messageId: string;
  userId: string;
  emoji: string;
  added: boolean;
  reactions: ReactionBits[];
}

export const ON_REACTIONS: TypedDocumentNode<{ reactions: ReactionEvent }> = gql`
  subscription OnReactions {
    reactions {
      chatId
      messageId
      userId
      emoji
      added
      reactions {
        emoji
        count
        userIds
        reactedByMe
      }
    }
  }
`;

export const ON_TYPING: TypedDocumentNode<{ typing: { chatId: string; isTyping: boolean; user: { id: string; name: string } } }> = gql`
  subscription OnTyping {
    typing {
      chatId
      isTyping
      user {
        id
        name
      }
    }
  }
`;

export const ON_READ_RECEIPTS: TypedDocumentNode<{ readReceipts: { chatId: string; userId: string; lastReadSeq: number } }> = gql`
  subscription OnReadReceipts {
    readReceipts {
      chatId
      userId
      lastReadSeq
    }
  }
`;

export const ON_CHAT_UPDATED: TypedDocumentNode<{ chatUpdated: ChatBits }> = gql`
  subscription OnChatUpdated {
    chatUpdated {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const ON_PRESENCE: TypedDocumentNode<{ presence: { userId: string; online: boolean; lastSeenAt: string | null } }> = gql`
  subscription OnPresence {
    presence {
      userId
      online
      lastSeenAt
    }
  }
`;

// ---- profile and forwarding ----

export const UPDATE_PROFILE: TypedDocumentNode<{ updateProfile: UserBits }, { name: string }> = gql`
  mutation UpdateProfile($name: String!) {
    updateProfile(input: { name: $name }) {
      ...UserBits
    }
  }
  ${USER_BITS}
`;

/** An upload of the viewer (POST /uploads) as the avatar, or null to go back to the generated one. */
export const SET_AVATAR: TypedDocumentNode<{ setAvatar: UserBits }, { uploadId: string | null }> = gql`
  mutation SetAvatar($uploadId: ID) {
    setAvatar(uploadId: $uploadId) {
      ...UserBits
    }
  }
  ${USER_BITS}
`;

export const FORWARD_MESSAGE: TypedDocumentNode<{ forwardMessage: MessageBits[] }, { messageId: string; chatIds: string[] }> = gql`
  mutation ForwardMessage($messageId: ID!, $chatIds: [ID!]!) {
    forwardMessage(messageId: $messageId, chatIds: $chatIds) {
      ...MessageBits
    }
  }
  ${MESSAGE_BITS}
`;

export const ON_USER_UPDATED: TypedDocumentNode<{ userUpdated: { __typename?: 'User'; id: string; name: string; avatarUrl: string } }> = gql`
  subscription OnUserUpdated {
    userUpdated {
      id
      name
      avatarUrl
    }
  }
`;
