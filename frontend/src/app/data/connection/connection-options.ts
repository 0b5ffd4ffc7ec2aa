import { InjectionToken } from '@angular/core';
import { RECONNECT_BACKOFF } from '@tickwire/protocol';
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
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export const SOCKET_FACTORY = new InjectionToken<(url: string) => SocketLike>('SOCKET_FACTORY', {
  providedIn: 'root',
  factory: () => (url: string) => new WebSocket(url),
});

/** `window` for online/offline events, or null where there is none. */
export const BROWSER_WINDOW = new InjectionToken<Window | null>('BROWSER_WINDOW', {
  providedIn: 'root',
  factory: () => (typeof window === 'undefined' ? null : window),
});
