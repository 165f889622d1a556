import { Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { HealthModule, MongoIndexInfo, NatsModule, RedisModule, healthRpcController, mongoRoot } from '@app/common';
import { USER_CONFIG, type UserConfig } from './config/user.config.js';
import { UserDoc, UserSchema } from './users/user.schema.js';
import { SessionDoc, SessionSchema } from './sessions/session.schema.js';

@Module({})
export class AppModule {
  static forRoot(config: UserConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        HealthModule,
        RedisModule.forRoot(config.REDIS_URL),
        NatsModule.forRoot(config.NATS_URL, 'user'),
        mongoRoot(config.MONGO_URL, config.MONGO_DB),
        MongooseModule.forFeature([
          { name: UserDoc.name, schema: UserSchema },
          { name: SessionDoc.name, schema: SessionSchema },
        ]),
      ],
      controllers: [healthRpcController('user')],
      providers: [{ provide: USER_CONFIG, useValue: config }, MongoIndexInfo],
    };
  }
}
