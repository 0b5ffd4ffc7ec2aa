import { SubscriptionRegistry } from './subscription-registry';

describe('SubscriptionRegistry', () => {
  it('groups changes by channel, interval and throttle; quotes aligned, bars not', () => {
    const registry = new SubscriptionRegistry();
    registry.set({ channel: 'quotes', symbol: 'AAPL' }, 250);
    registry.set({ channel: 'quotes', symbol: 'MSFT' }, 250);
    registry.set({ channel: 'quotes', symbol: 'IBM' }, 2000);
    registry.set({ channel: 'bars', symbol: 'AAPL', interval: '1m' }, 250);
    expect(registry.takeChanges()).toEqual([
      {
        op: 'subscribe',
        channel: 'quotes',
        symbols: ['AAPL', 'MSFT'],
        throttleMs: 250,
        align: true,
      },
      { op: 'subscribe', channel: 'quotes', symbols: ['IBM'], throttleMs: 2000, align: true },
      { op: 'subscribe', channel: 'bars', interval: '1m', symbols: ['AAPL'], throttleMs: 250 },
    ]);
    expect(registry.takeChanges()).toEqual([]);
  });

  it('sends only what changed, unsubscribes first', () => {
    const registry = new SubscriptionRegistry();
    registry.set({ channel: 'quotes', symbol: 'AAPL' }, 250);
    registry.set({ channel: 'quotes', symbol: 'MSFT' }, 250);
    registry.takeChanges();
    expect(registry.set({ channel: 'quotes', symbol: 'AAPL' }, 250)).toBe(false);
    registry.set({ channel: 'quotes', symbol: 'AAPL' }, 1000);
    registry.delete({ channel: 'quotes', symbol: 'MSFT' });
    expect(registry.takeChanges()).toEqual([
      { op: 'unsubscribe', channel: 'quotes', symbols: ['MSFT'] },
      { op: 'subscribe', channel: 'quotes', symbols: ['AAPL'], throttleMs: 1000, align: true },
    ]);
  });

  it('a subscription added and removed before a flush costs one harmless unsubscribe', () => {
    const registry = new SubscriptionRegistry();
    registry.set({ channel: 'quotes', symbol: 'AAPL' }, 250);
    registry.delete({ channel: 'quotes', symbol: 'AAPL' });
    expect(registry.takeChanges()).toEqual([
      { op: 'unsubscribe', channel: 'quotes', symbols: ['AAPL'] },
    ]);
  });

  it('replays everything wanted for a new connection', () => {
    const registry = new SubscriptionRegistry();
    registry.set({ channel: 'quotes', symbol: 'AAPL' }, 250);
    registry.set({ channel: 'quotes', symbol: 'MSFT' }, 250);
    registry.delete({ channel: 'quotes', symbol: 'MSFT' });
    expect(registry.takeAll()).toEqual([
      { op: 'subscribe', channel: 'quotes', symbols: ['AAPL'], throttleMs: 250, align: true },
    ]);
    expect(registry.takeChanges()).toEqual([]);
  });

  it('splits requests at 500 symbols', () => {
    const registry = new SubscriptionRegistry();
    for (let i = 0; i < 1200; i++) registry.set({ channel: 'quotes', symbol: `S${i}` }, 250);
    const sizes = registry.takeAll().map((request) => request.symbols.length);
    expect(sizes).toEqual([500, 500, 200]);
  });
});
