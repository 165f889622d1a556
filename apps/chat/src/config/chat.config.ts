import { commonSpec, int, loadConfig, mongoSpec, redisSpec } from '@app/common';

export const chatConfigSpec = {
  ...commonSpec,
  ...mongoSpec,
  ...redisSpec,
  CHAT_HTTP_PORT: int(4002, { min: 0, max: 65535 }),
};

export const loadChatConfig = () => loadConfig('chat', chatConfigSpec);
export type ChatConfig = ReturnType<typeof loadChatConfig>;
export const CHAT_CONFIG = Symbol('CHAT_CONFIG');
