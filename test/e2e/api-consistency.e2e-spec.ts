import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADD_REACTION,
  as,
  asOk,
  createDirect,
  createGroup,
  DELETE_MESSAGE,
  errorCode,
  graphql,
  login,
  MESSAGE,
  READ_RECEIPTS,
  REACTIONS,
  REMOVE_REACTION,
  send,
  SET_AVATAR,
  Stack,
  Subscription,
  TOGGLE_REACTION,
  UPDATE_PROFILE,
  USER_UPDATED,
  USERS,
  wsClient,
  type MessageView,
  type Operation,
  type ResultOf,
  type Session,
} from '#testing';

type UserPage = ResultOf<typeof USERS>['users'];
type PageInfo = UserPage['pageInfo'];

type ReactOp = 'addReaction' | 'removeReaction' | 'toggleReaction';
/** The three reaction mutations, by their field; each answers with the message. */
const REACT: Record<ReactOp, Operation<Partial<Record<ReactOp, MessageView>>, { messageId: string; emoji: string }>> = {
  addReaction: ADD_REACTION,
  removeReaction: REMOVE_REACTION,
  toggleReaction: TOGGLE_REACTION,
};

// Their own selections: the Relay page info of chats and searchMessages, which the shared
// documents ask only endCursor and hasNextPage of.
const CHATS_PAGE_INFO = graphql(`
  query ApiConsistencyChatsPageInfo($after: String) {
    chats(first: 1, after: $after) {
      edges {
        cursor
      }
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
    }
  }
`);
const SEARCH_PAGE_INFO = graphql(`
  query ApiConsistencySearchPageInfo($query: String!, $after: String) {
    searchMessages(query: $query, first: 1, after: $after) {
      edges {
        cursor
      }
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
    }
  }
`);

