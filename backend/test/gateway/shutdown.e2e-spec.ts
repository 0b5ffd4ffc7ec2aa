import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
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

  it('exits 0 on SIGTERM although a browser holds a preconnected socket that sent nothing', async () => {
    const gateway = await spawnGateway();
    const { hostname, port } = new URL(gateway.url);
    const preconnected = connect(Number(port), hostname);
    preconnected.on('error', () => undefined);
    try {
      await new Promise((resolve) => preconnected.once('connect', resolve));
      gateway.child.kill('SIGTERM');
      const exit = await Promise.race([gateway.exited, sleep(8000).then(() => 'still running')]);
      expect({ exit, output: exit === 0 ? '' : gateway.output() }).toEqual({ exit: 0, output: '' });
    } finally {
      preconnected.destroy();
      gateway.child.kill('SIGKILL');
    }
  }, 90_000);
});
