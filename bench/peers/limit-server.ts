/**
 * The raw ws limit: the least work that delivers every connection its own symbols. Each flush
 * serialises each changed symbol once, then joins the fragments each connection subscribed to into
 * one frame and writes it. No per-client throttle state, no limits, no backpressure, no auth:
 * the upper bound of this machine for the workload, not a production design.
 */
import { createServer } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Tick } from '@tickwire/protocol';
import { createPeerFeed, readPeerEnv, toQuote } from './feed';

const env = readPeerEnv(process.env);
const feed = createPeerFeed(env.feed);
const clients = new Map<WebSocket, string[]>();
let changed = new Map<string, Tick>();

const http = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ status: 'ok', connections: clients.size }));
});
const wss = new WebSocketServer({ server: http, path: '/ws', perMessageDeflate: false });

wss.on('connection', (ws) => {
  ws.on('message', (data: Buffer) => {
    const request = JSON.parse(data.toString()) as { op: string; id: string; symbols: string[] };
    if (request.op !== 'subscribe') return;
    clients.set(ws, request.symbols);
    ws.send(
      JSON.stringify({
        op: 'subscribed',
        id: request.id,
        channel: 'quotes',
        symbols: request.symbols,
        throttleMs: env.throttleMs,
      }),
    );
  });
  ws.on('close', () => clients.delete(ws));
});

feed.ticks$.subscribe((tick) => changed.set(tick.symbol, tick));

setInterval(() => {
  if (changed.size === 0) return;
  const fragments = new Map<string, string>();
  for (const [symbol, tick] of changed) fragments.set(symbol, JSON.stringify(toQuote(tick)));
  changed = new Map();
  const head = `{"op":"update","channel":"quotes","t":${Date.now()},"data":[`;
  for (const [ws, symbols] of clients) {
    const parts: string[] = [];
    for (const symbol of symbols) {
      const fragment = fragments.get(symbol);
      if (fragment !== undefined) parts.push(fragment);
    }
    if (parts.length > 0) ws.send(`${head}${parts.join(',')}]}`);
  }
}, env.throttleMs);

feed.start();
http.listen(env.port, '127.0.0.1');
process.on('SIGTERM', () => {
  feed.stop();
  for (const ws of clients.keys()) ws.terminate();
  process.exit(0);
});
// The runner died: never outlive it.
process.on('disconnect', () => process.exit(0));
