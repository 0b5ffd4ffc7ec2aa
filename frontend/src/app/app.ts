import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Chart } from './features/chart/chart';
import { Connection } from './data/connection/connection';
import { HealthBar } from './features/health-bar/health-bar';
import { Catalog } from './data/catalog/catalog';
import { Pause } from './data/settings/pause';
import { QuoteSubscriptions } from './data/quotes/quote-subscriptions';
import { SPEEDS_MS, Settings } from './data/settings/settings';
import { Announcer } from './features/watchlist/announcer';
import { SignIn } from './features/sign-in/sign-in';
import { SymbolSearch } from './features/symbol-search/symbol-search';
import { Watchlist } from './features/watchlist/watchlist';
import { WatchlistStore } from './data/watchlist/watchlist-store';

/** The dashboard: toolbar, watchlist, chart of the selected symbol, health bar. */
@Component({
  selector: 'tw-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Chart, HealthBar, SignIn, SymbolSearch, Watchlist],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly settings = inject(Settings);
  protected readonly pause = inject(Pause);
  protected readonly announcer = inject(Announcer);
  protected readonly watchlist = inject(WatchlistStore);
  private readonly catalog = inject(Catalog);
  private readonly connection = inject(Connection);
  protected readonly speeds = SPEEDS_MS;
  protected readonly minThrottle = computed(() => this.connection.limits()?.minThrottleMs ?? 0);
  /** The speed in effect: the chosen one, or the plan's minimum when that is slower. */
  protected readonly effectiveSpeed = computed(() => {
    const min = this.minThrottle();
    const chosen = this.settings.speedMs();
    return chosen >= min ? chosen : (this.speeds.find((s) => s >= min) ?? chosen);
  });
  protected readonly selectedInfo = computed(() => {
    const symbol = this.watchlist.selected();
    return symbol ? this.catalog.bySymbol().get(symbol) : undefined;
  });
  protected readonly chartSymbol = computed(() => {
    const info = this.selectedInfo();
    const locked = this.subscriptions.locked();
    return info && !locked.has(info.symbol) ? info.symbol : null;
  });
  private readonly subscriptions = inject(QuoteSubscriptions);

  constructor() {
    void this.catalog.load();
    this.connection.start();
  }

  protected setSpeed(value: string): void {
    this.settings.speedMs.set(Number(value));
  }
}
