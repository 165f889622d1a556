/**
 * `npm run seed`: fills a running Parley (demo mode on, as `npm run dev` runs it) with the demo
 * users, direct chats between them, a group, and a few hundred messages with replies and
 * reactions, all through the public GraphQL API. Safe to run again: messages carry fixed
 * clientIds, so a second run finds them instead of writing copies.
 *
 *   GATEWAY_URL=http://127.0.0.1:4000 npm run seed
 */
const gateway = (process.env.GATEWAY_URL ?? `http://127.0.0.1:${process.env.GATEWAY_PORT ?? 4000}`).replace(/\/$/, '');
const DEMO = ['ada@demo.parley.local', 'grace@demo.parley.local', 'linus@demo.parley.local', 'margaret@demo.parley.local'];
const LINES = [
  'Morning! Did the build go green overnight?',
  'Yes, all three tiers passed.',
  'Nice. Shall we look at the search highlights today?',
  'Sure, after lunch works for me.',
  'I pushed a fix for the unread counter.',
  'Can you share the benchmark numbers?',
  'Sends stay under 10 ms at the median here.',
  'What about the two-gateway setup?',
  'Events arrive once on each gateway, checked by the e2e suite.',
  'Great, let us write it down in docs/.',
  'Coffee first ☕',
  'Has anyone tried the embedded database on PostgreSQL?',
  'It works; the SQLite default is simpler for a laptop.',
  'Reminder: demo at 4 pm.',
  'See you there 👋',
];

interface Gql<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number } }>;
}

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Gql<T>;
    const err = body.errors?.[0];
    if (err?.extensions?.code === 'RATE_LIMITED' && attempt < 5) {
      await new Promise((r) => setTimeout(r, (err.extensions?.retryAfterSeconds ?? 1) * 1000));
      continue;
    }
    if (err || !body.data) throw new Error(`${err?.extensions?.code ?? 'ERROR'}: ${err?.message ?? 'no data'}`);
    return body.data;
  }
}

async function main() {
  try {
    await fetch(`${gateway}/health`);
  } catch {
    throw new Error(`no Parley gateway at ${gateway}; start it with npm run dev (or set GATEWAY_URL)`);
  }
  const sessions: Array<{ token: string; id: string; name: string }> = [];
  for (const email of DEMO) {
    const r = await gql<{ demoLogin: { accessToken: string; user: { id: string; name: string } } }>(
      'mutation($e: String) { demoLogin(email: $e) { accessToken user { id name } } }',
      { e: email },
    ).catch((err: Error) => {
      if (err.message.startsWith('FORBIDDEN')) throw new Error('demo mode is off: start Parley with DEMO_MODE=true (npm run dev does)');
      throw err;
    });
    sessions.push({ token: r.demoLogin.accessToken, id: r.demoLogin.user.id, name: r.demoLogin.user.name });
  }

  const chats: Array<{ id: string; members: typeof sessions }> = [];
  for (let i = 0; i < sessions.length; i++) {
    for (let j = i + 1; j < sessions.length; j++) {
      const r = await gql<{ createDirectChat: { id: string } }>(
        'mutation($u: ID!) { createDirectChat(userId: $u) { id } }',
        { u: sessions[j].id },
        sessions[i].token,
      );
      chats.push({ id: r.createDirectChat.id, members: [sessions[i], sessions[j]] });
    }
  }
  const existing = await gql<{ chats: { edges: Array<{ node: { id: string; title: string; kind: string } }> } }>(
    '{ chats(first: 100) { edges { node { id title kind } } } }',
    {},
    sessions[0].token,
  );
  let group = existing.chats.edges.find((e) => e.node.kind === 'GROUP' && e.node.title === 'Parley demo')?.node.id;
  if (!group) {
    const r = await gql<{ createGroupChat: { id: string } }>(
      'mutation($i: CreateGroupInput!) { createGroupChat(input: $i) { id } }',
      { i: { title: 'Parley demo', memberIds: sessions.slice(1).map((s) => s.id) } },
      sessions[0].token,
    );
    group = r.createGroupChat.id;
  }
  chats.push({ id: group, members: sessions });

  let sent = 0;
  const SEND = 'mutation($i: SendMessageInput!) { sendMessage(input: $i) { id seq } }';
  for (const [c, chat] of chats.entries()) {
    const count = chat.members.length > 2 ? 120 : 30;
    let previous: string | undefined;
    for (let n = 0; n < count; n++) {
      const from = chat.members[n % chat.members.length];
      const replyToId = n % 7 === 6 ? previous : undefined;
      const r = await gql<{ sendMessage: { id: string } }>(
        SEND,
        { i: { chatId: chat.id, clientId: `seed-${c}-${n}`, text: LINES[(n + c) % LINES.length], replyToId } },
        from.token,
      );
      previous = r.sendMessage.id;
      sent++;
      if (n % 9 === 4) {
        const reactor = chat.members[(n + 1) % chat.members.length];
        const mine = await gql<{ message: { reactions: Array<{ emoji: string; reactedByMe: boolean }> } }>(
          'query($id: ID!) { message(id: $id) { reactions { emoji reactedByMe } } }',
          { id: previous },
          reactor.token,
        );
        if (!mine.message.reactions.some((x) => x.emoji === '👍' && x.reactedByMe))
          await gql('mutation($m: ID!) { toggleReaction(messageId: $m, emoji: "👍") { id } }', { m: previous }, reactor.token);
      }
    }
  }
  console.log(`seed: ${sessions.length} demo users, ${chats.length} chats, ${sent} messages (sign in with demoLogin, e.g. ${DEMO[0]})`);
}

main().catch((err: unknown) => {
  console.error(`seed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
