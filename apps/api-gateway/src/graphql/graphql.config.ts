import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Request, Response } from 'express';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import { AppError } from '#contracts';
import type { GatewayConfig } from '../config/gateway.config.js';
import type { WsDeps } from '../realtime/ws-options.js';
import type { GqlContext } from './context.js';
import { depthLimit } from './depth-limit.js';
import { formatGraphQLError } from './format-error.js';
import { oneLoginFieldPerOperation } from './one-login-field.rule.js';
import { operationShapeLimits } from './operation-cost.js';
import type { RedisPersistedQueries } from './persisted-queries.js';
import { asRequestError, type CostCharged } from './query-budget.js';
import { describeRootTypes } from './root-types.js';

/** What the GraphQL options of both transports are made of (a provider: GRAPHQL_DEPS). */
export interface GraphqlDeps extends WsDeps {
  /** Automatic persisted queries (HTTP), shared by every gateway. */
  persistedQueries: RedisPersistedQueries;
}
export const GRAPHQL_DEPS = Symbol('GRAPHQL_DEPS');

/** Introspection (and GraphiQL) outside production, or in production when GRAPHIQL=true. */
export const introspectionOn = (config: GatewayConfig): boolean => config.NODE_ENV !== 'production' || config.GRAPHIQL;

/**
 * The gateway's validation rules on top of graphql's own, for HTTP and graphql-ws alike: depth,
 * root fields and aliases, one login field per operation, and no introspection when it is off.
 */
export function validationRules(config: GatewayConfig): ValidationRule[] {
  return [
    depthLimit(config.GRAPHQL_MAX_DEPTH),
    operationShapeLimits(config.GRAPHQL_MAX_ROOT_FIELDS, config.GRAPHQL_MAX_ALIASES),
    oneLoginFieldPerOperation,
    ...(introspectionOn(config) ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}

/**
 * Prices every HTTP operation once it is parsed and validated (QueryBudget: refused above the
 * limit, charged to the address and the signed-in user) and reports the price in the answer's
 * `extensions.cost`.
 */
function queryCostPlugin({ budget, tokens }: GraphqlDeps): ApolloServerPlugin<GqlContext> {
  return {
    requestDidStart() {
      let cost: CostCharged | undefined;
      return Promise.resolve({
        async didResolveOperation({ schema, document, operationName, request, contextValue: ctx }) {
          // The viewer, when the token is good, so the user's budget is charged; a bad token is
          // the auth guard's to refuse (public fields do not need one).
          if (!ctx.viewer && ctx.req?.headers?.authorization) ctx.viewer = await tokens.fromAuthorization(ctx.req.headers.authorization).catch(() => undefined);
          try {
            cost = await budget.charge({ schema, document, operationName, variables: request.variables }, { ip: ctx.ip, viewer: ctx.viewer });
          } catch (err) {
            throw err instanceof AppError ? asRequestError(err) : err;
          }
        },
        willSendResponse({ response }) {
          if (cost && response.body.kind === 'single') response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
          return Promise.resolve();
        },
      });
    },
  };
}

/** Apollo Server options: code-first schema, one set of rules and one error format (graphql-ws: GraphqlWsServer). */
export function graphqlOptions(config: GatewayConfig, deps: GraphqlDeps): Omit<ApolloDriverConfig, 'driver'> {
  const { logger, loaders } = deps;
  return {
    path: '/graphql',
    autoSchemaFile: config.GRAPHQL_SCHEMA_FILE || true,
    sortSchema: true,
    // Root types get their descriptions here, in the served schema and in the schema file alike.
    transformSchema: describeRootTypes,
    transformAutoSchemaFile: true,
    introspection: introspectionOn(config),
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries: a client may send a query's SHA-256 instead of its text once
    // any gateway has seen the text (docs/graphql.md).
    persistedQueries: { cache: deps.persistedQueries },
    // Apollo adds graphql's rules and, with introspection off, its own introspection rule.
    validationRules: validationRules(config).filter((r) => r !== NoSchemaIntrospectionCustomRule),
    formatError: formatGraphQLError(logger, { hideSuggestions: deps.hideSuggestions }),
    // Parley sets no cache hints and sends no traces: without these plugins Apollo does not wrap
    // every field resolver to watch it, which is most of its cost on a page of 50 messages.
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), queryCostPlugin(deps)],
    // Compact JSON (Apollo indents its answers by default).
    stringifyResult: (result) => JSON.stringify(result),
    context: ({ req, res }: { req: Request; res: Response }): GqlContext => ({
      req,
      res,
      ip: req?.ip ?? 'unknown',
      userLoader: loaders.users.create(),
      attachmentLoader: loaders.attachments.create(),
    }),
  };
}
