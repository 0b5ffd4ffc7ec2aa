import {
  DestroyRef,
  Injectable,
  type Signal,
  type WritableSignal,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { type Quote, type ServerMessage } from '@tickwire/protocol';
import { Connection } from '../connection/connection';
import { FrameScheduler } from '../../shared/frame-scheduler';
import { ViewportTracker } from '../../shared/in-view/viewport-tracker';
import { Pause } from '../settings/pause';
import { LatestFirstQueue } from './latest-first-queue';
import { QuoteFolder } from './quote-folder';
import { SessionHistory } from './session-history';
import { SessionSeries } from './session-series';

/**
 * The table is repainted at most this often. Every commit dirties cells all over the table, and
 * raster (not script) is what it costs: committing at 10 Hz instead of 60 Hz kept headless
 * Chromium at 60 frames/s with 50 symbols at 100 ms. No update is lost: each symbol sends at
 * most one update per 100 ms, and folding keeps the latest.
 */
export const MIN_COMMIT_INTERVAL_MS = 100;
/** A row shows this long before its session history is requested (a scroll passes rows faster). */
const HISTORY_DELAY_MS = 250;

interface SymbolState {
  quote: WritableSignal<Quote | null>;
  spark: WritableSignal<readonly number[]>;
  series: SessionSeries;
  /** The first quote's open and arrival, once one came. */
  first: { open: number; at: number } | null;
  /** Someone shows the sparkline (a rendered row): its session is worth loading. */
  shown: boolean;
  seeded: boolean;
}

/**
 * The latest quote of every watched symbol, as signals. Messages are folded as they arrive
 * (outside change detection) and committed at most once per animation frame.
 */
@Injectable({ providedIn: 'root' })
export class QuoteStore {
  private readonly scheduler = inject(FrameScheduler);
  private readonly pause = inject(Pause);
  private readonly history = inject(SessionHistory);
  private readonly folder = new QuoteFolder();
  private readonly viewport = inject(ViewportTracker);
  /** Histories load 4 at a time, the rows shown last first; at most 60 wait (about two screens). */
  private readonly historyQueue = new LatestFirstQueue(4, 60);
  private readonly symbols = new Map<string, SymbolState>();
  private readonly commitListeners = new Set<(quotes: readonly Quote[]) => void>();
  private readonly commit = () => this.commitNow();
  private lastCommitAt = -Infinity;
  private delayed: ReturnType<typeof setTimeout> | undefined;
  /** Commits done, for the health bar and the tests. */
  commits = 0;

  constructor() {
    const connection = inject(Connection);
    const stopListening = connection.listen((message) => this.receive(message));
    const stopEpoch = connection.onEpochChange(() => this.folder.reset());
    const stopResume = this.pause.onResume(() => this.requestCommit());
    inject(DestroyRef).onDestroy(() => {
      clearTimeout(this.delayed);
      stopListening();
      stopEpoch();
      stopResume();
    });
  }

  quote(symbol: string): Signal<Quote | null> {
    return this.state(symbol).quote;
  }

  /**
   * The session's path of a symbol. Reading it asks for the session so far (`/api/history`),
   * once: only symbols whose sparkline is shown load it, not the 1,000 rows a virtual list never
   * renders (a request and up to 288 bars each).
   */
  spark(symbol: string): Signal<readonly number[]> {
    const state = this.state(symbol);
    if (!state.shown) {
      state.shown = true;
      // Read inside a row's computed: the request's own signal reads must not become its inputs.
      untracked(() => this.seedWhenReady(symbol, state));
    }
    return state.spark;
  }

  /** Sees every committed batch (the announcer reads it), once per frame at most. */
  onCommit(listener: (quotes: readonly Quote[]) => void): () => void {
    this.commitListeners.add(listener);
    return () => this.commitListeners.delete(listener);
  }

  forget(symbol: string): void {
    this.folder.forget(symbol);
    this.symbols.delete(symbol);
  }

  get folded(): number {
    return this.folder.folded;
  }

  private receive(message: ServerMessage): void {
    if ((message.op !== 'update' && message.op !== 'snapshot') || message.channel !== 'quotes') {
      return;
    }
    if (this.folder.add(message.data)) this.requestCommit();
  }

  private requestCommit(): void {
    if (this.pause.paused() || this.folder.size === 0 || this.delayed !== undefined) return;
    const wait = this.lastCommitAt + MIN_COMMIT_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.scheduler.request(this.commit);
      return;
    }
    this.delayed = setTimeout(() => {
      this.delayed = undefined;
      this.requestCommit();
    }, wait);
  }

  private commitNow(): void {
    if (this.pause.paused()) return;
    this.lastCommitAt = performance.now();
    const quotes = this.folder.take();
    const now = Date.now();
    for (const quote of quotes) {
      const state = this.state(quote.symbol);
      if (state.first === null) {
        state.first = { open: quote.open, at: now };
        this.seedWhenReady(quote.symbol, state);
      }
      state.quote.set(quote);
      if (state.series.add(quote.last, now)) state.spark.set(state.series.values());
    }
    this.commits += 1;
    for (const listener of this.commitListeners) listener(quotes);
  }

  /**
   * Puts the session so far (its bars) before the live points, once per symbol, when its first
   * quote came and its sparkline is shown, so a row shows the whole day at once. Without bars (an
   * error, or the day's first minutes) the session's open comes first instead.
   */
  private seedWhenReady(symbol: string, state: SymbolState): void {
    if (state.seeded || !state.shown || state.first === null) return;
    state.seeded = true;
    const first = state.first;
    const openOnly = [{ time: first.at - 1_000, price: first.open }];
    const forget = () => {
      state.seeded = false;
      state.shown = false;
    };
    const load = () => {
      // A row that a scroll carried past before its turn came: asked again if it shows again.
      if (!this.viewport.isRendered(symbol)) {
        forget();
        return Promise.resolve();
      }
      return this.history
        .samples(symbol)
        .then(
          (samples) => (samples.length > 0 ? samples : openOnly),
          () => openOnly,
        )
        .then((samples) => {
          if (this.symbols.get(symbol) !== state) return;
          if (state.series.seed(samples, Date.now()) && !this.pause.paused()) {
            state.spark.set(state.series.values());
          }
        });
    };
    // Queued a moment later, so that the rows a scroll only passes are gone by then.
    setTimeout(() => this.historyQueue.push(load, forget), HISTORY_DELAY_MS);
  }

  private state(symbol: string): SymbolState {
    let state = this.symbols.get(symbol);
    if (!state) {
      state = {
        quote: signal(null),
        spark: signal([]),
        series: new SessionSeries(1_000, 240, phaseOf(symbol)),
        first: null,
        shown: false,
        seeded: false,
      };
      this.symbols.set(symbol, state);
    }
    return state;
  }
}

function phaseOf(symbol: string): number {
  let hash = 0;
  for (let i = 0; i < symbol.length; i++) hash = (hash * 31 + symbol.charCodeAt(i)) >>> 0;
  return hash % 1_000;
}
