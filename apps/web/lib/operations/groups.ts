import { gql, type TypedDocumentNode } from '@apollo/client';
import { CHAT_BITS, type ChatBits, type MemberBits } from '../graphql';

/** Group management: rename, add and remove people, change roles, leave. Results use the shared ChatBits fragment. */

export type MemberRole = MemberBits['role'];

export const RENAME_GROUP: TypedDocumentNode<{ renameGroup: ChatBits }, { chatId: string; title: string }> = gql`
  mutation RenameGroup($chatId: ID!, $title: String!) {
    renameGroup(chatId: $chatId, title: $title) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const ADD_MEMBERS: TypedDocumentNode<{ addMembers: ChatBits }, { chatId: string; userIds: string[] }> = gql`
  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {
    addMembers(chatId: $chatId, userIds: $userIds) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const REMOVE_MEMBER: TypedDocumentNode<{ removeMember: ChatBits }, { chatId: string; userId: string }> = gql`
  mutation RemoveMember($chatId: ID!, $userId: ID!) {
    removeMember(chatId: $chatId, userId: $userId) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const SET_MEMBER_ROLE: TypedDocumentNode<{ setMemberRole: ChatBits }, { chatId: string; userId: string; role: MemberRole }> = gql`
  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {
    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {
      ...ChatBits
    }
  }
  ${CHAT_BITS}
`;

export const LEAVE_CHAT: TypedDocumentNode<{ leaveChat: boolean }, { chatId: string }> = gql`
  mutation LeaveChat($chatId: ID!) {
    leaveChat(chatId: $chatId)
  }
`;
