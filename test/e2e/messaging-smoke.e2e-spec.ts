import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDirect, login, MESSAGE_FIELDS, send, Stack, Subscription, wsClient, type MessageView, type Session } from '@app/testing';

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
    const sub = new Subscription<{ newMessage: MessageView }>(client, `subscription { newMessage { ${MESSAGE_FIELDS} } }`);
    await new Promise((r) => setTimeout(r, 500));
    const sent = await send(stack, a, chat.id, 'hello');
    const [event] = await sub.waitFor(1);
    expect(event.newMessage.id).toBe(sent.id);
    expect(event.newMessage.sender.id).toBe(a.userId);
    sub.close();
    await client.dispose();
  });
});
