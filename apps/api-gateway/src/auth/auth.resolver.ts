import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { AccessClaims } from '#common';
import type { GqlContext } from '../graphql/context.js';
import { GatewayAuth } from './auth.service.js';
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
  requestLoginCode(
    @Args('email', { description: 'An e-mail address, at most 254 characters (case and surrounding spaces do not matter); BAD_USER_INPUT otherwise.' })
    email: string,
    @Context() ctx: GqlContext,
  ): Promise<LoginCodeSent> {
    return this.auth.requestLoginCode(email, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Signs in with the mailed code and creates the account on first login. UNAUTHENTICATED for a wrong, used or expired code (5 tries void it); RATE_LIMITED after 10 wrong codes for the address (growing waits) or 20 in a day.',
  })
  verifyLoginCode(
    @Args('email', { description: 'The address the code was sent to; BAD_USER_INPUT when it is not an address.' }) email: string,
    @Args('code', { description: 'The 6 digits from the mail; BAD_USER_INPUT when it is not 6 digits.' }) code: string,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.auth.verifyLoginCode(email, code, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Trades the refresh token (argument or cookie) for a new session; the token is spent. UNAUTHENTICATED when it is missing, wrong, expired or signed out; a spent token presented again after a 5-second grace signs that session out.',
  })
  refreshSession(
    @Args('refreshToken', {
      type: () => String,
      nullable: true,
      description: 'The refreshToken of the last AuthPayload; omit it to use the httpOnly cookie.',
    })
    refreshToken: string | null,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.auth.refreshSession(refreshToken, ctx);
  }

  @Mutation(() => Boolean, {
    description:
      "Ends the viewer's session and clears the refresh cookie; the session's access tokens stop working and its sockets close at once. Always true.",
  })
  logout(
    @Viewer() viewer: AccessClaims,
    @Args('allDevices', {
      type: () => Boolean,
      nullable: true,
      defaultValue: false,
      description: 'true: end every session of the viewer, on all devices; false (default): this one only.',
    })
    allDevices: boolean,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    return this.auth.logout(viewer, allDevices ?? false, ctx);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Signs in to a demo account without a code; only when demo mode is on (DEMO_MODE, never in production), FORBIDDEN otherwise.',
  })
  demoLogin(
    @Args('email', {
      type: () => String,
      nullable: true,
      description: 'ada@, grace@, linus@ or margaret@demo.parley.local (BAD_USER_INPUT for others); ada@demo.parley.local when omitted.',
    })
    email: string | null,
    @Context() ctx: GqlContext,
  ): Promise<AuthPayload> {
    return this.auth.demoLogin(email, ctx);
  }
}
