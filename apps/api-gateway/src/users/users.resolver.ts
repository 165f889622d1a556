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

  @Query(() => UserConnection, { description: 'Users by name (any word, by prefix) or exact address, ordered by name' })
  users(
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<UserConnection> {
    return this.usersService.search(search, first ?? 20, after);
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

  @ResolveField(() => Boolean)
  online(@Parent() user: User, @Context() ctx: GqlContext): Promise<boolean> {
    return ctx.userLoader.online.load(user.id);
  }
}
