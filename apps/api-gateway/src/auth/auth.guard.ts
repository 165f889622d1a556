import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GqlContext } from '../graphql/context.js';
import { AccessTokens } from './access-tokens.js';
import { IS_PUBLIC } from './public.decorator.js';

/**
 * Every GraphQL operation needs a valid access token except those marked @Public(). The
 * viewer is resolved once per request and kept on the context.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const ctx = GqlExecutionContext.create(context).getContext<GqlContext>();
    ctx.viewer ??= await this.tokens.fromAuthorization(ctx.req?.headers?.authorization);
    return true;
  }
}
