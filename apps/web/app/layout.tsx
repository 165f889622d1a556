import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { ConfigProvider, type WebConfig } from '../lib/config';
import './globals.css';
import './search.css';
import './groups.css';

export const metadata = { title: 'Parley', description: 'Real-time chat' };

/**
 * The gateway address comes from the server's environment at request time (PARLEY_GRAPHQL_URL),
 * so one build serves any gateway: tests build once and point each run at its own gateway.
 * NEXT_PUBLIC_GRAPHQL_URL, inlined at build time, is only a fallback for older setups.
 */
async function readConfig(): Promise<WebConfig> {
  await connection(); // render per request: the environment is read now, not at build time
  return { graphqlUrl: process.env.PARLEY_GRAPHQL_URL || process.env.NEXT_PUBLIC_GRAPHQL_URL || 'http://127.0.0.1:4000/graphql' };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const config = await readConfig();
  return (
    <html lang="en">
      <body>
        <ConfigProvider config={config}>{children}</ConfigProvider>
      </body>
    </html>
  );
}
