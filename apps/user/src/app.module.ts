import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AccessTokenModule, HealthModule, NatsModule, RedisModule, healthRpcController } from '#common';
import { MongoIndexInfo, mongoRoot } from '#common/mongo';
import { bullConnection, MAIL_QUEUE } from '#contracts';
import { USER_CONFIG, type UserConfig } from './config/user.config.js';
import { AuthController } from './auth/auth.controller.js';
import { AuthService } from './auth/auth.service.js';
import { LoginCodesService } from './auth/login-codes.service.js';
import { LoginCodeStore, RedisLoginCodeStore } from './auth/login-codes.store.js';
import { MailQueue } from './auth/mail.queue.js';
import { Clock, Secrets } from './crypto/secrets.js';
import { SessionDoc, SessionSchema } from './sessions/session.schema.js';
import { SessionsCleanup } from './sessions/sessions-cleanup.js';
import { SessionsRepository } from './sessions/sessions.repository.js';
import { UserDoc, UserSchema } from './users/user.schema.js';
import { UserCache } from './users/user-cache.js';
import { UsersController } from './users/users.controller.js';
import { UsersRepository } from './users/users.repository.js';
import { UsersService } from './users/users.service.js';

@Module({})
export class UserServiceModule {
  static forRoot(config: UserConfig): DynamicModule {
    return {
      module: UserServiceModule,
      imports: [
        HealthModule.withMetricsAccess({ token: config.METRICS_TOKEN, closedWithoutToken: false }),
        RedisModule.forRoot(config.REDIS_URL),
        AccessTokenModule.forRoot(config.JWT_SECRET),
        NatsModule.forRoot(config.NATS_URL, 'user'),
        mongoRoot(config.MONGO_URL, config.MONGO_DB),
        MongooseModule.forFeature([
          { name: UserDoc.name, schema: UserSchema },
          { name: SessionDoc.name, schema: SessionSchema },
        ]),
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL) }),
        BullModule.registerQueue({ name: MAIL_QUEUE }),
      ],
      controllers: [healthRpcController('user'), AuthController, UsersController],
      providers: [
        { provide: USER_CONFIG, useValue: config },
        MongoIndexInfo,
        Secrets,
        Clock,
        MailQueue,
        { provide: LoginCodeStore, useClass: RedisLoginCodeStore },
        LoginCodesService,
        AuthService,
        UsersRepository,
        UserCache,
        UsersService,
        SessionsRepository,
        SessionsCleanup,
      ],
    };
  }
}
