/** The answer of `<service>.health` over NATS, used by `Query.serverInfo`. */
export interface ServiceHealthReply {
  service: string;
  version: string;
  /** Each dependency the service checked, `true` when it answered. */
  checks: Record<string, boolean>;
  /** Extra facts, e.g. how many indexes the service's collections have. */
  info?: Record<string, number | string>;
}
