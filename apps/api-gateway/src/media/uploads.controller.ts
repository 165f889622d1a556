import { Controller, HttpCode, Post, Req, UploadedFile, UseGuards, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { UploadErrorsInterceptor } from './upload-errors.interceptor.js';
import { UploadsGuard, type UploadRequest } from './uploads.guard.js';
import { UploadsService, type UploadReply, type UploadedFile as File } from './uploads.service.js';

/** POST /uploads: multipart/form-data with one field `file` (limits in MediaModule); answers 201 with the attachment and its signed URLs. */
@Controller('uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @HttpCode(201)
  @UseGuards(UploadsGuard)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  upload(@Req() req: UploadRequest, @UploadedFile() file: File | undefined): Promise<UploadReply> {
    return this.uploads.upload(req.viewer!.userId, file);
  }
}
