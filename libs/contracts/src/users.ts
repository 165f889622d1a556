/** Messages between the gateway and the user service (subjects in subjects.ts). */

export interface UserDto {
  id: string;
  name: string;
  email: string;
  /** Attachment id of an uploaded avatar; absent means the generated default. */
  avatarId?: string;
  lastSeenAt?: string;
  createdAt: string;
}

export interface RequestLoginCodeRequest {
  email: string;
  /** Client IP, for the per-IP hourly cap. */
  ip: string;
}
export interface LoginCodeSentReply {
  sent: true;
  retryAfterSeconds: number;
}

export interface VerifyLoginCodeRequest {
  email: string;
  code: string;
  ip: string;
  device?: string;
}

export interface AuthReply {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: UserDto;
}

export interface RefreshSessionRequest {
  refreshToken: string;
  device?: string;
}

export interface LogoutRequest {
  userId: string;
  /** The session family of the access token used. */
  sessionId: string;
  allDevices: boolean;
}

export interface DemoLoginRequest {
  email?: string;
  device?: string;
}

export interface UsersByIdsRequest {
  ids: string[];
}
/** Same order as the ids asked for; null where no user has that id. */
export type UsersByIdsReply = Array<UserDto | null>;

export interface SearchUsersRequest {
  search?: string;
  first: number;
  after?: string;
}
export interface SearchUsersReply {
  users: Array<{ cursor: string; user: UserDto }>;
  hasNextPage: boolean;
}

export interface UpdateProfileRequest {
  userId: string;
  name?: string;
}

export interface SetAvatarRequest {
  userId: string;
  /** An upload of the user's, checked by the gateway with the chat service; null removes the avatar. */
  avatarId: string | null;
}
export interface SetAvatarReply {
  user: UserDto;
  /** The avatar it replaced (the gateway asks the chat service to release it), or null. */
  previousAvatarId: string | null;
}

export interface SetLastSeenRequest {
  userId: string;
  at: string;
}

/** Redis key marking a session family as revoked, checked by gateways on every request. */
export const revokedSessionKey = (sessionId: string) => `parley:revoked-session:${sessionId}`;
