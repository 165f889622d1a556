import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asOk,
  createDirect,
  gql,
  login,
  LOGOUT,
  NEW_MESSAGE,
  REFRESH_SESSION,
  send,
  sleep,
  Stack,
  Subscription,
  waitUntil,
  wsClient,
  type Session,
} from '#testing';

/** A graphql-ws client whose close codes are recorded, with one live subscription. */
function watch(url: string, session: Session) {
  const closes: number[] = [];
  const client = wsClient(url, session.accessToken, { onClose: (code) => closes.push(code) });
  const sub = new Subscription(client, NEW_MESSAGE);
  return { client, sub, closes };
}

describe('a subscription socket lives no longer than its session', () => {
  let stack: Stack;
  let otherGateway: string;
  beforeAll(async () => {
    // The shortest access-token lifetime the config allows, so expiry is seen in one test.
    stack = await Stack.start({ env: { ACCESS_TOKEN_TTL_SECONDS: '30', LOGIN_CODE_COOLDOWN_SECONDS: '0', RATE_LIMIT_USER_PER_MINUTE: '1000' } });
    otherGateway = (await stack.startApp('api-gateway')).url;
  });
  afterAll(async () => stack?.stop());

  it('logout closes the sockets of that session with 4403 on every gateway; other sessions and users keep theirs', async () => {
    const [a, b] = await Promise.all([login(stack), login(stack)]);
    const a2 = await login(stack, a.email); // a second device of A
    const chat = await createDirect(stack, a, b.userId);
    const [onA, onOtherA, secondDevice, onB] = [watch(stack.gatewayUrl, a), watch(otherGateway, a), watch(stack.gatewayUrl, a2), watch(otherGateway, b)];
    await sleep(800); // the subscriptions are registered

    expect((await asOk(stack, a, LOGOUT)).logout).toBe(true);
    await waitUntil(() => onA.closes.length > 0 && onOtherA.closes.length > 0, 'both sockets closed', 5000);
    expect(onA.closes).toEqual([4403]);
    expect(onOtherA.closes).toEqual([4403]);

    // The other device and the other user still get events.
    await send(stack, b, chat.id, 'still there?');
    expect((await secondDevice.sub.waitFor(1))[0].newMessage.text).toBe('still there?');
    expect((await onB.sub.waitFor(1))[0].newMessage.text).toBe('still there?');
    expect(secondDevice.closes).toEqual([]);
    expect(onB.closes).toEqual([]);

    // The signed-out token cannot open a new socket either.
    const again = watch(stack.gatewayUrl, a);
    await waitUntil(() => again.closes.length > 0, 'the socket refused', 5000);
    expect(again.closes).toEqual([4403]);

    for (const w of [onA, onOtherA, secondDevice, onB, again]) {
      w.sub.close();
      await w.client.dispose();
    }
  });

  it('logout on all devices closes every socket of the user', async () => {
    const a = await login(stack);
    const a2 = await login(stack, a.email);
    const [one, two] = [watch(stack.gatewayUrl, a), watch(otherGateway, a2)];
    await sleep(800);
    expect((await asOk(stack, a2, LOGOUT, { allDevices: true })).logout).toBe(true);
    await waitUntil(() => one.closes.length > 0 && two.closes.length > 0, 'both sockets closed', 5000);
    expect([...one.closes, ...two.closes]).toEqual([4403, 4403]);
    for (const w of [one, two]) await w.client.dispose();
  });

  it('a socket closes with 4401 when its access token expires, and a fresh token opens a new one', async () => {
    const a = await login(stack);
    const openedAt = Date.now();
    const w = watch(stack.gatewayUrl, a);
    await waitUntil(() => w.closes.length > 0, 'the socket closed at expiry', 40000);
    expect(w.closes).toEqual([4401]);
    const lived = Date.now() - openedAt;
    expect(lived).toBeGreaterThan(25000);
    expect(lived).toBeLessThan(35000);

    // A refreshed session subscribes again.
    const r = await gql(stack.gatewayUrl, REFRESH_SESSION, { refreshToken: a.refreshToken });
    const fresh = { ...a, accessToken: r.data!.refreshSession.accessToken };
    const next = watch(stack.gatewayUrl, fresh);
    await sleep(500);
    expect(next.closes).toEqual([]);
    await next.client.dispose();
  }, 60000);
});
