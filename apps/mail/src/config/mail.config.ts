import { serviceSpec, commonSpec, int, loadConfig, redisSpec, str, url } from '#common';

export const mailConfigSpec = {
  ...commonSpec,
  ...serviceSpec,
  ...redisSpec,
  MAIL_HTTP_PORT: int(4003, { min: 0, max: 65535 }),
  /** smtp://user:pass@host:port or smtps://... ; the dev mailbox by default. */
  SMTP_URL: url('smtp://127.0.0.1:1025'),
  MAIL_FROM: str('Parley <no-reply@parley.local>'),
};

export const loadMailConfig = () => loadConfig('mail', mailConfigSpec);
export type MailConfig = ReturnType<typeof loadMailConfig>;
export const MAIL_CONFIG = Symbol('MAIL_CONFIG');
