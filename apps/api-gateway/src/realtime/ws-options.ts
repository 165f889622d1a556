import type { IncomingMessage } from 'node:http';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { AccessClaims } from '#common';
import { AppError, ErrorCode } from '#contracts';
import { authorizationOf, type AccessTokens } from '../auth/access-tokens.js';
import type { GqlContext, LoaderFactories } from '../graphql/context.js';
import { formatGraphQLError } from '../graphql/format-error.js';
import { asRequestError, type QueryBudget } from '../graphql/query-budget.js';
import type { PresenceService } from './presence.service.js';
import { sharedSubscriptions } from './shared-execution.js';
import { CLOSE_EXPIRED, CLOSE_FORBIDDEN, type SocketSessions } from './socket-sessions.js';

interface Extra {
  socket: WebSocket;
  request: IncomingMessage;
  viewer?: AccessClaims;
}
interface WsCtx {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: Extra;
  /** The socket's operations that have not completed, by id (graphql-ws). */
  subscriptions: Readonly<Record<string, unknown>>;
}

export interface WsDeps {
  tokens: AccessTokens;
  presence: PresenceService;
  sockets: SocketSessions;
  loaders: LoaderFactories;
  logger: Logger;
  /** The client address of an upgrade request (TRUST_PROXY applied), for per-IP limits. */
  clientIp: (req: IncomingMessage) => string;
  /** The gateway's validation rules beyond graphql's own (the same as over HTTP). */
  rules: readonly ValidationRule[];
  /** What operations cost, against the same budgets as over HTTP. */
  budget: QueryBudget;
  /** Operations one socket may have running at once (subscriptions, mostly). */
  maxOperations: number;
  /** Production: validation errors do not suggest names of the schema. */
  hideSuggestions: boolean;
}

const DOCUMENTS_KEPT = 500;

/**
 * Subscriptions are mostly the same few documents on thousands of sockets: each query text is
 * parsed once and each document validated once, and every socket that sends that text shares
 * the one parsed document (memory per socket, CPU per subscribe).
 */
export function sharedDocuments(rules: readonly ValidationRule[] = []) {
  const allRules = [...specifiedRules, ...rules];
  const documents = new Map<string, DocumentNode>();
  const validated = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  return {
    parse(source: string): DocumentNode {
      let document = documents.get(source);
      if (!document) {
        document = parse(source);
        if (documents.size >= DOCUMENTS_KEPT) documents.delete(documents.keys().next().value!);
        documents.set(source, document);
      }
      return document;
    },
    validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] {
      let errors = validated.get(document);
      if (!errors) {
        errors = validate(schema, document, allRules);
        validated.set(document, errors);
      }
      return errors;
    },
  };
}

/**
 * graphql-ws hooks: authenticate in connection_init (`{ authorization: "Bearer <token>" }`),
 * close with 4401 when the token expired and 4403 when it is missing or invalid; later, close
 * with 4401 when the token expires and 4403 when its session is signed out (SocketSessions);
 * count the connection for presence while it lives. Errors sent over the socket get the shape they have over
 * HTTP: a contract code in `extensions.code`, internals masked.
 */
export function wsOptions(
  schema: GraphQLSchema,
  { tokens, presence, sockets, loaders, logger, clientIp, rules, budget, maxOperations, hideSuggestions }: WsDeps,
) {
  const format = formatGraphQLError(logger, { hideSuggestions });
  // An error of a resolver (it has a path) or of a failed stream (a cause that is no GraphQL error)
  // keeps its code, or is masked; one of the request itself (validation, variable coercion) is bad input.
  const toFormatted = (e: GraphQLError): GraphQLFormattedError => {
    if (e.path) return format(e.toJSON(), e);
    if (e.originalError && !(e.originalError instanceof GraphQLError)) return format(e.toJSON(), e.originalError);
    return format({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, e);
  };
  const documents = sharedDocuments(rules);
  return {
    schema,
    /**
     * Every operation on the socket passes what an HTTP request passes: at most `maxOperations`
     * at once, the gateway's validation rules, the cost limit and the per-address and per-user
     * query budgets.
     */
    onSubscribe: async (ctx: WsCtx, _id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> => {
      const running = Object.keys(ctx.subscriptions).length;
      if (running > maxOperations)
        return [
          new GraphQLError(`at most ${maxOperations} operations may run at once on one socket; complete one first`, {
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          }),
        ];
      let document: DocumentNode;
      try {
        document = documents.parse(payload.query);
      } catch (err) {
        if (err instanceof GraphQLError) return [err];
        throw err;
      }
      const errors = documents.validate(schema, document);
      if (errors.length) return errors;
      const request = { schema, document, operationName: payload.operationName, variables: payload.variables };
      try {
        await budget.charge(request, { ip: clientIp(ctx.extra.request), viewer: ctx.extra.viewer });
      } catch (err) {
        if (err instanceof AppError) return [asRequestError(err)];
        throw err;
      }
      return { schema, document, operationName: payload.operationName, variableValues: payload.variables };
    },
    subscribe: sharedSubscriptions().subscribe,
    onConnect: async (ctx: WsCtx): Promise<boolean> => {
      try {
        ctx.extra.viewer = await tokens.fromAuthorization(authorizationOf(ctx.connectionParams));
      } catch (err) {
        const expired = err instanceof AppError && /expired/.test(err.message);
        ctx.extra.socket.close(expired ? CLOSE_EXPIRED : CLOSE_FORBIDDEN, err instanceof AppError ? err.message : 'Forbidden');
        return false;
      }
      // Right after the revocation check, in the same turn: a sign-out broadcast cannot slip between.
      sockets.opened(ctx.extra.socket, ctx.extra.viewer);
      await presence.connected(ctx.extra.viewer.userId).catch((err: unknown) => logger.warn({ err }, 'presence connect failed'));
      return true;
    },
    onClose: async (ctx: WsCtx): Promise<void> => {
      const viewer = ctx.extra.viewer;
      if (!viewer) return;
      sockets.closed(ctx.extra.socket, viewer);
      await presence.disconnected(viewer.userId).catch((err: unknown) => logger.warn({ err }, 'presence disconnect failed'));
    },
    // Results with errors (a subscription refused by its resolver, variables of the wrong type) and
    // `error` messages (a document that does not validate, a stream that failed).
    onNext: (_ctx: WsCtx, _id: string, _payload: unknown, _args: unknown, result: ExecutionResult): FormattedExecutionResult | undefined =>
      result.errors?.length ? { ...result, errors: result.errors.map(toFormatted) } : undefined,
    onError: (_ctx: WsCtx, _id: string, _payload: unknown, errors: readonly GraphQLError[]): GraphQLFormattedError[] => errors.map(toFormatted),
    context: (ctx: WsCtx): GqlContext => ({
      req: ctx.extra.request as GqlContext['req'],
      viewer: ctx.extra.viewer,
      ip: clientIp(ctx.extra.request),
      // Events arrive over minutes: users come from a short-lived cache shared by all subscriptions.
      userLoader: loaders.users.forSubscriptions(),
      attachmentLoader: loaders.attachments.create({ cache: false }),
    }),
  };
}
