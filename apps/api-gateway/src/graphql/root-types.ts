import { GraphQLObjectType, GraphQLSchema, type GraphQLNamedType } from 'graphql';

/**
 * What Query, Mutation and Subscription say of themselves: the rules every field of theirs
 * shares (sign-in, operation limits, rate limits, the errors any field may answer). Code-first
 * schemas have no decorator for the root types, so describeRootTypes adds these.
 */
export const ROOT_TYPE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  Query:
    'Reads. All but serverInfo need a signed-in user (Authorization: Bearer <accessToken>), else UNAUTHENTICATED. An operation may nest 12 levels, ask for 10 root fields and use 30 aliases, and may cost at most 5000 (each object 1, times the items its lists may return), else BAD_USER_INPUT; a user may spend 300,000 a minute, then RATE_LIMITED with retryAfterSeconds (defaults). Any field may answer SERVICE_UNAVAILABLE or INTERNAL_SERVER_ERROR.',
  Mutation:
    'Changes. All but requestLoginCode, verifyLoginCode, refreshSession and demoLogin need a signed-in user, else UNAUTHENTICATED; an operation holds at most one of those four (BAD_USER_INPUT). Each root field counts against 120 a minute per user (and a per-IP limit), then RATE_LIMITED with retryAfterSeconds (defaults); the limits of Query apply too.',
  Subscription:
    'Events over the WebSocket at /graphql (graphql-transport-ws), for a signed-in user: connection_init carries { authorization: "Bearer <accessToken>" }. At most 25 operations run at once on one socket (BAD_USER_INPUT beyond, default) and the limits of Query apply; the socket closes with 4403 without a valid token or when its session is signed out, with 4401 when the token expires.',
};

/** The schema with the root types described (ROOT_TYPE_DESCRIPTIONS); also what the schema file is printed from. */
export function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const replaced = new Map<GraphQLNamedType, GraphQLObjectType>();
  const describe = (type: GraphQLObjectType | null | undefined): GraphQLObjectType | undefined => {
    if (!type) return undefined;
    const description = ROOT_TYPE_DESCRIPTIONS[type.name];
    if (!description || type.description === description) return type;
    const described = new GraphQLObjectType({ ...type.toConfig(), description });
    replaced.set(type, described);
    return described;
  };
  const query = describe(config.query);
  const mutation = describe(config.mutation);
  const subscription = describe(config.subscription);
  if (!replaced.size) return schema;
  return new GraphQLSchema({ ...config, query, mutation, subscription, types: config.types.map((t) => replaced.get(t) ?? t) });
}
