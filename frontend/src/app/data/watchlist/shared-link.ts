import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { type SymbolInfo, isValidSymbol } from '@tickwire/protocol';
import { Auth } from '../auth/auth';
import { Catalog } from '../catalog/catalog';
import { Connection } from '../connection/connection';
import { WatchlistStore, watchlistOwner } from './watchlist-store';

/** The query parameter of a shared watchlist link: `/?symbols=AAPL,MSFT,EUR%2FUSD`. */
export const SYMBOLS_PARAM = 'symbols';
/**
 * A link's symbols past this many are not read at all (a guard against absurd addresses). Below
 * it, those past the plan's subscription limit are named in the notice (sortLinkSymbols).
 */
export const MAX_LINK_SYMBOLS = 10_000;
export const SHARED_LIST_NAME = 'Shared list';

/** What opening a link did: the symbols opened and those it could not. */
export interface SharedLinkNotice {
  opened: readonly string[];
  /** Not in the catalog (or not a valid symbol at all). */
  unknown: readonly string[];
  /** In the catalog, but the user's plan may not see them. */
  forbidden: readonly string[];
  /** Past the plan's subscription limit (`limit`), in the link's order: left out. */
  overLimit: readonly string[];
  limit: number;
}

/**
 * Sorts a link's symbols into those opened and those not: unknown, forbidden to a guest, or past
 * the plan's subscription limit (the first `limit` allowed symbols open, in the link's order,
 * rather than the gateway refusing the whole list).
 */
export function sortLinkSymbols(
  requested: readonly string[],
  info: (symbol: string) => SymbolInfo | undefined,
  guest: boolean,
  limit: number,
): SharedLinkNotice {
  const allowed: string[] = [];
  const unknown: string[] = [];
  const forbidden: string[] = [];
  for (const symbol of requested) {
    const known = isValidSymbol(symbol) ? info(symbol) : undefined;
    if (!known) unknown.push(symbol);
    else if (guest && known.tier === 'pro') forbidden.push(symbol);
    else allowed.push(symbol);
  }
  return {
    opened: allowed.slice(0, limit),
    unknown,
    forbidden,
    overLimit: allowed.slice(limit),
    limit,
  };
}

/** The symbols of a link's query string, deduplicated, in the link's order. */
export function linkSymbols(search: string): string[] | null {
  const raw = new URLSearchParams(search).get(SYMBOLS_PARAM);
  if (raw === null) return null;
  const symbols = raw
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => s.length > 0);
  return [...new Set(symbols)].slice(0, MAX_LINK_SYMBOLS);
}

/** A link that opens `symbols` as a watchlist, for the current page's address. */
export function shareUrl(
  symbols: readonly string[],
  location: Location = globalThis.location,
): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  url.searchParams.set(SYMBOLS_PARAM, symbols.join(','));
  return url.toString();
}

/**
 * Opens the watchlist a shared link names, read from the address once at start-up (independent
 * of the router), as a new list of the user's, active. It applies again after a sign-in, to the
 * signed-in user's lists, since a guest may not see every symbol. The parameter is then removed
 * from the address so that a reload does not open it twice.
 */
@Injectable({ providedIn: 'root' })
export class SharedLink {
  private readonly catalog = inject(Catalog);
  private readonly auth = inject(Auth);
  private readonly connection = inject(Connection);
  private readonly watchlist = inject(WatchlistStore);
  private readonly requested = linkSymbols(globalThis.location?.search ?? '');
  private readonly appliedFor = new Set<string>();

  readonly notice = signal<SharedLinkNotice | null>(null);
  readonly pending = computed(() => this.requested !== null);

  constructor() {
    if (this.requested === null) return;
    effect(() => {
      const ready = this.watchlist.ready();
      const owner = this.watchlist.owner();
      const catalog = this.catalog.bySymbol();
      // The limits of the owner's own connection: after a sign-in, not the guest's any more.
      const limits = this.connection.limits();
      const limitsOwner = watchlistOwner(this.connection.user());
      if (!ready || catalog.size === 0 || this.appliedFor.has(owner)) return;
      if (!limits || limitsOwner !== owner) return;
      untracked(() => this.apply(owner, limits.maxSubscriptions));
    });
  }

  dismiss(): void {
    this.notice.set(null);
  }

  private apply(owner: string, limit: number): void {
    this.appliedFor.add(owner);
    const notice = sortLinkSymbols(
      this.requested ?? [],
      (symbol) => this.catalog.info(symbol),
      this.auth.isGuest(),
      limit,
    );
    this.watchlist.createList(SHARED_LIST_NAME, notice.opened);
    this.notice.set(notice);
    this.forgetParam();
  }

  private forgetParam(): void {
    try {
      const url = new URL(globalThis.location.href);
      url.searchParams.delete(SYMBOLS_PARAM);
      globalThis.history.replaceState(globalThis.history.state, '', url.toString());
    } catch {
      // Not in a browser: nothing to rewrite.
    }
  }
}
