import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, createDirect, createGroup, errorCode, everyone, one } from '#testing';

/** Typing over graphql-ws, in a direct chat of A and B and a group of A, B and C. */
describe('conversation: typing', () => {
  let conv: Conversation;
  let dm = ''; // A–B
  let group = ''; // A, B and C

  beforeAll(async () => {
    conv = await Conversation.start();
    const { users, id } = conv;
    dm = (await createDirect(conv.stack, users.A, id('B'))).id;
    await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    group = (await createGroup(conv.stack, users.A, 'Team', [id('B'), id('C')])).id;
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    await conv.watch('B', 'typing@dm', dm);
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('typing reaches the other members, never the typist, and respects the chatId filter', async () => {
    const { names, id } = conv;
    expect((await conv.typing('C', group, true)).data?.setTyping).toBe(true);
    let r = await conv.expectEvents({ A: { typing: 1 }, B: { typing: 1 } });
    for (const who of ['A', 'B'] as const) expect(one(r, who, 'typing')).toEqual({ chatId: group, isTyping: true, user: { id: id('C'), name: names.C } });

    expect((await conv.typing('A', dm, true)).data?.setTyping).toBe(true);
    r = await conv.expectEvents({ B: { typing: 1, 'typing@dm': 1 } });
    expect(one(r, 'B', 'typing@dm')).toEqual({ chatId: dm, isTyping: true, user: { id: id('A'), name: names.A } });

    expect((await conv.typing('C', group, false)).data?.setTyping).toBe(true);
    r = await conv.expectEvents({ A: { typing: 1 }, B: { typing: 1 } });
    expect(one(r, 'A', 'typing').isTyping).toBe(false);

    // Typing into a chat one is not in goes nowhere.
    expect(errorCode(await conv.typing('C', dm, true))).toBe('NOT_FOUND');
    await conv.expectEvents({});
  });
});
