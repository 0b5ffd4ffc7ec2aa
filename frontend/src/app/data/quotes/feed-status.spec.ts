import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { type Quote, type ServerMessage } from '@tickwire/protocol';
import { Clock } from '../../shared/clock';
import { Connection } from '../connection/connection';
import { ConnectionState } from '../connection/connection-state';
import { FEED_SILENCE_MS, FeedStatus } from './feed-status';
import { QuoteSubscriptions } from './quote-subscriptions';

function quote(symbol: string, status: Quote['status']): Quote {
  return {
    symbol,
    seq: 1,
    ts: 0,
    bid: 1,
    ask: 1,
    last: 1,
    lastSize: 1,
    volume: 1,
    open: 1,
    high: 1,
    low: 1,
    prevClose: 1,
    change: 0,
    changePct: 0,
    status,
  };
}

function setup() {
  let listener: (message: ServerMessage) => void = () => undefined;
  const state = signal(ConnectionState.Live);
  const now = signal(Date.now());
  const plan = signal(new Map([['AAPL', 100]]));
  TestBed.configureTestingModule({
    providers: [
      {
        provide: Connection,
        useValue: {
          state,
          listen: (l: typeof listener) => ((listener = l), () => undefined),
          onEpochChange: () => () => undefined,
        },
      },
      { provide: Clock, useValue: { now } },
      { provide: QuoteSubscriptions, useValue: { plan } },
    ],
  });
  const status = TestBed.inject(FeedStatus);
  const send = (...data: Quote[]) => listener({ op: 'update', channel: 'quotes', t: 0, data });
  return { status, send, state, now, plan };
}

describe('FeedStatus', () => {
  it('is stale while the gateway marks quotes stale, live again once they are fresh', () => {
    const { status, send } = setup();
    send(quote('AAPL', 'trading'));
    expect(status.condition()).toBe('live');
    send(quote('AAPL', 'stale'), quote('MSFT', 'stale'));
    expect(status.condition()).toBe('stale');
    send(quote('AAPL', 'trading'));
    expect(status.condition()).toBe('stale');
    send(quote('MSFT', 'halted'));
    expect(status.condition()).toBe('live');
  });

  it('is silent when no quote came for the silence limit, unless nothing is subscribed', () => {
    const { status, send, now, plan } = setup();
    send(quote('AAPL', 'trading'));
    now.update((t) => t + FEED_SILENCE_MS + 1_000);
    expect(status.condition()).toBe('silent');
    plan.set(new Map([['AAPL', 5_000]]));
    expect(status.condition()).toBe('live');
    plan.set(new Map());
    now.update((t) => t + 60_000);
    expect(status.condition()).toBe('live');
  });

  it('says disconnected while the connection is down', () => {
    const { status, state } = setup();
    state.set(ConnectionState.Reconnecting);
    expect(status.condition()).toBe('disconnected');
  });
});
