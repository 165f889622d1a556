import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { HealthRegistry } from '#common';
import { MAIL_CONFIG, type MailConfig } from '../config/mail.config.js';
import type { RenderedMail } from './templates.js';

/** The SMTP adapter: one pooled nodemailer transport. */
@Injectable()
export class Mailer implements OnModuleInit {
  private readonly transport: Transporter;

  constructor(
    @Inject(MAIL_CONFIG) private readonly config: MailConfig,
    private readonly health: HealthRegistry,
  ) {
    this.transport = createTransport(config.SMTP_URL, { from: config.MAIL_FROM });
  }

  onModuleInit() {
    this.health.add('smtp', () => this.transport.verify());
  }

  async send(to: string, mail: RenderedMail): Promise<string> {
    const info = (await this.transport.sendMail({ to, from: this.config.MAIL_FROM, ...mail })) as { messageId: string };
    return info.messageId;
  }
}
