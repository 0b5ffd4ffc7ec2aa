import { Injectable, inject } from '@angular/core';
import { type Bar, type BarInterval } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { readJson } from '../../shared/http';
import { FETCH, NOW } from '../../shared/platform';
import { type SessionSample } from './session-series';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** Up to this much of the day, 1m bars (no more than the sparkline holds); 5m bars after. */
export const ONE_MINUTE_BARS_UNTIL_MS = 240 * MINUTE_MS;
/** The gateway's `maxHistoryLimit` (protocol.md); a day of 5m bars is 288. */
const MAX_LIMIT = 1_000;

export interface SessionHistoryRequest {
  /** Start of the session: the UTC day of `now`. */
  sessionStart: number;
  interval: BarInterval;
  intervalMs: number;
  /** Enough bars to reach back to the session's start. */
  limit: number;
}

/** Which bars cover the session (the UTC day, protocol.md) up to `now`. */
export function sessionHistoryRequest(now: number): SessionHistoryRequest {
  const sessionStart = now - (((now % DAY_MS) + DAY_MS) % DAY_MS);
  const elapsed = now - sessionStart;
  const interval = elapsed <= ONE_MINUTE_BARS_UNTIL_MS ? '1m' : '5m';
  const intervalMs = interval === '1m' ? MINUTE_MS : 5 * MINUTE_MS;
  const limit = Math.min(MAX_LIMIT, Math.floor(elapsed / intervalMs) + 1);
  return { sessionStart, interval, intervalMs, limit };
}

/**
 * The session's path from its bars (oldest first): the first bar's open at its start, then
 * each bar's close at its end. Bars before the session (the previous day) are left out.
 */
export function sessionSamples(
  bars: readonly Bar[],
  intervalMs: number,
  sessionStart: number,
): SessionSample[] {
  const session = bars.filter(
    (bar) => bar.time * 1_000 >= sessionStart && Number.isFinite(bar.close),
  );
  const first = session[0];
  if (!first) return [];
  return [
    { time: first.time * 1_000, price: first.open },
    ...session.map((bar) => ({ time: bar.time * 1_000 + intervalMs, price: bar.close })),
  ];
}

/** Loads the session's bars of a symbol (`GET /api/history`) as sparkline samples. */
@Injectable({ providedIn: 'root' })
export class SessionHistory {
  private readonly fetch = inject(FETCH);
  private readonly auth = inject(Auth);
  private readonly now = inject(NOW);

  /** Rejects on any HTTP or network error. */
  async samples(symbol: string): Promise<SessionSample[]> {
    const request = sessionHistoryRequest(this.now());
    const token = this.auth.accessToken();
    const query = `interval=${request.interval}&limit=${request.limit}`;
    const response = await this.fetch(`/api/history/${encodeURIComponent(symbol)}?${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      credentials: 'same-origin',
    });
    const body = await readJson<{ data: Bar[] }>(response);
    return sessionSamples(body.data, request.intervalMs, request.sessionStart);
  }
}
