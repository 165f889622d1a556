import { graphql } from '../gql';

/** Group management: rename, add and remove people, change roles, leave. Results use the shared ChatBits fragment. */

export type { MemberRole } from '../gql/graphql';

export const RENAME_GROUP = graphql(`
  mutation RenameGroup($chatId: ID!, $title: String!) {
    renameGroup(chatId: $chatId, title: $title) {
      ...ChatBits
    }
  }
`);

export const ADD_MEMBERS = graphql(`
  mutation AddMembers($chatId: ID!, $userIds: [ID!]!) {
    addMembers(chatId: $chatId, userIds: $userIds) {
      ...ChatBits
    }
  }
`);

export const REMOVE_MEMBER = graphql(`
  mutation RemoveMember($chatId: ID!, $userId: ID!) {
    removeMember(chatId: $chatId, userId: $userId) {
      ...ChatBits
    }
  }
`);

export const SET_MEMBER_ROLE = graphql(`
  mutation SetMemberRole($chatId: ID!, $userId: ID!, $role: MemberRole!) {
    setMemberRole(chatId: $chatId, userId: $userId, role: $role) {
      ...ChatBits
    }
  }
`);

export const LEAVE_CHAT = graphql(`
  mutation LeaveChat($chatId: ID!) {
    leaveChat(chatId: $chatId)
  }
`);
