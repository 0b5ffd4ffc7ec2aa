import { ReconnectPolicy } from './reconnect-policy';

const options = { baseMs: 500, capMs: 30_000, stableAfterMs: 10_000 };

describe('ReconnectPolicy', () => {
  it('grows the delay ceiling with each failure', () => {
    const policy = new ReconnectPolicy(options, () => 0.999);
    const delays = Array.from({ length: 8 }, (_, i) => policy.failed(i * 100));
    expect(delays).toEqual([499, 999, 1998, 3996, 7992, 15984, 29970, 29970]);
    expect(policy.attempt).toBe(8);
  });

  it('resets after a connection that stayed up long enough', () => {
    const policy = new ReconnectPolicy(options, () => 0.999);
    policy.failed(0);
    policy.failed(1);
    policy.failed(2);
    policy.connected(1_000);
    expect(policy.failed(1_000 + options.stableAfterMs)).toBe(499);
    expect(policy.attempt).toBe(1);
  });

  it('keeps growing when connections drop right after opening (flapping)', () => {
    const policy = new ReconnectPolicy(options, () => 0.999);
    policy.failed(0);
    policy.connected(100);
    expect(policy.failed(200)).toBe(999);
    policy.connected(300);
    expect(policy.failed(300 + options.stableAfterMs - 1)).toBe(1998);
  });
});
