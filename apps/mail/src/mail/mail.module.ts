import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { MAIL_QUEUE } from '#contracts';
import { MailProcessor } from './mail.processor.js';
import { MailService } from './mail.service.js';
import { Mailer } from './mailer.js';

@Module({
  imports: [BullModule.registerQueue({ name: MAIL_QUEUE })],
  providers: [Mailer, MailService, MailProcessor],
})
export class MailModule {}
