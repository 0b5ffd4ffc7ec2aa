import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Catalog } from './data/catalog/catalog';
import { QuoteSubscriptions } from './data/quotes/quote-subscriptions';
import { WatchlistStore } from './data/watchlist/watchlist-store';
import { Chart } from './features/chart/chart';
import { Watchlist } from './features/watchlist/watchlist';

/** The page at `/`: the watchlist and the chart of its selected symbol. */
@Component({
  selector: 'tw-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Chart, Watchlist],
  template: `
    <tw-watchlist class="watchlist" />
    <tw-chart
      class="chart"
      [symbol]="chartSymbol()"
      [name]="selectedInfo()?.name ?? ''"
      [tickSize]="selectedInfo()?.tickSize ?? 0.01"
    />
  `,
  styleUrl: './dashboard.scss',
})
export class Dashboard {
  private readonly watchlist = inject(WatchlistStore);
  private readonly catalog = inject(Catalog);
  private readonly subscriptions = inject(QuoteSubscriptions);
  protected readonly selectedInfo = computed(() => {
    const symbol = this.watchlist.selected();
    return symbol ? this.catalog.bySymbol().get(symbol) : undefined;
  });
  protected readonly chartSymbol = computed(() => {
    const info = this.selectedInfo();
    const locked = this.subscriptions.locked();
    return info && !locked.has(info.symbol) ? info.symbol : null;
  });
}
