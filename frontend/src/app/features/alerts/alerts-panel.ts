import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { Alerts } from '../../data/alerts/alerts';
import { type AlertDirection } from '../../data/alerts/alert-rules';
import { NOTIFIER } from '../../data/alerts/notifier';
import { Catalog } from '../../data/catalog/catalog';
import { QuoteStore } from '../../data/quotes/quote-store';

/** Create, list and remove price alerts; the log of what fired; browser notifications. */
@Component({
  selector: 'tw-alerts-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './alerts-panel.html',
  styleUrl: './alerts-panel.scss',
})
export class AlertsPanel {
  protected readonly alerts = inject(Alerts);
  protected readonly notifier = inject(NOTIFIER);
  private readonly catalog = inject(Catalog);
  private readonly quotes = inject(QuoteStore);

  protected readonly symbol = signal('');
  protected readonly direction = signal<AlertDirection>('above');
  protected readonly price = signal('');
  protected readonly error = signal('');
  protected readonly symbols = computed(() => this.catalog.symbols().map((info) => info.symbol));

  constructor() {
    effect(() => {
      const draft = this.alerts.draft();
      if (!draft) return;
      this.symbol.set(draft.symbol);
      this.price.set(String(draft.price));
      this.alerts.draft.set(null);
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const symbol = this.symbol().trim().toUpperCase();
    const price = Number(this.price());
    if (!this.catalog.bySymbol().has(symbol)) {
      this.error.set(`${symbol || 'The symbol'} is not in the catalog`);
      return;
    }
    if (!Number.isFinite(price) || price <= 0 || this.price().trim() === '') {
      this.error.set('The price must be a number above 0');
      return;
    }
    try {
      this.alerts.add(symbol, this.direction(), price);
      this.error.set('');
      this.price.set('');
    } catch (error) {
      this.error.set(error instanceof Error ? error.message : String(error));
    }
  }

  protected last(symbol: string): number | undefined {
    return this.quotes.quote(symbol)()?.last;
  }

  protected time(at: number): string {
    return new Date(at).toLocaleTimeString();
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement | HTMLSelectElement).value;
  }
}
