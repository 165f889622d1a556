import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { GatewayConfig } from '../config/gateway.config.js';
import { formatGraphQLError } from './format-error.js';
import { depthLimit } from './depth-limit.js';

/** Apollo Server options: code-first schema, graphql-ws subscriptions on /graphql, one error format. */
export function graphqlOptions(config: GatewayConfig, logger: Logger): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: config.GRAPHQL_SCHEMA_FILE || true,
    sortSchema: true,
    introspection: config.NODE_ENV !== 'production' || config.GRAPHIQL,
    playground: false,
    csrfPrevention: true,
    validationRules: [depthLimit(config.GRAPHQL_MAX_DEPTH)],
    formatError: formatGraphQLError(logger),
    subscriptions: { 'graphql-ws': { path: '/graphql' } },
    context: ({ req, res, extra }: { req?: unknown; res?: unknown; extra?: unknown }) => ({ req, res, extra }),
  };
}
