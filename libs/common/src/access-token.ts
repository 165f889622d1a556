import { Injectable, Module, type DynamicModule } from '@nestjs/common';
import { JwtModule, JwtService, TokenExpiredError, type JwtModuleOptions } from '@nestjs/jwt';
import { AppError } from '#contracts';

export const ACCESS_TOKEN_ISSUER = 'parley';
export const ACCESS_TOKEN_AUDIENCE = 'parley-api';

export interface AccessClaims {
  /** The user id. */
  userId: string;
  /** The session family, revoked as a whole on logout or refresh-token reuse. */
  sessionId: string;
  expiresAt: Date;
}

/**
 * The JwtModule settings of access tokens: HS256 only (signing and verifying; `alg: none` and
 * every other algorithm are refused), issuer and audience set when signing and required when
 * verifying, expiry checked without clock tolerance.
 */
export function accessTokenJwtOptions(secret: string): JwtModuleOptions {
  return {
    secret,
    signOptions: { algorithm: 'HS256', issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE },
    verifyOptions: { algorithms: ['HS256'], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE, clockTolerance: 0 },
  };
}

/** Signs (user service) and verifies (gateway) short-lived access tokens through the JwtService of AccessTokenModule. */
@Injectable()
export class AccessTokenService {
  constructor(private readonly jwt: JwtService) {}

  /** An HS256 JWT: `sub` the user, `sid` the session family, issuer, audience, `iat` = `now`, `exp` = `now` + `ttlSeconds`. */
  async sign(userId: string, sessionId: string, ttlSeconds: number, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const iat = Math.floor(now.getTime() / 1000);
    const token = await this.jwt.signAsync({ sid: sessionId, iat }, { subject: userId, expiresIn: ttlSeconds });
    return { token, expiresAt: new Date((iat + ttlSeconds) * 1000) };
  }

  /** Verifies algorithm, signature, issuer, audience and expiry; any failure is UNAUTHENTICATED with the reason. */
  async verify(token: string): Promise<AccessClaims> {
    let payload: Record<string, unknown>;
    try {
      payload = await this.jwt.verifyAsync<Record<string, unknown>>(token);
    } catch (err) {
      if (err instanceof TokenExpiredError) throw AppError.unauthenticated('access token expired; refresh the session');
      throw AppError.unauthenticated('access token is invalid');
    }
    if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
      throw AppError.unauthenticated('access token is malformed');
    return { userId: payload.sub, sessionId: payload.sid, expiresAt: new Date(payload.exp * 1000) };
  }
}

/** JwtModule configured for access tokens (accessTokenJwtOptions) and the AccessTokenService on it, for the whole app. */
@Module({})
export class AccessTokenModule {
  static forRoot(secret: string): DynamicModule {
    return {
      module: AccessTokenModule,
      global: true,
      imports: [JwtModule.register(accessTokenJwtOptions(secret))],
      providers: [AccessTokenService],
      exports: [AccessTokenService],
    };
  }
}

/** The same service outside Nest's container (tests, tools): tokens for any secret. */
export function accessTokenService(secret: string): AccessTokenService {
  return new AccessTokenService(new JwtService(accessTokenJwtOptions(secret)));
}

/** Signs an access token with `secret` (see AccessTokenService.sign). */
export function signAccessToken(secret: string, userId: string, sessionId: string, ttlSeconds: number, now = new Date()) {
  return accessTokenService(secret).sign(userId, sessionId, ttlSeconds, now);
}
