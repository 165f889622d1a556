import { Injectable } from '@nestjs/common';
import { RpcClient } from '#common';
import {
  renameFields,
  Subjects,
  underArgument,
  type AuthReply,
  type LoginCodeSentReply,
  type SearchUsersReply,
  type SetAvatarReply,
  type UserDto,
} from '#contracts';

/**
 * The user service as the gateway calls it: one method per operation, each sending its subject's
 * contract and naming a bad field as the GraphQL argument path the client used.
 */
@Injectable()
export class UserClient {
  constructor(private readonly rpc: RpcClient) {}

  requestLoginCode(email: string, ip: string): Promise<LoginCodeSentReply> {
    return this.rpc.send(Subjects.user.requestLoginCode, { email, ip });
  }

  verifyLoginCode(email: string, code: string, ip: string, device: string | undefined): Promise<AuthReply> {
    return this.rpc.send(Subjects.user.verifyLoginCode, { email, code, ip, device });
  }

  refreshSession(refreshToken: string | undefined, device: string | undefined): Promise<AuthReply> {
    return this.rpc.send(Subjects.user.refreshSession, { refreshToken, device });
  }

  demoLogin(email: string | undefined, device: string | undefined): Promise<AuthReply> {
    return this.rpc.send(Subjects.user.demoLogin, { email, device });
  }

  logout(userId: string, sessionId: string, allDevices: boolean): Promise<boolean> {
    return this.rpc.send(Subjects.user.logout, { userId, sessionId, allDevices });
  }

  /** In the order of `ids`, null where no user has that id. */
  byIds(ids: readonly string[]): Promise<Array<UserDto | null>> {
    return this.rpc.send(Subjects.user.byIds, { ids: [...ids] });
  }

  searchUsers(search: string, first: number, after: string | null): Promise<SearchUsersReply> {
    return this.rpc.send(Subjects.user.search, { search, first, after: after ?? undefined });
  }

  updateProfile(userId: string, name: string | undefined): Promise<UserDto> {
    return this.rpc.send(Subjects.user.updateProfile, { userId, name }, { fieldPath: underArgument('input') });
  }

  /** `setAvatar(uploadId)`; null removes the avatar. */
  setAvatar(userId: string, avatarId: string | null): Promise<SetAvatarReply> {
    return this.rpc.send(Subjects.user.setAvatar, { userId, avatarId }, { fieldPath: renameFields({ avatarId: 'uploadId' }) });
  }

  setLastSeen(userId: string, at: Date): Promise<boolean> {
    return this.rpc.send(Subjects.user.setLastSeen, { userId, at: at.toISOString() });
  }
}
