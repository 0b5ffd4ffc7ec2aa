import { TestBed } from '@angular/core/testing';
import { signal } from '@angular/core';
import { type Quote, type ServerMessage } from '@tickwire/protocol';
import { Connection } from '../connection/connection';
import { QuoteDemand } from '../quotes/quote-demand';
import { NOW, STORAGE } from '../../shared/platform';
import { ALERTS_KEY } from './alert-storage';
import { Alerts } from './alerts';
import { NOTIFIER, type Notifier } from './notifier';

const NOW_MS = 1_764_043_200_000;

function quote(symbol: string, last: number, status: Quote['status'] = 'trading'): Quote {
  return {
    symbol,
    seq: 1,
    ts: NOW_MS,
    bid: last,
    ask: last,
    last,
    lastSize: 1,
    volume: 1,
    open: last,
    high: last,
    low: last,
    prevClose: last,
    change: 0,
    changePct: 0,
    status,
  };
}

function setup(storage: Storage = mapStorage()) {
  const listeners = new Set<(message: ServerMessage) => void>();
  const notified: string[] = [];
  TestBed.resetTestingModule();
  TestBed.configureTestingModule({
    providers: [
      { provide: NOW, useValue: () => NOW_MS },
      { provide: STORAGE, useValue: storage },
      {
        provide: Connection,
        useValue: {
          clockOffsetMs: 0,
          listen: (listener: (message: ServerMessage) => void) => {
            listeners.add(listener);
            return () => listeners.delete(listener);
          },
        },
      },
      {
        provide: NOTIFIER,
        useValue: {
          access: signal('granted'),
          request: () => Promise.resolve(),
          notify: (title: string) => notified.push(title),
        } satisfies Notifier,
      },
    ],
  });
  const alerts = TestBed.inject(Alerts);
  const send = (...data: Quote[]) => {
    for (const listener of listeners)
      listener({ op: 'update', channel: 'quotes', t: NOW_MS, data });
  };
  return { alerts, send, notified, storage };
}

function mapStorage(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  } as Storage;
}

describe('Alerts', () => {
  it('fires once per crossing: log, toast and notification', () => {
    const { alerts, send, notified } = setup();
    alerts.add('AAPL', 'below', 100);
    send(quote('AAPL', 105));
    send(quote('AAPL', 99), quote('MSFT', 50));
    send(quote('AAPL', 98));
    expect(alerts.log().map((f) => [f.symbol, f.last])).toEqual([['AAPL', 99]]);
    expect(alerts.latest()?.last).toBe(99);
    expect(notified).toEqual(['AAPL below 100']);
    send(quote('AAPL', 101), quote('AAPL', 97));
    expect(alerts.log()).toHaveLength(2);
  });

  it('does not fire on halted or stale quotes', () => {
    const { alerts, send } = setup();
    alerts.add('AAPL', 'below', 100);
    send(quote('AAPL', 105));
    send(quote('AAPL', 90, 'halted'), quote('AAPL', 90, 'stale'));
    expect(alerts.log()).toEqual([]);
  });

  it('asks for its symbols to be subscribed, and persists alerts and their log', () => {
    const first = setup();
    const alert = first.alerts.add('EUR/USD', 'above', 1.2);
    first.alerts.add('AAPL', 'below', 100);
    expect(TestBed.inject(QuoteDemand).all()).toEqual([
      { symbols: ['EUR/USD', 'AAPL'], throttleMs: 1_000 },
    ]);
    first.send(quote('EUR/USD', 1.1), quote('EUR/USD', 1.3));
    const stored = JSON.parse(first.storage.getItem(ALERTS_KEY) ?? 'null');
    expect(stored.v).toBe(1);

    const second = setup(first.storage);
    expect(second.alerts.alerts().map((a) => a.symbol)).toEqual(['EUR/USD', 'AAPL']);
    expect(second.alerts.log()).toHaveLength(1);
    second.alerts.remove(alert.id);
    expect(second.alerts.alerts().map((a) => a.symbol)).toEqual(['AAPL']);
  });

  it('starts empty from storage it cannot trust', () => {
    const storage = mapStorage();
    storage.setItem(
      ALERTS_KEY,
      JSON.stringify({ v: 1, alerts: [{ id: 'x', symbol: 'aapl' }], log: [] }),
    );
    expect(setup(storage).alerts.alerts()).toEqual([]);
    storage.setItem(ALERTS_KEY, '{not json');
    expect(setup(storage).alerts.alerts()).toEqual([]);
  });
});
