import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
// The web app's documents as codegen generated them (apps/web/lib/gql), with their fragments.
import * as web from '../../../web/lib/gql/graphql.js';
import { DEFAULT_LIST_SIZE, operationCost, operationShapeLimits } from './operation-cost.js';

const schema = buildSchema(readFileSync(new URL('../../schema.gql', import.meta.url), 'utf8'));
const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), undefined, variables);
const shape = (query: string) => validate(schema, parse(query), [...specifiedRules, operationShapeLimits(3, 2)]).map((e) => e.message);

describe('operationCost', () => {
  it('counts object fields, times the items of the lists above them, from literals or variables', () => {
    expect(cost('{ me { id name } }')).toBe(1);
    expect(cost('{ serverInfo { version } a: serverInfo { version } }')).toBe(2);
    // 50 messages, each with a sender: 50 + 50.
    expect(cost('query($c: ID!) { messages(chatId: $c, limit: 50) { messages { id sender { id } } } }')).toBe(1 + 50 * (1 + 1));
    expect(cost('query($c: ID!, $n: Int) { messages(chatId: $c, limit: $n) { messages { id } } }', { n: 7 })).toBe(1 + 7);
  });

  it('assumes DEFAULT_LIST_SIZE items for a list without a size, and follows fragments', () => {
    const withMembers = cost('{ chats(first: 2) { edges { node { members { user { id } } } } } }');
    // chats: 1 connection + 2 edges × (1 edge + 1 node + members (10 × (1 + user 1))).
    expect(withMembers).toBe(1 + 2 * (1 + 1 + DEFAULT_LIST_SIZE * 2));
    expect(cost('{ chats(first: 2) { ...C } } fragment C on ChatConnection { edges { node { members { user { id } } } } }')).toBe(withMembers);
  });

  it('gives every root field at least 1, scalar or not', () => {
    expect(cost('mutation { logout }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
  });

  // limit 80: the web app's biggest page (JUMP_PAGE_SIZE in apps/web/components/MessageView.tsx).
  it('prices every operation of the web app well under the default limit of 5000', () => {
    const documents = Object.entries(web).filter(([, v]) => typeof v === 'object' && v !== null && (v as DocumentNode).kind === Kind.DOCUMENT);
    expect(documents.length).toBeGreaterThan(15);
    const costs = Object.fromEntries(
      documents.map(([name, doc]) => [name, operationCost(schema, doc as DocumentNode, undefined, { limit: 80, chatId: 'c', search: 'x' })]),
    );
    for (const [name, c] of Object.entries(costs)) expect(c, name).toBeLessThan(2500);
    expect(costs.MessagesDocument).toBeGreaterThan(100);
  });
});

describe('operationShapeLimits', () => {
  it('refuses more root fields or aliases than allowed, fragments followed', () => {
    expect(shape('{ me { id } serverInfo { version } }')).toEqual([]);
    expect(shape('{ a: me { id } b: me { id } c: me { id } d: me { id } }')).toEqual([
      'the operation asks for 4 root fields; the limit is 3',
      'the operation uses 4 aliases; the limit is 2',
    ]);
    expect(shape('{ ...Q } fragment Q on Query { a: me { id } b: me { id } c: me { x: id } }')).toEqual(['the operation uses 4 aliases; the limit is 2']);
  });
});
