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
import { Connection } from '../../data/connection/connection';
import { type SymbolGroup, groupRefusal, matchingGroups, symbolGroups } from './symbol-groups';

const MAX_RESULTS = 8;
const MAX_GROUPS = 4;
/** Until `hello` says otherwise: the guest plan's subscriptions. */
const FALLBACK_MAX_SUBSCRIPTIONS = 50;

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
  private readonly connection = inject(Connection);
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  readonly added = output<string>();
  protected readonly query = signal('');
  protected readonly open = signal(false);
  protected readonly active = signal(0);
  protected readonly message = signal('');
  /** A refused "add a group", shown until the next search. */
  protected readonly refusal = signal<string | null>(null);

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
  private readonly groups = computed(() => symbolGroups(this.catalog.symbols()));
  /** Sectors and asset classes matching the query, offered after the symbols. */
  protected readonly groupResults = computed<readonly SymbolGroup[]>(() =>
    matchingGroups(this.groups(), this.query()).slice(0, MAX_GROUPS),
  );
  protected readonly optionCount = computed(
    () => this.results().length + this.groupResults().length,
  );

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
    if (value !== '') this.refusal.set(null);
    this.query.set(value);
    this.active.set(0);
    this.open.set(value.trim().length > 0);
  }

  protected keydown(event: KeyboardEvent): void {
    const results = this.results();
    switch (event.key) {
      case 'ArrowDown':
        this.open.set(true);
        this.active.set(Math.min(this.active() + 1, this.optionCount() - 1));
        break;
      case 'ArrowUp':
        this.active.set(Math.max(this.active() - 1, 0));
        break;
      case 'Enter': {
        const group = this.groupResults()[this.active() - results.length];
        if (group) this.addGroup(group);
        else this.add(results[this.active()]?.symbol ?? this.query().trim().toUpperCase());
        break;
      }
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

  /** Adds a whole sector or asset class, or refuses it above the plan's subscriptions. */
  protected addGroup(group: SymbolGroup): void {
    const max = this.connection.limits()?.maxSubscriptions ?? FALLBACK_MAX_SUBSCRIPTIONS;
    const refusal = groupRefusal(group, this.watchlist.symbols(), max);
    if (refusal) {
      this.message.set(refusal);
      this.refusal.set(refusal);
      return;
    }
    const added = this.watchlist.addAll(group.symbols);
    this.message.set(`${added} symbols of ${group.label} added to the watchlist`);
    this.refusal.set(null);
    this.typed('');
    this.input().nativeElement.value = '';
  }

  protected optionId(index: number): string {
    return `search-option-${index}`;
  }
}
