import { type IncomingHttpHeaders } from 'node:http';
import WebSocket from 'ws';
import { type TestApp, startTestApp } from './test-app';
import { testCertificate } from './tls';
import { TestClient } from './ws-client';

export interface SecureTestApp extends TestApp {
  /** The self-signed certificate the app serves, to trust in clients. */
  ca: string;
}

/** Boots the gateway in this process with TLS: https and wss on an ephemeral port. */
export async function startSecureTestApp(env: Record<string, string> = {}): Promise<SecureTestApp> {
  const { certPath, keyPath, cert } = await testCertificate();
  const app = await startTestApp({ TLS_CERT: certPath, TLS_KEY: keyPath, ...env });
  return { ...app, ca: cert };
}

export interface UpgradeOptions {
  ca?: string;
  headers?: Record<string, string>;
  /** Sets the `Origin` header, as a browser does. */
  origin?: string;
}

/** The outcome of a WebSocket handshake: an open client (after `hello`) or the HTTP refusal. */
export type UpgradeOutcome =
  | { opened: true; client: TestClient }
  | { opened: false; status: number; headers: IncomingHttpHeaders; body: string };

/** Attempts a WebSocket handshake and reports whether a socket ever opened. */
export function tryUpgrade(url: string, options: UpgradeOptions = {}): Promise<UpgradeOutcome> {
  const ws = new WebSocket(url, {
    ca: options.ca,
    headers: options.headers,
    origin: options.origin,
    perMessageDeflate: false,
  });
  const client = new TestClient(ws);
  return new Promise((resolve, reject) => {
    ws.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        ws.terminate();
        resolve({
          opened: false,
          status: response.statusCode ?? 0,
          headers: response.headers,
          body,
        });
      });
    });
    ws.once('open', () => {
      client.nextOp('hello').then(() => resolve({ opened: true, client }), reject);
    });
    ws.once('error', (error) => {
      if (ws.readyState !== WebSocket.CLOSED) reject(error);
    });
  });
}

/** Opens a client or fails with the HTTP status of the refusal. */
export async function openClient(url: string, options: UpgradeOptions = {}): Promise<TestClient> {
  const outcome = await tryUpgrade(url, options);
  if (!outcome.opened) throw new Error(`upgrade refused: HTTP ${outcome.status} ${outcome.body}`);
  return outcome.client;
}
