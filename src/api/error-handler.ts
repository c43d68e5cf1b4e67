// The one Express error handler: AppError → its status and JSON body; body-parser errors → catalog codes; else 500.
import type { ErrorRequestHandler, Express, RequestHandler } from 'express';
import { AppError } from '../core/app-error.js';
import type { Logger } from '../observability/logger.js';

/** body-parser's error types, mapped onto the catalog. */
function fromBodyParser(error: { type?: string; status?: number; message?: string; limit?: number }): AppError | null {
  switch (error.type) {
    case 'entity.parse.failed':
      return new AppError('invalid_json', `the body is not valid JSON: ${error.message ?? 'parse error'}`);
    case 'entity.too.large':
      return new AppError('payload_too_large', `the body is larger than ${error.limit ?? 'the limit of'} bytes`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', error.message ?? 'unsupported body encoding');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new AppError('invalid_request', error.message ?? 'the body could not be read');
    default:
      return null;
  }
}

export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError =
      error instanceof AppError
        ? error
        : error instanceof URIError
          ? // The router could not decode a path parameter (a broken %-escape): the client's mistake, not ours.
            new AppError('invalid_request', `the path is not valid: ${error.message}`)
          : (fromBodyParser(error as Record<string, never>) ??
          new AppError('internal_error', 'internal error: it has been logged; nothing accepted is lost'));
    if (appError.code === 'internal_error') {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (appError.retryAfter !== undefined) res.setHeader('Retry-After', String(appError.retryAfter));
    res.status(appError.status).json(appError.toBody());
  };
}

/** Unknown routes answer JSON 404, like every other error. */
export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError('not_found', `no route ${req.method} ${req.path}`);
};

/** Adds the JSON 404 and error handler last, after every other router (the gateway may add its own first). */
export function finishApp(app: Express, logger: Logger): Express {
  app.use(notFoundHandler);
  app.use(createErrorHandler(logger));
  return app;
}
