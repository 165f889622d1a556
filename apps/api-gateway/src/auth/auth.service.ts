import { Inject, Injectable } from '@nestjs/common';
import type { AccessClaims } from '#common';
import type { AuthReply } from '#contracts';
import { UserClient } from '../clients/user.client.js';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import type { GqlContext } from '../graphql/context.js';
import { toUser } from '../users/user.mapper.js';
import type { AuthPayload, LoginCodeSent } from './models/auth.models.js';
import { clearRefreshCookie, readCookie, REFRESH_COOKIE, setRefreshCookie } from './refresh-cookie.js';

/** The gateway side of login: forwards to the user service and keeps the refresh cookie. */
@Injectable()
export class GatewayAuth {
  private readonly secureCookies: boolean;

  constructor(
    private readonly user: UserClient,
    @Inject(GATEWAY_CONFIG) config: GatewayConfig,
  ) {
    this.secureCookies = config.NODE_ENV === 'production';
  }

  requestLoginCode(email: string, ctx: GqlContext): Promise<LoginCodeSent> {
    return this.user.requestLoginCode(email, ctx.ip);
  }

  async verifyLoginCode(email: string, code: string, ctx: GqlContext): Promise<AuthPayload> {
    return this.session(await this.user.verifyLoginCode(email, code, ctx.ip, this.device(ctx)), ctx);
  }

  async refreshSession(refreshToken: string | null | undefined, ctx: GqlContext): Promise<AuthPayload> {
    const token = refreshToken ?? readCookie(ctx.req, REFRESH_COOKIE);
    const reply = await this.user.refreshSession(token, this.device(ctx));
    return this.session(reply, ctx, refreshToken == null);
  }

  async demoLogin(email: string | null | undefined, ctx: GqlContext): Promise<AuthPayload> {
    return this.session(await this.user.demoLogin(email ?? undefined, this.device(ctx)), ctx);
  }

  async logout(viewer: AccessClaims, allDevices: boolean, ctx: GqlContext): Promise<boolean> {
    await this.user.logout(viewer.userId, viewer.sessionId, allDevices);
    clearRefreshCookie(ctx.res, this.secureCookies);
    return true;
  }

  /**
   * The new session: the refresh token goes into the httpOnly cookie, and into the answer only for
   * clients that do not live in a browser page. A browser (its requests carry `Origin`) or a client
   * that refreshed by cookie gets an empty `refreshToken`, so no script in a page can read a
   * 30-day token.
   */
  private session(reply: AuthReply, ctx: GqlContext, byCookie = false): AuthPayload {
    setRefreshCookie(ctx.res, reply.refreshToken, new Date(reply.refreshTokenExpiresAt), this.secureCookies);
    ctx.userLoader.users.prime(reply.user.id, reply.user);
    // The new viewer sees their own e-mail in this very response.
    ctx.viewer ??= { userId: reply.user.id, sessionId: '', expiresAt: new Date(reply.accessTokenExpiresAt) };
    return {
      accessToken: reply.accessToken,
      accessTokenExpiresAt: new Date(reply.accessTokenExpiresAt),
      refreshToken: byCookie || ctx.req?.headers?.origin !== undefined ? '' : reply.refreshToken,
      user: toUser(reply.user),
    };
  }

  private device(ctx: GqlContext): string | undefined {
    const ua = ctx.req?.headers?.['user-agent'];
    return typeof ua === 'string' ? ua.slice(0, 200) : undefined;
  }
}
