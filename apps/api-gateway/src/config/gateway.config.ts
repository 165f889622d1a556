import { isIP } from 'node:net';
import { type Config, authSpec, bool, commonSpec, int, isProductionEnv, loadConfig, oneOf, redisSpec, str } from '#common';

const production = isProductionEnv();
/** The development key of media URLs; production refuses it. */
export const DEV_MEDIA_URL_SECRET = 'dev-only-media-url-secret-0123456789abcdef';

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
  /**
   * Which peers may set X-Forwarded-For (per-IP limits use the client address it names): a hop
   * count, or a comma-separated list of `loopback`, `linklocal`, `uniquelocal`, addresses and CIDR
   * ranges, e.g. `loopback, 10.0.0.0/8` for a load balancer in that network.
   */
  TRUST_PROXY: str('loopback'),
  /** Public base URL of this gateway, for links it hands out (avatars, media). Defaults to http://GATEWAY_HOST:GATEWAY_PORT. */
  PUBLIC_URL: str(''),
  /** `users(search:)` lookups by exact address per user and hour (each tells whether the address has an account). */
  EMAIL_LOOKUPS_PER_HOUR: int(30, { min: 1 }),
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
  /** Where uploaded images are kept: `disk` (MEDIA_DIR; one machine, or a shared volume) or `s3` (S3_*). */
  MEDIA_STORAGE: oneOf(['disk', 's3'] as const, 'disk'),
  /** Directory of the disk storage. */
  MEDIA_DIR: str('.data/media'),
  /** Bucket of the s3 storage (required with MEDIA_STORAGE=s3). */
  S3_BUCKET: str(''),
  /** Key prefix inside the bucket, e.g. `parley/`. */
  S3_PREFIX: str(''),
  S3_REGION: str('us-east-1'),
  /** Endpoint of an S3-compatible store (MinIO, Ceph, R2...); empty for AWS S3. */
  S3_ENDPOINT: str(''),
  /** Path-style URLs (endpoint/bucket/key), which most S3-compatible stores need. */
  S3_FORCE_PATH_STYLE: bool(true),
  /** Static credentials; when empty the AWS SDK's default chain is used (environment, instance or task role). */
  S3_ACCESS_KEY_ID: str(''),
  S3_SECRET_ACCESS_KEY: str(''),
  /** Signs media URLs (GET /media/<key>?exp&sig); its own key, not JWT_SECRET. At least 32 characters. */
  MEDIA_URL_SECRET: str(DEV_MEDIA_URL_SECRET, {
    notInProduction: (v) => (v === DEV_MEDIA_URL_SECRET ? 'the development secret must be replaced' : v.length < 32 ? 'must be at least 32 characters' : null),
  }),
  /** How long a signed media URL (GET /media/<key>) stays valid. */
  MEDIA_URL_TTL_SECONDS: int(3600, { min: 10, max: 7 * 86400 }),
  /** Depth limit for GraphQL operations. */
  GRAPHQL_MAX_DEPTH: int(12, { min: 2, max: 50 }),
  /** Root fields one operation may ask for (each alias counts). */
  GRAPHQL_MAX_ROOT_FIELDS: int(10, { min: 1 }),
  /** Aliased fields one operation may use. */
  GRAPHQL_MAX_ALIASES: int(30, { min: 0 }),
  /** The most one operation may cost (each object field 1, times the items its lists may return; docs/security.md). */
  GRAPHQL_MAX_COST: int(5000, { min: 10 }),
  /** Query cost a signed-in user may spend per minute, over HTTP and WebSocket together. */
  GRAPHQL_COST_PER_MINUTE_USER: int(300_000, { min: 10 }),
  /** Query cost one client address may spend per minute. */
  GRAPHQL_COST_PER_MINUTE_IP: int(production ? 3_000_000 : 100_000_000, { min: 10 }),
  /** How long an automatic persisted query stays known (in Redis, shared by every gateway) after it was last registered. */
  APQ_TTL_SECONDS: int(86400, { min: 60 }),
  /**
   * The gateway's in-memory caches (an LRU each): users as the user service last sent them, shared
   * by every request and subscription, and presence and contacts for subscriptions: at most this many
   * entries per cache, each kept USER_CACHE_TTL_MS (how long a renamed user may show the old name).
   */
  USER_CACHE_MAX: int(10_000, { min: 1 }),
  USER_CACHE_TTL_MS: int(2000, { min: 1, max: 60_000 }),
  /** Verified access tokens kept (an LRU; each until it expires), so a client's next request skips the HMAC. */
  ACCESS_TOKEN_CACHE_MAX: int(10_000, { min: 1 }),
  /** Largest WebSocket frame the gateway takes; a larger one closes the socket (1009). */
  WS_MAX_PAYLOAD_BYTES: int(64 * 1024, { min: 1024 }),
  /** Operations (subscriptions, mostly) one socket may have running at once. */
  WS_MAX_OPERATIONS: int(25, { min: 1 }),
  /** When set, the generated schema is written there at start (`npm run dev` keeps apps/api-gateway/schema.gql fresh). */
  GRAPHQL_SCHEMA_FILE: str(''),
};

export type GatewayConfig = Config<typeof gatewayConfigSpec>;

/** Rules that tie variables together; the reason, or null when the settings fit. */
export function crossCheckGatewayConfig(c: GatewayConfig): string | null {
  if (trustProxySetting(c.TRUST_PROXY) === null)
    return `TRUST_PROXY: "${c.TRUST_PROXY}" is neither a hop count nor a list of loopback, linklocal, uniquelocal, addresses and CIDR ranges`;
  if (c.MEDIA_STORAGE === 's3' && !c.S3_BUCKET) return 'S3_BUCKET is required when MEDIA_STORAGE=s3';
  if (!c.S3_ACCESS_KEY_ID !== !c.S3_SECRET_ACCESS_KEY) return 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither';
  return null;
}

export function loadGatewayConfig(): GatewayConfig {
  const config = loadConfig('api-gateway', gatewayConfigSpec);
  const problem = crossCheckGatewayConfig(config);
  if (problem) {
    process.stderr.write(`api-gateway: configuration error: ${problem}\n`);
    process.exit(78); // EX_CONFIG, like loadConfig
  }
  return config;
}
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

/** The gateway's own base URL, without a trailing slash, for links it hands out. */
export const publicUrlOf = (config: GatewayConfig): string => (config.PUBLIC_URL || `http://${config.GATEWAY_HOST}:${config.GATEWAY_PORT}`).replace(/\/$/, '');

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY as Express's `trust proxy` setting: a hop count or a list; null when malformed. */
export function trustProxySetting(value: string): number | string[] | null {
  const v = value.trim();
  if (/^\d{1,2}$/.test(v)) return Number(v);
  const items = v.split(',').map((x) => x.trim());
  const valid = items.every((item) => {
    if (PROXY_NAMES.has(item)) return true;
    const [address, bits, ...rest] = item.split('/');
    const family = isIP(address);
    if (!family || rest.length) return false;
    if (bits === undefined) return true;
    return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
  });
  return items.length && valid ? items : null;
}
