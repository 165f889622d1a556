import { Controller, Get, Header, Query } from '@nestjs/common';
import { defaultAvatarSvg } from './avatars.js';

/** GET /avatars/default.svg?seed=<userId>&initials=AL : the generated default avatar (public, cacheable). */
@Controller('avatars')
export class AvatarsController {
  @Get('default.svg')
  @Header('Content-Type', 'image/svg+xml')
  @Header('Cache-Control', 'public, max-age=86400')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
  @Header('Cross-Origin-Resource-Policy', 'cross-origin')
  avatar(@Query('seed') seed = '', @Query('initials') initials = '?'): string {
    return defaultAvatarSvg(String(seed).slice(0, 64), String(initials).slice(0, 8) || '?');
  }
}
