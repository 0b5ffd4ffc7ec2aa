import { Logger } from '@nestjs/common';
import { type RedisClientType, createClient } from '@redis/client';
import { type RedisProcess, startRedis } from '@tickwire/bus/testing';
import { RedisTicketStore } from '../../src/auth/redis-ticket.store';
import { MemoryTicketStore } from '../../src/auth/ticket.store';
import { UpgradeHarness } from '../support/upgrade-harness';

/**
 * Two gateways' upgrade paths (real HTTP upgrades through the real UpgradeAuthenticator) behind
 * one load balancer, sharing tickets through a real redis-server.
 */
describe('tickets across gateways (Redis)', () => {
  let redis: RedisProcess;
  let clients: RedisClientType[];
  let gateways: UpgradeHarness[];

  async function start(url: string, count: number): Promise<UpgradeHarness[]> {
    const started: UpgradeHarness[] = [];
    for (let i = 0; i < count; i++) {
      const client: RedisClientType = createClient({ url });
      client.on('error', () => undefined);
      await client.connect();
      clients.push(client);
      const gateway = new UpgradeHarness(
        {},
        (config) => new RedisTicketStore(config, client, { timeoutMs: 500 }),
      );
      started.push(await gateway.start());
    }
    gateways.push(...started);
    return started;
  }

  const ticketFor = (gateway: UpgradeHarness) =>
    gateway.tickets.issue({ username: 'demo', plan: 'pro' }, Date.now() + 600_000);
  const open = (gateway: UpgradeHarness, ticket: string) =>
    gateway.upgrade({ path: `/ws?ticket=${encodeURIComponent(ticket)}` });

  beforeAll(async () => {
    redis = await startRedis();
  });

  beforeEach(() => {
    clients = [];
    gateways = [];
  });

  afterEach(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()));
    for (const client of clients) client.destroy();
    jest.restoreAllMocks();
  });

  afterAll(() => redis.stop());

  it('opens /ws on another gateway than the one that issued the ticket, once', async () => {
    const [a, b] = await start(redis.url, 2);
    const { ticket } = await ticketFor(a);
    const opened = await open(b, ticket);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ principal: { username: 'demo', plan: 'pro' } });
    for (const gateway of [a, b]) {
      const replay = await open(gateway, ticket);
      expect([replay.status, replay.body['message']]).toEqual([
        401,
        'invalid, used or expired ticket',
      ]);
    }
  });

  it('lets one of many simultaneous upgrades with one ticket through, on any gateway', async () => {
    const three = await start(redis.url, 3);
    for (let round = 0; round < 5; round++) {
      const { ticket } = await ticketFor(three[round % 3]);
      const answers = await Promise.all(
        [...three, ...three].map((gateway) => open(gateway, ticket)),
      );
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401, 401, 401]);
      for (const answer of answers) answer.socket?.destroy();
    }
  });

  it('does not know tickets of a gateway that keeps them in memory (why Redis is needed)', async () => {
    const [shared] = await start(redis.url, 1);
    const alone = await new UpgradeHarness({}, (config) => new MemoryTicketStore(config)).start();
    gateways.push(alone);
    const { ticket } = await ticketFor(alone);
    expect((await open(shared, ticket)).status).toBe(401);
  });

  it('answers 503 (try again), not 401, while Redis is unreachable', async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const own = await startRedis();
    try {
      const [a, b] = await start(own.url, 2);
      const { ticket } = await ticketFor(a);
      await own.kill();
      const answer = await open(b, ticket);
      expect([answer.status, answer.body['message']]).toEqual([
        503,
        'tickets are unavailable: try again shortly',
      ]);
    } finally {
      await own.stop();
    }
  });
});
