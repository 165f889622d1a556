import type { ReactNode } from 'react';

export const metadata = { title: 'Parley', description: 'Real-time chat' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0, fontFamily: 'system-ui, sans-serif', background: '#f6f8fa', color: '#1b1f24' }}>{children}</body>
    </html>
  );
}
