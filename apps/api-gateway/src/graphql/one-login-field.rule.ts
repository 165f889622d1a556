import { GraphQLError, Kind, OperationTypeNode, type ValidationContext, type ValidationRule } from 'graphql';

const LOGIN_FIELDS = new Set(['requestLoginCode', 'verifyLoginCode', 'refreshSession', 'demoLogin']);

/**
 * An operation may hold at most one login mutation field: aliases cannot turn one request
 * into many code tries or code mails. (Batched HTTP requests are off in Apollo Server.)
 */
export const oneLoginFieldPerOperation: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(op) {
    if (op.operation !== OperationTypeNode.MUTATION) return;
    const hits = op.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && LOGIN_FIELDS.has(s.name.value));
    if (hits.length > 1)
      context.reportError(
        new GraphQLError('only one login mutation (requestLoginCode, verifyLoginCode, refreshSession, demoLogin) per request', { nodes: hits }),
      );
  },
});
