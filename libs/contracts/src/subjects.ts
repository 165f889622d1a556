/**
 * Every NATS subject Parley uses. Request/reply subjects are served by a queue group named
 * after the service, so each request reaches exactly one replica.
 */
export const Services = ['user', 'chat', 'mail'] as const;
export type ServiceName = (typeof Services)[number];

export const QueueGroups: Record<ServiceName, string> = { user: 'user', chat: 'chat', mail: 'mail' };

export const Subjects = {
  health: (service: ServiceName) => `${service}.health`,
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
  },
  /** Events for one user; gateways subscribe only for users connected to them. */
  userEvents: (userId: string) => `evt.user.${userId}`,
} as const;
