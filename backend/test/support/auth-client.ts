import { type TicketResponse, type TokenResponse } from '@tickwire/protocol';
import { call } from './https-client';

/** Talks to /api/auth/* of a running gateway, like the dashboard does. */
export class AuthClient {
  constructor(
    private readonly baseUrl: string,
    private readonly ca?: string,
  ) {}

  async guest(): Promise<TokenResponse> {
    return this.expectOk(
      await call<TokenResponse>(this.url('guest'), { method: 'POST', ca: this.ca }),
    );
  }

  /** `demo`/`demo` (plan pro) exists in development and test when no USERS_FILE is given. */
  async login(username = 'demo', password = 'demo'): Promise<TokenResponse> {
    const answer = await call<TokenResponse>(this.url('login'), {
      method: 'POST',
      json: { username, password },
      ca: this.ca,
    });
    return this.expectOk(answer);
  }

  async ticket(accessToken: string): Promise<TicketResponse> {
    const answer = await call<TicketResponse>(this.url('ws-ticket'), {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      ca: this.ca,
    });
    return this.expectOk(answer);
  }

  async refresh(accessToken: string): Promise<TokenResponse> {
    const answer = await call<TokenResponse>(this.url('refresh'), {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}` },
      ca: this.ca,
    });
    return this.expectOk(answer);
  }

  private url(endpoint: string): string {
    return `${this.baseUrl}/api/auth/${endpoint}`;
  }

  private expectOk<T>(answer: { status: number; body: T; text: string }): T {
    if (answer.status !== 200) throw new Error(`auth call failed: ${answer.status} ${answer.text}`);
    return answer.body;
  }
}
