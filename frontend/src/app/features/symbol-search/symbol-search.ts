import {
  ChangeDetectionStrategy,
  Component,
  type ElementRef,
  computed,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { type SymbolInfo } from '@tickwire/protocol';
import { Auth } from '../../data/auth/auth';
import { Catalog } from '../../data/catalog/catalog';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';

const MAX_RESULTS = 8;

/** Catalog search as an ARIA combobox: type, arrows to choose, Enter adds, Escape closes. */
@Component({
  selector: 'tw-symbol-search',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './symbol-search.html',
  styleUrl: './symbol-search.scss',
  host: { '(document:keydown)': 'globalKey($event)' },
})
export class SymbolSearch {
  private readonly catalog = inject(Catalog);
  private readonly watchlist = inject(WatchlistStore);
  private readonly auth = inject(Auth);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  readonly added = output<string>();
  protected readonly query = signal('');
  protected readonly open = signal(false);
  protected readonly active = signal(0);
  protected readonly message = signal('');

  protected readonly results = computed<readonly SymbolInfo[]>(() => {
    const query = this.query().trim().toUpperCase();
    if (!query) return [];
    const watched = new Set(this.watchlist.symbols());
    const exact: SymbolInfo[] = [];
    const starts: SymbolInfo[] = [];
    const contains: SymbolInfo[] = [];
    for (const info of this.catalog.symbols()) {
      if (watched.has(info.symbol)) continue;
      if (info.symbol === query) exact.push(info);
      else if (info.symbol.startsWith(query)) starts.push(info);
      else if (info.symbol.includes(query) || info.name.toUpperCase().includes(query)) {
        contains.push(info);
      }
    }
    return [...exact, ...starts, ...contains].slice(0, MAX_RESULTS);
  });
  protected readonly guest = this.auth.isGuest;

  /** `/` anywhere outside a text field focuses the search box. */
  protected globalKey(event: KeyboardEvent): void {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      return;
    }
    event.preventDefault();
    this.input().nativeElement.focus();
    this.input().nativeElement.select();
  }

  protected typed(value: string): void {
    this.query.set(value);
    this.active.set(0);
    this.open.set(value.trim().length > 0);
  }

  protected keydown(event: KeyboardEvent): void {
    const results = this.results();
    switch (event.key) {
      case 'ArrowDown':
        this.open.set(true);
        this.active.set(Math.min(this.active() + 1, results.length - 1));
        break;
      case 'ArrowUp':
        this.active.set(Math.max(this.active() - 1, 0));
        break;
      case 'Enter':
        this.add(results[this.active()]?.symbol ?? this.query().trim().toUpperCase());
        break;
      case 'Escape':
        if (!this.open() && this.query() === '') return this.input().nativeElement.blur();
        this.typed('');
        this.input().nativeElement.value = '';
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  protected add(symbol: string | undefined): void {
    if (!symbol) return;
    if (!this.catalog.info(symbol)) {
      this.message.set(`${symbol}: no such symbol`);
      return;
    }
    if (this.watchlist.add(symbol)) {
      this.message.set(`${symbol} added to the watchlist`);
      this.added.emit(symbol);
    } else {
      this.message.set(`${symbol} is already in the watchlist`);
    }
    this.typed('');
    this.input().nativeElement.value = '';
  }

  protected optionId(index: number): string {
    return `search-option-${index}`;
  }
}
