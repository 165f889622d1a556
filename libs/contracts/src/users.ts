/** Messages between the gateway and the user service (subjects in subjects.ts, contracts in contracts.ts). */
import { IsOptional } from 'class-validator';
import { IsDisplayName, IsEmailAddress, IsFlag, IsLoginCode, IsObjectId, IsObjectIdList, IsPageSize, IsShortString, rule } from './rules.js';

const IsTime = () => rule('isTime', (v) => (typeof v === 'string' && v.length <= 40 && !Number.isNaN(Date.parse(v)) ? null : 'must be an ISO 8601 time'));
/** A user search: words of a name or an exact address, required, at most 254 characters after trimming. */
export const IsSearchTerm = () =>
  rule(
    'isSearchTerm',
    (v) => {
      if (typeof v !== 'string' || !v) return 'a search term is required (a word of a name, or an exact address)';
      return v.length > 254 ? 'must be at most 254 characters' : null;
    },
    (v) => (typeof v === 'string' ? v.trim() : v),
  );

/** Redis key marking a session family as revoked, checked by gateways on every request. */
export const revokedSessionKey = (sessionId: string) => `parley:revoked-session:${sessionId}`;

export interface UserDto {
  id: string;
  name: string;
  email: string;
  /** Attachment id of an uploaded avatar; absent means the generated default. */
  avatarId?: string;
  lastSeenAt?: string;
  createdAt: string;
}

/** The client's device as its user agent says (kept with the session), at most 200 characters. */
const IsDevice = () => IsShortString(200);

export class RequestLoginCodeRequest {
  @IsEmailAddress() email: string;
  /** Client IP, for the per-IP hourly cap. */
  @IsShortString(100) ip: string;
}
export interface LoginCodeSentReply {
  sent: true;
  retryAfterSeconds: number;
}

export class VerifyLoginCodeRequest {
  @IsEmailAddress() email: string;
  @IsLoginCode() code: string;
  @IsShortString(100) ip: string;
  @IsOptional() @IsDevice() device?: string;
}

export interface AuthReply {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: UserDto;
}

export class RefreshSessionRequest {
  /** Absent when the client sent neither the argument nor the cookie: UNAUTHENTICATED, as for a wrong token. */
  @IsOptional() @IsShortString(1000) refreshToken?: string;
  @IsOptional() @IsDevice() device?: string;
}

export class LogoutRequest {
  @IsObjectId() userId: string;
  /** The session family of the access token used. */
  @IsShortString(100) sessionId: string;
  @IsFlag() allDevices: boolean;
}

export class DemoLoginRequest {
  @IsOptional() @IsEmailAddress() email?: string;
  @IsOptional() @IsDevice() device?: string;
}

/** At most this many ids in one lookup. */
export const MAX_LOOKUP_IDS = 500;
export class UsersByIdsRequest {
  /** Answered in this order, repeats included. */
  @IsObjectIdList({ max: MAX_LOOKUP_IDS, unique: false }) ids: string[];
}
/** Same order as the ids asked for; null where no user has that id. */
export type UsersByIdsReply = Array<UserDto | null>;

export class SearchUsersRequest {
  /** Words of a name, or an exact address; required (nobody lists everyone), at most 254 characters. */
  @IsSearchTerm() search: string;
  @IsPageSize(100) first: number;
  @IsOptional() @IsShortString(1000) after?: string;
}
export interface SearchUsersReply {
  users: Array<{ cursor: string; user: UserDto }>;
  hasNextPage: boolean;
}

export class UpdateProfileRequest {
  @IsObjectId() userId: string;
  /** Left out: the profile stays as it is. */
  @IsOptional() @IsDisplayName() name?: string;
}

export class SetAvatarRequest {
  @IsObjectId() userId: string;
  /** An upload of the user's, checked by the gateway with the chat service; null removes the avatar. */
  @IsOptional() @IsObjectId() avatarId: string | null;
}
export interface SetAvatarReply {
  user: UserDto;
  /** The avatar it replaced (the gateway asks the chat service to release it), or null. */
  previousAvatarId: string | null;
}

export class SetLastSeenRequest {
  @IsObjectId() userId: string;
  /** An ISO 8601 time. */
  @IsTime() at: string;
}

/** Which of these attachments are someone's avatar (the chat service asks before removing one). */
export class AvatarsInUseRequest {
  @IsObjectIdList({ max: 100 }) attachmentIds: string[];
}
export interface AvatarsInUseReply {
  attachmentIds: string[];
}
