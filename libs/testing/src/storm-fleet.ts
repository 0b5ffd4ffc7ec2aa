import { type TokenResponse } from '@tickwire/protocol';
import { percentile } from './percentile';
import { StormClient, Tally } from './storm-client';

/** How many guests are created, and clients opened, at once. */
const RAMP = 50;

export interface StormRecovery {
  /** Clients live again after the restart. */
  live: number;
  /** From each client's drop (its 1012) to live again, ascending. */
  recoveriesMs: number[];
  /** From the SIGTERM to each client live again, ascending. */
  sinceSigtermMs: number[];
  maxAttempts: number;
  /** How the storm's attempts ended (the counts since `markStorm`). */
  outcomes: Record<string, number>;
}

/** Nearest-rank p50/p95/max of an ascending list, for a one-line report. */
export function describeDistribution(sorted: number[]): string {
  if (sorted.length === 0) return 'none';
  const [p50, p95] = [0.5, 0.95].map((fraction) => percentile(sorted, fraction));
  return `p50 ${p50} ms, p95 ${p95} ms, max ${sorted[sorted.length - 1]} ms`;
}

/**
 * Many StormClients against one gateway, each a guest of its own (a user holds at most 16 unused
 * tickets; N browsers are N users), subscribed to one public symbol: the reconnect storm of the
 * backend's test and of the bench.
 */
export class StormFleet {
  readonly tally = new Tally();
  readonly clients: StormClient[] = [];
  private live = 0;
  private before = new Map<string, number>();
  private waiter: { target: number; resolve: () => void } | undefined;

  private constructor(
    private readonly baseUrl: () => string,
    private readonly tokens: string[],
    private readonly symbol: string,
  ) {}

  /** Creates `count` guests on the gateway at `url` (which must allow that many). */
  static async create(url: string, count: number, baseUrl = () => url): Promise<StormFleet> {
    const catalog = (await (await fetch(`${url}/api/symbols`)).json()) as {
      symbol: string;
      tier: string;
    }[];
    const symbol = catalog.find((entry) => entry.tier === 'public')?.symbol as string;
    const tokens: string[] = [];
    while (tokens.length < count) {
      const batch = Array.from({ length: Math.min(RAMP, count - tokens.length) }, async () => {
        const response = await fetch(`${url}/api/auth/guest`, { method: 'POST' });
        if (!response.ok) throw new Error(`guest refused: HTTP ${response.status}`);
        return ((await response.json()) as TokenResponse).accessToken;
      });
      tokens.push(...(await Promise.all(batch)));
    }
    return new StormFleet(baseUrl, tokens, symbol);
  }

  /** Opens every client, RAMP at a time, each batch live before the next; all live at the end. */
  async connectAll(timeoutMs = 30_000): Promise<void> {
    const onLive = () => {
      this.live++;
      if (this.waiter && this.live >= this.waiter.target) this.waiter.resolve();
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const client = new StormClient(this.baseUrl, this.tokens[i], this.symbol, this.tally, onLive);
      this.clients.push(client);
      client.start();
      if (i % RAMP === RAMP - 1) await this.waitLive(i + 1, timeoutMs);
    }
    await this.waitLive(this.tokens.length, timeoutMs);
  }

  /** From now on, `live` counts clients live again, and outcomes count from here. */
  markStorm(): void {
    this.live = 0;
    this.before = new Map(this.tally.counts);
  }

  /** Resolves once `target` clients are live, or rejects after `ms` with the tally so far. */
  waitLive(target: number, ms: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        const counts = JSON.stringify(Object.fromEntries(this.tally.counts));
        reject(new Error(`${this.live} of ${target} clients live after ${ms} ms: ${counts}`));
      }, ms);
      this.waiter = {
        target,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      if (this.live >= target) this.waiter.resolve();
    });
  }

  recovery(sigtermAt: number): StormRecovery {
    const back = this.clients.filter((c) => c.liveAt !== undefined);
    const outcomes: Record<string, number> = {};
    for (const [outcome, count] of this.tally.counts) {
      const since = count - (this.before.get(outcome) ?? 0);
      if (since > 0) outcomes[outcome] = since;
    }
    return {
      live: this.live,
      recoveriesMs: back
        .filter((c) => c.droppedAt !== undefined)
        .map((c) => (c.liveAt as number) - (c.droppedAt as number))
        .sort((a, b) => a - b),
      sinceSigtermMs: back.map((c) => (c.liveAt as number) - sigtermAt).sort((a, b) => a - b),
      maxAttempts: Math.max(...this.clients.map((c) => c.attempts)),
      outcomes,
    };
  }

  stop(): void {
    for (const client of this.clients) client.stop();
  }
}
