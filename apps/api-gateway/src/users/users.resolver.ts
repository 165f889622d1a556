import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '@app/common';
import { Viewer } from '../auth/viewer.decorator.js';
import type { GqlContext } from '../graphql/context.js';
import { UpdateProfileInput } from './dto/update-profile.input.js';
import { User, UserConnection } from './models/user.model.js';
import { UsersService } from './users.service.js';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Query(() => User, { description: 'The signed-in user' })
  me(@Viewer() viewer: AccessClaims, @Context() ctx: GqlContext): Promise<User> {
    return this.usersService.viewer(ctx.userLoader, viewer.userId);
  }

  @Query(() => User, { nullable: true })
  user(@Args('id', { type: () => ID }) id: string, @Context() ctx: GqlContext): Promise<User | null> {
    return this.usersService.byId(ctx.userLoader, id);
  }

  @Query(() => UserConnection, {
    description:
      'Users by name (any word, by prefix) or exact address, ordered by name. A search term is required; exact-address lookups are limited per user and hour',
  })
  users(
    @Viewer() viewer: AccessClaims,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    return this.usersService.search(viewer.userId, search, first ?? 20, after);
  }

  @Mutation(() => User)
  updateProfile(@Viewer() viewer: AccessClaims, @Args('input') input: UpdateProfileInput, @Context() ctx: GqlContext): Promise<User> {
    return this.usersService.updateProfile(ctx.userLoader, viewer.userId, input.name);
  }

  @Mutation(() => User, { description: 'null removes it' })
  setAvatar(
    @Viewer() viewer: AccessClaims,
    @Args('uploadId', { type: () => ID, nullable: true }) uploadId: string | null,
    @Context() ctx: GqlContext,
  ): Promise<User> {
    return this.usersService.setAvatar(ctx.userLoader, viewer.userId, uploadId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only for the viewer themself; null for others' })
  email(@Parent() user: User, @Context() ctx: GqlContext): string | null {
    return ctx.viewer?.userId === user.id ? user.emailAddress : null;
  }

  @ResolveField(() => String, { description: 'A generated default when none is set' })
  avatarUrl(@Parent() user: User, @Context() ctx: GqlContext): Promise<string> {
    return this.usersService.avatarUrl(ctx.attachmentLoader, user);
  }

  @ResolveField(() => Boolean, { description: 'Only for the viewer and the people who share a chat with them; false for others' })
  async online(@Parent() user: User, @Context() ctx: GqlContext): Promise<boolean> {
    return (await this.presenceVisible(user, ctx)) && ctx.userLoader.online.load(user.id);
  }

  @ResolveField(() => Date, { nullable: true })
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
