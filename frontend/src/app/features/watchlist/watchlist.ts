import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Catalog } from '../../data/catalog/catalog';
import { QuoteStore } from '../../data/quotes/quote-store';
import { QuoteSubscriptions } from '../../data/quotes/quote-subscriptions';
import { WatchlistRow } from './watchlist-row/watchlist-row';
import { type SortColumn, type SortState, nextSort, sortSymbols } from './watchlist-sort';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';

interface Column {
  id: SortColumn;
  label: string;
  numeric: boolean;
  className: string;
}

const COLUMNS: Column[] = [
  { id: 'symbol', label: 'Symbol', numeric: false, className: 'sym' },
  { id: 'name', label: 'Name', numeric: false, className: 'name' },
  { id: 'last', label: 'Last', numeric: true, className: 'num last' },
  { id: 'change', label: 'Chg', numeric: true, className: 'num change' },
  { id: 'changePct', label: 'Chg %', numeric: true, className: 'num pct' },
  { id: 'bid', label: 'Bid', numeric: true, className: 'num bid' },
  { id: 'ask', label: 'Ask', numeric: true, className: 'num ask' },
  { id: 'volume', label: 'Volume', numeric: true, className: 'num volume' },
];

/** The watchlist table: sortable columns, keyboard navigation, locked pro rows. */
@Component({
  selector: 'tw-watchlist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [WatchlistRow],
  templateUrl: './watchlist.html',
  styleUrl: './watchlist.scss',
})
export class Watchlist {
  private readonly quotes = inject(QuoteStore);
  private readonly catalog = inject(Catalog);
  private readonly subscriptions = inject(QuoteSubscriptions);
  protected readonly store = inject(WatchlistStore);
  private readonly body = viewChild<ElementRef<HTMLElement>>('body');

  protected readonly columns = COLUMNS;
  protected readonly sort = signal<SortState | null>(null);
  protected readonly locked = this.subscriptions.locked;
  /** The row that holds the tab stop (roving tabindex). */
  protected readonly focused = signal<string | null>(null);

  protected readonly rows = computed(() => {
    const sort = this.sort();
    const symbols = this.store.symbols();
    const catalog = this.catalog.bySymbol();
    return sortSymbols(
      symbols,
      sort,
      (symbol) => this.quotes.quote(symbol)(),
      (symbol) => catalog.get(symbol),
    );
  });
  protected readonly tabStop = computed(() => {
    const rows = this.rows();
    const focused = this.focused();
    const selected = this.store.selected();
    if (focused && rows.includes(focused)) return focused;
    if (selected && rows.includes(selected)) return selected;
    return rows[0] ?? null;
  });

  protected info(symbol: string) {
    return this.catalog.bySymbol().get(symbol);
  }

  protected sortBy(column: SortColumn): void {
    this.sort.update((current) => nextSort(current, column));
  }

  protected ariaSort(column: SortColumn): 'ascending' | 'descending' | 'none' {
    const sort = this.sort();
    return sort?.column === column ? sort.direction : 'none';
  }

  protected select(symbol: string): void {
    this.focused.set(symbol);
    this.store.select(symbol);
  }

  protected remove(symbol: string): void {
    const rows = this.rows();
    const index = rows.indexOf(symbol);
    this.store.remove(symbol);
    const next = this.rows()[Math.min(index, this.rows().length - 1)];
    if (next) this.focusRow(next);
  }

  protected keydown(event: KeyboardEvent): void {
    const row = (event.target as HTMLElement).closest<HTMLElement>('tr[data-symbol]');
    const symbol = row?.dataset['symbol'];
    if (!symbol || event.target !== row) return;
    const rows = this.rows();
    const index = rows.indexOf(symbol);
    switch (event.key) {
      case 'ArrowDown':
        this.focusRow(rows[Math.min(index + 1, rows.length - 1)]);
        break;
      case 'ArrowUp':
        this.focusRow(rows[Math.max(index - 1, 0)]);
        break;
      case 'Home':
        this.focusRow(rows[0]);
        break;
      case 'End':
        this.focusRow(rows[rows.length - 1]);
        break;
      case 'Enter':
      case ' ':
        this.select(symbol);
        break;
      case 'Delete':
      case 'Backspace':
        this.remove(symbol);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  /** Moves the keyboard focus to a row (after the view updated its tab stop). */
  focusRow(symbol: string | undefined): void {
    if (!symbol) return;
    this.focused.set(symbol);
    const body = this.body()?.nativeElement;
    const row = body?.querySelector<HTMLElement>(`tr[data-symbol="${CSS.escape(symbol)}"]`);
    row?.focus();
  }
}
