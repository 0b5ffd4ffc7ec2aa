import { sessionChange } from './session-change';

describe('sessionChange', () => {
  it('gives the change on the price grid, without floating point residue, and in percent', () => {
    expect(sessionChange(100.3, 100.1, 2)).toEqual({ change: 0.2, changePct: 0.1998 });
    expect(sessionChange(1.15283, 1.15772, 5)).toEqual({ change: -0.00489, changePct: -0.4224 });
  });

  it('is zero against a zero previous close rather than infinite', () => {
    expect(sessionChange(5, 0, 2)).toEqual({ change: 5, changePct: 0 });
  });
});
