import { CloseCode } from '@tickwire/protocol';
import { spawnGateway } from '../support/gateway-process';
import { demoToken } from '../support/tokens';
import { connectClient } from '../support/ws-client';

describe('graceful shutdown', () => {
  it('closes every socket with 1012 on SIGTERM and exits 0', async () => {
    const gateway = await spawnGateway();
    try {
      const token = await demoToken(gateway.url);
      const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/ws`;
      const clients = await Promise.all([1, 2, 3].map(() => connectClient(wsUrl, token)));
      await clients[0].request(
        { op: 'subscribe', id: 's', channel: 'quotes', symbols: ['AAPL'], throttleMs: 100 },
        'subscribed',
      );
      gateway.child.kill('SIGTERM');
      const closes = await Promise.all(clients.map((client) => client.closed));
      expect(closes).toEqual(
        clients.map(() => ({ code: CloseCode.ServiceRestart, reason: 'service restart' })),
      );
      expect(await gateway.exited).toBe(0);
    } finally {
      gateway.child.kill('SIGKILL');
    }
  }, 90_000);
});
