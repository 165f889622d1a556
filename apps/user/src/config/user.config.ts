import { serviceSpec, authSpec, bool, commonSpec, int, isProductionEnv, loadConfig, mongoSpec, redisSpec, str } from '#common';

const production = isProductionEnv();
export const DEV_OTP_SECRET = 'dev-only-otp-secret-0123456789abcdef';

export const userConfigSpec = {
  ...commonSpec,
  ...serviceSpec,
  ...mongoSpec,
  ...redisSpec,
  ...authSpec,
  USER_HTTP_PORT: int(4001, { min: 0, max: 65535 }),
  /** Key of the HMAC under which login codes are stored in Redis. */
  OTP_SECRET: str(DEV_OTP_SECRET, { notInProduction: (v) => (v === DEV_OTP_SECRET ? 'the development secret must be replaced' : null) }),
  LOGIN_CODE_TTL_SECONDS: int(300, { min: 30, max: 3600 }),
  LOGIN_CODE_MAX_ATTEMPTS: int(5, { min: 1, max: 20 }),
  LOGIN_CODE_COOLDOWN_SECONDS: int(60, { min: 0, max: 3600 }),
  LOGIN_CODES_PER_EMAIL_PER_HOUR: int(10, { min: 1 }),
  /** Wrong codes for one address after which each further try waits 1, 2, 4 ... seconds (up to an hour) after the last wrong one. */
  LOGIN_FAILURES_BEFORE_BACKOFF: int(10, { min: 1 }),
  /** Wrong codes for one address in 24 hours after which its logins are refused until the day is over. */
  LOGIN_FAILURES_PER_DAY: int(20, { min: 1 }),
  /** High in development so a test run can log in hundreds of users from one address. */
  LOGIN_CODES_PER_IP_PER_HOUR: int(production ? 60 : 5000, { min: 1 }),
  REFRESH_TOKEN_TTL_DAYS: int(30, { min: 1, max: 365 }),
  /** A rotated refresh token presented again within this window is refused without revoking its family (a client's own retry or race). */
  REFRESH_REUSE_GRACE_SECONDS: int(5, { min: 0, max: 60 }),
  /** Mail jobs: attempts with exponential backoff starting at MAIL_BACKOFF_MS. */
  MAIL_ATTEMPTS: int(8, { min: 1, max: 50 }),
  MAIL_BACKOFF_MS: int(1000, { min: 10 }),
  /** How long Redis keeps a user's profile after it was last read from the database or changed. */
  USER_CACHE_TTL_SECONDS: int(86400, { min: 60 }),
  /** How often one user replica deletes sessions that expired more than a day ago (a BullMQ job scheduler). */
  SESSION_SWEEP_INTERVAL_SECONDS: int(3600, { min: 1, max: 86400 }),
  /** How often last-seen times (kept in Redis) are stored in the database. */
  LAST_SEEN_FLUSH_SECONDS: int(30, { min: 1, max: 3600 }),
  DEMO_MODE: bool(false, { notInProduction: (v) => (v ? 'demo login is never allowed in production' : null) }),
};

export const loadUserConfig = () => loadConfig('user', userConfigSpec);
export type UserConfig = ReturnType<typeof loadUserConfig>;
export const USER_CONFIG = Symbol('USER_CONFIG');
