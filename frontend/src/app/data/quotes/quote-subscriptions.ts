import { Injectable, computed, effect, inject, untracked } from '@angular/core';
import { Catalog } from '../catalog/catalog';
import { PageActivity } from '../page-activity/page-activity';
import { Settings } from '../settings/settings';
import { plannedThrottle } from './throttle-plan';
import { ViewportTracker } from '../../shared/in-view/viewport-tracker';
import { Auth } from '../auth/auth';
import { Connection } from '../connection/connection';
import { QuoteDemand, mergeNeeds } from './quote-demand';
import { QuoteStore } from './quote-store';
import { WatchlistStore } from '../watchlist/watchlist-store';

/**
 * Keeps the `quotes` subscriptions equal to the watchlist, each at its planned throttle: the
 * user's speed, slower for rows off screen, for a hidden tab and while frames run late. The
 * other needs (`QuoteDemand`: the map, alerts) come after it, within the plan's subscriptions.
 */
@Injectable({ providedIn: 'root' })
export class QuoteSubscriptions {
  private readonly connection = inject(Connection);
  private readonly catalog = inject(Catalog);
  private readonly auth = inject(Auth);
  private readonly watchlist = inject(WatchlistStore);
  private readonly quotes = inject(QuoteStore);
  private readonly viewport = inject(ViewportTracker);
  private readonly activity = inject(PageActivity);
  private readonly settings = inject(Settings);
  private readonly demand = inject(QuoteDemand);
  private subscribed = new Set<string>();

  /** Symbols the current plan may not receive: shown locked, never subscribed. */
  readonly locked = computed(() => {
    const guest = this.auth.isGuest();
    const refused = this.connection.refused();
    const catalog = this.catalog.bySymbol();
    return new Set(
      this.watchlist
        .symbols()
        .filter((symbol) => (guest && catalog.get(symbol)?.tier === 'pro') || refused.has(symbol)),
    );
  });

  /** The throttle each watched symbol should run at. */
  readonly plan = computed(() => {
    const locked = this.locked();
    const offscreen = this.viewport.offscreen();
    const common = {
      speedMs: this.settings.speedMs(),
      minThrottleMs: this.connection.limits()?.minThrottleMs ?? 0,
      hidden: this.activity.hidden(),
      degradation: this.activity.degradation(),
    };
    const plan = new Map<string, number>();
    for (const symbol of this.watchlist.symbols()) {
      if (locked.has(symbol)) continue;
      plan.set(symbol, plannedThrottle({ ...common, inView: !offscreen.has(symbol) }));
    }
    this.addNeeds(plan);
    return plan;
  });

  constructor() {
    effect(() => {
      const plan = this.plan();
      untracked(() => this.apply(plan));
    });
  }

  /** The other needs: symbols the plan may receive, each at its fastest asked throttle. */
  private addNeeds(plan: Map<string, number>): void {
    const guest = this.auth.isGuest();
    const refused = this.connection.refused();
    const catalog = this.catalog.bySymbol();
    mergeNeeds(plan, this.demand.all(), {
      forbidden: (symbol) => (guest && catalog.get(symbol)?.tier === 'pro') || refused.has(symbol),
      budget: this.connection.limits()?.maxSubscriptions ?? Number.MAX_SAFE_INTEGER,
    });
  }

  private apply(plan: ReadonlyMap<string, number>): void {
    for (const symbol of this.subscribed) {
      if (plan.has(symbol)) continue;
      this.connection.unsubscribe({ channel: 'quotes', symbol });
      this.quotes.forget(symbol);
    }
    for (const [symbol, throttleMs] of plan) {
      this.connection.subscribe({ channel: 'quotes', symbol }, throttleMs);
    }
    this.subscribed = new Set(plan.keys());
  }
}
