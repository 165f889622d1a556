import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OperationTypeNode, type GraphQLResolveInfo } from 'graphql';
import { AppError } from '#contracts';
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
    const limits = [{ key: `ip:${ctx.ip}`, perWindow: this.config.RATE_LIMIT_IP_PER_MINUTE }];
    if (ctx.viewer) limits.push({ key: `user:${ctx.viewer.userId}`, perWindow: this.config.RATE_LIMIT_USER_PER_MINUTE });
    const over = await this.limiter.hit(limits, 60);
    if (over) throw AppError.rateLimited(over.waitSeconds, over.limit === limits[0] ? 'too many requests from this address' : 'too many changes at once');
    return true;
  }
}
