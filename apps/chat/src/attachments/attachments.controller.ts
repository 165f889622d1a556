import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Subjects, type AttachmentDto, type AttachmentsByIdsRequest, type CreateAttachmentRequest } from '@app/contracts';
import { AttachmentsService } from './attachments.service.js';

@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @MessagePattern(Subjects.chat.createAttachment)
  create(@Payload() r: CreateAttachmentRequest): Promise<AttachmentDto> {
    return this.attachments.create(r);
  }

  @MessagePattern(Subjects.chat.attachmentsByIds)
  byIds(@Payload() r: AttachmentsByIdsRequest): Promise<Array<AttachmentDto | null>> {
    return this.attachments.byIds(r.ids);
  }
}
