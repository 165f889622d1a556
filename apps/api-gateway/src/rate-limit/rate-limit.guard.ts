import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import { AppError } from '@app/contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';
import type { GqlContext } from '../graphql/context.js';
import { RateLimiter } from './rate-limiter.js';

/**
 * Limits root mutation fields per IP and per user. Each field counts, so aliases cannot
 * multiply what one request may do. Runs after the auth guard (it needs the viewer).
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
    private readonly limiter: RateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (info.operation.operation !== OperationTypeNode.MUTATION || info.path.prev !== undefined) return true;
    const ctx = gql.getContext<GqlContext>();
    const ipWait = await this.limiter.hit(`ip:${ctx.ip}`, this.config.RATE_LIMIT_IP_PER_MINUTE, 60);
    if (ipWait) throw AppError.rateLimited(ipWait, 'too many requests from this address');
    if (ctx.viewer) {
      const userWait = await this.limiter.hit(`user:${ctx.viewer.userId}`, this.config.RATE_LIMIT_USER_PER_MINUTE, 60);
      if (userWait) throw AppError.rateLimited(userWait, 'too many changes at once');
    }
    return true;
  }
}
