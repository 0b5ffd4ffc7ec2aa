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

  it('splits requests at the symbols-per-request limit (a pro plan: 500)', () => {
    const registry = new SubscriptionRegistry();
    for (let i = 0; i < 1200; i++) registry.set({ channel: 'quotes', symbol: `S${i}` }, 250);
    const limits = { maxSymbolsPerRequest: 500, minThrottleMs: 50, maxThrottleMs: 60_000 };
    const sizes = registry.takeAll(limits).map((request) => request.symbols.length);
    expect(sizes).toEqual([500, 500, 200]);
  });

  it('splits and clamps by the limits of hello (a guest: 50 symbols per request)', () => {
    const registry = new SubscriptionRegistry();
    for (let i = 0; i < 120; i++) registry.set({ channel: 'quotes', symbol: `S${i}` }, 100);
    registry.set({ channel: 'quotes', symbol: 'SLOW' }, 120_000);
    const limits = { maxSymbolsPerRequest: 50, minThrottleMs: 1000, maxThrottleMs: 60_000 };
    const requests = registry.takeAll(limits);
    const sizes = requests.map((request) => [
      request.symbols.length,
      request.op === 'subscribe' ? request.throttleMs : null,
    ]);
    expect(sizes).toEqual([
      [50, 1000],
      [50, 1000],
      [20, 1000],
      [1, 60_000],
    ]);
    registry.delete({ channel: 'quotes', symbol: 'S1' });
    expect(registry.takeChanges(limits)).toEqual([
      { op: 'unsubscribe', channel: 'quotes', symbols: ['S1'] },
    ]);
  });
});
