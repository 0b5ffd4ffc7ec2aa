import { RECONNECT_BACKOFF, backoffDelay } from '@tickwire/protocol';
import WebSocket from 'ws';

/**
 * A client of docs/protocol.md's reconnecting recipe, for reconnect storms (the backend's storm
 * test and the bench's larger one): a fresh ticket per attempt, full-jitter backoff that honours
 * Retry-After, a random first delay after a 1012, and it never gives up. It counts how every
 * attempt ended in a shared Tally and records when it was last dropped and live again.
 */

/** protocol.md: after a 1012, a random first delay of 0.5 to 5 s; then exponential backoff. */
export const FIRST_DELAY_MS = [500, 5_000] as const;
const SNAPSHOT = Buffer.from('{"op":"snapshot"');
const UPDATE = Buffer.from('{"op":"update"');
const HELLO = Buffer.from('{"op":"hello"');

/** How the attempts ended, counted over all clients: `101`, `503 with Retry-After`, ... */
export class Tally {
  readonly counts = new Map<string, number>();
  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }
  get(outcome: string): number {
    return this.counts.get(outcome) ?? 0;
  }
}

function startsWith(data: Buffer, prefix: Buffer): boolean {
  return data.length >= prefix.length && data.subarray(0, prefix.length).equals(prefix);
}

/** A client of protocol.md's recipe: fresh ticket per attempt, full-jitter backoff, no give-up. */
export class StormClient {
  /** Epoch ms at which it was last live (snapshot, then an update), or undefined. */
  liveAt: number | undefined;
  droppedAt: number | undefined;
  attempts = 0;
  private ws: WebSocket | undefined;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly baseUrl: () => string,
    private readonly accessToken: string,
    private readonly symbol: string,
    private readonly tally: Tally,
    private readonly onLive: (client: StormClient) => void,
  ) {}

  start(): void {
    void this.attempt(0);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.ws?.terminate();
  }

  /** Full-jitter backoff, never shorter than a Retry-After; after a 1012, 0.5 to 5 s. */
  private retry(failures: number, firstDelay = false, retryAfterSeconds = 0): void {
    if (this.stopped) return;
    const delay = firstDelay
      ? FIRST_DELAY_MS[0] + Math.random() * (FIRST_DELAY_MS[1] - FIRST_DELAY_MS[0])
      : Math.max(retryAfterSeconds * 1000, backoffDelay(failures, RECONNECT_BACKOFF));
    this.timer = setTimeout(() => void this.attempt(failures), delay);
  }

  private async attempt(failures: number): Promise<void> {
    if (this.stopped) return;
    this.attempts++;
    let ticket: string;
    try {
      const response = await fetch(`${this.baseUrl()}/api/auth/ws-ticket`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.accessToken}` },
      });
      if (!response.ok) {
        this.tally.add('ticket refused');
        await response.body?.cancel();
        return this.retry(failures + 1);
      }
      ticket = ((await response.json()) as { ticket: string }).ticket;
    } catch {
      this.tally.add('ticket unreachable');
      return this.retry(failures + 1);
    }
    if (this.stopped) return;
    const wsUrl = `${this.baseUrl().replace(/^http/, 'ws')}/ws?ticket=${encodeURIComponent(ticket)}`;
    const ws = new WebSocket(wsUrl, { perMessageDeflate: false });
    this.ws = ws;
    let opened = false;
    let snapshot = false;
    let retried = false;
    /** Each attempt schedules exactly one next attempt, whichever event ends it. */
    const retryOnce = (code?: number, retryAfterSeconds = 0) => {
      if (retried || this.stopped) return;
      retried = true;
      if (this.liveAt !== undefined) {
        this.droppedAt = Date.now();
        this.liveAt = undefined;
      }
      // A 1012 (service restart) starts with a random delay; anything else backs off.
      if (code === 1012) this.retry(0, true);
      else this.retry(opened ? 0 : failures + 1, false, retryAfterSeconds);
    };
    ws.on('unexpected-response', (request, response) => {
      const retryAfter = response.headers['retry-after'];
      const status = response.statusCode ?? 0;
      if ((status === 429 || status === 503) && retryAfter !== undefined)
        this.tally.add(`${status} with Retry-After`);
      else this.tally.add(`refused with ${status}, no Retry-After`);
      request.destroy();
      retryOnce(undefined, Number(retryAfter ?? 0) || 0);
    });
    ws.on('error', (error: Error & { code?: string }) => {
      if (!opened) {
        if (error.code === 'ECONNREFUSED') this.tally.add('connection refused');
        else if (error.code === 'ECONNRESET' || /hang up/.test(error.message))
          this.tally.add('reset');
        else this.tally.add(`other error: ${error.code ?? error.message}`);
      }
      retryOnce();
    });
    ws.on('open', () => {
      opened = true;
      this.tally.add('101');
    });
    ws.on('message', (data: Buffer) => {
      if (startsWith(data, HELLO)) {
        // Restore the subscriptions (protocol.md, Reconnecting, step 3).
        ws.send(
          JSON.stringify({ op: 'subscribe', id: 's', channel: 'quotes', symbols: [this.symbol] }),
        );
      } else if (startsWith(data, SNAPSHOT)) {
        snapshot = true;
      } else if (snapshot && this.liveAt === undefined && startsWith(data, UPDATE)) {
        this.liveAt = Date.now();
        this.onLive(this);
      }
    });
    ws.once('close', (code) => retryOnce(code));
  }
}
