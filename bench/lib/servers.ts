import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { INSPECT_FLAG, watchInspectorUrl } from './inspector-gc';

export type ServerKind = 'tickwire' | 'tickwire-aligned' | 'socketio' | 'limit';

/** Every kind, in the order a run measures and reports them. */
export const SERVER_KINDS: ServerKind[] = ['tickwire', 'tickwire-aligned', 'socketio', 'limit'];

export const SERVER_LABELS: Record<ServerKind, string> = {
  tickwire: 'Tickwire',
  'tickwire-aligned': 'Tickwire aligned',
  socketio: 'Socket.IO 4',
  limit: 'raw ws limit',
};

/** Both Tickwire kinds run the same gateway process; only their subscribe frames differ. */
export const TICKWIRE_KINDS = ['tickwire', 'tickwire-aligned'] as const;
export type TickwireKind = (typeof TICKWIRE_KINDS)[number];

export function isTickwire(kind: ServerKind): kind is TickwireKind {
  return (TICKWIRE_KINDS as readonly ServerKind[]).includes(kind);
}

export const ROOT = join(__dirname, '..', '..');
export const GATEWAY_MAIN = join(ROOT, 'dist', 'backend', 'backend', 'src', 'main.js');
/** The built feed process, as `npm run start:feed` runs it. */
export const FEED_MAIN = join(ROOT, 'dist', 'feed', 'feed', 'src', 'main.js');

export interface FeedSettings {
  seed: number;
  symbols: string[];
  ticksPerSecond: number;
  throttleMs: number;
}

export interface RunningServer {
  kind: ServerKind;
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Output lines kept for the error message when something fails. */
  log: string[];
  /** The inspector's ws:// address (for forcing a GC), once the process has printed it. */
  inspectorUrl(): string | undefined;
  stop(): Promise<void>;
}

const INSPECTOR_BANNER =
  /^(Debugger listening on|For help, see:|Debugger attached|Waiting for the debugger)/;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function feedEnv(feed: FeedSettings): Record<string, string> {
  return {
    FEED_SEED: String(feed.seed),
    FEED_SYMBOLS: feed.symbols.join(','),
    FEED_TICKS_PER_SECOND: String(feed.ticksPerSecond),
    THROTTLE_MS: String(feed.throttleMs),
  };
}

/** How a server under test counts as started: `/health` (live) or `/ready` (live data, a bus gateway). */
export type ReadyPath = '/health' | '/ready';

/** Starts one server under test as its own process and waits until it answers `readyPath`. */
export async function startServer(
  kind: ServerKind,
  feed: FeedSettings,
  extraEnv: Record<string, string> = {},
  readyPath: ReadyPath = '/health',
): Promise<RunningServer> {
  const port = await freePort();
  const env = {
    ...process.env,
    ...feedEnv(feed),
    PORT: String(port),
    HOST: '127.0.0.1',
    ...extraEnv,
  };
  let child: ChildProcess;
  const stdio: ['ignore', 'pipe', 'pipe', 'ipc'] = ['ignore', 'pipe', 'pipe', 'ipc'];
  if (isTickwire(kind)) {
    if (!existsSync(GATEWAY_MAIN)) throw new Error(`no production build at ${GATEWAY_MAIN}`);
    // Plain node, no tsx loader: the production build as `npm run start:backend` runs it, plus
    // the inspector, which costs nothing until the bench connects to force a GC.
    child = spawn(process.execPath, [INSPECT_FLAG, GATEWAY_MAIN], {
      cwd: ROOT,
      env,
      stdio: stdio.slice(0, 3),
    });
  } else {
    const script = join(
      __dirname,
      '..',
      'peers',
      `${kind === 'limit' ? 'limit' : 'socketio'}-server.ts`,
    );
    // fork() passes execArgv instead of inheriting it when given: keep tsx's loader flags.
    child = fork(script, [], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'production' },
      execArgv: [...process.execArgv, INSPECT_FLAG],
      stdio,
    });
  }
  const started = watchChild(kind, child);
  const inspectorUrl = watchInspectorUrl(child.stderr);
  const url = `http://127.0.0.1:${port}`;
  await Promise.race([waitForAnswer(url, readyPath), started.exited]);
  return {
    kind,
    pid: child.pid ?? -1,
    url,
    log: started.log,
    inspectorUrl,
    stop: () => stopChild(child),
  };
}

export interface RunningProcess {
  pid: number;
  log: string[];
  stop(): Promise<void>;
}

/**
 * Starts the built feed process (`npm run start:feed`) publishing the bench's feed to Redis at
 * `redisUrl`, and waits for its `feed publishing` line.
 */
export async function startFeedProcess(
  feed: FeedSettings,
  redisUrl: string,
): Promise<RunningProcess> {
  if (!existsSync(FEED_MAIN)) throw new Error(`no production build at ${FEED_MAIN}`);
  const child = spawn(process.execPath, [FEED_MAIN], {
    cwd: ROOT,
    env: { ...process.env, ...feedEnv(feed), NODE_ENV: 'production', REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let publishing!: () => void;
  const published = new Promise<void>((resolve) => (publishing = resolve));
  const started = watchChild('feed', child, (line) => {
    if (line.includes('feed publishing')) publishing();
  });
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      published,
      started.exited,
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no "feed publishing" within 60 s:\n${started.log.join('\n')}`)),
          60_000,
        );
      }),
    ]);
  } catch (error) {
    await stopChild(child);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return { pid: child.pid ?? -1, log: started.log, stop: () => stopChild(child) };
}

/** Keeps a child's last output lines; `exited` rejects (with them) if it exits during start. */
function watchChild(name: string, child: ChildProcess, onLine?: (line: string) => void) {
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    // The inspector's banner would crowd out the lines that explain a failure.
    const lines = chunk.toString().split('\n');
    const kept = lines.filter((line) => line && !INSPECTOR_BANNER.test(line));
    if (onLine) kept.forEach(onLine);
    log.push(...kept);
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`${name} exited with ${code} during start:\n${log.slice(-10).join('\n')}`)),
    ),
  );
  // Only a start that is still waiting cares; a later exit must not be an unhandled rejection.
  exited.catch(() => undefined);
  return { log, exited };
}

async function waitForAnswer(url: string, path: ReadyPath): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}${path}`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url}${path} did not answer 200 within 30 s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
