import { SlotTicker } from './slot-ticker';

describe('SlotTicker', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_003 }));
  afterEach(() => jest.useRealTimers());

  it('runs on the slot boundaries whatever the phase it started at', () => {
    const runs: number[] = [];
    const ticker = new SlotTicker(10, () => runs.push(Date.now()));
    ticker.start();
    jest.advanceTimersByTime(50);
    expect(runs).toEqual([1_000_010, 1_000_020, 1_000_030, 1_000_040, 1_000_050]);
    ticker.stop();
  });

  it('finds the next boundary again after a late run', () => {
    const runs: number[] = [];
    const ticker = new SlotTicker(10, () => {
      runs.push(Date.now());
      if (runs.length === 1) jest.setSystemTime(Date.now() + 14);
    });
    ticker.start();
    jest.advanceTimersByTime(30);
    expect(runs.slice(0, 3)).toEqual([1_000_010, 1_000_030, 1_000_040]);
    ticker.stop();
  });

  it('stops, and keeps going when a run throws', () => {
    let runs = 0;
    const ticker = new SlotTicker(10, () => {
      runs++;
      if (runs === 1) throw new Error('boom');
    });
    ticker.start();
    expect(() => jest.advanceTimersByTime(10)).toThrow('boom');
    jest.advanceTimersByTime(20);
    expect(runs).toBe(3);
    ticker.stop();
    jest.advanceTimersByTime(50);
    expect(runs).toBe(3);
  });
});
