import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, Conversation, createDirect, createGroup, one } from '#testing';

/** B's presence over graphql-ws: A shares a direct chat with B, C a group. */
describe('conversation: presence', () => {
  let conv: Conversation;

  beforeAll(async () => {
    conv = await Conversation.start();
    const { users, id } = conv;
    await createDirect(conv.stack, users.A, id('B'));
    await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    await createGroup(conv.stack, users.B, 'Team', [id('C')]);
    await conv.expectEvents({ B: { chatUpdated: 1, newMessage: 1 }, C: { chatUpdated: 1, newMessage: 1 } });
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('presence: counted per user across connections, announced to those who share a chat', async () => {
    const { users, id } = conv;
    const online = () => conv.presenceOf('A', 'B');
    expect((await online()).online).toBe(true);

    // A second connection of an online user changes nothing; closing the first neither.
    const second = await connect(conv.stack.gatewayUrl, users.B.accessToken);
    conv.extraClients.push(second);
    await conv.expectEvents({}, 800);
    await conv.inboxes.B.close();
    await conv.expectEvents({}, 800);
    expect((await online()).online).toBe(true);

    // The last connection closes: offline, with lastSeenAt, to A (direct chat) and C (group).
    await second.dispose();
    let r = await conv.expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    const off = one(r, 'A', 'presence');
    expect(off).toMatchObject({ userId: id('B'), online: false });
    expect(off.lastSeenAt).toBeTruthy();
    expect(one(r, 'C', 'presence')).toEqual(off);
    const seen = await online();
    expect(seen.online).toBe(false);
    expect(Date.parse(seen.lastSeenAt!)).toBe(Date.parse(off.lastSeenAt!));

    // A fourth client for B: online again, then offline again when it goes.
    const fourth = await connect(conv.stack.gatewayUrl, users.B.accessToken);
    conv.extraClients.push(fourth);
    r = await conv.expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    expect(one(r, 'A', 'presence')).toEqual({ userId: id('B'), online: true, lastSeenAt: null });
    expect(one(r, 'C', 'presence')).toEqual({ userId: id('B'), online: true, lastSeenAt: null });
    expect((await online()).online).toBe(true);
    await fourth.dispose();
    r = await conv.expectEvents({ A: { presence: 1 }, C: { presence: 1 } });
    const offAgain = one(r, 'A', 'presence');
    expect(offAgain).toMatchObject({ userId: id('B'), online: false });
    expect(Date.parse(offAgain.lastSeenAt!)).toBeGreaterThanOrEqual(Date.parse(off.lastSeenAt!));
    expect((await online()).online).toBe(false);
  });
});
