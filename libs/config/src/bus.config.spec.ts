import { describeBus, readBusConfig } from './bus.config';
import { ConfigError } from './config.error';
import { EnvReader } from './env-reader';

function read(env: Record<string, string>) {
  const reader = new EnvReader(env);
  const config = readBusConfig(reader);
  reader.assertValid();
  return config;
}

describe('bus configuration', () => {
  it('defaults to one local Redis', () => {
    expect(read({})).toEqual({ kind: 'single', url: 'redis://127.0.0.1:6379' });
  });

  it('reads the seeds of a cluster, which win over REDIS_URL', () => {
    expect(
      read({ REDIS_URL: 'redis://x:1', REDIS_CLUSTER_NODES: 'a:7000, b.example:7001,[::1]:7002' }),
    ).toEqual({
      kind: 'cluster',
      nodes: [
        { host: 'a', port: 7000 },
        { host: 'b.example', port: 7001 },
        { host: '::1', port: 7002 },
      ],
    });
  });

  it.each([
    [
      { REDIS_URL: 'http://redis:6379' },
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379 (got "http://redis:6379")',
    ],
    [
      { REDIS_URL: 'redis://' },
      'REDIS_URL must be a redis:// or rediss:// URL such as redis://127.0.0.1:6379 (got "redis://")',
    ],
    [
      { REDIS_CLUSTER_NODES: 'a:7000,b' },
      'REDIS_CLUSTER_NODES must be comma-separated host:port seeds (got "a:7000,b")',
    ],
    [
      { REDIS_CLUSTER_NODES: 'a:70000' },
      'REDIS_CLUSTER_NODES must be comma-separated host:port seeds (got "a:70000")',
    ],
    [{ REDIS_CLUSTER_NODES: ',' }, 'REDIS_CLUSTER_NODES must be at least one host:port (got ",")'],
  ])('refuses %j with one precise line', (env, message) => {
    expect(() => read(env)).toThrow(new ConfigError(message));
  });

  it('never logs credentials', () => {
    expect(describeBus({ kind: 'single', url: 'redis://user:secret@redis:6379/0' })).toBe(
      'redis://***@redis:6379/0',
    );
    expect(describeBus({ kind: 'cluster', nodes: [{ host: 'a', port: 1 }] })).toBe('cluster a:1');
  });
});
