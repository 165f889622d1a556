import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { currentCorrelationId } from '#common';
import { MAIL_QUEUE, type MailJob } from '#contracts';
import { USER_CONFIG, type UserConfig } from '../config/user.config.js';

/** The producer side of the `mail` queue. */
@Injectable()
export class MailQueue {
  constructor(
    @InjectQueue(MAIL_QUEUE) private readonly queue: Queue<MailJob>,
    @Inject(USER_CONFIG) private readonly config: UserConfig,
  ) {}

  /**
   * Queues a login-code mail. The job id comes from the issued code, so a retried enqueue of
   * the same code cannot send two mails. A sent job is removed at once (its data holds the
   * code); failed jobs are kept for inspection, with the code scrubbed by the mail app.
   */
  async loginCode(to: string, code: string, expiresInMinutes: number, issueId: string): Promise<void> {
    await this.queue.add(
      'login-code',
      { kind: 'login-code', to, code, expiresInMinutes, correlationId: currentCorrelationId() },
      {
        jobId: `login-code-${issueId}`,
        attempts: this.config.MAIL_ATTEMPTS,
        backoff: { type: 'exponential', delay: this.config.MAIL_BACKOFF_MS },
        removeOnComplete: true,
        removeOnFail: false,
      },
    );
  }
}
