import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  type ElementRef,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { type SymbolInfo } from '@tickwire/protocol';
import { Auth } from '../../data/auth/auth';
import { Catalog } from '../../data/catalog/catalog';
import { QuoteDemand } from '../../data/quotes/quote-demand';
import { QuoteStore } from '../../data/quotes/quote-store';
import { Settings } from '../../data/settings/settings';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';
import { FrameScheduler } from '../../shared/frame-scheduler';
import { formatPercent, formatPrice } from '../../shared/format';
import {
  DARK_PALETTE,
  FULL_SCALE_PCT,
  LIGHT_PALETTE,
  cssColor,
  divergingColor,
  textColorOn,
} from '../../shared/treemap/diverging-scale';
import { nestedTreemap } from '../../shared/treemap/nested-treemap';
import { ASSET_CLASS_LABELS, mapTree } from './map-tree';
import { type TileValue, paintMap } from './map-painter';

/** The map asks for every instrument once a second, in one aligned group. */
export const MAP_THROTTLE_MS = 1_000;
/** Below this width the map would be tiles too small to read: the table is shown instead. */
const NARROW_PX = 600;
const MOVERS = 5;

/**
 * The map's symbols, the smaller asset classes first: when the plan's subscriptions cannot hold
 * them all, only the largest class (equities) loses some live tiles, not whole groups.
 */
function smallGroupsFirst(instruments: readonly SymbolInfo[]): string[] {
  const counts = new Map<string, number>();
  for (const info of instruments)
    counts.set(info.assetClass, (counts.get(info.assetClass) ?? 0) + 1);
  return [...instruments]
    .sort((a, b) => (counts.get(a.assetClass) ?? 0) - (counts.get(b.assetClass) ?? 0))
    .map((info) => info.symbol);
}

interface Hover {
  info: SymbolInfo;
  x: number;
  y: number;
}

/** Every instrument the user may see, as a live treemap by asset class and sector. */
@Component({
  selector: 'tw-market-map',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './market-map.html',
  styleUrl: './market-map.scss',
})
export class MarketMap {
  private readonly catalog = inject(Catalog);
  private readonly auth = inject(Auth);
  private readonly quotes = inject(QuoteStore);
  private readonly settings = inject(Settings);
  private readonly watchlist = inject(WatchlistStore);
  private readonly router = inject(Router);
  private readonly scheduler = inject(FrameScheduler);
  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly host = viewChild.required<ElementRef<HTMLElement>>('plot');

  /** Bumped on every commit of quotes: what reads values depends on it. */
  private readonly version = signal(0);
  protected readonly size = signal({ width: 0, height: 0 });
  protected readonly hover = signal<Hover | null>(null);
  protected readonly view = signal<'map' | 'table'>(
    globalThis.innerWidth < NARROW_PX ? 'table' : 'map',
  );

  protected readonly instruments = computed(() => {
    const guest = this.auth.isGuest();
    return this.catalog.symbols().filter((info) => !guest || info.tier === 'public');
  });
  private readonly layout = computed(() => {
    const { width, height } = this.size();
    return nestedTreemap(
      mapTree(this.instruments()),
      { x: 0, y: 0, width, height },
      {
        padding: 2,
        header: 16,
      },
    );
  });
  protected readonly rows = computed(() => {
    this.version();
    return this.instruments().map((info) => ({
      info,
      group: info.assetClass === 'equity' ? info.sector : ASSET_CLASS_LABELS[info.assetClass],
      quote: untracked(this.quotes.quote(info.symbol)),
    }));
  });
  protected readonly live = computed(() => this.rows().filter((row) => row.quote !== null));
  protected readonly movers = computed(() => {
    const sorted = this.live()
      .filter((row) => row.quote?.status === 'trading')
      .sort((a, b) => (b.quote?.changePct ?? 0) - (a.quote?.changePct ?? 0));
    return {
      gainers: sorted.slice(0, MOVERS).filter((row) => (row.quote?.changePct ?? 0) > 0),
      losers: sorted
        .slice(-MOVERS)
        .reverse()
        .filter((row) => (row.quote?.changePct ?? 0) < 0),
    };
  });
  protected readonly summary = computed(() => {
    const live = this.live();
    const up = live.filter((row) => (row.quote?.change ?? 0) > 0).length;
    const down = live.filter((row) => (row.quote?.change ?? 0) < 0).length;
    return { total: this.instruments().length, live: live.length, up, down };
  });
  protected readonly legend = computed(() => {
    const palette = this.settings.theme() === 'light' ? LIGHT_PALETTE : DARK_PALETTE;
    return [-FULL_SCALE_PCT, -FULL_SCALE_PCT / 2, 0, FULL_SCALE_PCT / 2, FULL_SCALE_PCT].map(
      (pct) => {
        const color = divergingColor(pct, palette);
        return {
          pct,
          label: pct === 0 ? '0%' : `${pct > 0 ? '+' : '−'}${Math.abs(pct)}%`,
          color: cssColor(color),
          text: textColorOn(color),
        };
      },
    );
  });
  protected readonly hovered = computed(() => {
    const hover = this.hover();
    if (!hover) return null;
    this.version();
    const quote = untracked(this.quotes.quote(hover.info.symbol));
    return {
      ...hover,
      last: formatPrice(quote?.last, hover.info.tickSize),
      change: formatPercent(quote?.changePct),
      status: quote && quote.status !== 'trading' ? quote.status : '',
    };
  });
  private readonly paint = () => this.paintNow();

