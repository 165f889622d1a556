import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import { correlation, newCorrelationId } from '#common';
import { MAIL_QUEUE, type MailJob } from '#contracts';
import { MailService } from './mail.service.js';

/** What a login code becomes in a job kept for inspection after its last attempt failed. */
export const SCRUBBED_CODE = '[removed]';

@Processor(MAIL_QUEUE, { concurrency: 5 })
export class MailProcessor extends WorkerHost {
  private readonly logger = new Logger('MailProcessor');
  constructor(private readonly mail: MailService) {
    super();
  }

  /**
   * Sends the mail. A login code lives in Redis only while its mail waits: sent jobs are removed
   * (removeOnComplete), and a job that failed for good keeps its address and reason for
   * inspection but not the code.
   */
  async process(job: Job<MailJob>): Promise<string> {
    try {
      return await correlation.run({ id: job.data.correlationId ?? newCorrelationId() }, () => this.mail.deliver(job.data));
    } catch (err) {
      const final = err instanceof UnrecoverableError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      if (final && job.data.code !== SCRUBBED_CODE) {
        await job.updateData({ ...job.data, code: SCRUBBED_CODE }).catch((e: unknown) => this.logger.warn(`could not scrub job ${job.id}: ${String(e)}`));
      }
      throw err;
    }
  }
}
