import { STATUS_CODES } from 'node:http';
import { type Duplex } from 'node:stream';

/**
 * Answers an upgrade request with a plain HTTP error and closes the socket: no WebSocket exists.
 * A 503 says to retry in a second; a 429 says when its limit lets the address in again.
 */
export function rejectUpgrade(
  socket: Duplex,
  status: number,
  message: string,
  retryAfterSeconds: number | undefined = status === 503 ? 1 : undefined,
): void {
  if (socket.destroyed) return;
  const error = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ statusCode: status, error, message });
  socket.end(
    `HTTP/1.1 ${status} ${error}\r\n` +
      'Connection: close\r\n' +
      (retryAfterSeconds !== undefined ? `Retry-After: ${retryAfterSeconds}\r\n` : '') +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
