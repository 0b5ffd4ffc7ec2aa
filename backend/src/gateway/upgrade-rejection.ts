import { STATUS_CODES } from 'node:http';
import { type Duplex } from 'node:stream';

/** Answers an upgrade request with a plain HTTP error and closes the socket: no WebSocket exists. */
export function rejectUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const error = STATUS_CODES[status] ?? 'Error';
  const body = JSON.stringify({ statusCode: status, error, message });
  socket.end(
    `HTTP/1.1 ${status} ${error}\r\n` +
      'Connection: close\r\n' +
      (status === 503 ? 'Retry-After: 1\r\n' : '') +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
