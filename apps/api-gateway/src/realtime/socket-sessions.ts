import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { NatsConnection, Subscription } from '@nats-io/transport-node';
import type { WebSocket } from 'ws';
import { InjectNats, subscribeEvent, type AccessClaims } from '#common';
import { Subjects } from '#contracts';

/** Close codes of ARCHITECTURE.md: the client refreshes its token on 4401 and reconnects. */
export const CLOSE_EXPIRED = 4401;
export const CLOSE_FORBIDDEN = 4403;
/** setTimeout holds at most 2^31-1 ms; a longer-lived token is re-checked then. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A subscription socket lives no longer than the access token it was opened with: at the
 * token's expiry it closes with 4401, and when its session is signed out or revoked (a
 * `evt.sessions.revoked` broadcast from the user service) with 4403 at once, on every gateway.
 */
@Injectable()
export class SocketSessions implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('SocketSessions');
  private readonly bySession = new Map<string, Set<WebSocket>>();
  private readonly timers = new Map<WebSocket, NodeJS.Timeout>();
  private sub?: Subscription;

  constructor(@InjectNats() private readonly nc: NatsConnection) {}

  onModuleInit(): void {
    this.sub = subscribeEvent(this.nc, Subjects.sessionsRevoked, ({ sessionIds }) => {
      for (const id of sessionIds) this.closeSession(id);
    });
  }

  onApplicationShutdown(): void {
    this.sub?.unsubscribe();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Tracks an authenticated socket until `closed`. */
  opened(socket: WebSocket, viewer: AccessClaims): void {
    let set = this.bySession.get(viewer.sessionId);
    if (!set) this.bySession.set(viewer.sessionId, (set = new Set()));
    set.add(socket);
    const ms = Math.min(Math.max(0, viewer.expiresAt.getTime() - Date.now()), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.timers.delete(socket);
      socket.close(CLOSE_EXPIRED, 'the access token expired; reconnect with a fresh one');
    }, ms);
    timer.unref();
    this.timers.set(socket, timer);
  }

  closed(socket: WebSocket, viewer: AccessClaims): void {
    clearTimeout(this.timers.get(socket));
    this.timers.delete(socket);
    const set = this.bySession.get(viewer.sessionId);
    set?.delete(socket);
    if (set && !set.size) this.bySession.delete(viewer.sessionId);
  }

  /** Number of tracked sockets (for tests and metrics). */
  get size(): number {
    return this.timers.size;
  }

  private closeSession(sessionId: string): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    this.logger.log(`closing ${set.size} socket(s) of signed-out session ${sessionId}`);
    for (const socket of set) socket.close(CLOSE_FORBIDDEN, 'this session was signed out');
  }
}
