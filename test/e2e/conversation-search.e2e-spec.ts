import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, createDirect, createGroup, everyone, QUIET_MS, type MessageView, type SearchPage } from '#testing';

/**
 * Message search over GraphQL: direct chats A–B and A–C, and a group of B and C that A made and
 * left, where C hid one of B's messages for itself.
 */
describe('conversation: search', () => {
  let conv: Conversation;
  let dm = ''; // A–B
  let dmAC = ''; // A–C
  let group = ''; // B and C; A left
  let gm2: MessageView; // B's group message that C hides for itself

  beforeAll(async () => {
    conv = await Conversation.start();
    const { users, id } = conv;
    dm = (await createDirect(conv.stack, users.A, id('B'))).id;
    await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    dmAC = (await createDirect(conv.stack, users.A, id('C'))).id;
    await conv.expectEvents({ A: { chatUpdated: 1 }, C: { chatUpdated: 1 } });
    group = (await createGroup(conv.stack, users.A, 'Team', [id('B'), id('C')])).id;
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    await conv.watch('B', 'newMessage@dm', dm);
    await conv.watch('A', 'readReceipts@dm', dm);
    await conv.watch('A', 'messageUpdated@group', group);

    gm2 = await conv.say('B', group, 'Pizza or sushi?');
    await conv.expectEvents(everyone({ newMessage: 1 }));
    expect((await conv.del('C', gm2.id, false)).errors).toBeUndefined();
    await conv.expectEvents({ C: { messageUpdated: 1 } });
    expect(await conv.leave('A', group)).toBe(true);
    await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1, newMessage: 1 } }, QUIET_MS, false);
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('search: case-insensitive, only the viewer’s chats, no deleted or hidden messages, newest first, literal, paged', async () => {
    const t1 = await conv.say('A', dm, 'Zebra crossing ahead');
    const t2 = await conv.say('A', dmAC, 'zebra for Carol only');
    const t3 = await conv.say('B', group, 'zebra stripes, ZEBRA!');
    const t4 = await conv.say('B', group, 'this zebra gets deleted');
    expect((await conv.del('B', t4.id, true)).errors).toBeUndefined();
    const t5 = await conv.say('B', group, 'path a.b( here');
    await conv.say('B', group, 'decoy axb( here');
    await conv.expectEvents({
      A: { newMessage: 2 },
      B: { newMessage: 5, 'newMessage@dm': 1, messageUpdated: 1 },
      C: { newMessage: 5, messageUpdated: 1 },
    });

    const hits = (page: SearchPage) => page.edges.map((e) => e.node.message.id);
    const b = await conv.search('B', 'ZEBRA');
    expect(hits(b)).toEqual([t3.id, t1.id]);
    expect(b.edges.map((e) => e.node.chat)).toEqual([
      { id: group, kind: 'GROUP' },
      { id: dm, kind: 'DIRECT' },
    ]);
    expect(b.edges[0].node.highlights).toEqual([
      { start: 0, length: 5 },
      { start: 15, length: 5 },
    ]);
    expect(b.edges[1].node.highlights).toEqual([{ start: 0, length: 5 }]);
    expect(b.pageInfo.hasNextPage).toBe(false);
    expect(hits(await conv.search('A', 'zebra'))).toEqual([t2.id, t1.id]); // A left the group
    expect(hits(await conv.search('C', 'zeBRA'))).toEqual([t3.id, t2.id]);
    expect(hits(await conv.search('B', 'zebra', { chatId: dm }))).toEqual([t1.id]);

    const p1 = await conv.search('B', 'zebra', { first: 1 });
    expect(hits(p1)).toEqual([t3.id]);
    expect(p1.pageInfo).toEqual({ endCursor: p1.edges[0].cursor, hasNextPage: true });
    const p2 = await conv.search('B', 'zebra', { first: 1, after: p1.pageInfo.endCursor! });
    expect(hits(p2)).toEqual([t1.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    const literal = await conv.search('B', 'a.b(');
    expect(hits(literal)).toEqual([t5.id]);
    expect(literal.edges[0].node.highlights).toEqual([{ start: 5, length: 4 }]);
    expect(hits(await conv.search('A', 'a.b('))).toEqual([]);

    // C hid gm2 for itself; B still finds it.
    expect(hits(await conv.search('C', 'pizza'))).toEqual([]);
    expect(hits(await conv.search('B', 'PIZZA'))).toEqual([gm2.id]);
    await conv.expectEvents({});
  });
});
