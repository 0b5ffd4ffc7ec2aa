import { loadConfig } from '../config/app-config';
import { LoginThrottle } from './login.throttle';

describe('LoginThrottle', () => {
  const t0 = 1_800_000_000_000;

  it('lets 5 attempts through within a minute, then refuses the pair until the window moves', () => {
    const throttle = new LoginThrottle(loadConfig({}));
    for (let i = 0; i < 5; i++) expect(throttle.begin('10.0.0.1', 'demo', t0 + i * 1000)).toBe(0);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 5000)).toBe(55_000);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 59_999)).toBe(1);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 60_000)).toBe(0);
  });

  it('does not count refused attempts, so the window really moves', () => {
    const throttle = new LoginThrottle(loadConfig({ LOGIN_MAX_FAILURES: '1' }));
    expect(throttle.begin('10.0.0.1', 'demo', t0)).toBe(0);
    for (let i = 1; i < 60; i++)
      expect(throttle.begin('10.0.0.1', 'demo', t0 + i * 1000)).toBe(60_000 - i * 1000);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 60_000)).toBe(0);
  });

  it('counts per address and username', () => {
    const throttle = new LoginThrottle(loadConfig({ LOGIN_MAX_FAILURES: '2' }));
    throttle.begin('10.0.0.1', 'demo', t0);
    throttle.begin('10.0.0.1', 'demo', t0);
    expect(throttle.begin('10.0.0.1', 'demo', t0)).toBeGreaterThan(0);
    expect(throttle.begin('10.0.0.2', 'demo', t0)).toBe(0);
    expect(throttle.begin('10.0.0.1', 'alice', t0)).toBe(0);
  });

  it('forgets the failures of a pair whose password was right', () => {
    const throttle = new LoginThrottle(loadConfig({ LOGIN_MAX_FAILURES: '2' }));
    throttle.begin('10.0.0.1', 'demo', t0);
    throttle.begin('10.0.0.1', 'demo', t0);
    throttle.succeeded('10.0.0.1', 'demo');
    expect(throttle.begin('10.0.0.1', 'demo', t0)).toBe(0);
  });

  it('follows LOGIN_WINDOW', () => {
    const throttle = new LoginThrottle(
      loadConfig({ LOGIN_MAX_FAILURES: '1', LOGIN_WINDOW: '10s' }),
    );
    throttle.begin('10.0.0.1', 'demo', t0);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 9000)).toBe(1000);
    expect(throttle.begin('10.0.0.1', 'demo', t0 + 10_000)).toBe(0);
  });
});
