import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { Logger } from 'pino';
import { HealthModule, NatsModule, RedisModule, RpcClientModule } from '@app/common';
import { GATEWAY_CONFIG, type GatewayConfig } from './config/gateway.config.js';
import { graphqlOptions } from './graphql/graphql.config.js';
import { ServerInfoModule } from './server-info/server-info.module.js';

@Module({})
export class AppModule {
  static forRoot(config: GatewayConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        HealthModule,
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'api-gateway'),
        RpcClientModule.forRoot(config.NATS_URL, config.RPC_TIMEOUT_MS, 'api-gateway-rpc'),
        GraphQLModule.forRoot<ApolloDriverConfig>(graphqlOptions(config, logger)),
        ServerInfoModule,
      ],
      providers: [{ provide: GATEWAY_CONFIG, useValue: config }],
      exports: [GATEWAY_CONFIG],
    };
  }
}
