import { BadRequestException, Inject, Injectable, PayloadTooLargeException, type CallHandler, type NestInterceptor } from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';
import { AppError } from '#contracts';
import { GATEWAY_CONFIG, type GatewayConfig } from '../config/gateway.config.js';

/** Words multer's refusals (it runs inside FileInterceptor) the way the rest of the API words errors: naming the field and the rule. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig) {}

  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((err: unknown) => {
        if (err instanceof PayloadTooLargeException)
          return throwError(() => AppError.tooLarge('file', `must be at most ${this.config.UPLOAD_MAX_BYTES} bytes`));
        if (err instanceof BadRequestException) {
          const unexpected = /unexpected|too many files/i.test(err.message);
          return throwError(() =>
            AppError.badInput(
              'file',
              unexpected ? 'send one image, in the multipart/form-data field "file"' : `is not readable multipart/form-data (${err.message})`,
            ),
          );
        }
        return throwError(() => err);
      }),
    );
  }
}
