import { type HelloMessage } from '@tickwire/protocol';
import { PRO_LIMITS } from '@tickwire/protocol/testing';

/** The gateway's side of the dashboard's connection specs: its HTTP API, a window, a hello. */
export const LIMITS: HelloMessage['limits'] = {
  ...PRO_LIMITS,
  maxSubscriptions: 50,
  minThrottleMs: 1000,
};

export function hello(epoch = 'e1'): HelloMessage {
  return {
    op: 'hello',
    epoch,
    serverTime: Date.now(),
    heartbeatMs: 5000,
    limits: LIMITS,
    protocol: 1,
    user: { username: 'guest-1', plan: 'guest' },
  };
}

/** The gateway's HTTP side as the dashboard sees it: guest, refresh and ticket endpoints. */
export class FakeApi {
  calls: { path: string; token: string | null }[] = [];
  tokens = 0;
  ticketStatus = 200;

  readonly fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const path = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const token = headers['authorization']?.replace('Bearer ', '') ?? null;
    this.calls.push({ path, token });
    const json = (status: number, body: unknown) =>
      ({ ok: status < 300, status, statusText: '', json: async () => body }) as Response;
    if (path === '/api/auth/guest' || path === '/api/auth/refresh') {
      this.tokens += 1;
      return json(200, {
        accessToken: `token-${this.tokens}`,
        expiresAt: Date.now() + 15 * 60_000,
        user: { username: 'guest-1', plan: 'guest' },
      });
    }
    if (path === '/api/auth/ws-ticket') {
      if (this.ticketStatus !== 200) {
        const status = this.ticketStatus;
        this.ticketStatus = 200;
        return json(status, { statusCode: status, error: 'x', message: 'refused' });
      }
      return json(200, { ticket: `ticket-for-${token}`, expiresAt: Date.now() + 30_000 });
    }
    return json(404, { statusCode: 404, error: 'Not Found', message: path });
  }) as typeof fetch;

  paths(): string[] {
    return this.calls.map((call) => call.path);
  }
}

export class FakeWindow extends EventTarget {
  navigator = { onLine: true };
  location = { protocol: 'http:', host: 'dash.test' };
}
