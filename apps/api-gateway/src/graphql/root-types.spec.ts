import { GraphQLObjectType, GraphQLSchema, GraphQLString, graphql, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { describeRootTypes, ROOT_TYPE_DESCRIPTIONS } from './root-types.js';

const hello = new GraphQLObjectType({ name: 'Hello', fields: { text: { type: GraphQLString } } });
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { hello: { type: hello, resolve: () => ({ text: 'hi' }) } } }),
  mutation: new GraphQLObjectType({ name: 'Mutation', fields: { ping: { type: GraphQLString, resolve: () => 'pong' } } }),
});

describe('describeRootTypes', () => {
  it('describes Query and Mutation, keeps every other type and the resolvers', async () => {
    const described = describeRootTypes(schema);
    expect(described.getQueryType()?.description).toBe(ROOT_TYPE_DESCRIPTIONS.Query);
    expect(described.getMutationType()?.description).toBe(ROOT_TYPE_DESCRIPTIONS.Mutation);
    expect(described.getSubscriptionType()).toBeUndefined();
    expect(described.getType('Hello')).toBe(hello);
    expect(await graphql({ schema: described, source: '{ hello { text } }' })).toEqual({ data: { hello: { text: 'hi' } } });
    expect(await graphql({ schema: described, source: 'mutation { ping }' })).toEqual({ data: { ping: 'pong' } });
    expect(printSchema(described).replace(/"""[^]*?"""\n/g, '')).toBe(printSchema(schema));
  });

  it('leaves a schema whose root types are described already as it is', () => {
    const once = describeRootTypes(schema);
    expect(describeRootTypes(once)).toBe(once);
  });
});
