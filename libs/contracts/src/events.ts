/**
 * Broadcast events: subjects without a reply, each with the class of its payload and the list
 * field a message carries at most `max` of. A publisher hands `publishEvent` (libs/common) the
 * whole `EventOf<subject>`, which it sends in as many messages as the limit needs, and every
 * consumer validates what
 * arrives against the class before acting on it (`subscribeEvent`), dropping what does not pass:
 * these events remove files and close sockets, so a stray publisher on the bus must not be able
 * to steer them.
 *
 * The per-user events (`evt.user.<id>`, `UserEvent` in chats.ts) are the hot path of delivery and
 * are typed, not validated per message: only the chat service and the gateways publish them.
 */
import { IsListOf, isMediaKey } from './rules.js';
import { Subjects } from './subjects.js';

/** At most this many sessions in one revocation event (a publisher sends more in several). */
export const MAX_REVOKED_SESSIONS = 1000;
/** At most this many keys in one orphaned-media event: two files for each of 100 released uploads. */
export const MAX_ORPHANED_KEYS = 200;

const isSessionId = (v: unknown) => typeof v === 'string' && v.length >= 1 && v.length <= 100;

/** Sessions signed out or revoked: every gateway closes the sockets opened with them. */
export class SessionsRevokedEvent {
  @IsListOf('isSessionIdList', MAX_REVOKED_SESSIONS, isSessionId, 'is not a session id') sessionIds: string[];
}

/** Media files no record names any more: one gateway of the queue group removes them. */
export class MediaOrphanedEvent {
  @IsListOf('isMediaKeyList', MAX_ORPHANED_KEYS, isMediaKey, 'is not a media key') keys: string[];
}

export const Events = {
  [Subjects.sessionsRevoked]: { payload: SessionsRevokedEvent, split: { field: 'sessionIds', max: MAX_REVOKED_SESSIONS } },
  [Subjects.mediaOrphaned]: { payload: MediaOrphanedEvent, split: { field: 'keys', max: MAX_ORPHANED_KEYS } },
} as const;

/** Every broadcast event subject. */
export type EventSubject = keyof typeof Events;
export type EventOf<S extends EventSubject> = InstanceType<(typeof Events)[S]['payload']>;
