import {
  type CallHandler,
  type ExecutionContext,
  Inject,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import { catchError, type Observable, throwError } from 'rxjs';
import { type TrainingConfig } from '../training.config';
import { TRAINING_CONFIG } from '../training.tokens';
import { ModelImportTooLargeError } from './imports.errors';

/** Wraps multer's interceptor so an oversized part is refused with the limit it broke, not multer's "File too large". */
@Injectable()
export class ImportSizeInterceptor implements NestInterceptor {
  constructor(@Inject(TRAINING_CONFIG) private readonly config: TrainingConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() =>
            error instanceof PayloadTooLargeException
              ? new ModelImportTooLargeError(this.config.TRAINING_MAX_IMPORT_BYTES, error)
              : error,
          ),
        ),
      );
  }
}
