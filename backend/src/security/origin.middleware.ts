import { Injectable, type NestMiddleware } from '@nestjs/common';
import { type NextFunction, type Request, type Response } from 'express';
import { OriginPolicy } from './origin.policy';

/** Refuses API calls made by pages of foreign origins (their browser sends `Origin`). */
@Injectable()
export class OriginMiddleware implements NestMiddleware {
  constructor(private readonly origins: OriginPolicy) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (this.origins.allows(request)) {
      next();
      return;
    }
    response.status(403).json({
      statusCode: 403,
      error: 'Forbidden',
      message: `origin ${String(request.headers.origin)} is not allowed`,
    });
  }
}
