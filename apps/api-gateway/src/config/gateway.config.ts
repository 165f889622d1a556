import { bool, commonSpec, int, loadConfig, redisSpec, str } from '@app/common';

export const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

export const gatewayConfigSpec = {
  ...commonSpec,
  ...redisSpec,
  GATEWAY_PORT: int(4000, { min: 0, max: 65535 }),
  GATEWAY_HOST: str('127.0.0.1'),
  /** Signs access tokens (verified here) and media URLs. At least 32 characters. */
  JWT_SECRET: str(DEV_JWT_SECRET, {
    notInProduction: (v) => (v === DEV_JWT_SECRET ? 'the development secret must be replaced' : v.length < 32 ? 'must be at least 32 characters' : null),
  }),
  /** Comma-separated origins allowed by CORS, or `*` (development only). */
  CORS_ORIGINS: str('*', { notInProduction: (v) => (v.split(',').includes('*') ? 'open CORS (*) is not allowed; list the web origins' : null) }),
  GRAPHIQL: bool(true),
  /** Depth limit for GraphQL operations. */
  GRAPHQL_MAX_DEPTH: int(12, { min: 2, max: 50 }),
  /** When set, the generated schema is written there at start (`npm run dev` keeps apps/api-gateway/schema.gql fresh). */
  GRAPHQL_SCHEMA_FILE: str(''),
};

export const loadGatewayConfig = () => loadConfig('api-gateway', gatewayConfigSpec);
export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
