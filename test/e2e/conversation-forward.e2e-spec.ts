import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Conversation, createDirect, createGroup, errorCode, everyone, one, type MessageView } from '#testing';

/**
 * Forwarding over graphql-ws: A's edited message in a group of A, B and C, forwarded by B into
 * the direct chat of A and B (two messages of A in it), and on from there.
 */
describe('conversation: forwarding', () => {
  let conv: Conversation;
  let dm = ''; // A–B
  let gm1: MessageView; // A's group message, edited

  beforeAll(async () => {
    conv = await Conversation.start();
    const { users, id } = conv;
    dm = (await createDirect(conv.stack, users.A, id('B'))).id;
    await conv.expectEvents({ A: { chatUpdated: 1 }, B: { chatUpdated: 1 } });
    await conv.say('A', dm, 'Hi B, got a minute?');
    await conv.say('A', dm, 'Lunch tomorrow?');
    await conv.expectEvents({ A: { newMessage: 2 }, B: { newMessage: 2 } });

    const group = (await createGroup(conv.stack, users.A, 'Team', [id('B'), id('C')])).id;
    await conv.expectEvents(everyone({ chatUpdated: 1, newMessage: 1 }));
    gm1 = await conv.say('A', group, 'Meeting at noon');
    await conv.expectEvents(everyone({ newMessage: 1 }));
    expect((await conv.edit('A', gm1.id, 'Meeting at 1pm')).errors).toBeUndefined();
    await conv.expectEvents(everyone({ messageUpdated: 1 }));

    await conv.watch('B', 'newMessage@dm', dm);
    await conv.watch('A', 'readReceipts@dm', dm);
  });

  afterAll(async () => {
    await conv?.stop();
  });

  it('forwarding names the original sender; a target chat the forwarder is not in forwards nothing', async () => {
    const { users, names, id } = conv;
    const dmAC = (await createDirect(conv.stack, users.A, id('C'))).id;
    await conv.expectEvents({ A: { chatUpdated: 1 }, C: { chatUpdated: 1 } });

    const res = await conv.forward('B', gm1.id, [dm]);
    expect(res.errors).toBeUndefined();
    const [fwd] = res.data!.forwardMessage;
    const origin = { originalMessageId: gm1.id, originalSenderName: names.A, originalSender: { id: id('A'), name: names.A } };
    expect(fwd).toMatchObject({ chatId: dm, seq: 3, type: 'TEXT', text: 'Meeting at 1pm', sender: { id: id('B') }, forwarded: origin });
    const r = await conv.expectEvents({ A: { newMessage: 1 }, B: { newMessage: 1, 'newMessage@dm': 1 } });
    expect(one(r, 'A', 'newMessage')).toMatchObject({ id: fwd.id, forwarded: origin });
    await conv.expectReadState(dm, { A: { unread: 1, lastRead: 2 }, B: { unread: 0, lastRead: 3 } });

    // B is not in A–C: NOT_FOUND, and not even the allowed target gets a copy.
    const bad = await conv.forward('B', gm1.id, [dm, dmAC]);
    expect(errorCode(bad)).toBe('NOT_FOUND');
    await conv.expectEvents({});
    expect((await conv.chatOf('A', dm))!.lastSeq).toBe(3);
    expect((await conv.chatOf('A', dmAC))!.lastSeq).toBe(0);

    // Forwarding a forward keeps the original author.
    const again = await conv.forward('A', fwd.id, [dmAC]);
    expect(again.errors).toBeUndefined();
    expect(again.data!.forwardMessage[0]).toMatchObject({ chatId: dmAC, seq: 1, sender: { id: id('A') }, forwarded: origin });
    await conv.expectEvents({ A: { newMessage: 1 }, C: { newMessage: 1 } });
    await conv.expectReadState(dmAC, { A: { unread: 0, lastRead: 1 }, C: { unread: 1, lastRead: 0 } });
  });
});
