import { bootService, createLogger, exitOnBootFailure } from '#common';
import { ChatServiceModule } from './app.module.js';
import { loadChatConfig } from './config/chat.config.js';

const config = loadChatConfig();
const logger = createLogger('chat', config.LOG_LEVEL, config.LOG_FORMAT);
bootService({
  name: 'chat',
  module: ChatServiceModule.forRoot(config),
  logger,
  natsUrl: config.NATS_URL,
  httpPort: config.CHAT_HTTP_PORT,
  httpHost: config.HTTP_HOST,
  maxInFlight: config.RPC_MAX_IN_FLIGHT,
  targetLatencyMs: config.RPC_TARGET_LATENCY_MS,
}).catch((err: unknown) => exitOnBootFailure(logger, err));
