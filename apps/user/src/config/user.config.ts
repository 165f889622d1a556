import { commonSpec, int, loadConfig, mongoSpec, redisSpec } from '@app/common';

export const userConfigSpec = {
  ...commonSpec,
  ...mongoSpec,
  ...redisSpec,
  USER_HTTP_PORT: int(4001, { min: 0, max: 65535 }),
};

export const loadUserConfig = () => loadConfig('user', userConfigSpec);
export type UserConfig = ReturnType<typeof loadUserConfig>;
export const USER_CONFIG = Symbol('USER_CONFIG');
