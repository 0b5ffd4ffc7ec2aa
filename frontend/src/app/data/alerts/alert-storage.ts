import * as v from 'valibot';
import { SYMBOL_PATTERN } from '@tickwire/protocol';
import { type PriceAlert } from './alert-rules';

export const ALERTS_KEY = 'tickwire.alerts';
export const ALERTS_VERSION = 1;
/** More would be a list nobody reads, and every quote is checked against its symbol's alerts. */
export const MAX_ALERTS = 200;
export const MAX_LOG = 100;

/** One firing, for the alert log. */
export interface AlertFiring {
  alertId: string;
  symbol: string;
  direction: PriceAlert['direction'];
  price: number;
  last: number;
  at: number;
}

const AlertSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  symbol: v.pipe(v.string(), v.regex(SYMBOL_PATTERN)),
  direction: v.picklist(['above', 'below']),
  price: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  createdAt: v.pipe(v.number(), v.finite()),
});

const FiringSchema = v.object({
  alertId: v.pipe(v.string(), v.maxLength(64)),
  symbol: v.pipe(v.string(), v.regex(SYMBOL_PATTERN)),
  direction: v.picklist(['above', 'below']),
  price: v.pipe(v.number(), v.finite()),
  last: v.pipe(v.number(), v.finite()),
  at: v.pipe(v.number(), v.finite()),
});

const StoredSchema = v.object({
  v: v.literal(ALERTS_VERSION),
  alerts: v.pipe(v.array(AlertSchema), v.maxLength(MAX_ALERTS)),
  log: v.pipe(v.array(FiringSchema), v.maxLength(MAX_LOG)),
});

export interface StoredAlerts {
  alerts: PriceAlert[];
  log: AlertFiring[];
}

/**
 * The alerts and their log from storage. Anything unreadable (another version, edited by hand,
 * cut short) starts empty rather than half-trusted.
 */
export function readAlerts(storage: Storage | null): StoredAlerts {
  try {
    const raw = storage?.getItem(ALERTS_KEY);
    if (!raw) return { alerts: [], log: [] };
    const parsed = v.safeParse(StoredSchema, JSON.parse(raw));
    if (!parsed.success) return { alerts: [], log: [] };
    return { alerts: parsed.output.alerts, log: parsed.output.log };
  } catch {
    return { alerts: [], log: [] };
  }
}

export function writeAlerts(storage: Storage | null, { alerts, log }: StoredAlerts): void {
  try {
    storage?.setItem(
      ALERTS_KEY,
      JSON.stringify({ v: ALERTS_VERSION, alerts, log: log.slice(0, MAX_LOG) }),
    );
  } catch {
    // Storage full or blocked: the alerts still work for this page.
  }
}
