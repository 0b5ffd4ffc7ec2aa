/**
 * Encode-once fan-out: what does one update cost the server, depending on how frames are built?
 * Real ws connections over loopback; times the synchronous send loop of each strategy.
 * Run: npx tsx backend/test/bench/encode-once.bench.ts [connections] [symbolsPerConnection]
 */
import { type AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

const CONNECTIONS = Number(process.argv[2] ?? 200);
const PER_CONNECTION = Number(process.argv[3] ?? 25);
const ROUNDS = 40;
const UNIVERSE = 500;

interface Strategy {
  name: string;
  /** Sends one round; `shared` means every connection follows the same symbols. */
  round(sockets: WebSocket[], symbolsOf: number[][], quotes: object[], t: number): void;
}

const fragmentCache: string[] = [];

const strategies: Strategy[] = [
  {
    name: 'JSON.stringify per connection',
    round: (sockets, symbolsOf, quotes, t) => {
      sockets.forEach((ws, i) => {
        const data = symbolsOf[i].map((s) => quotes[s]);
        ws.send(JSON.stringify({ op: 'update', channel: 'quotes', t, data }));
      });
    },
  },
  {
    name: 'cached fragments joined per connection',
    round: (sockets, symbolsOf, quotes, t) => {
      for (let s = 0; s < quotes.length; s++) fragmentCache[s] = JSON.stringify(quotes[s]);
      sockets.forEach((ws, i) => {
        const parts = symbolsOf[i].map((s) => fragmentCache[s]);
        ws.send(`{"op":"update","channel":"quotes","t":${t},"data":[${parts.join(',')}]}`);
      });
    },
  },
  {
    name: 'one pre-built string per identical set',
    round: (sockets, symbolsOf, quotes, t) => {
      for (let s = 0; s < quotes.length; s++) fragmentCache[s] = JSON.stringify(quotes[s]);
      const frames = new Map<string, string>();
      sockets.forEach((ws, i) => {
        const key = symbolsOf[i].join(',');
        let frame = frames.get(key);
        if (!frame) {
          const parts = symbolsOf[i].map((s) => fragmentCache[s]);
          frame = `{"op":"update","channel":"quotes","t":${t},"data":[${parts.join(',')}]}`;
          frames.set(key, frame);
        }
        ws.send(frame);
      });
    },
  },
  {
    name: 'one pre-built Buffer per identical set',
    round: (sockets, symbolsOf, quotes, t) => {
      for (let s = 0; s < quotes.length; s++) fragmentCache[s] = JSON.stringify(quotes[s]);
      const frames = new Map<string, Buffer>();
      sockets.forEach((ws, i) => {
        const key = symbolsOf[i].join(',');
        let frame = frames.get(key);
        if (!frame) {
          const parts = symbolsOf[i].map((s) => fragmentCache[s]);
          frame = Buffer.from(
            `{"op":"update","channel":"quotes","t":${t},"data":[${parts.join(',')}]}`,
          );
          frames.set(key, frame);
        }
        ws.send(frame, { binary: false });
      });
    },
  },
];

function quote(symbol: number, seq: number): object {
  const last = 100 + ((symbol * 7 + seq) % 50) / 100;
  return {
    symbol: `SYM${symbol}`,
    seq,
    ts: Date.now(),
    bid: last - 0.01,
    ask: last + 0.01,
    last,
    lastSize: 100,
    volume: seq * 100,
    open: 100,
    high: 101,
    low: 99,
    prevClose: 100,
    change: last - 100,
    changePct: last - 100,
    status: 'trading',
  };
}

async function measure(strategy: Strategy, identical: boolean): Promise<number> {
  const server = new WebSocketServer({ port: 0, perMessageDeflate: false });
  const sockets: WebSocket[] = [];
  server.on('connection', (ws) => sockets.push(ws));
  await new Promise((resolve) => server.once('listening', resolve));
  const port = (server.address() as AddressInfo).port;
  const clients = await Promise.all(
    Array.from({ length: CONNECTIONS }, () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
      return new Promise<WebSocket>((resolve) => ws.once('open', () => resolve(ws)));
    }),
  );
  while (sockets.length < CONNECTIONS) await new Promise((resolve) => setTimeout(resolve, 5));
  const symbolsOf = sockets.map((_, i) =>
    Array.from({ length: PER_CONNECTION }, (_, k) =>
      identical ? k : (i * 13 + k * 17) % UNIVERSE,
    ),
  );
  let busyNs = 0n;
  for (let round = 0; round < ROUNDS; round++) {
    const quotes = Array.from({ length: UNIVERSE }, (_, s) => quote(s, round + 1));
    const start = process.hrtime.bigint();
    strategy.round(sockets, symbolsOf, quotes, Date.now());
    busyNs += process.hrtime.bigint() - start;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  clients.forEach((ws) => ws.terminate());
  server.close();
  return Number(busyNs) / 1000 / (ROUNDS * CONNECTIONS * PER_CONNECTION);
}

async function main(): Promise<void> {
  console.log(`${CONNECTIONS} connections x ${PER_CONNECTION} quotes per frame, ${ROUNDS} rounds`);
  for (const identical of [false, true]) {
    console.log(
      identical
        ? 'every connection follows the same symbols:'
        : 'every connection follows its own symbols:',
    );
    for (const strategy of strategies) {
      await measure(strategy, identical); // warm-up
      const us = await measure(strategy, identical);
      console.log(`  ${strategy.name.padEnd(42)} ${us.toFixed(2)} µs per update`);
    }
  }
}

void main();
