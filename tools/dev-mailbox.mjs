#!/usr/bin/env node
// The development mailbox: an SMTP server that keeps every mail it receives in memory and an
// HTTP API to read them. Never used in production.
//   SMTP  127.0.0.1:${MAILBOX_SMTP_PORT:-1025}
//   HTTP  127.0.0.1:${MAILBOX_HTTP_PORT:-8025}  GET /messages?to=<address>  DELETE /messages
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

const smtpPort = Number(process.env.MAILBOX_SMTP_PORT ?? 1025);
const httpPort = Number(process.env.MAILBOX_HTTP_PORT ?? 8025);
const host = process.env.MAILBOX_HOST ?? '127.0.0.1';
const limit = Number(process.env.MAILBOX_LIMIT ?? 5000);
/** Recipients refused with a permanent error, to test undeliverable mail (comma-separated). */
const reject = new Set(
  (process.env.MAILBOX_REJECT ?? '')
    .split(',')
    .filter(Boolean)
    .map((a) => a.toLowerCase()),
);

/** @type {Array<{id: string, to: string[], from: string, subject: string, text: string, html: string, receivedAt: string}>} */
let messages = [];

const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onRcptTo(address, _session, callback) {
    if (reject.has(address.address.toLowerCase())) {
      const err = new Error(`mailbox ${address.address} does not exist`);
      err.responseCode = 550;
      return callback(err);
    }
    callback();
  },
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        messages.unshift({
          id: randomUUID(),
          to,
          from: mail.from?.text ?? session.envelope.mailFrom?.address ?? '',
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          html: typeof mail.html === 'string' ? mail.html : '',
          receivedAt: new Date().toISOString(),
        });
        if (messages.length > limit) messages.length = limit;
        callback();
      })
      .catch(callback);
  },
});

const http = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  const send = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/messages' && req.method === 'GET') {
    const to = url.searchParams.get('to')?.toLowerCase();
    return send(200, to ? messages.filter((m) => m.to.includes(to)) : messages);
  }
  if (url.pathname === '/messages' && req.method === 'DELETE') {
    messages = [];
    return send(200, { deleted: true });
  }
  if (url.pathname === '/health') return send(200, { status: 'ok', messages: messages.length });
  send(404, { code: 'NOT_FOUND', message: 'GET /messages?to=<address> or DELETE /messages' });
});

smtp.on('error', (err) => console.error(`dev-mailbox: SMTP error: ${err.message}`));
smtp.listen(smtpPort, host, () => {
  http.listen(httpPort, host, () => console.log(`dev-mailbox: SMTP on ${host}:${smtpPort}, read mail at http://${host}:${httpPort}/messages`));
});
const stop = () => {
  smtp.close(() => undefined);
  http.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 500).unref();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
