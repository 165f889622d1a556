import type { IncomingMessage } from 'node:http';
import {
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { AccessClaims } from '@app/common';
import { AppError, ErrorCode } from '@app/contracts';
import type { AccessTokens } from '../auth/access-tokens.js';
import type { GqlContext, LoaderFactories } from '../graphql/context.js';
import { formatGraphQLError } from '../graphql/format-error.js';
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
}

export interface WsDeps {
  tokens: AccessTokens;
  presence: PresenceService;
  sockets: SocketSessions;
  loaders: LoaderFactories;
  logger: Logger;
  /** The client address of an upgrade request (TRUST_PROXY applied), for per-IP limits. */
  clientIp: (req: IncomingMessage) => string;
}

const DOCUMENTS_KEPT = 500;

/**
 * Subscriptions are mostly the same few documents on thousands of sockets: each query text is
 * parsed once and each document validated once, and every socket that sends that text shares
 * the one parsed document (memory per socket, CPU per subscribe).
 */
export function sharedDocuments() {
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
        errors = validate(schema, document);
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
export function wsOptions({ tokens, presence, sockets, loaders, logger, clientIp }: WsDeps) {
  const format = formatGraphQLError(logger);
  // An error of a resolver (it has a path) or of a failed stream (a cause that is no GraphQL error)
  // keeps its code, or is masked; one of the request itself (validation, variable coercion) is bad input.
  const toFormatted = (e: GraphQLError): GraphQLFormattedError => {
    if (e.path) return format(e.toJSON(), e);
    if (e.originalError && !(e.originalError instanceof GraphQLError)) return format(e.toJSON(), e.originalError);
    return { message: e.message, locations: e.locations, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  };
  const documents = sharedDocuments();
  return {
    path: '/graphql',
    parse: documents.parse,
    validate: documents.validate,
    subscribe: sharedSubscriptions().subscribe,
    onConnect: async (ctx: WsCtx): Promise<boolean> => {
      try {
        ctx.extra.viewer = await tokens.fromAuthorization(ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization);
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
