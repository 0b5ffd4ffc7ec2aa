import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { BAR_INTERVALS, type Bar, type BarInterval, type ServerMessage } from '@tickwire/protocol';
import { Alerts } from '../../data/alerts/alerts';
import { Connection } from '../../data/connection/connection';
import { QuoteStore } from '../../data/quotes/quote-store';
import { Clock } from '../../shared/clock';
import { type SubscriptionKey } from '../../data/connection/subscription-registry';
import { FrameScheduler } from '../../shared/frame-scheduler';
import { Pause } from '../../data/settings/pause';
import { Settings } from '../../data/settings/settings';
import { formatPrice, formatVolume, tickDecimals } from '../../shared/format';
import { CandleChart, type ChartColors, type Ohlcv } from './candle-chart';
import { CHART_FACTORY } from './chart-factory';

const HISTORY_LIMIT = 300;
/** Data older than this is marked stale (as in the watchlist). */
const STALE_AFTER_MS = 5_000;
/** A fall this deep from the session's high is shown as a crash: ordinary days stay well within. */
const CRASH_BADGE_PCT = 5;

/** The selected symbol's candlesticks and volume, live from the `bars` channel. */
@Component({
  selector: 'tw-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './chart.html',
  styleUrl: './chart.scss',
})
export class Chart {
  private readonly connection = inject(Connection);
  private readonly scheduler = inject(FrameScheduler);
  private readonly pause = inject(Pause);
  private readonly settings = inject(Settings);
  private readonly createChart = inject(CHART_FACTORY);
  private readonly container = viewChild.required<ElementRef<HTMLElement>>('canvasHost');

  readonly symbol = input<string | null>(null);
  readonly name = input<string>('');
  readonly tickSize = input<number>(0.01);

  private readonly quotes = inject(QuoteStore);
  private readonly alerts = inject(Alerts);
  private readonly clock = inject(Clock);
  /** Halted, stale (by status or by age) or falling fast: the badge beside the title. */
  protected readonly badge = computed(() => {
    const symbol = this.symbol();
    const quote = symbol ? this.quotes.quote(symbol)() : null;
    if (!quote) return null;
    if (quote.status === 'halted') return { kind: 'halted', text: 'Halted' };
    const age = this.clock.now() + this.connection.clockOffsetMs - quote.ts;
    if (quote.status === 'stale' || age > STALE_AFTER_MS) return { kind: 'stale', text: 'Stale' };
    const drop = quote.high > 0 ? (100 * (quote.high - quote.last)) / quote.high : 0;
    return drop >= CRASH_BADGE_PCT
      ? { kind: 'crash', text: `−${drop.toFixed(1)}% from high` }
      : null;
  });

  protected readonly intervals = BAR_INTERVALS;
  readonly interval = signal<BarInterval>('1m');
  protected readonly legend = signal<Ohlcv | null>(null);
  protected readonly legendText = computed(() => {
    const bar = this.legend();
    const tick = this.tickSize();
    if (!bar) return null;
    return {
      open: formatPrice(bar.open, tick),
      high: formatPrice(bar.high, tick),
      low: formatPrice(bar.low, tick),
      close: formatPrice(bar.close, tick),
      volume: formatVolume(bar.volume),
      up: bar.close >= bar.open,
    };
  });

