import { bootService, createLogger, exitOnBootFailure } from '#common';
import { UserServiceModule } from './app.module.js';
import { loadUserConfig } from './config/user.config.js';

const config = loadUserConfig();
const logger = createLogger('user', config.LOG_LEVEL, config.LOG_FORMAT);
bootService({
  name: 'user',
  module: UserServiceModule.forRoot(config),
  logger,
  natsUrl: config.NATS_URL,
  httpPort: config.USER_HTTP_PORT,
  httpHost: config.HTTP_HOST,
  maxInFlight: config.RPC_MAX_IN_FLIGHT,
  targetLatencyMs: config.RPC_TARGET_LATENCY_MS,
}).catch((err: unknown) => exitOnBootFailure(logger, err));
