/**
 * `npx tsx --tsconfig bench/tsconfig.json bench/smoke.ts`: checks the peers with their own reference
 * clients, so that the bench's hand-written wire adapters are known to talk to real servers the
 * way those clients do: socket.io-client against the Socket.IO peer, a ws client against the limit;
 * and the three Tickwire load clients (scan, JSON parsed, binary) count the same quotes from one
 * gateway (needs `npm run build`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { io } from 'socket.io-client';
import WebSocket from 'ws';
import { LoadFleet } from './lib/fleet';
import { startServer, type FeedSettings } from './lib/servers';
import { tickwireCredentials, tickwireEnv } from './lib/tickwire-access';
import type { WireProtocol } from './load/messages';
import { benchSymbols } from './lib/workload';

const symbols = benchSymbols(20);
const feed: FeedSettings = { seed: 1, symbols, ticksPerSecond: 400, throttleMs: 100 };

function check(condition: boolean, what: string): void {
  console.log(`${condition ? 'ok  ' : 'FAIL'}  ${what}`);
  if (!condition) process.exitCode = 1;
}

async function socketIoWithItsOwnClient(): Promise<void> {
  const server = await startServer('socketio', feed);
  try {
    const socket = io(server.url, { transports: ['websocket'] });
    let quotes = 0;
    socket.on('quote', () => quotes++);
    const ack = (await socket.emitWithAck('subscribe', {
      symbols: symbols.slice(0, 5),
      throttleMs: 100,
    })) as { symbols: string[] };
    await sleep(2000);
    socket.close();
    check(ack.symbols.length === 5, 'socket.io-client: subscribe is acknowledged');
    check(quotes > 20, `socket.io-client: quotes arrive (${quotes} in 2 s)`);

    const fleet = LoadFleet.start(1);
    const job = { url: server.url.replace('http', 'ws'), headers: {}, throttleMs: 100 };
    const connected = await fleet.connect(
      {
        ...job,
        protocol: 'socketio',
        align: false,
        concurrency: 5,
        deadlineMs: 10_000,
        pauseAfterSubscribe: false,
      },
      [symbols.slice(0, 5), symbols.slice(5, 10)],
    );
    fleet.reset();
    await sleep(2000);
    const stats = await fleet.report();
    await fleet.close();
    check(connected.ready === 2, 'bench load client: both Socket.IO connections subscribed');
    check(stats.updates > 40, `bench load client: Socket.IO quotes counted (${stats.updates})`);
  } finally {
    await server.stop();
  }
}

async function limitWithWs(): Promise<void> {
  const server = await startServer('limit', feed);
  try {
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/ws`);
    const ops: string[] = [];
    ws.on('message', (data: Buffer) =>
      ops.push((JSON.parse(data.toString()) as { op: string }).op),
    );
    await new Promise((resolve) => ws.once('open', resolve));
    ws.send(
      JSON.stringify({ op: 'subscribe', id: 'a', channel: 'quotes', symbols, throttleMs: 100 }),
    );
    await sleep(1500);
    ws.close();
    check(ops[0] === 'subscribed', 'limit: subscribe is answered with subscribed');
    const updates = ops.filter((op) => op === 'update').length;
    check(
      updates >= 10 && updates <= 16,
      `limit: one update frame per 100 ms flush (${updates} in 1.5 s)`,
    );
  } finally {
    await server.stop();
  }
}

/** One aligned connection per Tickwire load client, same symbols: the same quotes, counted alike. */
async function tickwireClientsAgree(): Promise<void> {
  const server = await startServer('tickwire', feed, await tickwireEnv());
  const protocols: WireProtocol[] = ['tickwire', 'tickwire-parsed', 'tickwire-msgpack'];
  const fleets = protocols.map(() => LoadFleet.start(1));
  try {
    const job = {
      url: server.url.replace('http', 'ws'),
      headers: await tickwireCredentials(server.url),
      throttleMs: 100,
      align: true,
      concurrency: 1,
      deadlineMs: 10_000,
      pauseAfterSubscribe: false,
    };
    const connected = await Promise.all(
      fleets.map((fleet, index) =>
        fleet.connect({ ...job, protocol: protocols[index] }, [symbols.slice(0, 10)]),
      ),
    );
    check(
      connected.every((result) => result.ready === 1),
      'Tickwire load clients: scan, parsed and binary each subscribed',
    );
    for (const fleet of fleets) fleet.reset();
    await sleep(3000);
    const [scan, parsed, binary] = await Promise.all(fleets.map((fleet) => fleet.report()));
    const near = (a: number, b: number) => Math.abs(a - b) <= 0.1 * Math.max(a, b);
    check(
      scan.updates > 100 &&
        near(scan.updates, parsed.updates) &&
        near(parsed.updates, binary.updates),
      `Tickwire load clients: the same quotes counted (${scan.updates}, ${parsed.updates}, ${binary.updates})`,
    );
    check(
      binary.bytes / binary.updates < 0.5 * (parsed.bytes / parsed.updates),
      `Tickwire load clients: binary bytes per update under half of JSON's ` +
        `(${(binary.bytes / binary.updates).toFixed(1)} vs ${(parsed.bytes / parsed.updates).toFixed(1)})`,
    );
  } finally {
    await Promise.all(fleets.map((fleet) => fleet.close()));
    await server.stop();
  }
}

async function main(): Promise<void> {
  await socketIoWithItsOwnClient();
  await limitWithWs();
  await tickwireClientsAgree();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
