import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { type SymbolInfo, type UserInfo, isValidSymbol } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { Catalog } from '../catalog/catalog';
import { STORAGE } from '../../shared/platform';
import {
  FORMAT_VERSION,
  MAX_LISTS,
  type NamedWatchlist,
  type StoredWatchlists,
  cleanName,
  parseLegacy,
  parseStored,
} from './watchlist-format';

const DEFAULT_PUBLIC = 10;
const DEFAULT_PRO = 4;
const DEFAULT_NAME = 'My watchlist';

/** Whose lists a user's are: one set for every guest, one per signed-in user. */
export function watchlistOwner(user: Pick<UserInfo, 'username' | 'plan'> | null): string {
  return !user || user.plan === 'guest' ? 'guest' : user.username;
}

/**
 * The user's named watchlists, persisted per user in localStorage (a versioned, validated
 * format), the active one, and its selected symbol.
 */
@Injectable({ providedIn: 'root' })
export class WatchlistStore {
  private readonly storage = inject(STORAGE);
  private readonly auth = inject(Auth);
  private readonly catalog = inject(Catalog);
  private nextId = Date.now();

  /** Whose lists these are: one set for every guest, one per signed-in user. */
  readonly owner = computed(() => watchlistOwner(this.auth.user()));
  readonly lists = signal<readonly NamedWatchlist[]>([]);
  readonly activeId = signal<string>('');
  /** The lists were read for the current owner (a shared link waits for it). */
  readonly ready = signal(false);
  readonly active = computed(
    () => this.lists().find((list) => list.id === this.activeId()) ?? this.lists()[0],
  );
  /** The active list's symbols, in the user's order. */
  readonly symbols = computed<readonly string[]>(() => this.active()?.symbols ?? []);
  readonly selected = signal<string | null>(null);
  /** Symbols whose price changes are spoken by the live region. */
  readonly announced = signal<ReadonlySet<string>>(new Set());

  constructor() {
    effect(() => {
      const owner = this.owner();
      const catalog = this.catalog.symbols();
      if (catalog.length === 0) return;
      untracked(() => this.load(owner, catalog));
    });
  }

  add(symbol: string): boolean {
    return this.addAll([symbol]) === 1;
  }

  /** Appends the symbols not yet in the active list; returns how many were added. */
  addAll(symbols: readonly string[]): number {
    const current = this.symbols();
    const present = new Set(current);
    const fresh = [...new Set(symbols)].filter((s) => isValidSymbol(s) && !present.has(s));
    if (fresh.length === 0) return 0;
    this.setSymbols([...current, ...fresh]);
    if (this.selected() === null) this.selected.set(fresh[0]);
    return fresh.length;
  }

  remove(symbol: string): void {
    const list = this.symbols();
    const index = list.indexOf(symbol);
    if (index < 0) return;
    const next = list.filter((s) => s !== symbol);
    this.setSymbols(next);
    if (this.selected() === symbol)
      this.selected.set(next[Math.min(index, next.length - 1)] ?? null);
    if (this.announced().has(symbol)) this.toggleAnnounce(symbol);
  }

  /** Moves a symbol to another position of the active list; false when nothing moved. */
  move(symbol: string, toIndex: number): boolean {
    const list = [...this.symbols()];
    const from = list.indexOf(symbol);
    const to = Math.max(0, Math.min(toIndex, list.length - 1));
    if (from < 0 || from === to) return false;
    list.splice(from, 1);
    list.splice(to, 0, symbol);
    this.setSymbols(list);
    return true;
  }

  select(symbol: string): void {
    if (this.symbols().includes(symbol)) this.selected.set(symbol);
  }

  toggleAnnounce(symbol: string): void {
    this.announced.update((current) => {
      const next = new Set(current);
      if (!next.delete(symbol)) next.add(symbol);
      return next;
    });
  }

  /** Creates a list and makes it active; null when the name is empty or too many lists exist. */
  createList(name: string, symbols: readonly string[] = []): NamedWatchlist | null {
    const clean = cleanName(name);
    if (!clean || this.lists().length >= MAX_LISTS) return null;
    const list = { id: `l${(this.nextId++).toString(36)}`, name: clean, symbols: [...symbols] };
    this.lists.update((lists) => [...lists, list]);
    this.activate(list.id);
    return list;
  }

  renameList(id: string, name: string): boolean {
    const clean = cleanName(name);
    if (!clean) return false;
    this.lists.update((lists) => lists.map((l) => (l.id === id ? { ...l, name: clean } : l)));
    this.save();
    return true;
  }

  /** Deletes a list; the last one is never deleted (there is always a list to add to). */
  deleteList(id: string): boolean {
    const lists = this.lists();
    const index = lists.findIndex((list) => list.id === id);
    if (index < 0 || lists.length === 1) return false;
    const next = lists.filter((list) => list.id !== id);
    this.lists.set(next);
    if (this.activeId() === id) this.activate(next[Math.max(0, index - 1)].id);
    else this.save();
    return true;
  }

  activate(id: string): void {
    if (!this.lists().some((list) => list.id === id)) return;
    this.activeId.set(id);
    this.save();
    const symbols = this.symbols();
    const selected = this.selected();
    if (selected === null || !symbols.includes(selected)) this.selected.set(symbols[0] ?? null);
  }

  private setSymbols(symbols: readonly string[]): void {
    const id = this.active()?.id;
    this.lists.update((lists) => lists.map((l) => (l.id === id ? { ...l, symbols } : l)));
    this.save();
  }

  private save(): void {
    const stored: StoredWatchlists = {
      version: FORMAT_VERSION,
      active: this.activeId(),
      lists: this.lists(),
    };
    try {
      this.storage?.setItem(this.key(this.owner()), JSON.stringify(stored));
    } catch {
      // A full or disabled storage keeps the lists for this page only.
    }
  }

  private load(owner: string, catalog: readonly SymbolInfo[]): void {
    const stored = this.read(owner);
    const legacy = stored ? null : parseLegacy(this.readItem(`tickwire.watchlist.${owner}`));
    const lists = stored?.lists ?? [
      { id: 'main', name: DEFAULT_NAME, symbols: legacy ?? defaultList(catalog) },
    ];
    this.lists.set(lists);
    this.activeId.set(stored?.active ?? lists[0].id);
    const list = this.symbols();
    const selected = this.selected();
    if (selected === null || !list.includes(selected)) {
      const publicOne = list.find((s) =>
        catalog.some((i) => i.symbol === s && i.tier === 'public'),
      );
      this.selected.set(publicOne ?? list[0] ?? null);
    }
    this.ready.set(true);
  }

  private read(owner: string): StoredWatchlists | null {
    return parseStored(this.readItem(this.key(owner)));
  }

  private readItem(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private key(owner: string): string {
    return `tickwire.watchlists.${owner}`;
  }
}

function defaultList(catalog: readonly SymbolInfo[]): string[] {
  const free = catalog.filter((info) => info.tier === 'public').slice(0, DEFAULT_PUBLIC);
  const pro = catalog.filter((info) => info.tier === 'pro').slice(0, DEFAULT_PRO);
  return [...free, ...pro].map((info) => info.symbol);
}
