/**
 * Environment validation. Each app declares the variables it reads; `loadConfig` checks them
 * once at start and, on the first problem, prints one line naming the variable and exits.
 */
type Kind = 'string' | 'int' | 'bool' | 'url' | 'enum';

interface VarSpec<T> {
  kind: Kind;
  default?: T;
  /** Values allowed for `enum`. */
  values?: readonly string[];
  min?: number;
  max?: number;
  /** Refused when NODE_ENV=production, with the reason given. */
  notInProduction?(value: T): string | null;
}

export type Spec = Record<string, VarSpec<unknown>>;
type ValueOf<S> = S extends VarSpec<infer T> ? T : never;
export type Config<S extends Spec> = { readonly [K in keyof S]: ValueOf<S[K]> };

export const str = (def?: string, extra: Partial<VarSpec<string>> = {}): VarSpec<string> => ({ kind: 'string', default: def, ...extra });
export const int = (def?: number, extra: Partial<VarSpec<number>> = {}): VarSpec<number> => ({ kind: 'int', default: def, ...extra });
export const bool = (def?: boolean, extra: Partial<VarSpec<boolean>> = {}): VarSpec<boolean> => ({ kind: 'bool', default: def, ...extra });
export const url = (def?: string, extra: Partial<VarSpec<string>> = {}): VarSpec<string> => ({ kind: 'url', default: def, ...extra });
export const oneOf = <T extends string>(values: readonly T[], def?: T): VarSpec<T> => ({ kind: 'enum', values, default: def });

export class ConfigError extends Error {}

function parse(name: string, raw: string, spec: VarSpec<unknown>): unknown {
  switch (spec.kind) {
    case 'string':
      return raw;
    case 'int': {
      if (!/^-?\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
      const n = Number(raw);
      if (spec.min !== undefined && n < spec.min) throw new ConfigError(`${name} must be at least ${spec.min}, got ${n}`);
      if (spec.max !== undefined && n > spec.max) throw new ConfigError(`${name} must be at most ${spec.max}, got ${n}`);
      return n;
    }
    case 'bool':
      if (['true', '1', 'yes'].includes(raw.toLowerCase())) return true;
      if (['false', '0', 'no'].includes(raw.toLowerCase())) return false;
      throw new ConfigError(`${name} must be true or false, got "${raw}"`);
    case 'url':
      try {
        new URL(raw);
      } catch {
        throw new ConfigError(`${name} must be a URL, got "${raw}"`);
      }
      return raw;
    case 'enum':
      if (!spec.values?.includes(raw)) throw new ConfigError(`${name} must be one of ${spec.values?.join(', ')}, got "${raw}"`);
      return raw;
  }
}

/**
 * Production unless development or tests are asked for by name: an app started without NODE_ENV
 * (a hand-written unit file, a container without the variable) gets the production rules and
 * refuses the development secrets; `npm run dev` sets NODE_ENV=development, the tests `test`.
 */
export const isProductionEnv = (env: NodeJS.ProcessEnv = process.env): boolean => env.NODE_ENV !== 'development' && env.NODE_ENV !== 'test';

/** Validates `env` against `spec`; throws a ConfigError naming the first bad variable. */
export function parseConfig<S extends Spec>(spec: S, env: NodeJS.ProcessEnv = process.env): Config<S> {
  const production = isProductionEnv(env);
  const out: Record<string, unknown> = {};
  for (const [name, s] of Object.entries(spec)) {
    const raw = env[name];
    let value: unknown;
    if (raw === undefined || raw === '') {
      if (s.default === undefined) throw new ConfigError(`${name} is required but not set`);
      value = s.default;
    } else {
      value = parse(name, raw, s);
    }
    if (production && s.notInProduction) {
      const why = s.notInProduction(value);
      if (why)
        throw new ConfigError(
          `${name}: ${why} (${env.NODE_ENV ? 'NODE_ENV=production' : 'NODE_ENV is not set, so production; development defaults need NODE_ENV=development'})`,
        );
    }
    out[name] = value;
  }
  return out as Config<S>;
}

/** Like parseConfig, but prints the one-line reason and exits the process on a bad environment. */
export function loadConfig<S extends Spec>(app: string, spec: S): Config<S> {
  try {
    return parseConfig(spec, process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${app}: configuration error: ${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}

/** Variables every backend app reads. */
export const commonSpec = {
  /** Unset means production (isProductionEnv). */
  NODE_ENV: oneOf(['development', 'test', 'production'] as const, 'production'),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  LOG_FORMAT: oneOf(['pretty', 'json'] as const, 'pretty'),
  NATS_URL: url('nats://127.0.0.1:4222'),
  RPC_TIMEOUT_MS: int(5000, { min: 100, max: 60000 }),
  /** Address the user, chat and mail apps bind their HTTP port (/health, /metrics) to; 0.0.0.0 in containers. */
  HTTP_HOST: str('127.0.0.1'),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`; the gateway serves it in production only then. */
  METRICS_TOKEN: str(''),
};

/** Variables of the NATS services (user, chat, mail). */
export const serviceSpec = {
  /** Requests one replica handles at once; beyond it, new ones are refused at once (SERVICE_UNAVAILABLE, retryAfterSeconds). */
  RPC_MAX_IN_FLIGHT: int(1000, { min: 1, max: 100000 }),
  /** When a replica's own work per request (median) is slower than this and than twice its usual, it admits fewer requests at once until it is fast again. */
  RPC_TARGET_LATENCY_MS: int(250, { min: 10, max: 60000 }),
};

export const mongoSpec = {
  MONGO_URL: url('mongodb://127.0.0.1:27017'),
  MONGO_DB: str('parley'),
};

export const redisSpec = {
  REDIS_URL: url('redis://127.0.0.1:6379'),
};

/** The development signing secret; production refuses it. */
export const DEV_JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

/** Access-token settings shared by the gateway (verifies) and the user service (signs). */
export const authSpec = {
  /** Signs access tokens and media URLs. At least 32 characters. */
  JWT_SECRET: str(DEV_JWT_SECRET, {
    notInProduction: (v) => (v === DEV_JWT_SECRET ? 'the development secret must be replaced' : v.length < 32 ? 'must be at least 32 characters' : null),
  }),
  ACCESS_TOKEN_TTL_SECONDS: int(900, { min: 30, max: 86400 }),
};
