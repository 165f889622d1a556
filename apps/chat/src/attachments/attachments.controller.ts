import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type AttachmentDto, type AttachmentsByIdsRequest, type CreateAttachmentRequest } from '#contracts';
import { AttachmentsService } from './attachments.service.js';

@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @MessagePattern(Subjects.chat.createAttachment)
  create(@Payload() r: CreateAttachmentRequest): Promise<AttachmentDto> {
    return this.attachments.create(r);
  }

  /** Attachments something stopped showing (a replaced avatar): removed unless still shown elsewhere. */
  @MessagePattern(Subjects.chat.releaseAttachments)
  release(@Payload() r: { attachmentIds: unknown }): boolean {
    this.attachments.release(r.attachmentIds);
    return true;
  }

  @MessagePattern(Subjects.chat.attachmentsByIds)
  byIds(@Payload() r: AttachmentsByIdsRequest): Promise<Array<AttachmentDto | null>> {
    return this.attachments.byIds(r.ids);
  }
}
