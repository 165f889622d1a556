import { serviceSpec, commonSpec, int, loadConfig, mongoSpec, redisSpec } from '#common';

export const chatConfigSpec = {
  ...commonSpec,
  ...serviceSpec,
  ...mongoSpec,
  ...redisSpec,
  CHAT_HTTP_PORT: int(4002, { min: 0, max: 65535 }),
  /** An upload no message shows this long after it was made (and nobody's avatar) is removed. */
  UNSENT_UPLOAD_TTL_SECONDS: int(86400, { min: 1 }),
  /** How often one chat replica (whichever takes the BullMQ scheduler's job) looks for such uploads. */
  UPLOAD_SWEEP_INTERVAL_SECONDS: int(600, { min: 1, max: 86400 }),
  /** How long Redis keeps a chat's cached state and newest messages after its last write. */
  CHAT_CACHE_TTL_SECONDS: int(86400, { min: 60 }),
  /** Newest messages per chat kept in the cache (the first page of a chat is served from it). */
  CHAT_CACHE_WINDOW: int(64, { min: 1, max: 1000 }),
  /** Members a group may have. */
  GROUP_MAX_MEMBERS: int(1000, { min: 2, max: 10000 }),
};

export const loadChatConfig = () => loadConfig('chat', chatConfigSpec);
export type ChatConfig = ReturnType<typeof loadChatConfig>;
export const CHAT_CONFIG = Symbol('CHAT_CONFIG');
