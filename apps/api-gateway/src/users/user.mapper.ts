import type { UserDto } from '#contracts';
import type { User } from './models/user.model.js';

export const toUser = (u: UserDto): User => ({
  id: u.id,
  name: u.name,
  emailAddress: u.email,
  avatarId: u.avatarId ?? null,
  lastSeenAt: u.lastSeenAt ? new Date(u.lastSeenAt) : null,
  createdAt: new Date(u.createdAt),
});
