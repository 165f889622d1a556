'use client';
import { useEffect, useState } from 'react';
import { print } from 'graphql';
import { useConfig } from '../../lib/config';
import { SERVER_INFO, type ServerInfoQuery } from '../../lib/graphql';

/** Server status: shows that the browser reaches the gateway and which services answer. */
export default function Status() {
  const { graphqlUrl } = useConfig();
  const [info, setInfo] = useState<ServerInfoQuery['serverInfo'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: 'ServerInfo', query: print(SERVER_INFO) }),
    })
      .then((r) => r.json() as Promise<{ data?: ServerInfoQuery | null }>)
      .then((body) => (body.data ? setInfo(body.data.serverInfo) : setError('no data')))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [graphqlUrl]);

  return (
    <main className="status-card">
      <h1 className="logo">Parley</h1>
      <p>Server status: whether this browser reaches the gateway, and which services answer.</p>
      {error && (
        <p data-testid="error" className="error">
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
                {s.name}: <strong className={s.status === 'UP' ? 'up' : 'down'}>{s.status}</strong>
                {s.latencyMs !== null && ` (${s.latencyMs} ms)`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/">Back to Parley</a>
      </p>
    </main>
  );
}
