import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOk, createDirect, login, NEW_MESSAGE, PRESENCE, sleep, Stack, Subscription, USER, wsClient, type Session } from '#testing';

describe('presence across gateways', () => {
  let stack: Stack;
  let a: Session;
  let b: Session;
  beforeAll(async () => {
    // A short heartbeat TTL so a dead gateway is noticed within seconds.
    stack = await Stack.start({ env: { PRESENCE_TTL_SECONDS: '3' } });
    [a, b] = await Promise.all([login(stack), login(stack)]);
    await createDirect(stack, a, b.userId);
  });
  afterAll(async () => stack?.stop());

  it('a gateway that dies does not leave its users online: the others take them offline and store lastSeenAt', async () => {
    const watcher = wsClient(stack.gatewayUrl, a.accessToken);
    const events = new Subscription(watcher, PRESENCE);
    await sleep(500);

    const doomed = await stack.startApp('api-gateway');
    const bClient = wsClient(doomed.url, b.accessToken);
    const bSub = new Subscription(bClient, NEW_MESSAGE);
    const [online] = await events.waitFor(1);
    expect(online.presence).toMatchObject({ userId: b.userId, online: true });
    expect((await asOk(stack, a, USER, { id: b.userId })).user?.online).toBe(true);

    // The gateway is killed: no clean shutdown, no disconnect hooks.
    const killedAt = Date.now();
    await stack.stopApp(doomed, 'SIGKILL');
    const [, offline] = await events.waitFor(2, 15000);
    expect(offline.presence).toMatchObject({ userId: b.userId, online: false });
    expect(Date.now() - killedAt).toBeLessThan(12000);
    expect(new Date(offline.presence.lastSeenAt!).getTime()).toBeGreaterThanOrEqual(killedAt - 1000);
    const seen = (await asOk(stack, a, USER, { id: b.userId })).user!;
    expect(seen.online).toBe(false);
    expect(seen.lastSeenAt).toBe(offline.presence.lastSeenAt);

    bSub.close();
    events.close();
    await Promise.allSettled([bClient.dispose(), watcher.dispose()]);
  });

  it('two connections of one user on two gateways: online until the last one closes', async () => {
    const second = await stack.startApp('api-gateway');
    const watcher = wsClient(stack.gatewayUrl, a.accessToken);
    const events = new Subscription(watcher, PRESENCE);
    await sleep(500);
    const c1 = wsClient(stack.gatewayUrl, b.accessToken);
    const s1 = new Subscription(c1, NEW_MESSAGE);
    const c2 = wsClient(second.url, b.accessToken);
    const s2 = new Subscription(c2, NEW_MESSAGE);
    await events.waitFor(1);
    await sleep(800);
    expect(events.events).toHaveLength(1);
    s1.close();
    await c1.dispose();
    await sleep(1000);
    expect(events.events).toHaveLength(1); // still online through the other gateway
    s2.close();
    await c2.dispose();
    const [, last] = await events.waitFor(2);
    expect(last.presence).toMatchObject({ userId: b.userId, online: false });
    events.close();
    await watcher.dispose();
    await stack.stopApp(second);
  });
});
