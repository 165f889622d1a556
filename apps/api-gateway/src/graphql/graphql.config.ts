import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/gateway.config.js';
import type { AccessTokens } from '../auth/access-tokens.js';
import type { PresenceService } from '../realtime/presence.service.js';
import { wsOptions } from '../realtime/ws-options.js';
import type { LoaderFactories } from './context.js';
import type { GqlContext } from './context.js';
import { depthLimit } from './depth-limit.js';
import { formatGraphQLError } from './format-error.js';
import { oneLoginFieldPerOperation } from './one-login-field.rule.js';

/** Apollo Server options: code-first schema, graphql-ws subscriptions on /graphql, one error format. */
export function graphqlOptions(
  config: GatewayConfig,
  logger: Logger,
  loaders: LoaderFactories,
  tokens: AccessTokens,
  presence: PresenceService,
): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: config.GRAPHQL_SCHEMA_FILE || true,
    sortSchema: true,
    introspection: config.NODE_ENV !== 'production' || config.GRAPHIQL,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH), oneLoginFieldPerOperation],
    formatError: formatGraphQLError(logger),
    subscriptions: { 'graphql-ws': wsOptions(tokens, presence, loaders, logger) as never },
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      ip: req?.ip ?? 'unknown',
      userLoader: loaders.users.create(),
      attachmentLoader: loaders.attachments.create(),
    }),
  };
}
