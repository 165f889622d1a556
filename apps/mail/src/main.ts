import { bootService, createLogger, exitOnBootFailure } from '#common';
import { MailServiceModule } from './app.module.js';
import { loadMailConfig } from './config/mail.config.js';

const config = loadMailConfig();
const logger = createLogger('mail', config.LOG_LEVEL, config.LOG_FORMAT);
bootService({
  name: 'mail',
  module: MailServiceModule.forRoot(config),
  logger,
  natsUrl: config.NATS_URL,
  httpPort: config.MAIL_HTTP_PORT,
  httpHost: config.HTTP_HOST,
  maxInFlight: config.RPC_MAX_IN_FLIGHT,
  targetLatencyMs: config.RPC_TARGET_LATENCY_MS,
}).catch((err: unknown) => exitOnBootFailure(logger, err));
