import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { type SymbolInfo } from '@tickwire/protocol';
import { Connection } from '../../../data/connection/connection';
import { formatChange, formatPercent, formatPrice, formatVolume } from '../../../shared/format';
import { QuoteStore } from '../../../data/quotes/quote-store';
import { Clock } from '../../../shared/clock';
import { Flash } from '../../../shared/flash/flash';
import { Sparkline } from '../sparkline/sparkline';

/** Data older than this is marked stale. */
export const STALE_AFTER_MS = 5_000;

/** One watchlist row; it reads only its own symbol's signals, so it alone re-renders. */
@Component({
  selector: 'tr[twWatchlistRow]',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [Flash, Sparkline],
  templateUrl: './watchlist-row.html',
  host: {
    role: 'row',
    '[attr.aria-selected]': 'selected()',
    '[attr.data-symbol]': 'symbol()',
    '[class.selected]': 'selected()',
    '[class.locked]': 'locked()',
    '[class.stale]': 'stale()',
    '[attr.aria-label]': 'label()',
  },
})
export class WatchlistRow {
  private readonly quotes = inject(QuoteStore);
  private readonly clock = inject(Clock);
  private readonly connection = inject(Connection);

  readonly symbol = input.required<string>({ alias: 'twWatchlistRow' });
  readonly info = input<SymbolInfo | undefined>(undefined);
  readonly locked = input(false);
  readonly selected = input(false);
  readonly announced = input(false);
  readonly remove = output<void>();
  readonly toggleAnnounce = output<void>();

  protected readonly quote = computed(() => this.quotes.quote(this.symbol())());
  protected readonly spark = computed(() => this.quotes.spark(this.symbol())());
  protected readonly tick = computed(() => this.info()?.tickSize ?? 0.01);
  protected readonly halted = computed(() => this.quote()?.status === 'halted');
  /** The gateway says so (its feed is lost), or no data came for STALE_AFTER_MS. */
  readonly stale = computed(() => {
    const quote = this.quote();
    if (!quote || this.locked()) return false;
    if (quote.status === 'stale') return true;
    return this.clock.now() + this.connection.clockOffsetMs - quote.ts > STALE_AFTER_MS;
  });
  protected readonly direction = computed(() => {
    const change = this.quote()?.change ?? 0;
    return change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  });
  protected readonly text = computed(() => {
    const quote = this.quote();
    const tick = this.tick();
    return {
      last: formatPrice(quote?.last, tick),
      change: formatChange(quote?.change, tick),
      changePct: formatPercent(quote?.changePct),
      bid: formatPrice(quote?.bid, tick),
      ask: formatPrice(quote?.ask, tick),
      volume: formatVolume(quote?.volume),
    };
  });
  protected readonly label = computed(() => {
    const name = this.info()?.name ?? '';
    if (this.locked()) return `${this.symbol()} ${name}: pro symbol, locked`;
    const text = this.text();
    const state = this.halted() ? ', halted' : this.stale() ? ', stale' : '';
    return `${this.symbol()} ${name}, last ${text.last}, ${text.changePct}${state}`;
  });
}
