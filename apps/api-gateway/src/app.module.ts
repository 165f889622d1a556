import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import type { Redis } from 'ioredis';
import { AccessTokenModule, EventsPublisher, HealthModule, NatsModule, REDIS, RedisModule, RpcClientModule } from '#common';
import { AccessTokens } from './auth/access-tokens.js';
import { AuthModule } from './auth/auth.module.js';
import { ChatsModule } from './chats/chats.module.js';
import { GATEWAY_CONFIG, trustProxySetting, type GatewayConfig } from './config/gateway.config.js';
import { clientIpResolver } from './graphql/client-ip.js';
import { GraphiqlModule } from './graphiql/graphiql.module.js';
import { GRAPHQL_DEPS, graphqlOptions, validationRules, type GraphqlDeps } from './graphql/graphql.config.js';
import { QueryBudget } from './graphql/query-budget.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { GraphqlWsServer } from './realtime/graphql-ws.server.js';
import { AttachmentLoaderFactory } from './media/attachment.loader.js';
import { MediaModule } from './media/media.module.js';
import { PresenceService } from './realtime/presence.service.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { SocketSessions } from './realtime/socket-sessions.js';
import { ServerInfoModule } from './server-info/server-info.module.js';
import { UserLoaderFactory } from './users/user.loader.js';
import { RedisPersistedQueries } from './graphql/persisted-queries.js';
import { UsersModule } from './users/users.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';

/** The gateway's feature modules (their resolvers are the GraphQL schema; print-schema.ts reads them from here). */
export const GATEWAY_FEATURES = [
  RateLimitModule,
  AuthModule,
  MediaModule,
  UsersModule,
  ChatsModule,
  MessagesModule,
  RealtimeModule,
  ServerInfoModule,
  GraphiqlModule,
];

/**
 * The gateway: infrastructure every module may use (config, Redis, NATS, RPC, access tokens,
 * health, event publishing, the GraphQL server) and the feature modules, each importing what it
 * uses and exporting only what others need (docs/architecture.md, "Modules").
 */
@Module({})
export class ApiGatewayModule {
  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    return {
      module: ApiGatewayModule,
      global: true,
      imports: [
        HealthModule.withMetricsAccess({ token: config.METRICS_TOKEN, closedWithoutToken: config.NODE_ENV === 'production' }),
        RedisModule.forRoot(config.REDIS_URL),
        AccessTokenModule.forRoot(config.JWT_SECRET),
        NatsModule.forRoot(config.NATS_URL, 'api-gateway'),
        RpcClientModule.forRoot(config.NATS_URL, config.RPC_TIMEOUT_MS, 'api-gateway-rpc'),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [GRAPHQL_DEPS],
          useFactory: (deps: GraphqlDeps) => graphqlOptions(config, deps),
        }),
        ...GATEWAY_FEATURES,
      ],
      providers: [
        { provide: GATEWAY_CONFIG, useValue: config },
        EventsPublisher,
        {
          provide: GRAPHQL_DEPS,
          inject: [UserLoaderFactory, AttachmentLoaderFactory, AccessTokens, PresenceService, SocketSessions, RateLimiter, REDIS],
          useFactory: (
            users: UserLoaderFactory,
            attachments: AttachmentLoaderFactory,
            tokens: AccessTokens,
            presence: PresenceService,
            sockets: SocketSessions,
            limiter: RateLimiter,
            redis: Redis,
          ): GraphqlDeps => ({
            logger,
            loaders: { users, attachments },
            tokens,
            presence,
            sockets,
            clientIp: clientIpResolver(trustProxySetting(config.TRUST_PROXY) ?? ['loopback']),
            rules: validationRules(config),
            budget: new QueryBudget(config, limiter),
            maxOperations: config.WS_MAX_OPERATIONS,
            hideSuggestions: config.NODE_ENV === 'production',
            persistedQueries: new RedisPersistedQueries(redis, config.APQ_TTL_SECONDS),
          }),
        },
        GraphqlWsServer,
      ],
      exports: [GATEWAY_CONFIG, EventsPublisher, GRAPHQL_DEPS],
    };
  }
}
