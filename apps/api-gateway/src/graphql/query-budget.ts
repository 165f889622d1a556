import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { AccessClaims } from '#common';
import { AppError, ErrorCode } from '#contracts';
import type { GatewayConfig } from '../config/gateway.config.js';
import type { RateLimiter } from '../rate-limit/rate-limiter.js';
import { operationCost } from './operation-cost.js';

export interface CostCharged {
  /** What the operation may cost (operationCost). */
  requested: number;
  /** The most one operation may cost (GRAPHQL_MAX_COST). */
  maximum: number;
}

/**
 * The price of GraphQL operations, the same over HTTP and graphql-ws: an operation that may cost
 * more than GRAPHQL_MAX_COST is refused before it runs (BAD_USER_INPUT), and what it may cost is
 * counted against per-minute budgets of its address and, when signed in, its user (RATE_LIMITED
 * with retryAfterSeconds once one is spent). Mutations also count per root field (RateLimitGuard).
 */
export class QueryBudget {
  constructor(
    private readonly config: Pick<GatewayConfig, 'GRAPHQL_MAX_COST' | 'GRAPHQL_COST_PER_MINUTE_USER' | 'GRAPHQL_COST_PER_MINUTE_IP'>,
    private readonly limiter: RateLimiter,
  ) {}

  /** Prices the operation and charges it; throws an AppError when it is refused. */
  async charge(
    request: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variables?: Readonly<Record<string, unknown>> | null },
    who: { ip: string; viewer?: AccessClaims },
  ): Promise<CostCharged> {
    const requested = operationCost(request.schema, request.document, request.operationName, request.variables);
    const maximum = this.config.GRAPHQL_MAX_COST;
    if (requested > maximum)
      throw new AppError(ErrorCode.BAD_USER_INPUT, `the operation may cost ${requested}; the limit is ${maximum} (ask for fewer items or fields)`);
    if (requested > 0) {
      const limits = [{ key: `cost:ip:${who.ip}`, perWindow: this.config.GRAPHQL_COST_PER_MINUTE_IP }];
      if (who.viewer) limits.push({ key: `cost:user:${who.viewer.userId}`, perWindow: this.config.GRAPHQL_COST_PER_MINUTE_USER });
      const over = await this.limiter.hit(limits, 60, requested);
      if (over) throw AppError.rateLimited(over.waitSeconds, over.limit === limits[0] ? 'too many queries from this address' : 'too many queries');
    }
    return { requested, maximum };
  }
}

/** An AppError as a GraphQLError that Apollo answers with the given HTTP status (formatGraphQLError keeps its code). */
export const asRequestError = (err: AppError): GraphQLError =>
  new GraphQLError(err.message, { originalError: err, extensions: { http: { status: err.code === ErrorCode.RATE_LIMITED ? 429 : 400 } } });
