/**
 * A load-generator process: opens the connections the runner asks for with `ws` clients, then
 * subscribes them all (two phases, so that a server already saturated by the first subscribers
 * does not starve the later handshakes), and counts what arrives: updates, frames, bytes, and the
 * delivery delay (receive time minus the quote's `ts`).
 */
import WebSocket from 'ws';
import { createHistogram, record } from '../lib/histogram';
import { createAdapter, type WireAdapter } from './wire';
import type { ClientReport, ConnectCommand, LoadStats, RunnerCommand } from './messages';

interface Connection {
  ws: WebSocket;
  adapter: WireAdapter;
  subscribed: Promise<void>;
}

const sockets: WebSocket[] = [];
/** Opened with holdSubscription, waiting for the `subscribe` command. */
const held: Connection[] = [];
const closes: Record<string, number> = {};
let stats = emptyStats();

function emptyStats() {
  return { updates: 0, frames: 0, bytes: 0, delays: createHistogram(), startedAt: Date.now() };
}

function send(report: ClientReport): void {
  process.send?.(report);
}

function withDeadline<T>(promise: Promise<T>, deadline: number, what: string): Promise<T> {
  const left = deadline - Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not done before the deadline`)), left);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** Opens one connection; resolves once it may subscribe. */
function open(command: ConnectCommand, symbols: string[]): Promise<Connection> {
  const adapter = createAdapter(command.protocol, symbols, command.throttleMs, command.align);
  const ws = new WebSocket(command.url + adapter.path, adapter.protocols ?? [], {
    headers: command.headers,
    perMessageDeflate: false,
  });
  let markReady: () => void = () => undefined;
  let markSubscribed: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    fail = reject;
  });
  let failSubscription: (error: Error) => void = () => undefined;
  const subscribed = new Promise<void>((resolve, reject) => {
    markSubscribed = resolve;
    failSubscription = reject;
  });
  subscribed.catch(() => undefined);
  const failBoth = (error: Error) => {
    fail(error);
    failSubscription(error);
  };
  ws.on('unexpected-response', (_request, response) => {
    failBoth(new Error(`handshake answered HTTP ${response.statusCode}`));
    ws.terminate();
  });
  ws.on('error', (error) => failBoth(error));
  ws.on('open', () => {
    if (adapter.readyOnOpen) markReady();
  });
  ws.on('close', (code) => {
    closes[code] = (closes[code] ?? 0) + 1;
    failBoth(new Error(`closed with ${code}`));
  });
  ws.on('message', (data: Buffer, isBinary) => {
    const now = Date.now();
    stats.frames++;
    stats.bytes += data.length;
    const result = adapter.onFrame(data, isBinary);
    if (result.timestamps) {
      stats.updates += result.timestamps.length;
      for (const ts of result.timestamps) record(stats.delays, now - ts);
    }
    for (const reply of result.replies ?? []) ws.send(reply);
    if (result.ready) markReady();
    if (result.error) failSubscription(new Error(result.error));
    if (result.subscribed) {
      if (command.pauseAfterSubscribe) ws.pause();
      markSubscribed();
    }
  });
  return ready.then(() => ({ ws, adapter, subscribed }));
}

async function connectAll(command: ConnectCommand): Promise<void> {
  const started = performance.now();
  const deadline = Date.now() + command.deadlineMs;
  const failures: string[] = [];
  const opened: Connection[] = [];
  let next = 0;
  const worker = async () => {
    while (next < command.subscriptions.length) {
      const symbols = command.subscriptions[next++];
      try {
        opened.push(await withDeadline(open(command, symbols), deadline, 'handshake'));
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  const workers = Math.max(1, Math.min(command.concurrency, command.subscriptions.length));
  await Promise.all(Array.from({ length: workers }, worker));

  if (command.holdSubscription) {
    held.push(...opened);
    send({
      type: 'connected',
      ready: opened.length,
      failed: failures.length,
      failures: [...new Set(failures)].slice(0, 5),
      elapsedMs: performance.now() - started,
    });
    return;
  }
  await subscribeAll(opened, deadline, failures, started);
}

async function subscribeAll(
  opened: Connection[],
  deadline: number,
  failures: string[],
  started: number,
): Promise<void> {
  for (const connection of opened) connection.ws.send(connection.adapter.subscribeFrame);
  let ready = 0;
  await Promise.all(
    opened.map(async (connection) => {
      try {
        await withDeadline(connection.subscribed, deadline, 'subscription');
        sockets.push(connection.ws);
        ready++;
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
        connection.ws.terminate();
      }
    }),
  );
  send({
    type: 'connected',
    ready,
    failed: failures.length,
    failures: [...new Set(failures)].slice(0, 5),
    elapsedMs: performance.now() - started,
  });
}

function report(): void {
  const { startedAt, ...counts } = stats;
  const result: LoadStats = {
    ...counts,
    connections: sockets.filter((ws) => ws.readyState === WebSocket.OPEN).length,
    closes: { ...closes },
    windowMs: Date.now() - startedAt,
  };
  send({ type: 'report', ...result });
}

process.on('message', (command: RunnerCommand) => {
  switch (command.type) {
    case 'connect':
      void connectAll(command);
      break;
    case 'subscribe':
      void subscribeAll(held.splice(0), Date.now() + command.deadlineMs, [], performance.now());
      break;
    case 'reset':
      stats = emptyStats();
      break;
    case 'report':
      report();
      break;
    case 'close':
      for (const ws of sockets) ws.terminate();
      process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
