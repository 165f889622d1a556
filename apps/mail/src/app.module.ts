import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { HealthModule, NatsModule, RedisModule, healthRpcController } from '#common';
import { bullConnection } from '#contracts';
import { MAIL_CONFIG, type MailConfig } from './config/mail.config.js';
import { MailModule } from './mail/mail.module.js';

@Global()
@Module({})
export class MailServiceModule {
  static forRoot(config: MailConfig): DynamicModule {
    return {
      module: MailServiceModule,
      imports: [
        HealthModule.withMetricsAccess({ token: config.METRICS_TOKEN, closedWithoutToken: false }),
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'mail'),
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL) }),
        MailModule,
      ],
      controllers: [healthRpcController('mail')],
      providers: [{ provide: MAIL_CONFIG, useValue: config }],
      exports: [MAIL_CONFIG],
    };
  }
}
