import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { type ScenarioCommand, type ScenarioRecord } from '@tickwire/protocol';
import { MarketControlApi } from '../../data/market-control/market-control-api';
import { WatchlistStore } from '../../data/watchlist/watchlist-store';

/** How often the list of active scenarios is read while the panel is open. */
const REFRESH_MS = 2_000;

type Action = 'flash-crash' | 'halt' | 'resume' | 'stall' | 'volatility';

/** Admins only: start scenarios on the simulated market and see the ones acting now. */
@Component({
  selector: 'tw-market-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './market-control.html',
  styleUrl: './market-control.scss',
})
export class MarketControl {
  private readonly api = inject(MarketControlApi);
  protected readonly symbol = signal(inject(WatchlistStore).selected() ?? '');
  protected readonly wholeMarket = signal(false);
  protected readonly dropPct = signal('10');
  protected readonly durationS = signal('2');
  protected readonly stallS = signal('5');
  protected readonly factor = signal('4');
  protected readonly active = signal<readonly ScenarioRecord[]>([]);
  protected readonly message = signal('');
  protected readonly busy = signal(false);

  constructor() {
    void this.refresh();
    const timer = setInterval(() => void this.refresh(), REFRESH_MS);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }

  protected async run(action: Action): Promise<void> {
    const command = this.command(action);
    if (!command) return;
    this.busy.set(true);
    try {
      const record = await this.api.run(command);
      this.message.set(`Started ${describe(record)}`);
      await this.refresh();
    } catch (error) {
      this.message.set(`Refused: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.busy.set(false);
    }
  }

  protected describe(record: ScenarioRecord): string {
    return describe(record);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  private command(action: Action): ScenarioCommand | null {
    const symbol = this.symbol().trim().toUpperCase();
    const market = this.wholeMarket() && (action === 'flash-crash' || action === 'volatility');
    if (!market && action !== 'stall' && symbol === '') {
      this.message.set('Name a symbol (or choose the whole market for a crash or a spike)');
      return null;
    }
    const target = market ? {} : { symbol };
    const ms = (seconds: string) => Math.round(Number(seconds) * 1_000);
    switch (action) {
      case 'flash-crash':
        return {
          type: action,
          ...target,
          dropPct: Number(this.dropPct()),
          durationMs: ms(this.durationS()),
        };
      case 'volatility':
        return { type: action, ...target, factor: Number(this.factor()) };
      case 'stall':
        return { type: action, durationMs: ms(this.stallS()) };
      default:
        return { type: action, symbol };
    }
  }

  private async refresh(): Promise<void> {
    try {
      this.active.set((await this.api.list()).active);
    } catch (error) {
      this.message.set(
        `Could not list scenarios: ${error instanceof Error ? error.message : error}`,
      );
    }
  }
}

function describe(record: ScenarioRecord): string {
  const params = Object.entries(record.params).map(([name, value]) => `${name} ${value}`);
  return [record.type, record.symbol ?? 'whole market', ...params].join(' · ');
}
