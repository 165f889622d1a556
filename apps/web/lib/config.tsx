'use client';
import { createContext, useContext, type ReactNode } from 'react';

/** Settings the browser needs, read by the server at request time (see app/layout.tsx). */
export interface WebConfig {
  /** The gateway's GraphQL endpoint (HTTP; subscriptions use the same path over WebSocket). */
  graphqlUrl: string;
}

const ConfigContext = createContext<WebConfig | null>(null);

export function ConfigProvider({ config, children }: { config: WebConfig; children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export function useConfig(): WebConfig {
  const config = useContext(ConfigContext);
  if (!config) throw new Error('useConfig() outside <ConfigProvider>');
  return config;
}
