import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOk, chatOf, createDirect, DELETE_MESSAGE, login, NEW_MESSAGE, send, Stack, Subscription, wsClient, type Session } from '#testing';

describe('messaging smoke', () => {
  let stack: Stack;
  let a: Session;
  let b: Session;
  beforeAll(async () => {
    stack = await Stack.start();
    [a, b] = await Promise.all([login(stack), login(stack)]);
  });
  afterAll(async () => stack?.stop());

  it('a message reaches the other member over graphql-ws', async () => {
    const chat = await createDirect(stack, a, b.userId);
    const client = wsClient(stack.gatewayUrl, b.accessToken);
    const sub = new Subscription(client, NEW_MESSAGE);
    await new Promise((r) => setTimeout(r, 500));
    const sent = await send(stack, a, chat.id, 'hello');
    const [event] = await sub.waitFor(1);
    expect(event.newMessage.id).toBe(sent.id);
    expect(event.newMessage.sender.id).toBe(a.userId);
    sub.close();
    await client.dispose();
  });

  it('hiding an unread message for oneself takes it out of the unread count', async () => {
    const chat = await createDirect(stack, a, b.userId);
    const before = (await chatOf(stack, b, chat.id)).unreadCount;
    const m1 = await send(stack, a, chat.id, 'one');
    await send(stack, a, chat.id, 'two');
    expect((await chatOf(stack, b, chat.id)).unreadCount).toBe(before + 2);
    await asOk(stack, b, DELETE_MESSAGE, { id: m1.id, forEveryone: false });
    expect((await chatOf(stack, b, chat.id)).unreadCount).toBe(before + 1);
    // The sender's view is untouched.
    expect((await chatOf(stack, a, chat.id)).lastMessage?.text).toBe('two');
  });
});
