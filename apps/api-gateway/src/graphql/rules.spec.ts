import { buildSchema, parse, validate, specifiedRules } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from './depth-limit.js';
import { oneLoginFieldPerOperation } from './one-login-field.rule.js';

const schema = buildSchema(`
  type User { id: ID! friends: [User!]! }
  type Query { me: User! }
  type Mutation { requestLoginCode(email: String!): Boolean! verifyLoginCode(email: String!, code: String!): Boolean! logout: Boolean! }
`);
const check = (query: string, rule = depthLimit(3)) => validate(schema, parse(query), [...specifiedRules, rule]).map((e) => e.message);

describe('depthLimit', () => {
  it('allows up to the limit and refuses deeper, following fragments', () => {
    expect(check('{ me { friends { id } } }')).toEqual([]);
    expect(check('{ me { friends { friends { friends { id } } } } }')).toEqual(['query is nested 4 levels deep; the limit is 3']);
    expect(check('{ me { ...F } } fragment F on User { friends { friends { friends { id } } } }')[0]).toContain('nested 4 levels');
  });
});

describe('oneLoginFieldPerOperation', () => {
  it('refuses two login fields in one operation, aliases included', () => {
    expect(check('mutation { a: verifyLoginCode(email: "x", code: "1") b: verifyLoginCode(email: "x", code: "2") }', oneLoginFieldPerOperation)[0]).toContain(
      'only one login mutation',
    );
    expect(check('mutation { requestLoginCode(email: "x") logout }', oneLoginFieldPerOperation)).toEqual([]);
  });
});
