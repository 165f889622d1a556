/**
 * Every NATS subject Parley uses. Request/reply subjects are served by a queue group named
 * after the service, so each request reaches exactly one replica.
 */
export const Services = ['user', 'chat', 'mail'] as const;
export type ServiceName = (typeof Services)[number];

export const QueueGroups: Record<ServiceName, string> = { user: 'user', chat: 'chat', mail: 'mail' };

export const Subjects = {
  health: <S extends ServiceName>(service: S) => `${service}.health` as const,
  user: {
    requestLoginCode: 'user.auth.request-code',
    verifyLoginCode: 'user.auth.verify-code',
    refreshSession: 'user.auth.refresh',
    logout: 'user.auth.logout',
    demoLogin: 'user.auth.demo',
    byIds: 'user.users.by-ids',
    search: 'user.users.search',
    updateProfile: 'user.users.update-profile',
    setLastSeen: 'user.users.set-last-seen',
    setAvatar: 'user.users.set-avatar',
    avatarsInUse: 'user.users.avatars-in-use',
  },
  chat: {
    createDirect: 'chat.chats.create-direct',
    createGroup: 'chat.chats.create-group',
    rename: 'chat.chats.rename',
    setHistory: 'chat.chats.set-history',
    addMembers: 'chat.chats.add-members',
    removeMember: 'chat.chats.remove-member',
    setMemberRole: 'chat.chats.set-member-role',
    leave: 'chat.chats.leave',
    list: 'chat.chats.list',
    get: 'chat.chats.get',
    memberships: 'chat.chats.memberships',
    contacts: 'chat.chats.contacts',
    members: 'chat.chats.members',
    send: 'chat.message.send',
    edit: 'chat.message.edit',
    delete: 'chat.message.delete',
    react: 'chat.message.react',
    forward: 'chat.message.forward',
    markRead: 'chat.message.mark-read',
    listMessages: 'chat.message.list',
    getMessage: 'chat.message.get',
    search: 'chat.message.search',
    ownUpload: 'chat.attachments.own',
    createAttachment: 'chat.attachments.create',
    attachmentsByIds: 'chat.attachments.by-ids',
    releaseAttachments: 'chat.attachments.release',
  },
  /**
   * Sessions signed out or revoked (`SessionsRevokedEvent`, events.ts); every gateway listens and closes the
   * sockets opened with them.
   */
  sessionsRevoked: 'evt.sessions.revoked',
  /**
   * Media files no record names any more (`MediaOrphanedEvent`), from the chat service; one gateway of the
   * queue group removes them from the media storage.
   */
  mediaOrphaned: 'evt.media.orphaned',
  /** Events for one user; gateways subscribe only for users connected to them. */
  userEvents: (userId: string) => `evt.user.${userId}`,
} as const;
