import 'reflect-metadata';
import { connect, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ORPHANED_KEYS, Subjects, type EventOf } from '#contracts';
import { startNats, waitUntil, type Server } from '#testing';
import { publishEvent, subscribeEvent } from '#common';

/** Broadcast events over a real NATS: what a consumer is handed, and what it never sees. */
describe('broadcast events', () => {
  let nats: Server;
  let nc: NatsConnection;
  const subs: Subscription[] = [];
  const KEY = 'AbCdEfGhIjKlMnOp_-12.webp';

  beforeAll(async () => {
    nats = await startNats();
    nc = await connect({ servers: nats.url });
  });
  afterAll(async () => {
    for (const s of subs) s.unsubscribe();
    await nc?.close();
    await nats?.stop();
  });

  /** Everything a consumer of the subject was handed, in order. */
  function consumer<S extends typeof Subjects.mediaOrphaned | typeof Subjects.sessionsRevoked>(subject: S): Array<EventOf<S>> {
    const got: Array<EventOf<S>> = [];
    subs.push(subscribeEvent(nc, subject, (e) => void got.push(e)));
    return got;
  }

  it('hands over valid events as published, and drops whatever breaks the subject’s class, so no stray publisher can steer the consumers', async () => {
    const media = consumer(Subjects.mediaOrphaned);
    const sessions = consumer(Subjects.sessionsRevoked);
    await nc.flush();
    const raw = (subject: string, data: string) => nc.publish(subject, data);
    // Refused: not JSON, no list, a path instead of a key, a key of an unknown type, too many keys.
    raw(Subjects.mediaOrphaned, 'not json');
    raw(Subjects.mediaOrphaned, JSON.stringify({ keys: KEY }));
    raw(Subjects.mediaOrphaned, JSON.stringify({ keys: [KEY, '../../etc/passwd'] }));
    raw(Subjects.mediaOrphaned, JSON.stringify({ keys: ['AbCdEfGhIjKlMnOp_-12.svg'] }));
    raw(Subjects.mediaOrphaned, JSON.stringify({ keys: Array.from({ length: MAX_ORPHANED_KEYS + 1 }, () => KEY) }));
    raw(Subjects.sessionsRevoked, JSON.stringify({ sessionIds: [42] }));
    raw(Subjects.sessionsRevoked, JSON.stringify({ sessionIds: ['x'.repeat(101)] }));
    raw(Subjects.sessionsRevoked, JSON.stringify({}));
    // Accepted: the typed publisher; fields the class does not name are dropped.
    publishEvent(nc, Subjects.mediaOrphaned, { keys: [KEY] });
    raw(Subjects.sessionsRevoked, JSON.stringify({ sessionIds: ['s-1', 's-2'], extra: true }));
    publishEvent(nc, Subjects.mediaOrphaned, { keys: [] });
    await waitUntil(() => media.length === 2 && sessions.length === 1, 'the valid events', 5000);
    // A quiet moment: nothing refused arrives late.
    await nc.flush();
    expect(media.map((e) => ({ ...e }))).toEqual([{ keys: [KEY] }, { keys: [] }]);
    expect(sessions.map((e) => ({ ...e }))).toEqual([{ sessionIds: ['s-1', 's-2'] }]);
  });
});
