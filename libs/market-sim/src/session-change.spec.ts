import { sessionChange } from './session-change';
import { type Tick } from '@tickwire/protocol';

const tick = (last: number, prevClose: number): Tick => ({
  symbol: 'X',
  seq: 1,
  ts: 0,
  bid: last,
  ask: last + 0.01,
  last,
  lastSize: 1,
  volume: 1,
  open: prevClose,
  high: last,
  low: last,
  prevClose,
});

describe('sessionChange', () => {
  it('gives the change on the tick grid, without floating point residue, and in percent', () => {
    expect(sessionChange(tick(100.3, 100.1), 0.01)).toEqual({ change: 0.2, changePct: 0.2 });
    expect(sessionChange(tick(1.15283, 1.15772), 0.00001)).toEqual({
      change: -0.00489,
      changePct: -0.42,
    });
  });

  it('is zero against a zero previous close rather than infinite', () => {
    expect(sessionChange(tick(5, 0), 0.01).changePct).toBe(0);
  });
});
