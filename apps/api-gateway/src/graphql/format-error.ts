import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { AppError, ErrorCode, type RpcErrorPayload } from '#contracts';
import { toErrorPayload } from '#common';

/** Apollo's own codes for requests that never reached a resolver: all are bad input. */
const REQUEST_ERRORS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The automatic persisted queries protocol's answer to an unknown hash: clients (Apollo's
 * persisted-query link and others) act on this code by sending the query text, so it stays.
 */
const PROTOCOL_CODES = new Set(['PERSISTED_QUERY_NOT_FOUND']);

/** graphql-js's hints at the schema in validation errors ("Did you mean \"me\"?"). */
const SUGGESTION = / ?Did you mean .*\?$/;

/**
 * Every GraphQL error leaves the gateway with one of the contract's codes in
 * `extensions.code` (or PERSISTED_QUERY_NOT_FOUND, which persisted-query clients wait for). Domain errors keep their message (also when raised before execution, e.g.
 * by the query budget); anything unknown is logged under an error id and masked. With
 * `hideSuggestions` (production), validation errors do not suggest field or type names.
 */
export function formatGraphQLError(logger: Logger, { hideSuggestions = false } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    let original = unwrapResolverError(error);
    // Raised before execution (the query budget, a store it needs): the cause, not Apollo's wrapper.
    if (original instanceof GraphQLError && original.originalError && !(original.originalError instanceof GraphQLError)) original = original.originalError;
    const apolloCode = formatted.extensions?.code;
    let payload: RpcErrorPayload;
    if (typeof apolloCode === 'string' && PROTOCOL_CODES.has(apolloCode)) return { message: formatted.message, extensions: { code: apolloCode } };
    if (original instanceof AppError) payload = original.toPayload();
    else if (typeof apolloCode === 'string' && REQUEST_ERRORS.has(apolloCode))
      payload = { code: ErrorCode.BAD_USER_INPUT, message: hideSuggestions ? formatted.message.replace(SUGGESTION, '') : formatted.message };
    else payload = toErrorPayload(original, logger);
    const { code, message, ...details } = payload;
    return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...details } };
  };
}
