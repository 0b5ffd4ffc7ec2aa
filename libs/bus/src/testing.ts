export { freePort, startRedis, startRedisCluster } from './testing/redis-server';
export type { RedisClusterProcess, RedisOptions, RedisProcess } from './testing/redis-server';
