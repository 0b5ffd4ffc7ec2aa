import { type Quote } from '@tickwire/protocol';

export type AlertDirection = 'above' | 'below';

/** A price level the user wants to hear about. */
export interface PriceAlert {
  id: string;
  symbol: string;
  direction: AlertDirection;
  price: number;
  createdAt: number;
}

/**
 * Where the price was last seen relative to an alert's level: `armed` while on the near side
 * (below an "above" alert), `crossed` once through it; `unknown` before the first usable quote.
 */
export type AlertSide = 'unknown' | 'armed' | 'crossed';

/** Quotes older than this (by their tick time, on the server's clock) are not evaluated. */
export const ALERT_STALE_AFTER_MS = 5_000;

export interface Evaluation {
  side: AlertSide;
  fired: boolean;
}

/**
 * One quote against one alert. An alert fires when the price goes through its level from the
 * armed side, once per crossing: it re-arms only after the price has come back. A level the
 * price is already beyond when the alert is created waits for a way back first (no instant
 * firing). A halted or stale quote (by status, or older than ALERT_STALE_AFTER_MS) neither fires
 * nor moves the side: it is not a trade.
 */
export function evaluate(
  alert: PriceAlert,
  side: AlertSide,
  quote: Quote,
  serverNow: number,
): Evaluation {
  if (quote.symbol !== alert.symbol || !isLive(quote, serverNow)) return { side, fired: false };
  const through =
    alert.direction === 'above' ? quote.last >= alert.price : quote.last <= alert.price;
  if (!through) return { side: 'armed', fired: false };
  return { side: 'crossed', fired: side === 'armed' };
}

export function isLive(quote: Quote, serverNow: number): boolean {
  return quote.status === 'trading' && serverNow - quote.ts <= ALERT_STALE_AFTER_MS;
}
