import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { type Quote, type ServerMessage } from '@tickwire/protocol';
import { Connection } from '../connection/connection';
import { QuoteDemand } from '../quotes/quote-demand';
import { NOW, STORAGE } from '../../shared/platform';
import { type AlertDirection, type AlertSide, type PriceAlert, evaluate } from './alert-rules';
import { type AlertFiring, MAX_ALERTS, MAX_LOG, readAlerts, writeAlerts } from './alert-storage';
import { NOTIFIER } from './notifier';

/** Alert symbols are watched at this throttle, whatever else the page shows. */
export const ALERT_THROTTLE_MS = 1_000;

export class AlertLimitError extends Error {
  constructor() {
    super(`at most ${MAX_ALERTS} alerts: remove one first`);
    this.name = 'AlertLimitError';
  }
}

/**
 * Price alerts: kept in localStorage, evaluated on every quote as it arrives (before folding,
 * and while updates are paused), each firing logged, shown as a toast and, when the user allowed
 * it, as a browser notification.
 */
@Injectable({ providedIn: 'root' })
export class Alerts {
  private readonly storage = inject(STORAGE);
  private readonly now = inject(NOW);
  private readonly connection = inject(Connection);
  private readonly notifier = inject(NOTIFIER);
  private readonly sides = new Map<string, AlertSide>();
  private nextId = 0;

  readonly alerts = signal<readonly PriceAlert[]>([]);
  readonly log = signal<readonly AlertFiring[]>([]);
  /** An alert being composed elsewhere (the chart's "Alert" button) for the alerts form. */
  readonly draft = signal<{ symbol: string; price: number } | null>(null);
  /** The latest firing, for the toast; null once dismissed. */
  readonly latest = signal<AlertFiring | null>(null);
  private readonly bySymbol = computed(() => {
    const map = new Map<string, PriceAlert[]>();
    for (const alert of this.alerts())
      map.set(alert.symbol, [...(map.get(alert.symbol) ?? []), alert]);
    return map;
  });

  constructor() {
    const stored = readAlerts(this.storage);
    this.alerts.set(stored.alerts);
    this.log.set(stored.log);
    const need = computed(() => ({
      symbols: [...this.bySymbol().keys()],
      throttleMs: ALERT_THROTTLE_MS,
    }));
    const stopDemand = inject(QuoteDemand).register('alerts', need);
    const stopListening = this.connection.listen((message) => this.receive(message));
    inject(DestroyRef).onDestroy(() => {
      stopDemand();
      stopListening();
    });
  }

  add(symbol: string, direction: AlertDirection, price: number): PriceAlert {
    if (this.alerts().length >= MAX_ALERTS) throw new AlertLimitError();
    const alert: PriceAlert = {
      id: `${this.now().toString(36)}-${(this.nextId++).toString(36)}`,
      symbol,
      direction,
      price,
      createdAt: this.now(),
    };
    this.alerts.update((alerts) => [...alerts, alert]);
    this.save();
    return alert;
  }

  remove(id: string): void {
    this.alerts.update((alerts) => alerts.filter((alert) => alert.id !== id));
    this.sides.delete(id);
    this.save();
  }

  clearLog(): void {
    this.log.set([]);
    this.save();
  }

  dismiss(): void {
    this.latest.set(null);
  }

  private receive(message: ServerMessage): void {
    if ((message.op !== 'update' && message.op !== 'snapshot') || message.channel !== 'quotes') {
      return;
    }
    const bySymbol = this.bySymbol();
    if (bySymbol.size === 0) return;
    const serverNow = this.now() + this.connection.clockOffsetMs;
    for (const quote of message.data) {
      for (const alert of bySymbol.get(quote.symbol) ?? []) this.check(alert, quote, serverNow);
    }
  }

  private check(alert: PriceAlert, quote: Quote, serverNow: number): void {
    const { side, fired } = evaluate(
      alert,
      this.sides.get(alert.id) ?? 'unknown',
      quote,
      serverNow,
    );
    this.sides.set(alert.id, side);
    if (!fired) return;
    const firing: AlertFiring = {
      alertId: alert.id,
      symbol: alert.symbol,
      direction: alert.direction,
      price: alert.price,
      last: quote.last,
      at: this.now(),
    };
    this.log.update((log) => [firing, ...log].slice(0, MAX_LOG));
    this.latest.set(firing);
    this.save();
    this.notifier.notify(
      `${alert.symbol} ${alert.direction} ${alert.price}`,
      `${alert.symbol} traded at ${quote.last}`,
    );
  }

  private save(): void {
    writeAlerts(this.storage, { alerts: [...this.alerts()], log: [...this.log()] });
  }
}
