import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { Catalog } from '../../data/catalog/catalog';
import { formatPercent, formatPrice } from '../../shared/format';
import { QuoteStore } from '../../data/quotes/quote-store';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';

/** A symbol is spoken at most this often, so the screen reader stays usable. */
const ANNOUNCE_EVERY_MS = 10_000;

/**
 * Text for the polite live region: silent by default, it speaks only the symbols whose
 * "announce" toggle is on.
 */
@Injectable({ providedIn: 'root' })
export class Announcer {
  private readonly watchlist = inject(WatchlistStore);
  private readonly catalog = inject(Catalog);
  private readonly lastSpoken = new Map<string, number>();
  readonly message = signal('');

  constructor() {
    const stop = inject(QuoteStore).onCommit((quotes) => {
      const announced = this.watchlist.announced();
      if (announced.size === 0) return;
      const now = Date.now();
      const parts: string[] = [];
      for (const quote of quotes) {
        if (!announced.has(quote.symbol)) continue;
        if (now - (this.lastSpoken.get(quote.symbol) ?? -Infinity) < ANNOUNCE_EVERY_MS) continue;
        this.lastSpoken.set(quote.symbol, now);
        const tick = this.catalog.info(quote.symbol)?.tickSize ?? 0.01;
        parts.push(
          `${quote.symbol} ${formatPrice(quote.last, tick)}, ${formatPercent(quote.changePct)}`,
        );
      }
      if (parts.length > 0) this.message.set(parts.join('; '));
    });
    inject(DestroyRef).onDestroy(stop);
  }
}
