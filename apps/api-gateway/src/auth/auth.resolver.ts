import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '@app/common';
import type { GqlContext } from '../graphql/context.js';
import { AuthService } from './auth.service.js';
import { AuthPayload, LoginCodeSent } from './models/auth.models.js';
import { Public } from './public.decorator.js';
import { Viewer } from './viewer.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginCodeSent, { description: 'Mails a 6-digit login code; the same answer for known and unknown addresses' })
  requestLoginCode(@Args('email') email: string, @Context() ctx: GqlContext): Promise<LoginCodeSent> {
    return this.auth.requestLoginCode(email, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Signs in with the mailed code; creates the account on first login' })
  verifyLoginCode(@Args('email') email: string, @Args('code') code: string, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.verifyLoginCode(email, code, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token (argument or cookie)' })
  refreshSession(@Args('refreshToken', { type: () => String, nullable: true }) refreshToken: string | null, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.refreshSession(refreshToken, ctx);
  }

  @Mutation(() => Boolean)
  logout(
    @Viewer() viewer: AccessClaims,
    @Args('allDevices', { type: () => Boolean, nullable: true, defaultValue: false }) allDevices: boolean,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.auth.logout(viewer, allDevices ?? false, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Only when demo mode is on; FORBIDDEN otherwise' })
  demoLogin(@Args('email', { type: () => String, nullable: true }) email: string | null, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.demoLogin(email, ctx);
  }
}
