import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { CloseCode } from '@tickwire/protocol';
import { waitFor } from '@tickwire/testing';
import { spawnGateway } from '../support/gateway-process';
import { rawWebSocket } from '../support/raw-socket';
import { tryUpgrade } from '../support/secure-app';
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
      // Unref'd: once the gateway exits, a pending 8 s timer must not hold Jest open.
      const exit = await Promise.race([
        gateway.exited,
        sleep(8000, 'still running', { ref: false }),
      ]);
      expect({ exit, output: exit === 0 ? '' : gateway.output() }).toEqual({ exit: 0, output: '' });
    } finally {
      preconnected.destroy();
      gateway.child.kill('SIGKILL');
    }
  }, 90_000);

  it('answers /ws handshakes with 503 and Retry-After, never 404, until the listener closes', async () => {
    // A peer that never answers the close handshake holds the shutdown open for WS_CLOSE_TIMEOUT_MS.
    const gateway = await spawnGateway({ WS_CLOSE_TIMEOUT_MS: '3000' });
    try {
      const token = await demoToken(gateway.url);
      const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/ws`;
      const stuck = await rawWebSocket(wsUrl, token);
      stuck.pause();
      gateway.child.kill('SIGTERM');
      await waitFor(() => gateway.output().includes('SIGTERM received'), 10_000, 'SIGTERM');
      const answers: { status: number; retryAfter?: string }[] = [];
      while (gateway.child.exitCode === null && answers.length < 500) {
        const outcome = await tryUpgrade(wsUrl, {
          headers: { authorization: `Bearer ${token}` },
        }).catch(() => undefined);
        if (!outcome) break; // the listener is closed: connection refused
        if (outcome.opened) {
          outcome.client.ws.terminate();
          answers.push({ status: 101 });
        } else {
          answers.push({ status: outcome.status, retryAfter: outcome.headers['retry-after'] });
        }
      }
      stuck.destroy();
      const refusals = answers.filter((answer) => answer.status !== 101);
      expect(refusals.length).toBeGreaterThan(0);
      expect(new Set(refusals.map((answer) => JSON.stringify(answer)))).toEqual(
        new Set([JSON.stringify({ status: 503, retryAfter: '1' })]),
      );
      expect(await gateway.exited).toBe(0);
    } finally {
      gateway.child.kill('SIGKILL');
    }
  }, 90_000);
});
