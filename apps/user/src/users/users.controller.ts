import { Controller } from '@nestjs/common';
import { Serves } from '#common';
import {
  AvatarsInUseRequest,
  SearchUsersRequest,
  SetAvatarRequest,
  SetLastSeenRequest,
  Subjects,
  UpdateProfileRequest,
  UsersByIdsRequest,
  type AvatarsInUseReply,
  type SearchUsersReply,
  type SetAvatarReply,
  type UserDto,
} from '#contracts';
import { UsersService } from './users.service.js';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Serves(Subjects.user.byIds)
  byIds(req: UsersByIdsRequest): Promise<Array<UserDto | null>> {
    return this.users.byIds(req.ids);
  }

  @Serves(Subjects.user.search)
  search(req: SearchUsersRequest): Promise<SearchUsersReply> {
    return this.users.search(req.search, req.first, req.after);
  }

  @Serves(Subjects.user.updateProfile)
  updateProfile(req: UpdateProfileRequest): Promise<UserDto> {
    return this.users.updateProfile(req.userId, req.name);
  }

  @Serves(Subjects.user.setAvatar)
  setAvatar(req: SetAvatarRequest): Promise<SetAvatarReply> {
    return this.users.setAvatar(req.userId, req.avatarId ?? null);
  }

  /** Which of these attachment ids are someone's avatar (the chat service asks before removing one). */
  @Serves(Subjects.user.avatarsInUse)
  async avatarsInUse(req: AvatarsInUseRequest): Promise<AvatarsInUseReply> {
    return { attachmentIds: await this.users.avatarsAmong(req.attachmentIds) };
  }

  @Serves(Subjects.user.setLastSeen)
  async setLastSeen(req: SetLastSeenRequest): Promise<boolean> {
    await this.users.setLastSeen(req.userId, new Date(req.at));
    return true;
  }
}
