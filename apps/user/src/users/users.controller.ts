import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  Subjects,
  type SearchUsersReply,
  type SearchUsersRequest,
  type SetAvatarReply,
  type SetAvatarRequest,
  type SetLastSeenRequest,
  type UpdateProfileRequest,
  type UserDto,
  type UsersByIdsRequest,
} from '#contracts';
import { UsersService } from './users.service.js';

@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @MessagePattern(Subjects.user.byIds)
  byIds(@Payload() req: UsersByIdsRequest): Promise<Array<UserDto | null>> {
    return this.users.byIds(req.ids);
  }

  @MessagePattern(Subjects.user.search)
  search(@Payload() req: SearchUsersRequest): Promise<SearchUsersReply> {
    return this.users.search(req.search, req.first, req.after);
  }

  @MessagePattern(Subjects.user.updateProfile)
  updateProfile(@Payload() req: UpdateProfileRequest): Promise<UserDto> {
    return this.users.updateProfile(req.userId, req.name);
  }

  @MessagePattern(Subjects.user.setAvatar)
  setAvatar(@Payload() req: SetAvatarRequest): Promise<SetAvatarReply> {
    return this.users.setAvatar(req.userId, req.avatarId);
  }

  /** Which of these attachment ids are someone's avatar (the chat service asks before removing one). */
  @MessagePattern(Subjects.user.avatarsInUse)
  avatarsInUse(@Payload() req: { attachmentIds: unknown }): Promise<{ attachmentIds: string[] }> {
    return this.users.avatarsInUse(req.attachmentIds);
  }

  @MessagePattern(Subjects.user.setLastSeen)
  async setLastSeen(@Payload() req: SetLastSeenRequest): Promise<boolean> {
    await this.users.setLastSeen(req.userId, new Date(req.at));
    return true;
  }
}
