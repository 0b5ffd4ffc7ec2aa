/**
 * Socket.IO 4 as its documentation recommends for this job: one room per symbol, a per-symbol
 * throttle on the server (RxJS throttleTime, leading and trailing: the latest state wins) and
 * volatile emits (a packet a slow client cannot take now is dropped rather than queued).
 */
import { createServer } from 'node:http';
import { asyncScheduler, groupBy, mergeMap, throttleTime } from 'rxjs';
import { Server } from 'socket.io';
import { createPeerFeed, readPeerEnv, toQuote } from './feed';

const env = readPeerEnv(process.env);
const feed = createPeerFeed(env.feed);

const http = createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'ok', connections: io.engine.clientsCount }));
  }
});
const io = new Server(http, { serveClient: false, transports: ['websocket'] });

interface SubscribeRequest {
  symbols: string[];
  throttleMs: number;
}

io.on('connection', (socket) => {
  socket.on('subscribe', (request: SubscribeRequest, ack?: (reply: unknown) => void) => {
    void socket.join(request.symbols);
    ack?.({ symbols: request.symbols, throttleMs: env.throttleMs });
  });
});

// groupBy keeps one throttle per symbol with a Map lookup per tick.
feed.ticks$
  .pipe(
    groupBy((tick) => tick.symbol),
    mergeMap((ticks) =>
      ticks.pipe(throttleTime(env.throttleMs, asyncScheduler, { leading: true, trailing: true })),
    ),
  )
  .subscribe((tick) => io.to(tick.symbol).volatile.emit('quote', toQuote(tick)));

feed.start();
http.listen(env.port, '127.0.0.1');
process.on('SIGTERM', () => {
  feed.stop();
  io.disconnectSockets(true);
  process.exit(0);
});
// The runner died: never outlive it.
process.on('disconnect', () => process.exit(0));
