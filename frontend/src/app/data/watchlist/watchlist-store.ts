import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { type SymbolInfo, isValidSymbol } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { Catalog } from '../catalog/catalog';
import { STORAGE } from '../../shared/platform';

const DEFAULT_PUBLIC = 10;
const DEFAULT_PRO = 4;

/** The symbols a user watches, persisted per user in localStorage, and the selected one. */
@Injectable({ providedIn: 'root' })
export class WatchlistStore {
  private readonly storage = inject(STORAGE);
  private readonly auth = inject(Auth);
  private readonly catalog = inject(Catalog);

  /** Whose list this is: one list for every guest, one per signed-in user. */
  readonly owner = computed(() => {
    const user = this.auth.user();
    return !user || user.plan === 'guest' ? 'guest' : user.username;
  });
  readonly symbols = signal<readonly string[]>([]);
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
    if (!isValidSymbol(symbol) || this.symbols().includes(symbol)) return false;
    this.update([...this.symbols(), symbol]);
    if (this.selected() === null) this.selected.set(symbol);
    return true;
  }

  remove(symbol: string): void {
    const list = this.symbols();
    const index = list.indexOf(symbol);
    if (index < 0) return;
    const next = list.filter((s) => s !== symbol);
    this.update(next);
    if (this.selected() === symbol)
      this.selected.set(next[Math.min(index, next.length - 1)] ?? null);
    if (this.announced().has(symbol)) this.toggleAnnounce(symbol);
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

  private update(list: readonly string[]): void {
    this.symbols.set(list);
    this.storage?.setItem(this.key(this.owner()), JSON.stringify(list));
  }

  private load(owner: string, catalog: readonly SymbolInfo[]): void {
    const saved = this.read(owner);
    const list = saved ?? defaultList(catalog);
    this.symbols.set(list);
    const selected = this.selected();
    if (selected === null || !list.includes(selected)) {
      this.selected.set(list.find((symbol) => isPublic(catalog, symbol)) ?? list[0] ?? null);
    }
  }

  private read(owner: string): string[] | null {
    try {
      const raw = this.storage?.getItem(this.key(owner));
      if (!raw) return null;
      const list: unknown = JSON.parse(raw);
      return Array.isArray(list) ? [...new Set(list.filter(isValidSymbol))] : null;
    } catch {
      return null;
    }
  }

  private key(owner: string): string {
    return `tickwire.watchlist.${owner}`;
  }
}

function defaultList(catalog: readonly SymbolInfo[]): string[] {
  const free = catalog.filter((info) => info.tier === 'public').slice(0, DEFAULT_PUBLIC);
  const pro = catalog.filter((info) => info.tier === 'pro').slice(0, DEFAULT_PRO);
  return [...free, ...pro].map((info) => info.symbol);
}

function isPublic(catalog: readonly SymbolInfo[], symbol: string): boolean {
  return catalog.some((info) => info.symbol === symbol && info.tier === 'public');
}
