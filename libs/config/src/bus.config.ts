import { type EnvReader } from './env-reader';

/** Where the market bus lives: one Redis server, or the seed nodes of a Redis Cluster. */
export type BusConfig =
  { kind: 'single'; url: string } | { kind: 'cluster'; nodes: { host: string; port: number }[] };

const HOST_PORT = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

/** REDIS_CLUSTER_NODES wins over REDIS_URL when both are set. */
export function readBusConfig(env: EnvReader): BusConfig {
  const seeds = env.raw('REDIS_CLUSTER_NODES');
  if (seeds !== undefined) {
    const nodes: { host: string; port: number }[] = [];
    for (const seed of env.list('REDIS_CLUSTER_NODES')) {
      const match = HOST_PORT.exec(seed);
      const port = match ? Number(match[2]) : 0;
      if (!match || port < 1 || port > 65535) {
        env.fail('REDIS_CLUSTER_NODES', seeds, 'comma-separated host:port seeds');
        return { kind: 'cluster', nodes: [] };
      }
      nodes.push({ host: match[1].replace(/^\[|\]$/g, ''), port });
    }
    if (nodes.length === 0) env.fail('REDIS_CLUSTER_NODES', seeds, 'at least one host:port');
    return { kind: 'cluster', nodes };
  }
  const url = env.string('REDIS_URL', 'redis://127.0.0.1:6379');
  if (!isRedisUrl(url)) {
    env.fail('REDIS_URL', url, 'a redis:// or rediss:// URL such as redis://127.0.0.1:6379');
  }
  return { kind: 'single', url };
}

function isRedisUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Where the bus is, for logs: credentials in the URL are masked. */
export function describeBus(config: BusConfig): string {
  if (config.kind === 'single') return config.url.replace(/\/\/[^@/]*@/, '//***@');
  return `cluster ${config.nodes.map((node) => `${node.host}:${node.port}`).join(',')}`;
}
