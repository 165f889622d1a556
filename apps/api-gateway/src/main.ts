import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import helmet from 'helmet';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger, createValidationPipe, ErrorFilter, exitOnBootFailure, PinoNestLogger } from '#common';
import { ApiGatewayModule } from './app.module.js';
import { loadGatewayConfig, trustProxySetting } from './config/gateway.config.js';

const config = loadGatewayConfig();
const logger = createLogger('api-gateway', config.LOG_LEVEL, config.LOG_FORMAT);

async function bootstrap() {
  const app = await NestFactory.create<NestExpressApplication>(ApiGatewayModule.forRoot(config, logger), {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  app.enableShutdownHooks();
  // Validated at start (crossCheckGatewayConfig): X-Forwarded-For is believed from these peers only.
  app.set('trust proxy', trustProxySetting(config.TRUST_PROXY));
  // GraphQL answers are not cacheable by ETag; hashing every response body costs CPU on every request.
  app.set('etag', false);
  // helmet's headers on every route (nosniff, frame and referrer policies, no X-Powered-By; HSTS
  // in production). Media and avatars, embedded by pages of any origin, allow that themselves.
  app.use(helmet({ strictTransportSecurity: config.NODE_ENV === 'production', crossOriginResourcePolicy: { policy: 'same-site' } }));
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim());
  app.enableCors({ origin: origins.includes('*') ? true : origins, credentials: true });
  app.useGlobalFilters(new ErrorFilter(logger));
  app.useGlobalPipes(createValidationPipe());
  await app.listen(config.GATEWAY_PORT, config.GATEWAY_HOST);
  logger.info({ context: 'Bootstrap' }, `api-gateway ready: http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}/graphql`);
}

bootstrap().catch((err: unknown) => exitOnBootFailure(logger, err));
