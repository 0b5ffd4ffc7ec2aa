import { HIDDEN_THROTTLE_MS, OUT_OF_VIEW_THROTTLE_MS, plannedThrottle } from './throttle-plan';

const base = { speedMs: 250, minThrottleMs: 100, inView: true, hidden: false, degradation: 0 };

describe('plannedThrottle', () => {
  it('runs visible rows at the chosen speed, never below the plan minimum', () => {
    expect(plannedThrottle(base)).toBe(250);
    expect(plannedThrottle({ ...base, speedMs: 100, minThrottleMs: 1000 })).toBe(1000);
  });

  it('slows rows out of view and everything in a hidden tab', () => {
    expect(plannedThrottle({ ...base, inView: false })).toBe(OUT_OF_VIEW_THROTTLE_MS);
    expect(plannedThrottle({ ...base, hidden: true })).toBe(HIDDEN_THROTTLE_MS);
  });

  it('doubles per degradation level, capped at the protocol maximum', () => {
    expect(plannedThrottle({ ...base, degradation: 2 })).toBe(1000);
    expect(plannedThrottle({ ...base, speedMs: 40_000, degradation: 3 })).toBe(60_000);
  });
});
