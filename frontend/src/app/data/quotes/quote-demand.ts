import { Injectable, type Signal, computed, signal } from '@angular/core';

/** What one part of the page wants beside the watchlist: symbols and the throttle it needs. */
export interface QuoteNeed {
  symbols: readonly string[];
  throttleMs: number;
}

/**
 * The `quotes` subscriptions asked for beside the watchlist (the market map, price alerts), in
 * priority order. `QuoteSubscriptions` merges them with the watchlist: each symbol at the fastest
 * throttle anyone asked for, so one symbol is never subscribed twice.
 */
@Injectable({ providedIn: 'root' })
export class QuoteDemand {
  private readonly needs = signal<ReadonlyMap<string, Signal<QuoteNeed>>>(new Map());

  /** Every need, in the order they were registered (the order in which the budget goes). */
  readonly all = computed(() => [...this.needs().values()].map((need) => need()));

  /** Registers a need under a name (registering the name again replaces it); returns removal. */
  register(name: string, need: Signal<QuoteNeed>): () => void {
    this.needs.update((needs) => new Map(needs).set(name, need));
    return () =>
      this.needs.update((needs) => {
        if (needs.get(name) !== need) return needs;
        const next = new Map(needs);
        next.delete(name);
        return next;
      });
  }
}

/**
 * Adds the needs to a plan (symbol -> throttle) that already holds the watchlist: a symbol
 * already planned keeps the faster throttle; a new one is added when the plan may receive it
 * and the plan's subscriptions allow, in the needs' order.
 */
export function mergeNeeds(
  plan: Map<string, number>,
  needs: readonly QuoteNeed[],
  { forbidden, budget }: { forbidden: (symbol: string) => boolean; budget: number },
): Map<string, number> {
  for (const { symbols, throttleMs } of needs) {
    for (const symbol of symbols) {
      const known = plan.get(symbol);
      if (known !== undefined) plan.set(symbol, Math.min(known, throttleMs));
      else if (plan.size < budget && !forbidden(symbol)) plan.set(symbol, throttleMs);
    }
  }
  return plan;
}