describe('the API answers what its events say: people search, read receipts of sends, idempotent reactions, Relay page info', () => {
  let stack: Stack;
  let alice: Session;
  let bob: Session;
  let carol: Session;
  let elodie: Session;
  // A word nobody else's name has, so each search finds exactly the people named here.
  const tag = `q${randomBytes(4).toString('hex')}`;

  const rename = (s: Session, name: string) => asOk(stack, s, UPDATE_PROFILE, { input: { name } });
  const search = async (words: string, first = 20, after?: string) => (await asOk(stack, alice, USERS, { search: words, first, after })).users;
  const names = (page: UserPage) => page.edges.map((e) => e.node.name);

  beforeAll(async () => {
    stack = await Stack.start();
    [alice, bob, carol, elodie] = await Promise.all([login(stack), login(stack), login(stack), login(stack)]);
    await rename(alice, `${tag} Alice`);
    await rename(carol, `Carol ${tag} 1796047552058`);
    await rename(elodie, `Élodie ${tag.toUpperCase()} Smith`);
  });
  afterAll(async () => stack?.stop());

  describe('people search', () => {
    it('a full name finds the person, whatever the case', async () => {
      for (const s of [`Carol ${tag} 1796047552058`, `carol ${tag} 1796047552058`, `CAROL ${tag.toUpperCase()} 1796047552058`]) {
        expect(names(await search(s)), s).toEqual([`Carol ${tag} 1796047552058`]);
      }
    });

    it('every word of the search must start a word of the name, in any order', async () => {
      expect(names(await search(`car ${tag.slice(0, 4)}`))).toEqual([`Carol ${tag} 1796047552058`]);
      expect(names(await search(`1796 carol ${tag}`))).toEqual([`Carol ${tag} 1796047552058`]);
      // "arol" starts no word of "Carol …"; one word of the search that matches nothing finds no one.
      expect(names(await search(`arol ${tag}`))).toEqual([]);
      expect(names(await search(`carol ${tag} smith`))).toEqual([]);
    });

    it('accents do not matter, neither in the name nor in the search', async () => {
      expect(names(await search(`elodie ${tag}`))).toEqual([`Élodie ${tag.toUpperCase()} Smith`]);
      expect(names(await search(`ÉLODIE smi ${tag}`))).toEqual([`Élodie ${tag.toUpperCase()} Smith`]);
      expect(names(await search(`Èlödíe`))).toEqual([`Élodie ${tag.toUpperCase()} Smith`]);
    });

    it('names that start with the search come first; pages follow across both groups with Relay page info', async () => {
      const all = await search(tag);
      expect(names(all)).toEqual([`${tag} Alice`, `Carol ${tag} 1796047552058`, `Élodie ${tag.toUpperCase()} Smith`]);
      expect(all.pageInfo).toEqual({ startCursor: all.edges[0].cursor, endCursor: all.edges[2].cursor, hasNextPage: false, hasPreviousPage: false });

      const seen: string[] = [];
      let after: string | undefined;
      const infos: PageInfo[] = [];
      for (;;) {
        const page = await search(tag, 1, after);
        seen.push(...names(page));
        infos.push(page.pageInfo);
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges[0].cursor);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(names(all));
      expect(infos.map((i) => i.hasPreviousPage)).toEqual([false, true, true]);
    });

    it('a search of punctuation only finds no one and says so with an empty page', async () => {
      const page = await search(' -- !! ');
      expect(page.edges).toEqual([]);
      expect(page.pageInfo).toEqual({ startCursor: null, endCursor: null, hasNextPage: false, hasPreviousPage: false });
    });

    it('a cursor that is not one of ours is BAD_USER_INPUT naming after', async () => {
      for (const after of ['nope', Buffer.from(JSON.stringify(['7:x', 'a'.repeat(24)])).toString('base64url')]) {
        const r = await as(stack, alice, USERS, { search: tag, first: 1, after });
        expect(errorCode(r), after).toBe('BAD_USER_INPUT');
        expect(r.errors![0].extensions?.field).toBe('after');
      }
    });
  });

  it("a send is the sender's read receipt: readReceipts tells the others, and seenBy agrees", async () => {
    const chat = await createDirect(stack, alice, bob.userId);
    const receipts = new Subscription(wsClient(stack.gatewayUrl, alice.accessToken), READ_RECEIPTS, { chatId: chat.id });
    try {
      // Alice's own sends are read receipts of hers: live once one arrives.
      let first = { id: '', seq: 0 };
      const base = await receipts.live(async () => {
        first = await send(stack, alice, chat.id, 'hello Bob');
        const seq = first.seq;
        return (e) => e.readReceipts.userId === alice.userId && e.readReceipts.lastReadSeq === seq;
      });
      expect(receipts.events[base - 1].readReceipts).toEqual({ chatId: chat.id, userId: alice.userId, lastReadSeq: first.seq });

      const reply = await send(stack, bob, chat.id, 'hi Alice');
      await receipts.waitFor(base + 1);
      expect(receipts.events[base].readReceipts).toEqual({ chatId: chat.id, userId: bob.userId, lastReadSeq: reply.seq });
      const seen = await asOk(stack, alice, MESSAGE, { id: first.id });
      expect(seen.message?.seenBy).toEqual([bob.userId]);
    } finally {
      receipts.close();
    }
  });

  it('a changed name or avatar reaches the people who share a chat (userUpdated), and only them', async () => {
    await createDirect(stack, alice, bob.userId);
    const updates = new Subscription(wsClient(stack.gatewayUrl, bob.accessToken), USER_UPDATED);
    try {
      let probe = '';
      const base = await updates.live(async () => {
        const name = (probe = `${tag} Alice ${randomBytes(2).toString('hex')}`);
        await rename(alice, name);
        return (e) => e.userUpdated.name === name;
      });
      expect(updates.events[base - 1].userUpdated).toMatchObject({ id: alice.userId, name: probe });
      // Carol shares no chat with Bob: her rename is not his to see. Then Alice's avatar goes back to the default.
      await rename(carol, `Carol ${tag} 1796047552058`);
      const removed = await asOk(stack, alice, SET_AVATAR, { uploadId: null });
      await rename(alice, `${tag} Alice`);
      const got = (await updates.waitFor(base + 2)).slice(base).map((e) => e.userUpdated);
      expect(got.map((u) => [u.id, u.name])).toEqual([
        [alice.userId, probe],
        [alice.userId, `${tag} Alice`],
      ]);
      expect(got[0].avatarUrl).toBe(removed.setAvatar.avatarUrl);
    } finally {
      updates.close();
    }
  });

  describe('reactions', () => {
    let chatId: string;
    let messageId: string;
    let base: number;
    let events: Subscription<ResultOf<typeof REACTIONS>>;

    const react = async (s: Session, op: ReactOp, emoji: string, id = messageId) => {
      const r = await as(stack, s, REACT[op], { messageId: id, emoji });
      return { ...r, message: r.data?.[op] };
    };
    const reactOk = async (s: Session, op: ReactOp, emoji: string, id = messageId) => {
      const r = await react(s, op, emoji, id);
      expect(r.errors, `${op} ${emoji}`).toBeUndefined();
      return r.message!;
    };

    beforeAll(async () => {
      chatId = (await createGroup(stack, alice, 'Reactions', [bob.userId])).id;
      messageId = (await send(stack, bob, chatId, 'react to me')).id;
      events = new Subscription(wsClient(stack.gatewayUrl, bob.accessToken), REACTIONS, { chatId });
      // Live once the reaction to a message of its own arrives.
      base = await events.live(async () => {
        const probe = await send(stack, bob, chatId, 'probe');
        await reactOk(alice, 'addReaction', '🎉', probe.id);
        return (e) => e.reactions.messageId === probe.id;
      });
    });
    afterAll(() => events?.close());

    it('addReaction twice (a retry) adds once and emits one event; removeReaction twice removes once and emits one event', async () => {
      const once = await reactOk(alice, 'addReaction', '👍');
      const again = await reactOk(alice, 'addReaction', '👍');
      expect(again).toEqual(once);
      expect(again.reactions.find((r) => r.emoji === '👍')).toEqual({ emoji: '👍', count: 1, userIds: [alice.userId], reactedByMe: true });

      const removed = await reactOk(alice, 'removeReaction', '👍');
      const removedAgain = await reactOk(alice, 'removeReaction', '👍');
      expect(removedAgain).toEqual(removed);
      expect(removed.reactions).toEqual([]);
      // A marker after the retries: had a retry emitted, it would come before it.
      await reactOk(alice, 'addReaction', '❤️');
      const got = (await events.waitFor(base + 3)).slice(base).map((e) => [e.reactions.emoji, e.reactions.added]);
      expect(got).toEqual([
        ['👍', true],
        ['👍', false],
        ['❤️', true],
      ]);
    });

    it('removeReaction of a reaction the viewer does not have changes nothing, whoever else has it', async () => {
      const before = await reactOk(alice, 'addReaction', '🔥');
      const after = await reactOk(bob, 'removeReaction', '🔥');
      expect(after.reactions).toEqual(before.reactions.map((r) => ({ ...r, reactedByMe: false })));
    });

    it('toggleReaction still toggles and is deprecated in the schema, with the reason', async () => {
      expect((await reactOk(bob, 'toggleReaction', '👀')).reactions.find((r) => r.emoji === '👀')?.count).toBe(1);
      expect((await reactOk(bob, 'toggleReaction', '👀')).reactions.find((r) => r.emoji === '👀')).toBeUndefined();
      const schema = await asOk<{ __schema: { mutationType: { fields: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } } }>(
        stack,
        alice,
        '{ __schema { mutationType { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }',
      );
      const field = (name: string) => schema.__schema.mutationType.fields.find((f) => f.name === name);
      expect(field('toggleReaction')).toMatchObject({ isDeprecated: true });
      expect(field('toggleReaction')!.deprecationReason).toMatch(/addReaction or removeReaction/);
      expect(field('addReaction')).toMatchObject({ isDeprecated: false });
      expect(field('removeReaction')).toMatchObject({ isDeprecated: false });
    });

    it('bad input: no emoji is BAD_USER_INPUT naming emoji; a deleted message refuses an add but a remove is a no-op; a stranger gets NOT_FOUND', async () => {
      const r = await react(alice, 'addReaction', '');
      expect(errorCode(r)).toBe('BAD_USER_INPUT');
      expect(r.errors![0].extensions?.field).toBe('emoji');

      const doomed = await send(stack, bob, chatId, 'soon gone');
      await reactOk(alice, 'addReaction', '👍', doomed.id);
      await asOk(stack, bob, DELETE_MESSAGE, { id: doomed.id });
      const add = await react(alice, 'addReaction', '👍', doomed.id);
      expect(errorCode(add)).toBe('BAD_USER_INPUT');
      expect(add.errors![0].extensions?.field).toBe('messageId');
      expect((await reactOk(alice, 'removeReaction', '👍', doomed.id)).reactions).toEqual([]);

      expect(errorCode(await react(carol, 'addReaction', '👍'))).toBe('NOT_FOUND');
      expect(errorCode(await react(carol, 'removeReaction', '👍'))).toBe('NOT_FOUND');
    });
  });

  it('every connection has Relay page info: chats and searchMessages with startCursor and hasPreviousPage', async () => {
    const word = `needle${randomBytes(3).toString('hex')}`;
    const [c1, c2] = await Promise.all([createGroup(stack, carol, 'One', [elodie.userId]), createGroup(stack, carol, 'Two', [elodie.userId])]);
    await send(stack, carol, c1.id, `${word} one`);
    await send(stack, carol, c2.id, `${word} two`);
    const chats = async (after?: string) => (await asOk(stack, elodie, CHATS_PAGE_INFO, { after })).chats;
    const hits = async (after?: string) => (await asOk(stack, elodie, SEARCH_PAGE_INFO, { query: word, after })).searchMessages;
    for (const list of [chats, hits]) {
      const p1 = await list();
      expect(p1.pageInfo).toEqual({ startCursor: p1.edges[0].cursor, endCursor: p1.edges[0].cursor, hasNextPage: true, hasPreviousPage: false });
      const p2 = await list(p1.pageInfo.endCursor!);
      expect(p2.pageInfo).toEqual({ startCursor: p2.edges[0].cursor, endCursor: p2.edges[0].cursor, hasNextPage: false, hasPreviousPage: true });
      expect(p2.edges[0].cursor).not.toBe(p1.edges[0].cursor);
    }
  });
});
