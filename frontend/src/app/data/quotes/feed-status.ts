import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type ServerMessage } from '@tickwire/protocol';
import { Clock } from '../../shared/clock';
import { Connection } from '../connection/connection';
import { ConnectionState } from '../connection/connection-state';
import { QuoteSubscriptions } from './quote-subscriptions';

/**
 * Without any quote for this long while subscribed (and for three periods of the fastest
 * subscription, when that is slower: a hidden tab's), the feed is taken as stalled.
 */
export const FEED_SILENCE_MS = 5_000;

export type FeedCondition = 'live' | 'stale' | 'silent' | 'disconnected';

/**
 * Whether the market data on screen is current as a whole: the gateway marks every quote
 * `stale` when it loses its feed, a stalled feed sends nothing (only heartbeats), and a lost
 * connection sends nothing at all. The banner of the page reads it.
 */
@Injectable({ providedIn: 'root' })
export class FeedStatus {
  private readonly connection = inject(Connection);
  private readonly clock = inject(Clock);
  private readonly subscriptions = inject(QuoteSubscriptions);
  /** How long a silence may last before it means a stall; Infinity with nothing subscribed. */
  private readonly silenceLimit = computed(() => {
    const throttles = [...this.subscriptions.plan().values()];
    return throttles.length === 0
      ? Number.POSITIVE_INFINITY
      : Math.max(FEED_SILENCE_MS, 3 * Math.min(...throttles));
  });
  private readonly staleSymbols = new Set<string>();
  private readonly staleCount = signal(0);
  /** Not a signal: set on every message, read once a second through the clock. */
  private lastQuoteAt: number | null = null;

  readonly condition = computed<FeedCondition>(() => {
    const state = this.connection.state();
    if (state !== ConnectionState.Live) {
      return state === ConnectionState.Idle || state === ConnectionState.Connecting
        ? 'live'
        : 'disconnected';
    }
    if (this.staleCount() > 0) return 'stale';
    const now = this.clock.now();
    const silent = this.lastQuoteAt !== null && now - this.lastQuoteAt > this.silenceLimit();
    return silent ? 'silent' : 'live';
  });
  /** Seconds since the last quote, for the banner. */
  readonly silentForS = computed(() => {
    const now = this.clock.now();
    return this.lastQuoteAt === null ? 0 : Math.round((now - this.lastQuoteAt) / 1_000);
  });

  constructor() {
    const stopListening = this.connection.listen((message) => this.receive(message));
    const stopEpoch = this.connection.onEpochChange(() => this.reset());
    inject(DestroyRef).onDestroy(() => {
      stopListening();
      stopEpoch();
    });
  }

  private receive(message: ServerMessage): void {
    if (message.op === 'hello') {
      this.reset();
      return;
    }
    if ((message.op !== 'update' && message.op !== 'snapshot') || message.channel !== 'quotes') {
      return;
    }
    let changed = false;
    for (const quote of message.data) {
      if (quote.status === 'stale') changed = !this.staleSymbols.has(quote.symbol) || changed;
      if (quote.status === 'stale') this.staleSymbols.add(quote.symbol);
      else changed = this.staleSymbols.delete(quote.symbol) || changed;
    }
    if (changed) this.staleCount.set(this.staleSymbols.size);
    // A stale resend is not news: only fresh quotes say that data flows.
    if (message.data.some((quote) => quote.status !== 'stale')) this.lastQuoteAt = Date.now();
  }

  private reset(): void {
    this.staleSymbols.clear();
    this.staleCount.set(0);
    this.lastQuoteAt = null;
  }
}
