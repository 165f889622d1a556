import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import type { MailJob } from '#contracts';
import { Mailer } from './mailer.js';
import { renderMail } from './templates.js';

const ADDRESS = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

@Injectable()
export class MailService {
  private readonly logger = new Logger('MailService');
  constructor(private readonly mailer: Mailer) {}

  /**
   * Sends one job. A mail that can never be delivered (a malformed address, or the server
   * refusing the recipient with a permanent 5xx answer) fails at once instead of retrying.
   */
  async deliver(job: MailJob): Promise<string> {
    if (!ADDRESS.test(job.to)) throw new UnrecoverableError(`not a deliverable address: ${job.to}`);
    try {
      const id = await this.mailer.send(job.to, renderMail(job));
      this.logger.log(`sent ${job.kind} mail to ${job.to}`);
      return id;
    } catch (err) {
      const responseCode = (err as { responseCode?: number }).responseCode;
      if (responseCode !== undefined && responseCode >= 500 && responseCode < 600) {
        throw new UnrecoverableError(`SMTP refused ${job.to} permanently (${responseCode})`);
      }
      throw err;
    }
  }
}
