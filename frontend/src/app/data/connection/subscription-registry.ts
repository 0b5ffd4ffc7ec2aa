import {
  type BarInterval,
  type Channel,
  type SubscribeRequest,
  type UnsubscribeRequest,
} from '@tickwire/protocol';

/** One subscription: a symbol on a stream. Bars always name their interval, as on the wire. */
export type SubscriptionKey =
  | { channel: 'quotes'; symbol: string; interval?: undefined }
  | { channel: 'bars'; symbol: string; interval: BarInterval };

type Request = SubscribeRequest | UnsubscribeRequest;

/** What `hello.limits` allows in one request: the registry splits and clamps by it. */
export interface RequestLimits {
  maxSymbolsPerRequest: number;
  minThrottleMs: number;
  maxThrottleMs: number;
}

/** Before `hello` (never used to send: requests leave only once the connection is live). */
export const UNLIMITED: RequestLimits = {
  maxSymbolsPerRequest: Number.MAX_SAFE_INTEGER,
  minThrottleMs: 0,
  maxThrottleMs: Number.MAX_SAFE_INTEGER,
};
/**
 * Watchlist quotes are shown together, so they are subscribed aligned: the gateway sends each
 * throttle group in one frame per period instead of one frame per symbol phase.
 */
const ALIGNED_CHANNELS: ReadonlySet<Channel> = new Set(['quotes']);

/**
 * What the dashboard wants to receive, independent of any socket: the source of truth that is
 * replayed after every reconnect. Changes since the last `takeChanges()` are grouped into as few
 * requests as possible (one per channel, interval and throttle).
 */
export class SubscriptionRegistry {
  private readonly wanted = new Map<string, { key: SubscriptionKey; throttleMs: number }>();
  private readonly changed = new Map<string, SubscriptionKey>();

  /** Adds a subscription or changes its throttle; returns false when nothing changed. */
  set(key: SubscriptionKey, throttleMs: number): boolean {
    const id = idOf(key);
    if (this.wanted.get(id)?.throttleMs === throttleMs) return false;
    this.wanted.set(id, { key, throttleMs });
    this.changed.set(id, key);
    return true;
  }

  delete(key: SubscriptionKey): boolean {
    const id = idOf(key);
    if (!this.wanted.delete(id)) return false;
    this.changed.set(id, key);
    return true;
  }

  has(key: SubscriptionKey): boolean {
    return this.wanted.has(idOf(key));
  }

  throttleOf(key: SubscriptionKey): number | undefined {
    return this.wanted.get(idOf(key))?.throttleMs;
  }

  get size(): number {
    return this.wanted.size;
  }

  /** Requests that move the server from the previous state to the wanted one. */
  takeChanges(limits: RequestLimits = UNLIMITED): Request[] {
    const subscribes: { key: SubscriptionKey; throttleMs: number }[] = [];
    const unsubscribes: SubscriptionKey[] = [];
    for (const [id, key] of this.changed) {
      const entry = this.wanted.get(id);
      if (entry) subscribes.push(entry);
      else unsubscribes.push(key);
    }
    this.changed.clear();
    return [...groupUnsubscribes(unsubscribes, limits), ...groupSubscribes(subscribes, limits)];
  }

  /** Every wanted subscription, for a fresh connection. Pending changes are included. */
  takeAll(limits: RequestLimits = UNLIMITED): Request[] {
    this.changed.clear();
    return groupSubscribes([...this.wanted.values()], limits);
  }
}

function idOf({ channel, symbol, interval }: SubscriptionKey): string {
  return `${channel}|${interval ?? ''}|${symbol}`;
}

/** The stream part of a request, typed as the protocol's schemas define it. */
function streamOf(
  key: SubscriptionKey,
): { channel: 'quotes' } | { channel: 'bars'; interval: BarInterval } {
  return key.channel === 'bars'
    ? { channel: 'bars', interval: key.interval }
    : { channel: 'quotes' };
}

function groupSubscribes(
  entries: { key: SubscriptionKey; throttleMs: number }[],
  limits: RequestLimits,
): Request[] {
  const groups = new Map<string, { key: SubscriptionKey; throttleMs: number; symbols: string[] }>();
  for (const entry of entries) {
    const key = entry.key;
    // The plan's range: the server would clamp anyway, and grouping by the clamped value
    // keeps one request per effective throttle.
    const throttleMs = Math.min(
      limits.maxThrottleMs,
      Math.max(limits.minThrottleMs, entry.throttleMs),
    );
    const id = `${key.channel}|${key.interval ?? ''}|${throttleMs}`;
    const group = groups.get(id) ?? { key, throttleMs, symbols: [] };
    group.symbols.push(key.symbol);
    groups.set(id, group);
  }
  return [...groups.values()].flatMap(({ key, throttleMs, symbols }) =>
    chunk(symbols, limits.maxSymbolsPerRequest).map((part): SubscribeRequest => ({
      op: 'subscribe',
      ...streamOf(key),
      symbols: part,
      throttleMs,
      ...(ALIGNED_CHANNELS.has(key.channel) ? { align: true } : {}),
    })),
  );
}

function groupUnsubscribes(keys: SubscriptionKey[], limits: RequestLimits): Request[] {
  const groups = new Map<string, { key: SubscriptionKey; symbols: string[] }>();
  for (const key of keys) {
    const id = `${key.channel}|${key.interval ?? ''}`;
    const group = groups.get(id) ?? { key, symbols: [] };
    group.symbols.push(key.symbol);
    groups.set(id, group);
  }
  return [...groups.values()].flatMap(({ key, symbols }) =>
    chunk(symbols, limits.maxSymbolsPerRequest).map((part): UnsubscribeRequest => ({
      op: 'unsubscribe',
      ...streamOf(key),
      symbols: part,
    })),
  );
}

function chunk(symbols: string[], size: number): string[][] {
  const parts: string[][] = [];
  for (let i = 0; i < symbols.length; i += size) parts.push(symbols.slice(i, i + size));
  return parts;
}
