import { randomBytes } from 'node:crypto';
import { graphql } from './gql/index.js';
import { gql, gqlOk, type Operation, type Vars } from './graphql.js';
import { waitForLoginCode } from './mailbox.js';
import type { Stack } from './stack.js';

export interface Session {
  email: string;
  userId: string;
  accessToken: string;
  refreshToken: string;
}

/** A fresh address for one test. */
export const uniqueEmail = (prefix = 'user') => `${prefix}.${randomBytes(4).toString('hex')}@example.com`;

let ipCounter = 0;
/**
 * A client address never used before in this process (IPv6 documentation range), sent as
 * X-Forwarded-For so the per-IP caps of one test cannot touch another's.
 */
export const randomIp = () => `2001:db8::${(process.pid % 0xffff).toString(16)}:${(++ipCounter % 0xffff).toString(16)}`;

export const REQUEST_CODE = graphql(`
  mutation RequestLoginCode($email: String!) {
    requestLoginCode(email: $email) {
      sent
      retryAfterSeconds
    }
  }
`);
export const VERIFY_CODE = graphql(`
  mutation VerifyLoginCode($email: String!, $code: String!) {
    verifyLoginCode(email: $email, code: $code) {
      ...AuthPayloadFields
    }
  }
`);

export function requestCode(stack: Stack, email: string, ip = randomIp()) {
  return gql(stack.gatewayUrl, REQUEST_CODE, { email }, { headers: { 'x-forwarded-for': ip } });
}

export function verifyCode(stack: Stack, email: string, code: string) {
  return gql(stack.gatewayUrl, VERIFY_CODE, { email, code });
}

/** Logs in through the real path: request a code, read it from the dev mailbox, verify it. */
export async function login(stack: Stack, email = uniqueEmail()): Promise<Session> {
  const before = (await fetch(`${stack.mailbox.httpUrl}/messages?to=${encodeURIComponent(email)}`).then((r) => r.json())) as unknown[];
  const sent = await requestCode(stack, email);
  if (sent.errors) throw new Error(`requestLoginCode failed: ${JSON.stringify(sent.errors)}`);
  const code = await waitForLoginCode(stack.mailbox.httpUrl, email, before.length + 1);
  const r = await verifyCode(stack, email, code);
  if (!r.data) throw new Error(`verifyLoginCode failed: ${JSON.stringify(r.errors)}`);
  const v = r.data.verifyLoginCode;
  return { email, userId: v.user.id, accessToken: v.accessToken, refreshToken: v.refreshToken };
}

/** Runs an operation as the session's user. */
export const as = <T = Record<string, unknown>, V = Vars>(stack: Stack, s: Session, query: Operation<T, V>, variables: V = {} as V) =>
  gql(stack.gatewayUrl, query, variables, { token: s.accessToken });

/** Runs an operation as the session's user and fails with the errors when there are any. */
export const asOk = <T = Record<string, unknown>, V = Vars>(stack: Stack, s: Session, query: Operation<T, V>, variables: V = {} as V) =>
  gqlOk(stack.gatewayUrl, query, variables, { token: s.accessToken });
