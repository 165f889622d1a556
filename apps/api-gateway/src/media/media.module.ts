import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { HealthRegistry } from '#common';
import { AuthModule } from '../auth/auth.module.js';
import { ClientsModule } from '../clients/clients.module.js';
import { GATEWAY_CONFIG, publicUrlOf, type GatewayConfig } from '../config/gateway.config.js';
import { RateLimitModule } from '../rate-limit/rate-limit.module.js';
import { AttachmentLoaderFactory } from './attachment.loader.js';
import { GatewayAttachments } from './attachments.service.js';
import { ImageProcessor } from './image-processor.js';
import { MediaController } from './media.controller.js';
import { MediaJanitor } from './media-janitor.js';
import { MediaService } from './media.service.js';
import { createMediaStorage, MEDIA_STORAGE } from './media-storage.js';
import { MediaUrls } from './media-urls.js';
import { UploadErrorsInterceptor } from './upload-errors.interceptor.js';
import { UploadsController } from './uploads.controller.js';
import { UploadsGuard } from './uploads.guard.js';
import { UploadsService } from './uploads.service.js';

/** Image uploads (POST /uploads), their storage, and signed links to them (GET /media/<key>). */
@Module({
  imports: [
    ClientsModule,
    AuthModule,
    RateLimitModule,
    MulterModule.registerAsync({
      inject: [GATEWAY_CONFIG],
      // In memory: the body is bounded by UPLOAD_MAX_BYTES and sharp reads buffers; nothing touches disk before it is checked.
      useFactory: (config: GatewayConfig) => ({ limits: { fileSize: config.UPLOAD_MAX_BYTES, files: 1, fields: 10 } }),
    }),
  ],
  controllers: [UploadsController, MediaController],
  providers: [
    { provide: MEDIA_STORAGE, inject: [GATEWAY_CONFIG, HealthRegistry], useFactory: createMediaStorage },
    {
      provide: MediaUrls,
      inject: [GATEWAY_CONFIG],
      useFactory: (config: GatewayConfig) => new MediaUrls(config.MEDIA_URL_SECRET, publicUrlOf(config), config.MEDIA_URL_TTL_SECONDS),
    },
    ImageProcessor,
    UploadsService,
    UploadsGuard,
    UploadErrorsInterceptor,
    MediaService,
    MediaJanitor,
    GatewayAttachments,
    AttachmentLoaderFactory,
  ],
  exports: [GatewayAttachments, AttachmentLoaderFactory],
})
export class MediaModule {}
