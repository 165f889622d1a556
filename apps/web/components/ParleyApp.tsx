'use client';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useSyncExternalStore } from 'react';
import { getClient } from '../lib/apollo';
import { useConfig } from '../lib/config';
import { getAuthState, getServerAuthState, startSession, subscribeAuth } from '../lib/session';
import { ChatApp } from './ChatApp';
import { Login } from './Login';

const noSubscribe = () => () => undefined;

/** The whole client. It renders in the browser only: the session lives in this tab. */
export function ParleyApp() {
  const mounted = useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
  if (!mounted) return <Splash />;
  return <ClientApp />;
}

function Splash() {
  return (
    <div className="splash" data-testid="app-loading">
      <span className="logo">Parley</span>
    </div>
  );
}

function ClientApp() {
  const { graphqlUrl } = useConfig();
  const client = getClient(graphqlUrl);
  const auth = useSyncExternalStore(subscribeAuth, getAuthState, getServerAuthState);

  useEffect(() => startSession(graphqlUrl), [graphqlUrl]);

  return (
    <ApolloProvider client={client.apollo}>
      {auth.status === 'loading' && <Splash />}
      {auth.status === 'signed-out' && <Login notice={auth.notice} />}
      {auth.status === 'signed-in' && auth.viewer && <ChatApp key={auth.viewer.id} viewer={auth.viewer} ws={client.ws} />}
    </ApolloProvider>
  );
}
