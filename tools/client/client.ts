/**
 * Tickwire terminal client: prints live quotes, and shows how to use the protocol from a script
 * (docs/protocol.md): token, connect, subscribe, snapshot and updates, heartbeats, reconnection
 * with full-jitter backoff, restoring subscriptions, epochs.
 *
 *   npm run client -- AAPL MSFT EUR/USD          (quotes every 250 ms)
 *   npm run client -- --throttle=1000 BTC-USD     (at most one update per second per symbol)
 *   npm run client -- --align AAPL MSFT NVDA      (all symbols together, one frame per 250 ms)
 *   npm run client -- --binary AAPL               (MessagePack frames: tickwire.v1.msgpack)
 *
 * Environment (README, "The terminal client"): TICKWIRE_URL (default http://127.0.0.1:3000),
 * TICKWIRE_USER and TICKWIRE_PASSWORD (default: a guest session), NODE_EXTRA_CA_CERTS to trust a
 * self-signed development certificate.
 *
 * In JSON the types imported below (from @tickwire/protocol, which tsx resolves through
 * tools/tsconfig.json) only document the protocol; with --binary, @tickwire/protocol/msgpack decodes
 * and encodes the frames (any MessagePack library can: docs/protocol.md, "Binary encoding").
 */
import {
  CloseCode,
  RECONNECT_BACKOFF,
  backoffDelay,
  type ErrorMessage,
  type HelloMessage,
  type LoginRequest,
  type Quote,
  type ServerMessage,
  type SubscribeRequest,
  type TokenResponse,
} from '@tickwire/protocol';
import {
  SUBPROTOCOL_MSGPACK,
  decodeServerMessage,
  encodeClientMessage,
} from '@tickwire/protocol/msgpack';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';

const baseUrl = (process.env['TICKWIRE_URL'] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const { throttleMs, align, binary, symbols } = parseOptions(process.argv.slice(2));

interface Options {
  throttleMs: number;
  align: boolean;
  binary: boolean;
  symbols: string[];
}

/** `[--throttle=MS] [--align] [--binary] [SYMBOL...]`; anything else: a one-line error. */
function parseOptions(args: string[]): Options {
  const usage = 'usage: npm run client -- [--throttle=MS] [--align] [--binary] [SYMBOL...]';
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        throttle: { type: 'string' },
        align: { type: 'boolean' },
        binary: { type: 'boolean' },
      },
    });
  } catch (error) {
    // parseArgs explains an unknown option in a long sentence; its first clause says enough.
    return fail(`client: ${(error as Error).message.split('. ')[0]} (${usage})`);
  }
  const { values, positionals } = parsed;
  const throttleMs = values.throttle === undefined ? 250 : Number(values.throttle);
  if (!Number.isFinite(throttleMs) || throttleMs < 0) {
    return fail(`client: --throttle needs a number of milliseconds, not "${values.throttle}"`);
  }
  return {
    throttleMs,
    align: values.align ?? false,
    binary: values.binary ?? false,
    symbols: positionals.length > 0 ? positionals : ['AAPL', 'MSFT'],
  };
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let epoch: string | undefined;
let attempt = 0;
let stopping = false;
let socket: WebSocket | undefined;
/** Whether this connection's frames to the server are MessagePack (decided by its hello). */
let sendBinary = false;

/** Guest session, or a login when TICKWIRE_USER is set. */
async function accessToken(): Promise<string> {
  const user = process.env['TICKWIRE_USER'];
  const path = user ? '/api/auth/login' : '/api/auth/guest';
  const login: LoginRequest | undefined = user
    ? { username: user, password: process.env['TICKWIRE_PASSWORD'] ?? '' }
    : undefined;
  const url = `${baseUrl}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(login ?? {}),
    });
  } catch (error) {
    throw new Error(`POST ${url} failed: ${whyFetchFailed(error)} (TICKWIRE_URL sets the gateway)`);
  }
  if (!response.ok)
    throw new Error(`POST ${url}: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as TokenResponse).accessToken;
}

/** fetch only says "fetch failed": the reason (refused, unknown host, certificate) is its cause. */
function whyFetchFailed(error: unknown): string {
  let cause: unknown = error;
  while (cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0];
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as NodeJS.ErrnoException).code;
  return code && !cause.message.includes(code) ? `${cause.message} (${code})` : cause.message;
}

