import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
} from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Alerts } from './data/alerts/alerts';
import { Auth } from './data/auth/auth';
import { Catalog } from './data/catalog/catalog';
import { Connection } from './data/connection/connection';
import { QuoteSubscriptions } from './data/quotes/quote-subscriptions';
import { Pause } from './data/settings/pause';
import { SPEEDS_MS, Settings } from './data/settings/settings';
import { AlertToast } from './features/alerts/alert-toast';
import { AlertsPanel } from './features/alerts/alerts-panel';
import { FeedBanner } from './features/feed-banner/feed-banner';
import { HealthBar } from './features/health-bar/health-bar';
import { MarketControl } from './features/market-control/market-control';
import { Announcer } from './features/watchlist/announcer';
import { SignIn } from './features/sign-in/sign-in';
import { SymbolSearch } from './features/symbol-search/symbol-search';

type Panel = 'alerts' | 'control';

/** The shell: toolbar, navigation, the routed page, side panels, banner, toast, health bar. */
@Component({
  selector: 'tw-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AlertToast,
    AlertsPanel,
    FeedBanner,
    HealthBar,
    MarketControl,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    SignIn,
    SymbolSearch,
  ],
  templateUrl: './app.html',
  styleUrl: './app.scss',
})
export class App {
  protected readonly settings = inject(Settings);
  protected readonly pause = inject(Pause);
  protected readonly announcer = inject(Announcer);
  protected readonly alerts = inject(Alerts);
  private readonly auth = inject(Auth);
  private readonly catalog = inject(Catalog);
  private readonly connection = inject(Connection);
  protected readonly speeds = SPEEDS_MS;
  protected readonly minThrottle = computed(() => this.connection.limits()?.minThrottleMs ?? 0);
  /** The speed in effect: the chosen one, or the plan's minimum when that is slower. */
  protected readonly effectiveSpeed = computed(() => {
    const min = this.minThrottle();
    const chosen = this.settings.speedMs();
    return chosen >= min ? chosen : (this.speeds.find((s) => s >= min) ?? chosen);
  });
  /** The gateway refuses the admin API to anybody else; this only hides what would fail. */
  protected readonly isAdmin = computed(() => this.auth.user()?.role === 'admin');
  protected readonly panel = signal<Panel | null>(null);
  protected readonly openPanel = computed(() => {
    const panel = this.panel();
    return panel === 'control' && !this.isAdmin() ? null : panel;
  });

  constructor() {
    // Subscriptions follow the watchlist, the map and the alerts on every page.
    inject(QuoteSubscriptions);
    void this.catalog.load();
    this.connection.start();
    // The chart's "Alert" button composes an alert: show the form it fills.
    effect(() => {
      if (this.alerts.draft()) this.panel.set('alerts');
    });
  }

  protected toggle(panel: Panel): void {
    this.panel.update((open) => (open === panel ? null : panel));
  }

  protected setSpeed(value: string): void {
    this.settings.speedMs.set(Number(value));
  }
}