  private chart: CandleChart | null = null;
  /** The chart exists: its colours are read again once the theme surely applied. */
  private readonly created = signal(false);
  private subscribed: SubscriptionKey | null = null;
  private pendingHistory: Bar[] | null = null;
  private readonly pendingBars = new Map<number, Bar>();
  private readonly commit = () => this.commitNow();

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const chart = this.createChart(this.container().nativeElement, {
        autoSize: true,
        timeScale: { timeVisible: true, secondsVisible: true, borderVisible: false },
        rightPriceScale: { borderVisible: false },
        crosshair: { mode: 0 },
      });
      this.chart = new CandleChart(chart, readColors(this.container().nativeElement), (bar) =>
        this.legend.set(bar),
      );
      this.chart.setTickSize(this.tickSize(), tickDecimals(this.tickSize()));
      this.requestCommit();
      this.created.set(true);
    });
    const stopListening = this.connection.listen((message) => this.receive(message));
    const stopEpoch = this.connection.onEpochChange(() => this.resetData());
    const stopResume = this.pause.onResume(() => this.requestCommit());
    destroyRef.onDestroy(() => {
      stopListening();
      stopEpoch();
      stopResume();
      if (this.subscribed) this.connection.unsubscribe(this.subscribed);
      this.chart?.dispose();
      this.chart = null;
    });

    effect(() => {
      const symbol = this.symbol();
      const interval = this.interval();
      const throttle = Math.max(
        this.settings.speedMs(),
        this.connection.limits()?.minThrottleMs ?? 0,
      );
      untracked(() => this.follow(symbol, interval, throttle));
    });
    effect(() => {
      const tick = this.tickSize();
      untracked(() => this.chart?.setTickSize(tick, tickDecimals(tick)));
    });
    // Also once the chart exists: created before the first theme was applied to the page (a race
    // at start-up), it kept the dark colours in the light theme.
    effect(() => {
      this.settings.theme();
      this.created();
      untracked(() => {
        // Colors come from the theme's CSS custom properties, resolved after the theme applied.
        const host = this.chart ? this.container().nativeElement : null;
        if (host) requestAnimationFrame(() => this.chart?.applyColors(readColors(host)));
      });
    });
  }

  protected selectInterval(interval: BarInterval): void {
    this.interval.set(interval);
  }

  private follow(symbol: string | null, interval: BarInterval, throttleMs: number): void {
    const key: SubscriptionKey | null = symbol ? { channel: 'bars', symbol, interval } : null;
    const same =
      key !== null &&
      this.subscribed !== null &&
      key.symbol === this.subscribed.symbol &&
      key.interval === this.subscribed.interval;
    if (!same) {
      if (this.subscribed) this.connection.unsubscribe(this.subscribed);
      this.resetData();
    }
    this.subscribed = key;
    if (key) this.connection.subscribe(key, throttleMs);
  }

  private resetData(): void {
    this.pendingHistory = null;
    this.pendingBars.clear();
    this.chart?.clear();
    if (this.chart) this.describeDrawing(this.chart);
  }

  private receive(message: ServerMessage): void {
    if (message.op !== 'snapshot' && message.op !== 'update') return;
    if (message.channel !== 'bars') return;
    const key = this.subscribed;
    if (!key || message.interval !== key.interval) return;
    if (message.op === 'snapshot') {
      if (message.symbol !== key.symbol) return;
      this.pendingHistory = message.data;
      this.pendingBars.clear();
    } else {
      for (const bar of message.data) {
        // Folding: the newest state of each bar wins until the next frame.
        if (bar.symbol === key.symbol) this.pendingBars.set(bar.time, bar);
      }
    }
    this.requestCommit();
  }

  private requestCommit(): void {
    if (this.pause.paused()) return;
    if (this.pendingHistory || this.pendingBars.size > 0) this.scheduler.request(this.commit);
  }

  private commitNow(): void {
    const chart = this.chart;
    if (!chart || this.pause.paused()) return;
    if (this.pendingHistory) {
      chart.setHistory(this.pendingHistory.slice(-HISTORY_LIMIT * 2));
      this.pendingHistory = null;
    }
    const bars = [...this.pendingBars.values()].sort((a, b) => a.time - b.time);
    this.pendingBars.clear();
    for (const bar of bars) chart.update(bar);
    this.describeDrawing(chart);
  }

  /**
   * What the canvas shows, as attributes of its host (`data-bars`, `data-bar-seconds`): a canvas
   * cannot say which interval it draws, and the end-to-end tests check that switching the interval
   * really changed the drawing. Written straight to the DOM when a value changes: no change
   * detection per frame.
   */
  private describeDrawing(chart: CandleChart): void {
    const host = this.container().nativeElement;
    const bars = String(chart.size);
    const seconds = chart.spacing === null ? '' : String(chart.spacing);
    if (host.dataset['bars'] !== bars) host.dataset['bars'] = bars;
    if (host.dataset['barSeconds'] !== seconds) host.dataset['barSeconds'] = seconds;
  }

  /** Opens the alerts form for this symbol at its last price. */
  protected composeAlert(): void {
    const symbol = this.symbol();
    if (!symbol) return;
    this.alerts.draft.set({ symbol, price: this.quotes.quote(symbol)()?.last ?? 0 });
  }
}

function readColors(element: HTMLElement): ChartColors {
  const style = getComputedStyle(element);
  const value = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: value('--surface', '#0d1117'),
    text: value('--muted', '#8b949e'),
    grid: value('--grid', '#1f2630'),
    up: value('--up', '#26a69a'),
    down: value('--down', '#ef5350'),
    upVolume: value('--up-volume', 'rgba(38, 166, 154, 0.4)'),
    downVolume: value('--down-volume', 'rgba(239, 83, 80, 0.4)'),
  };
}
