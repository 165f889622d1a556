/** The BullMQ queue between the user service (producer) and the mail app (consumer). */
export const MAIL_QUEUE = 'mail';

export interface LoginCodeMailJob {
  kind: 'login-code';
  to: string;
  code: string;
  expiresInMinutes: number;
  /** Correlation id of the request that asked for the code. */
  correlationId?: string;
}

export type MailJob = LoginCodeMailJob;

/** Connection options for BullMQ from a redis:// URL (BullMQ workers need maxRetriesPerRequest: null). */
export function bullConnection(redisUrl: string): { host: string; port: number; username?: string; password?: string; db: number; maxRetriesPerRequest: null } {
  const u = new URL(redisUrl);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: Number(u.pathname.slice(1) || 0),
    maxRetriesPerRequest: null,
  };
}
