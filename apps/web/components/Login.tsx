'use client';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { apiError, describeError } from '../lib/errors';
import { DEMO_LOGIN, DEMO_PROBE, REQUEST_LOGIN_CODE, VERIFY_LOGIN_CODE } from '../lib/graphql';
import { signIn } from '../lib/session';

/** How long a mailed code works (the user service's login-code lifetime). */
const CODE_TTL_MS = 5 * 60_000;

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** Seconds left until `until` (epoch ms), ticking while there are any. */
function useSecondsLeft(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = () => setNow(Date.now());
    // The clock is read again at once (a new `until` may come long after the last tick), then
    // every half second while there are seconds left.
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      tick();
      if (until <= Date.now()) clearInterval(timer);
    }, 500);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [until]);
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** E-mail → code → signed in. Errors are shown by their `extensions.code`, in plain words. */
export function Login({ notice }: { notice: string | null }) {
  const client = useApolloClient();
  const [step, setStep] = useState<'email' | 'code'>('email');
  const [email, setEmail] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resendAt, setResendAt] = useState(0);
  const [blockedUntil, setBlockedUntil] = useState(0);
  const [demo, setDemo] = useState<'unknown' | 'on' | 'off'>('unknown');
  const [haveCodeHint, setHaveCodeHint] = useState(false);
  /** When the newest code stops working; 0 when unknown (the user came with a code mailed earlier). */
  const [codeExpiresAt, setCodeExpiresAt] = useState(0);
  const resendWait = useSecondsLeft(resendAt);
  const blockedWait = useSecondsLeft(blockedUntil);
  const codeLeft = useSecondsLeft(codeExpiresAt);
  const codeExpired = codeExpiresAt > 0 && codeLeft === 0;

  // Demo mode is on when demoLogin refuses an address that is no demo account as bad input
  // (it answers FORBIDDEN when demo mode is off); nothing is signed in by asking.
  useEffect(() => {
    let live = true;
    client.mutate({ mutation: DEMO_PROBE }).then(
      () => live && setDemo('on'),
      (err: unknown) => live && setDemo(apiError(err).code === 'BAD_USER_INPUT' ? 'on' : 'off'),
    );
    return () => {
      live = false;
    };
  }, [client]);

  const fail = (err: unknown, context: 'request-code' | 'verify-code' | 'demo') => {
    const e = apiError(err);
    if (e.code === 'RATE_LIMITED') setBlockedUntil(Date.now() + (e.retryAfterSeconds ?? 60) * 1000);
    // Asked again too soon: the code mailed a moment ago still works.
    setHaveCodeHint(context === 'request-code' && e.code === 'RATE_LIMITED');
    // The server does not say why a code was refused (wrong, used or expired); this page knows
    // when the code it asked for runs out.
    if (context === 'verify-code' && e.code === 'UNAUTHENTICATED') {
      setError(
        codeExpiresAt && Date.now() >= codeExpiresAt
          ? 'That code has expired. Send a new code and use the newest e-mail.'
          : 'That code is not right. Check the digits in the newest e-mail, or send a new code.',
      );
      return;
    }
    setError(describeError(err, context));
  };

  const requestCode = async (event?: FormEvent) => {
    event?.preventDefault();
    const address = email.trim();
    if (!address) {
      setError('Please enter your e-mail address.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await client.mutate({ mutation: REQUEST_LOGIN_CODE, variables: { email: address } });
      setResendAt(Date.now() + (r.data?.requestLoginCode.retryAfterSeconds ?? 60) * 1000);
      setCodeExpiresAt(Date.now() + CODE_TTL_MS);
      setStep('code');
      setCode('');
    } catch (err) {
      fail(err, 'request-code');
    } finally {
      setBusy(false);
    }
  };

  const verify = async (event: FormEvent) => {
    event.preventDefault();
    const digits = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(digits)) {
      setError('The code is the 6 digits from the e-mail.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await client.mutate({ mutation: VERIFY_LOGIN_CODE, variables: { email: email.trim(), code: digits } });
      if (r.data) signIn(r.data.verifyLoginCode);
    } catch (err) {
      fail(err, 'verify-code');
      setBusy(false);
    }
  };

  const tryDemo = async () => {
    setBusy(true);
    setError(null);
    try {
      const r = await client.mutate({ mutation: DEMO_LOGIN, variables: {} });
      if (r.data) signIn(r.data.demoLogin);
    } catch (err) {
      fail(err, 'demo');
      setBusy(false);
    }
  };

  const blocked = blockedWait > 0;

  return (
    <div className="login-page">
      <main className="login-card" data-testid="login">
        <h1 className="logo">Parley</h1>
        {step === 'email' ? (
          <form onSubmit={(e) => void requestCode(e)} noValidate>
            <p className="muted">Sign in with your e-mail address. We send you a 6-digit code; there is no password.</p>
            {notice && (
              <p className="notice" data-testid="login-notice">
                {notice}
              </p>
            )}
            <label className="field">
              <span>E-mail</span>
              <input
                type="email"
                autoComplete="email"
                autoFocus
                placeholder="you@example.com"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                data-testid="login-email"
              />
            </label>
            <button type="submit" className="button primary wide" disabled={busy || blocked} data-testid="login-request">
              {busy ? 'Sending…' : blocked ? `Wait ${blockedWait} s` : 'Send code'}
            </button>
          </form>
        ) : (
          <form onSubmit={(e) => void verify(e)} noValidate>
            {!codeExpiresAt ? (
              <p className="muted" data-testid="login-info">
                Enter the code from the newest e-mail sent to <strong>{email.trim()}</strong>.
              </p>
            ) : codeExpired ? (
              <p className="notice" data-testid="login-info" data-expired="true">
                The code sent to <strong>{email.trim()}</strong> has expired. Send a new code.
              </p>
            ) : (
              <p className="muted" data-testid="login-info" data-expired="false">
                We sent a code to <strong>{email.trim()}</strong>. It works until {clock.format(codeExpiresAt)}.
              </p>
            )}
            <label className="field">
              <span>Code</span>
              <input
                className="code-input"
                inputMode="numeric"
                autoComplete="one-time-code"
                autoFocus
                maxLength={7}
                placeholder="123456"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                data-testid="login-code"
              />
            </label>
            <button type="submit" className="button primary wide" disabled={busy || blocked} data-testid="login-verify">
              {busy ? 'Signing in…' : blocked ? `Wait ${blockedWait} s` : 'Sign in'}
            </button>
            <div className="login-links">
              <button type="button" className="link" disabled={busy || resendWait > 0 || blocked} onClick={() => void requestCode()} data-testid="login-resend">
                {resendWait > 0 ? `Send a new code in ${resendWait} s` : 'Send a new code'}
              </button>
              <button
                type="button"
                className="link"
                onClick={() => {
                  setStep('email');
                  setError(null);
                  setCodeExpiresAt(0);
                }}
                data-testid="login-change-email"
              >
                Use another address
              </button>
            </div>
          </form>
        )}
        {error && (
          <p className="error" role="alert" data-testid="login-error">
            {error}
          </p>
        )}
        {step === 'email' && haveCodeHint && (
          <p className="login-links">
            <button
              type="button"
              className="link"
              onClick={() => {
                setStep('code');
                setError(null);
              }}
              data-testid="login-have-code"
            >
              I already have a code
            </button>
          </p>
        )}
        {demo === 'on' && step === 'email' && (
          <div className="demo">
            <span className="or">or</span>
            <button type="button" className="button wide" disabled={busy} onClick={() => void tryDemo()} data-testid="demo-login">
              Try the demo
            </button>
            <p className="muted small">Signs you in as a demo user.</p>
          </div>
        )}
      </main>
      <footer className="login-footer">
        <a href="/status">Server status</a>
      </footer>
    </div>
  );
}
