'use client';
import { useEffect, useState } from 'react';
import { useConfig } from '../lib/config';

interface ServiceStatus {
  name: string;
  status: 'UP' | 'DOWN';
  latencyMs: number | null;
}

/** Placeholder start page: shows that the browser reaches the gateway and which services answer. */
export default function Home() {
  const { graphqlUrl } = useConfig();
  const [info, setInfo] = useState<{ version: string; services: ServiceStatus[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { version services { name status latencyMs } } }' }),
    })
      .then((r) => r.json() as Promise<{ data?: { serverInfo: { version: string; services: ServiceStatus[] } } }>)
      .then((body) => (body.data ? setInfo(body.data.serverInfo) : setError('no data')))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [graphqlUrl]);

  return (
    <main style={{ maxWidth: 560, margin: '64px auto', padding: 24, background: '#fff', borderRadius: 12, boxShadow: '0 1px 3px rgba(0,0,0,.12)' }}>
      <h1 style={{ marginTop: 0 }}>Parley</h1>
      <p>Real-time chat. The web client arrives with the next features; this page checks the backend.</p>
      {error && (
        <p data-testid="error" style={{ color: '#cf222e' }}>
          Gateway not reachable at {graphqlUrl}: {error}
        </p>
      )}
      {!info && !error && <p>Asking the gateway…</p>}
      {info && (
        <>
          <p data-testid="version">Server version {info.version}</p>
          <ul data-testid="services">
            {info.services.map((s) => (
              <li key={s.name} data-service={s.name} data-status={s.status}>
                {s.name}: <strong style={{ color: s.status === 'UP' ? '#1a7f37' : '#cf222e' }}>{s.status}</strong>
                {s.latencyMs !== null && ` (${s.latencyMs} ms)`}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
