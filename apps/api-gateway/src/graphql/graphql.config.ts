import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import type { GatewayConfig } from '../config/gateway.config.js';
import { wsOptions, type WsDeps } from '../realtime/ws-options.js';
import type { GqlContext } from './context.js';
import { depthLimit } from './depth-limit.js';
import { formatGraphQLError } from './format-error.js';
import { oneLoginFieldPerOperation } from './one-login-field.rule.js';

/** Apollo Server options: code-first schema, graphql-ws subscriptions on /graphql, one error format. */
export function graphqlOptions(config: GatewayConfig, deps: WsDeps): Omit<ApolloDriverConfig, 'driver'> {
  const { logger, loaders } = deps;
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
    // Parley sets no cache hints and sends no traces: without these plugins Apollo does not wrap
    // every field resolver to watch it, which is most of its cost on a page of 50 messages.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled()],
    // Compact JSON (Apollo indents its answers by default).
    stringifyResult: (result) => JSON.stringify(result),
    subscriptions: { 'graphql-ws': wsOptions(deps) as never },
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      ip: req?.ip ?? 'unknown',
      userLoader: loaders.users.create(),
      attachmentLoader: loaders.attachments.create(),
    }),
  };
}
