import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import type { GqlContext } from '../graphql/context.js';
import { GatewayAuth } from './auth.service.js';
import { DemoLoginArgs, LogoutArgs, RefreshSessionArgs, RequestLoginCodeArgs, VerifyLoginCodeArgs } from './dto/auth.args.js';
import { AuthPayload, LoginCodeSent } from './models/auth.models.js';
import { Public } from './public.decorator.js';
import { Viewer } from './viewer.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: GatewayAuth) {}

  @Public()
  @Mutation(() => LoginCodeSent, {
    description:
      'Mails a 6-digit login code, valid 5 minutes by default; the same answer for known and unknown addresses. RATE_LIMITED (retryAfterSeconds) within the 60-second cooldown and beyond 10 codes per address and hour, or 60 per client IP and hour in production (defaults).',
  })
  requestLoginCode(@Args() { email }: RequestLoginCodeArgs, @Context() ctx: GqlContext): Promise<LoginCodeSent> {
    return this.auth.requestLoginCode(email, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with the mailed code and creates the account on first login. UNAUTHENTICATED for a wrong, used or expired code (5 tries void it); RATE_LIMITED after 10 wrong codes for the address (growing waits) or 20 in a day.',
  })
  verifyLoginCode(@Args() { email, code }: VerifyLoginCodeArgs, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.verifyLoginCode(email, code, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Trades the refresh token (argument or cookie) for a new session; the token is spent. UNAUTHENTICATED when it is missing, wrong, expired or signed out; a spent token presented again after a 5-second grace signs that session out.',
  })
  refreshSession(@Args() { refreshToken }: RefreshSessionArgs, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.refreshSession(refreshToken, ctx);
  }

  @Mutation(() => Boolean, {
    description:
      "Ends the viewer's session and clears the refresh cookie; the session's access tokens stop working and its sockets close at once. Always true.",
  })
  logout(@Viewer() viewer: AccessClaims, @Args() { allDevices }: LogoutArgs, @Context() ctx: GqlContext): Promise<boolean> {
    return this.auth.logout(viewer, allDevices ?? false, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in to a demo account without a code; only when demo mode is on (DEMO_MODE, never in production), FORBIDDEN otherwise.',
  })
  demoLogin(@Args() { email }: DemoLoginArgs, @Context() ctx: GqlContext): Promise<AuthPayload> {
    return this.auth.demoLogin(email, ctx);
  }
}
