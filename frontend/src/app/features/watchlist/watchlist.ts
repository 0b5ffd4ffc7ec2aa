import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CdkVirtualScrollViewport, ScrollingModule } from '@angular/cdk/scrolling';
import { Catalog } from '../../data/catalog/catalog';
import { QuoteStore } from '../../data/quotes/quote-store';
import { QuoteSubscriptions } from '../../data/quotes/quote-subscriptions';
import { ViewportTracker } from '../../shared/in-view/viewport-tracker';
import { WatchlistRow } from './watchlist-row/watchlist-row';
import { type SortColumn, type SortState, nextSort, sortSymbols } from './watchlist-sort';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';
import { COLUMNS } from './watchlist-columns';
import { reorderKey } from './watchlist-reorder';
import { WatchlistLists } from './watchlist-lists/watchlist-lists';

/** Every row has this height (px): the virtual list positions rows without measuring them. */
export const ROW_HEIGHT = 24;
const DRAG_TYPE = 'application/x-tickwire-symbol';

/**
 * The watchlist table: only the rows in view are in the DOM (CDK virtual scrolling), with
 * sortable columns, keyboard navigation and reordering, locked pro rows.
 */
@Component({
  selector: 'tw-watchlist',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ScrollingModule, WatchlistLists, WatchlistRow],
  templateUrl: './watchlist.html',
  styleUrl: './watchlist.scss',
})
export class Watchlist {
  private readonly quotes = inject(QuoteStore);
  private readonly catalog = inject(Catalog);
  private readonly subscriptions = inject(QuoteSubscriptions);
  private readonly tracker = inject(ViewportTracker);
  protected readonly store = inject(WatchlistStore);
  private readonly body = viewChild<ElementRef<HTMLElement>>('body');
  private readonly viewport = viewChild.required(CdkVirtualScrollViewport);

  protected readonly columns = COLUMNS;
  protected readonly rowHeight = ROW_HEIGHT;
  /**
   * Rows rendered beyond the view, each side: 4 (up to 8 after a jump). Twice that cost 15-20 %
   * more main-thread CPU per frame while scrolling (more rows to lay out and paint); 4 rows stay
   * ahead of a scroll of up to ~96 px a frame.
   */
  protected readonly bufferPx = 4 * ROW_HEIGHT;
  protected readonly sort = signal<SortState | null>(null);
  protected readonly locked = this.subscriptions.locked;
  /** The row that holds the tab stop (roving tabindex). */
  protected readonly focused = signal<string | null>(null);
  /** How far the rendered rows are moved down: the sticky header moves back up by as much. */
  protected readonly headerShift = signal(0);
  private readonly range = signal({ start: 0, end: 0 });
  protected readonly status = signal('');

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

  constructor() {
    effect((onCleanup) => {
      const viewport = this.viewport();
      const shift = () => this.headerShift.set(viewport.getOffsetToRenderedContentStart() ?? 0);
      const ranges = viewport.renderedRangeStream.subscribe((range) => {
        this.range.set({ start: range.start, end: range.end });
        shift();
      });
      const scrolls = viewport.elementScrolled().subscribe(shift);
      onCleanup(() => {
        ranges.unsubscribe();
        scrolls.unsubscribe();
      });
    });
    // Rows outside the rendered range are off screen: they run at the slower throttle.
    effect(() => {
      const rows = this.rows();
      const { start, end } = this.range();
      untracked(() => this.tracker.report(rows, start, end));
    });
    inject(DestroyRef).onDestroy(() => this.tracker.report([], 0, 0));
  }

  protected trackSymbol = (_: number, symbol: string) => symbol;

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
    const reorder = reorderKey(event);
    if (reorder !== 0) {
      this.reorder(symbol, index + reorder);
      event.preventDefault();
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        this.focusRow(rows[Math.min(index + 1, rows.length - 1)]);
        break;
      case 'ArrowUp':
        this.focusRow(rows[Math.max(index - 1, 0)]);
        break;
      case 'PageDown':
        this.focusRow(rows[Math.min(index + this.pageRows(), rows.length - 1)]);
        break;
      case 'PageUp':
        this.focusRow(rows[Math.max(index - this.pageRows(), 0)]);
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

  protected dragStart(event: DragEvent, symbol: string): void {
    if (this.sort() !== null || !event.dataTransfer) return;
    event.dataTransfer.setData(DRAG_TYPE, symbol);
    event.dataTransfer.effectAllowed = 'move';
  }

  protected dragOver(event: DragEvent): void {
    if (event.dataTransfer?.types.includes(DRAG_TYPE)) event.preventDefault();
  }

  protected drop(event: DragEvent, target: string): void {
    const symbol = event.dataTransfer?.getData(DRAG_TYPE);
    if (!symbol) return;
    event.preventDefault();
    this.reorder(symbol, this.rows().indexOf(target));
  }

  /** Moves a symbol within the user's order (not while a column sorts the table). */
  private reorder(symbol: string, toIndex: number): void {
    if (this.sort() !== null) {
      this.status.set('Clear the column sort to reorder the watchlist');
      return;
    }
    if (!this.store.move(symbol, toIndex)) return;
    const rows = this.rows();
    const position = rows.indexOf(symbol) + 1;
    this.status.set(`${symbol} moved to position ${position} of ${rows.length}`);
    this.focusRow(symbol);
  }

  private pageRows(): number {
    const height = this.viewport().getViewportSize();
    return Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
  }

  /**
   * Moves the keyboard focus to a row, scrolling it into the rendered range first when the
   * virtual list has not rendered it.
   */
  focusRow(symbol: string | undefined, attempts = 6): void {
    if (!symbol) return;
    this.focused.set(symbol);
    const body = this.body()?.nativeElement;
    const row = body?.querySelector<HTMLElement>(`tr[data-symbol="${CSS.escape(symbol)}"]`);
    const viewport = this.viewport();
    const index = this.rows().indexOf(symbol);
    const { start, end } = this.range();
    if (row && index > start && index < end - 1) {
      row.focus({ preventScroll: false });
      return;
    }
    if (index >= 0 && attempts === 6) viewport.scrollToIndex(Math.max(0, index - 2));
    if (row && attempts < 6) {
      row.focus();
      return;
    }
    if (attempts > 0) requestAnimationFrame(() => this.focusRow(symbol, attempts - 1));
  }
}
