import { type HttpErrorBody } from '@tickwire/protocol';

/** A non-2xx answer of the gateway's HTTP API. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Reads a JSON answer, turning an error status into HttpError with the server's message. */
export async function readJson<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let message = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as Partial<HttpErrorBody>;
    if (typeof body.message === 'string') message = body.message;
  } catch {
    // Not JSON: the status line says enough.
  }
  throw new HttpError(response.status, message);
}
