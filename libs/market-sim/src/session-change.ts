import { DecimalGrid } from './price-grid';
import { type Tick } from '@tickwire/protocol';

/** Change of the last price against the previous close: absolute (on the tick grid) and in %. */
export function sessionChange(tick: Tick, tickSize: number): { change: number; changePct: number } {
  const grid = new DecimalGrid(tickSize);
  const change = grid.toValue(grid.nearest(tick.last) - grid.nearest(tick.prevClose));
  const changePct = tick.prevClose > 0 ? Math.round((10_000 * change) / tick.prevClose) / 100 : 0;
  return { change, changePct };
}
