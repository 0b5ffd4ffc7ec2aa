import { loadConfig } from '../config/app-config';
import { ConnectionLimiter } from './connection.limiter';

function limiter(env: Record<string, string>): ConnectionLimiter {
  return new ConnectionLimiter(loadConfig(env));
}

describe('ConnectionLimiter', () => {
  const t0 = 1_800_000_000_000;
  let subject: ConnectionLimiter | undefined;
  afterEach(() => subject?.onModuleDestroy());

  it('refuses more concurrent connections per address than WS_MAX_CONNECTIONS_PER_IP', () => {
    subject = limiter({ WS_MAX_CONNECTIONS_PER_IP: '2' });
    expect(subject.acquire('10.0.0.1', t0)).toBeNull();
    expect(subject.acquire('10.0.0.1', t0)).toBeNull();
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many connections');
    expect(subject.acquire('10.0.0.2', t0)).toBeNull();
    subject.release('10.0.0.1');
    expect(subject.acquire('10.0.0.1', t0)).toBeNull();
    expect(subject.openFrom('10.0.0.1')).toBe(2);
  });

  it('refuses more new connections per minute than WS_CONNECTIONS_PER_MINUTE, refilling steadily', () => {
    subject = limiter({ WS_CONNECTIONS_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) {
      expect(subject.acquire('10.0.0.1', t0)).toBeNull();
      subject.release('10.0.0.1');
    }
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many new connections');
    expect(subject.acquire('10.0.0.1', t0 + 19_000)).toBe('too many new connections');
    expect(subject.acquire('10.0.0.1', t0 + 20_000)).toBeNull();
    expect(subject.acquire('10.0.0.2', t0)).toBeNull();
  });

  it('tells a refused address when to retry: the next new connection, or 5 s for the open limit', () => {
    subject = limiter({ WS_CONNECTIONS_PER_MINUTE: '3', WS_MAX_CONNECTIONS_PER_IP: '1' });
    expect(subject.acquire('10.0.0.1', t0)).toBeNull();
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many connections');
    expect(subject.retryAfterSeconds('10.0.0.1', t0)).toBe(5);
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many connections');
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many new connections');
    expect(subject.retryAfterSeconds('10.0.0.1', t0)).toBe(20);
    expect(subject.retryAfterSeconds('10.0.0.1', t0 + 19_500)).toBe(1);
  });

  it('counts a refused attempt against the rate too', () => {
    subject = limiter({ WS_MAX_CONNECTIONS_PER_IP: '1', WS_CONNECTIONS_PER_MINUTE: '2' });
    expect(subject.acquire('10.0.0.1', t0)).toBeNull();
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many connections');
    subject.release('10.0.0.1');
    expect(subject.acquire('10.0.0.1', t0)).toBe('too many new connections');
  });
});
