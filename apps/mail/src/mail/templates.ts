import type { MailJob } from '#contracts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Renders a mail job into a text and an HTML body. */
export function renderMail(job: MailJob): RenderedMail {
  switch (job.kind) {
    case 'login-code': {
      const subject = `Your Parley login code: ${job.code}`;
      const text = [
        `Your Parley login code is ${job.code}`,
        '',
        `It is valid for ${job.expiresInMinutes} minutes and can be used once.`,
        'If you did not ask for it, ignore this mail: nobody can sign in without the code.',
      ].join('\n');
      const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1b1f24">
<p>Your Parley login code is</p>
<p style="font-size:28px;font-weight:700;letter-spacing:6px">${escapeHtml(job.code)}</p>
<p>It is valid for ${job.expiresInMinutes} minutes and can be used once.</p>
<p style="color:#57606a">If you did not ask for it, ignore this mail: nobody can sign in without the code.</p>
</body></html>`;
      return { subject, text, html };
    }
  }
}