  constructor() {
    const need = computed(() => ({
      symbols: smallGroupsFirst(this.instruments()),
      throttleMs: MAP_THROTTLE_MS,
    }));
    const stopDemand = inject(QuoteDemand).register('map', need);
    const stopCommits = this.quotes.onCommit(() => this.version.update((v) => v + 1));
    let observer: ResizeObserver | undefined;
    afterNextRender(() => {
      const element = this.host().nativeElement;
      observer = new ResizeObserver(() =>
        this.size.set({ width: element.clientWidth, height: element.clientHeight }),
      );
      observer.observe(element);
    });
    effect(() => {
      this.layout();
      this.version();
      this.settings.theme();
      if (this.view() === 'map' && this.canvas()) this.scheduler.request(this.paint);
    });
    inject(DestroyRef).onDestroy(() => {
      stopDemand();
      stopCommits();
      observer?.disconnect();
    });
  }

  protected price(info: SymbolInfo, value: number | undefined): string {
    return formatPrice(value, info.tickSize);
  }

  protected percent(value: number | undefined): string {
    return formatPercent(value);
  }

  protected setView(view: 'map' | 'table'): void {
    this.view.set(view);
    this.hover.set(null);
  }

  protected open(symbol: string): void {
    this.watchlist.add(symbol);
    this.watchlist.select(symbol);
    void this.router.navigate(['/']);
  }

  protected pointerMove(event: PointerEvent): void {
    const info = this.tileAt(event.offsetX, event.offsetY);
    this.hover.set(info ? { info, x: event.offsetX, y: event.offsetY } : null);
  }

  protected click(event: MouseEvent): void {
    const info = this.tileAt(event.offsetX, event.offsetY);
    if (info) this.open(info.symbol);
  }

  private tileAt(x: number, y: number): SymbolInfo | null {
    for (const { item, rect } of this.layout().leaves) {
      if (x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height) {
        return item;
      }
    }
    return null;
  }

  private paintNow(): void {
    const canvas = this.canvas()?.nativeElement;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const started = performance.now();
    const { width, height } = this.size();
    const ratio = globalThis.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
    if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const styles = getComputedStyle(canvas);
    const light = this.settings.theme() === 'light';
    paintMap(context, this.layout(), (symbol) => this.tileValue(symbol), {
      palette: light ? LIGHT_PALETTE : DARK_PALETTE,
      background: styles.getPropertyValue('--surface').trim() || '#10141b',
      noData: styles.getPropertyValue('--surface-2').trim() || '#161b24',
      groupText: styles.getPropertyValue('--muted').trim() || '#8b949e',
      font: styles.fontFamily,
    });
    // What a paint costs, for the e2e's bound (a canvas cannot otherwise say what it did).
    canvas.dataset['paintMs'] = (performance.now() - started).toFixed(1);
    canvas.dataset['tiles'] = String(this.layout().leaves.length);
  }

  private tileValue(symbol: string): TileValue | null {
    const quote = untracked(this.quotes.quote(symbol));
    return quote ? { changePct: quote.changePct, inactive: quote.status !== 'trading' } : null;
  }
}
