import { commonSpec, int, loadConfig, mongoSpec, redisSpec } from '@app/common';

export const chatConfigSpec = {
  ...commonSpec,
  ...mongoSpec,
  ...redisSpec,
  CHAT_HTTP_PORT: int(4002, { min: 0, max: 65535 }),
  /** An upload no message shows this long after it was made (and nobody's avatar) is removed. */
  UNSENT_UPLOAD_TTL_SECONDS: int(86400, { min: 1 }),
  /** How often one chat replica looks for such uploads. */
  UPLOAD_SWEEP_INTERVAL_SECONDS: int(600, { min: 1, max: 86400 }),
};

export const loadChatConfig = () => loadConfig('chat', chatConfigSpec);
export type ChatConfig = ReturnType<typeof loadChatConfig>;
export const CHAT_CONFIG = Symbol('CHAT_CONFIG');
