import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { correlation, newCorrelationId } from '@app/common';
import { MAIL_QUEUE, type MailJob } from '@app/contracts';
import { MailService } from './mail.service.js';

@Processor(MAIL_QUEUE, { concurrency: 5 })
export class MailProcessor extends WorkerHost {
  constructor(private readonly mail: MailService) {
    super();
  }

  process(job: Job<MailJob>): Promise<string> {
    return correlation.run({ id: job.data.correlationId ?? newCorrelationId() }, () => this.mail.deliver(job.data));
  }
}
