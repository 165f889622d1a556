import { authSpec, bool, commonSpec, int, loadConfig, redisSpec, str } from '@app/common';

const production = process.env.NODE_ENV === 'production';

export const gatewayConfigSpec = {
  ...commonSpec,
  ...redisSpec,
  ...authSpec,
  GATEWAY_PORT: int(4000, { min: 0, max: 65535 }),
  GATEWAY_HOST: str('127.0.0.1'),
  /** Comma-separated origins allowed by CORS, or `*` (development only). */
  CORS_ORIGINS: str('*', { notInProduction: (v) => (v.split(',').includes('*') ? 'open CORS (*) is not allowed; list the web origins' : null) }),
  /** The self-hosted GraphiQL at GET /graphiql and schema introspection (for IDEs and codegen); always on outside production. */
  GRAPHIQL: bool(!production),
  /** Public base URL of this gateway, for links it hands out (avatars, media). Defaults to http://GATEWAY_HOST:GATEWAY_PORT. */
  PUBLIC_URL: str(''),
  /** Root mutation fields per minute (each alias counts). */
  RATE_LIMIT_USER_PER_MINUTE: int(120, { min: 1 }),
  RATE_LIMIT_IP_PER_MINUTE: int(production ? 600 : 20000, { min: 1 }),
  REFRESH_TOKEN_TTL_DAYS: int(30, { min: 1, max: 365 }),
  /** A gateway that stops renewing its heartbeat for this long is dead: its users go offline. */
  PRESENCE_TTL_SECONDS: int(30, { min: 3, max: 600 }),
  /** Largest upload body (POST /uploads) in bytes; more answers 413. */
  UPLOAD_MAX_BYTES: int(10 * 1024 * 1024, { min: 1024 }),
  /** Largest image an upload may decode to, in pixels (width × height); more answers 413. */
  UPLOAD_MAX_PIXELS: int(40_000_000, { min: 1 }),
  /** Uploads per user per minute. */
  UPLOADS_PER_MINUTE: int(30, { min: 1 }),
  /** Where uploaded images are kept (local disk storage). */
  MEDIA_DIR: str('.data/media'),
  /** How long a signed media URL (GET /media/<key>) stays valid. */
  MEDIA_URL_TTL_SECONDS: int(3600, { min: 10, max: 7 * 86400 }),
  /** Depth limit for GraphQL operations. */
  GRAPHQL_MAX_DEPTH: int(12, { min: 2, max: 50 }),
  /** When set, the generated schema is written there at start (`npm run dev` keeps apps/api-gateway/schema.gql fresh). */
  GRAPHQL_SCHEMA_FILE: str(''),
};

export const loadGatewayConfig = () => loadConfig('api-gateway', gatewayConfigSpec);
export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

/** The gateway's own base URL, without a trailing slash, for links it hands out. */
export const publicUrlOf = (config: GatewayConfig): string => (config.PUBLIC_URL || `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}`).replace(/\/$/, '');
