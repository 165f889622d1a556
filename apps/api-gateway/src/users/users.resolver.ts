import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import { Viewer } from '../auth/viewer.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { SetAvatarArgs, UserArgs, UsersArgs } from './dto/user.args.js';
import { User, UserConnection } from './models/user.model.js';
import { GatewayUsers } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: GatewayUsers) {}

  @Query(() => User, { description: 'The signed-in user; UNAUTHENTICATED without a valid access token or when the account no longer exists.' })
  me(@Viewer() viewer: AccessClaims, @Context() ctx: GqlContext): Promise<User> {
    return this.usersService.viewer(ctx.userLoader, viewer.userId);
  }

  @Query(() => User, { nullable: true, description: 'Any user by id; null when there is none.' })
  user(@Args() a: UserArgs, @Context() ctx: GqlContext): Promise<User | null> {
    return this.usersService.byId(ctx.userLoader, a.id);
  }

  @Query(() => UserConnection, {
    description:
      'Users whose name has a word starting with each word of the search, ignoring case and accents, names starting with the whole search first, then by name; a search with @ finds the account with exactly that address (30 such lookups per user and hour, then RATE_LIMITED).',
  })
  users(@Viewer() viewer: AccessClaims, @Args() a: UsersArgs): Promise<UserConnection> {
    return this.usersService.search(viewer.userId, a.search, a.first ?? 20, a.after ?? null);
  }

  @Mutation(() => User, {
    description:
      "Changes the viewer's profile; a new name reaches their other sessions and contacts through userUpdated. BAD_USER_INPUT (input.name) for a bad name.",
  })
  updateProfile(
    @Viewer() viewer: AccessClaims,
    @Args('input', { description: 'The changes; null fields stay as they are.' }) input: UpdateProfileInput,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.usersService.updateProfile(ctx.userLoader, viewer.userId, input.name);
  }

  @Mutation(() => User, {
    description: "Sets or removes the viewer's avatar; their other sessions and contacts get userUpdated.",
  })
  setAvatar(@Viewer() viewer: AccessClaims, @Args() a: SetAvatarArgs, @Context() ctx: GqlContext): Promise<User> {
    return this.usersService.setAvatar(ctx.userLoader, viewer.userId, a.uploadId ?? null);
  }

  @ResolveField(() => String, { nullable: true, description: 'The e-mail address, only for the viewer themself; null for others.' })
  email(@Parent() user: User, @Context() ctx: GqlContext): string | null {
    return ctx.viewer?.userId === user.id ? user.emailAddress : null;
  }

  @ResolveField(() => String, {
    description: 'A short-lived signed link to the thumbnail of the uploaded avatar (setAvatar), or a generated default when none is set.',
  })
  avatarUrl(@Parent() user: User, @Context() ctx: GqlContext): Promise<string> {
    return this.usersService.avatarUrl(ctx.attachmentLoader, user);
  }

  @ResolveField(() => Boolean, {
    description: 'True while they have a WebSocket connection open; only for the viewer and the people who share a chat with them, false for others.',
  })
  async online(@Parent() user: User, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.presenceVisible(user, ctx)) && ctx.userLoader.online.load(user.id);
  }

  @ResolveField(() => Date, {
    nullable: true,
    description: 'When they were last online; only for the viewer and the people who share a chat with them, null for others and when not known.',
  })
  async lastSeenAt(@Parent() user: User, @Context() ctx: GqlContext): Promise<Date | null> {
    return (await this.presenceVisible(user, ctx)) ? user.lastSeenAt : null;
  }

  /** Presence is for oneself and for the people one shares a chat with. */
  private async presenceVisible(user: User, ctx: GqlContext): Promise<boolean> {
    const viewerId = ctx.viewer?.userId;
    if (!viewerId) return false;
    return viewerId === user.id || (await ctx.userLoader.contacts.load(viewerId)).has(user.id);
  }
}
