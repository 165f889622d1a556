import { waitUntil } from './processes.js';

export interface MailboxMessage {
  id: string;
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: string;
}

/** Reads the dev mailbox over its HTTP API, newest first. */
export async function readMail(mailboxHttpUrl: string, to: string): Promise<MailboxMessage[]> {
  const res = await fetch(`${mailboxHttpUrl}/messages?to=${encodeURIComponent(to)}`);
  return (await res.json()) as MailboxMessage[];
}

/** Waits for the `count`-th mail to `to` and returns the newest login code in it. */
export async function waitForLoginCode(mailboxHttpUrl: string, to: string, count = 1, timeoutMs = 15000): Promise<string> {
  const mails = await waitUntil(
    async () => {
      const m = await readMail(mailboxHttpUrl, to);
      return m.length >= count ? m : null;
    },
    `${count} mail(s) to ${to}`,
    timeoutMs,
  );
  const code = /\b(\d{6})\b/.exec(mails[0].text)?.[1];
  if (!code) throw new Error(`no code in mail: ${mails[0].text}`);
  return code;
}
