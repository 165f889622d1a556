import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { DirectoryModule } from '../directory/directory.module.js';
import { MessageStorageModule } from '../messages/message-storage.module.js';
import { AttachmentDoc, AttachmentSchema } from './attachment.schema.js';
import { AttachmentsGc } from './attachments-gc.js';
import { AttachmentsController } from './attachments.controller.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { AttachmentsService } from './attachments.service.js';

/** Uploads registered by the gateway, claimed by messages, and swept when never sent. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AttachmentDoc.name, schema: AttachmentSchema }]), MessageStorageModule, DirectoryModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsRepository, AttachmentsService, AttachmentsGc],
  exports: [AttachmentsRepository, AttachmentsGc],
})
export class AttachmentsModule {}
