import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { MediaService } from './media.service.js';

/** A query parameter as Express parses it: repeated or nested ones are not a link's. */
type QueryValue = string | string[] | Record<string, unknown> | undefined;
const single = (v: QueryValue): string | undefined => (typeof v === 'string' ? v : undefined);

/** GET /media/<key>?exp=&sig=: stored image bytes behind a short-lived signed link. */
@Controller('media')
export class MediaController {
  constructor(private readonly media: MediaService) {}

  @Get(':key')
  async read(@Param('key') key: string, @Query('exp') exp: QueryValue, @Query('sig') sig: QueryValue, @Res() res: Response): Promise<void> {
    const { bytes, contentType, maxAgeSeconds } = await this.media.read(key, single(exp), single(sig));
    res.set({
      'Content-Type': contentType,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': `private, max-age=${maxAgeSeconds}`,
      'Content-Security-Policy': "default-src 'none'",
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    res.end(bytes);
  }
}
