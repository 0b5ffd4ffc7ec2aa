import { type Quote } from '@tickwire/protocol';

/**
 * Folds quote updates into the latest state per symbol until the next commit: intermediate
 * states are dropped (conflation), a state older than the one already known (by `seq`) is
 * ignored, and so is a repeat; the same `seq` with another status (halted, resumed, stale) is new. Pure bookkeeping, no Angular.
 */
export class QuoteFolder {
  private readonly pending = new Map<string, Quote>();
  private readonly last = new Map<string, { seq: number; status: Quote['status'] }>();
  /** Quotes folded away: received but replaced before a commit. */
  folded = 0;

  /** Returns true when something new waits for a commit. */
  add(quotes: readonly Quote[]): boolean {
    let accepted = false;
    for (const quote of quotes) {
      const last = this.last.get(quote.symbol);
      // A halt, a resume or a lost feed resends the quote with the same seq and a new status.
      const older =
        last !== undefined &&
        (quote.seq < last.seq || (quote.seq === last.seq && quote.status === last.status));
      if (older) continue;
      this.last.set(quote.symbol, { seq: quote.seq, status: quote.status });
      if (this.pending.has(quote.symbol)) this.folded += 1;
      this.pending.set(quote.symbol, quote);
      accepted = true;
    }
    return accepted;
  }

  /** The latest state of every symbol that changed since the previous call. */
  take(): Quote[] {
    const quotes = [...this.pending.values()];
    this.pending.clear();
    return quotes;
  }

  get size(): number {
    return this.pending.size;
  }

  /** A new epoch restarts every `seq`: forget what was seen. */
  reset(): void {
    this.last.clear();
    this.pending.clear();
  }

  /** A symbol left the watchlist: a later re-subscription starts from its snapshot. */
  forget(symbol: string): void {
    this.last.delete(symbol);
    this.pending.delete(symbol);
  }
}
