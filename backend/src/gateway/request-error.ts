import { ErrorCode } from '@tickwire/protocol';

/** A client frame that cannot be served; answered with an `error` message, never thrown further. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly symbols?: string[],
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export const badRequest = (message: string) => new RequestError(ErrorCode.BadRequest, message);