async function connect(): Promise<void> {
  let token: string;
  try {
    token = await accessToken();
  } catch (error) {
    log(`cannot get a token: ${(error as Error).message}`);
    return reconnectLater();
  }
  // --binary offers MessagePack only: a gateway without it refuses the handshake (HTTP 400).
  const ws = new WebSocket(
    `${baseUrl.replace(/^http/, 'ws')}/ws`,
    binary ? [SUBPROTOCOL_MSGPACK] : [],
    {
      headers: { authorization: `Bearer ${token}` },
    },
  );
  socket = ws;
  let watchdog: NodeJS.Timeout | undefined;
  let heartbeatMs = 5000;
  // Anything from the server proves the connection alive; 2 x heartbeatMs of silence means dead.
  const alive = () => {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
      log('no heartbeat: connection presumed dead');
      ws.terminate();
    }, 2 * heartbeatMs);
  };
  ws.on('unexpected-response', (_request, response) => {
    log(`upgrade refused: HTTP ${response.statusCode}`);
    ws.terminate();
  });
  ws.on('error', (error) => log(`socket error: ${error.message}`));
  ws.on('message', (data: Buffer, isBinary) => {
    alive();
    let message: ServerMessage;
    try {
      message = isBinary
        ? decodeServerMessage(data)
        : (JSON.parse(data.toString()) as ServerMessage);
    } catch (error) {
      log(`unreadable frame dropped: ${(error as Error).message}`);
      return;
    }
    switch (message.op) {
      case 'hello':
        heartbeatMs = message.heartbeatMs;
        // Binary out only when the server selected it and speaks it (older gateways echo any offer).
        sendBinary = ws.protocol === SUBPROTOCOL_MSGPACK && isBinary;
        onHello(ws, message);
        break;
      case 'subscribed':
        log(
          `subscribed ${message.symbols.join(' ')} every ${message.throttleMs} ms` +
            (message.align ? ', aligned' : ''),
        );
        break;
      case 'snapshot':
      case 'update':
        if (message.channel === 'quotes') message.data.forEach(printQuote);
        break;
      case 'error':
        printError(message);
        break;
      default:
        break;
    }
  });
  ws.on('close', (code, reason) => {
    clearTimeout(watchdog);
    if (stopping) return;
    log(`closed ${code} ${reason.toString()}`.trim());
    const slowDown = code === CloseCode.TryAgainLater || code === CloseCode.PolicyViolation;
    reconnectLater(slowDown ? 5000 : 0);
  });
}

function onHello(ws: WebSocket, hello: HelloMessage): void {
  attempt = 0;
  if (epoch !== undefined && epoch !== hello.epoch)
    log('new epoch: the feed restarted, sequence numbers start over');
  epoch = hello.epoch;
  const encoding = sendBinary ? 'MessagePack' : 'JSON';
  log(
    `connected as ${hello.user.username} (${hello.user.plan}), epoch ${hello.epoch}, ${encoding}`,
  );
  // Restoring subscriptions on every hello makes reconnection transparent: the snapshot that
  // follows replaces whatever was missed.
  const request: SubscribeRequest = {
    op: 'subscribe',
    id: 'quotes',
    channel: 'quotes',
    symbols,
    throttleMs,
    align,
  };
  ws.send(sendBinary ? encodeClientMessage(request) : JSON.stringify(request));
}

/** Exponential backoff with full jitter, so that clients do not all come back at the same instant. */
function reconnectLater(minimumMs = 0): void {
  const delay = Math.max(minimumMs, backoffDelay(attempt++, RECONNECT_BACKOFF));
  log(`reconnecting in ${(delay / 1000).toFixed(1)} s`);
  setTimeout(() => void connect(), delay);
}

function printQuote(quote: Quote): void {
  const time = new Date(quote.ts).toISOString().slice(11, 23);
  const change = `${quote.change >= 0 ? '+' : ''}${quote.changePct.toFixed(2)}%`;
  const halted = quote.status === 'halted' ? '  HALTED' : quote.status === 'stale' ? '  STALE' : '';
  process.stdout.write(
    `${time}  ${quote.symbol.padEnd(9)} ${String(quote.last).padStart(12)}  ${change.padStart(8)}` +
      `  ${quote.bid} / ${quote.ask}  vol ${quote.volume}${halted}\n`,
  );
}

function printError(error: ErrorMessage): void {
  const about = error.symbols ? ` (${error.symbols.join(' ')})` : '';
  log(`error ${error.code}: ${error.message}${about}`);
}

function log(text: string): void {
  process.stderr.write(`[tickwire] ${text}\n`);
}

process.on('SIGINT', () => {
  stopping = true;
  socket?.close(CloseCode.Normal);
  setTimeout(() => process.exit(0), 200).unref();
});

void connect();
