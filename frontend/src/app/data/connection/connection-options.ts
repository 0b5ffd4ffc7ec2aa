import { InjectionToken } from '@angular/core';
import { CloseCode, RECONNECT_BACKOFF } from '@tickwire/protocol';
import { type ReconnectPolicyOptions } from './reconnect-policy';

export interface ConnectionOptions extends ReconnectPolicyOptions {
  /** WebSocket path on the page's origin. */
  path: string;
  /** How often a `ping` measures the round trip. */
  pingIntervalMs: number;
  /** Credentials, socket and `hello` must all arrive within this time, or the attempt failed. */
  connectTimeoutMs: number;
}

export const DEFAULT_CONNECTION_OPTIONS: ConnectionOptions = {
  ...RECONNECT_BACKOFF,
  stableAfterMs: 10_000,
  path: '/ws',
  pingIntervalMs: 5_000,
  connectTimeoutMs: 10_000,
};

/** Partial options, merged over the defaults. */
export const CONNECTION_OPTIONS = new InjectionToken<Partial<ConnectionOptions>>(
  'CONNECTION_OPTIONS',
  { providedIn: 'root', factory: () => ({}) },
);

/** The part of the browser's WebSocket the service uses: specs provide a fake. */
export interface SocketLike {
  readonly readyState: number;
  /** The subprotocol the server selected ('' when it named none). */
  readonly protocol: string;
  binaryType: BinaryType;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string | Uint8Array): void;
  close(code?: number, reason?: string): void;
}

export type SocketFactory = (url: string, protocols: string[]) => SocketLike;

export const SOCKET_FACTORY = new InjectionToken<SocketFactory>('SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (url, protocols) => new WebSocket(url, protocols),
});

/** `window` for online/offline events, or null where there is none. */
export const BROWSER_WINDOW = new InjectionToken<Window | null>('BROWSER_WINDOW', {
  providedIn: 'root',
  factory: () => (typeof window === 'undefined' ? null : window),
});

/** Detaches the handlers and closes normally: nothing of this socket reaches the service again. */
export function closeQuietly(socket: SocketLike): void {
  socket.onmessage = null;
  socket.onclose = null;
  try {
    socket.close(CloseCode.Normal);
  } catch {
    // Closing a socket that is still connecting throws in some browsers; it is dropped anyway.
  }
}
