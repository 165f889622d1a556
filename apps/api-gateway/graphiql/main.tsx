// Parley's self-hosted GraphiQL (GET /graphiql on the gateway): bundled with esbuild at build time
// (tools/build-graphiql.mjs), so it works offline. Queries and mutations go over HTTP POST; a
// subscription opens a graphql-ws socket that sends the Authorization header of the headers
// editor in connection_init, as every Parley client does.
import { createGraphiQLFetcher, type Fetcher, type FetcherOpts, type FetcherParams, type FetcherReturnType } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { getOperationAST, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

const httpUrl = new URL('/graphql', window.location.href).toString();
const wsUrl = httpUrl.replace(/^http/, 'ws');
const http = createGraphiQLFetcher({ url: httpUrl });

/** One socket per distinct Authorization header: a new token gets its own connection. */
const sockets = new Map<string, Client>();
function socketFor(authorization: string): Client {
  let client = sockets.get(authorization);
  if (!client) {
    client = createClient({ url: wsUrl, connectionParams: authorization ? { authorization } : {}, retryAttempts: 0, lazy: true });
    sockets.set(authorization, client);
  }
  return client;
}

function headerValue(headers: Record<string, unknown> | undefined, name: string): string {
  for (const [key, value] of Object.entries(headers ?? {})) if (key.toLowerCase() === name && typeof value === 'string') return value;
  return '';
}

function isSubscription(params: FetcherParams, opts?: FetcherOpts): boolean {
  let doc: DocumentNode | undefined = opts?.documentAST;
  if (!doc) {
    try {
      doc = parse(params.query);
    } catch {
      return false; // the server answers with the syntax error
    }
  }
  return getOperationAST(doc, params.operationName ?? undefined)?.operation === OperationTypeNode.SUBSCRIPTION;
}

const fetcher: Fetcher = (params, opts) => {
  if (!isSubscription(params, opts)) return http(params, opts);
  const client = socketFor(headerValue(opts?.headers, 'authorization'));
  // Results arrive as JSON (formatted errors); GraphiQL only prints them.
  return client.iterate({
    query: params.query,
    variables: (params.variables as Record<string, unknown> | null | undefined) ?? undefined,
    operationName: params.operationName ?? undefined,
  }) as unknown as FetcherReturnType;
};

const defaultQuery = `# Parley's GraphQL API: run with Ctrl-Enter or the ▶ button.
#
# Most operations need a signed-in user. Sign in with
#   mutation { requestLoginCode(email: "you@example.com") {
#     sent retryAfterSeconds } }
# (in development the code is in the dev mailbox,
#  http://127.0.0.1:8025/messages?to=you@example.com), then
#   mutation { verifyLoginCode(email: "you@example.com",
#     code: "123456") { accessToken } }
# or, in demo mode, mutation { demoLogin { accessToken } },
# and put the token in Headers below:
#   { "Authorization": "Bearer <accessToken>" }
# Subscriptions use the same header, e.g.
#   subscription { newMessage { text sender { name } } }

query ServerInfo {
  serverInfo {
    version
    services {
      name
      status
      latencyMs
    }
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} defaultHeaders="{}" defaultEditorToolsVisibility="headers" />,
);
