import { Controller } from '@nestjs/common';
import { Serves } from '#common';
import { AttachmentsByIdsRequest, CreateAttachmentRequest, ReleaseAttachmentsRequest, Subjects, type AttachmentDto } from '#contracts';
import { AttachmentsService } from './attachments.service.js';

@Controller()
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Serves(Subjects.chat.createAttachment)
  create(r: CreateAttachmentRequest): Promise<AttachmentDto> {
    return this.attachments.create(r);
  }

  /** Attachments something stopped showing (a replaced avatar): removed unless still shown elsewhere. */
  @Serves(Subjects.chat.releaseAttachments)
  release(r: ReleaseAttachmentsRequest): boolean {
    this.attachments.release(r.attachmentIds);
    return true;
  }

  @Serves(Subjects.chat.attachmentsByIds)
  byIds(r: AttachmentsByIdsRequest): Promise<Array<AttachmentDto | null>> {
    return this.attachments.byIds(r.ids);
  }
}
