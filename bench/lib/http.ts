import type { GqlError, Operation, Vars } from '#testing';

export interface HttpOutcome<T> {
  data?: T;
  /** `extensions.code` of the first error; TRANSPORT for a failed connection, TIMEOUT, or HTTP_<status> without a GraphQL body. */
  code?: string;
  message?: string;
}

/** A request body, serialized once; it carries the result type of its operation (see gqlBody). */
export type Body<T> = string & { readonly __result?: T };

/**
 * One GraphQL request over HTTP with Node's fetch (undici, keep-alive connections). Never
 * throws: a failure comes back as a code.
 */
export async function postGql<T = Record<string, unknown>>(
  gatewayUrl: string,
  token: string | undefined,
  body: Body<T> | string,
  timeoutMs = 30000,
): Promise<HttpOutcome<T>> {
  let res: Response;
  try {
    res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    return { code: name === 'TimeoutError' ? 'TIMEOUT' : 'TRANSPORT', message: err instanceof Error ? `${err.message}${causeOf(err)}` : String(err) };
  }
  let parsed: { data?: T; errors?: GqlError[] };
  try {
    parsed = (await res.json()) as { data?: T; errors?: GqlError[] };
  } catch (err) {
    return { code: `HTTP_${res.status}`, message: err instanceof Error ? err.message : String(err) };
  }
  if (parsed.errors?.length) return { code: parsed.errors[0].extensions?.code ?? 'UNKNOWN', message: parsed.errors[0].message, data: parsed.data ?? undefined };
  if (!parsed.data) return { code: `HTTP_${res.status}`, message: 'no data' };
  return { data: parsed.data };
}

function causeOf(err: Error): string {
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause ? ` (${cause.code ?? cause.message ?? ''})` : '';
}

/** A request body, serialized once. */
export const gqlBody = <T, V = Vars>(query: Operation<T, V>, variables: V = {} as V): Body<T> => JSON.stringify({ query: String(query), variables });

/**
 * Runs an operation of a setup step and throws on any error; a refusal while the stack is busy
 * (SERVICE_UNAVAILABLE) is tried again after a pause, as a client would.
 */
export async function gqlOrThrow<T, V = Vars>(gatewayUrl: string, token: string | undefined, query: Operation<T, V>, variables: V = {} as V): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const r = await postGql<T>(gatewayUrl, token, gqlBody(query, variables), 120000);
    if (r.code === 'SERVICE_UNAVAILABLE' && attempt < 10) {
      await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** Math.min(attempt, 4)));
      continue;
    }
    if (r.code || !r.data) throw new Error(`${r.code ?? 'ERROR'}: ${r.message ?? 'no data'}`);
    return r.data;
  }
}
