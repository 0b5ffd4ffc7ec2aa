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

function feedEnv(feed: FeedSettings, port: number): Record<string, string> {
  return {
    PORT: String(port),
    HOST: '127.0.0.1',
    FEED_SEED: String(feed.seed),
    FEED_SYMBOLS: feed.symbols.join(','),
    FEED_TICKS_PER_SECOND: String(feed.ticksPerSecond),
    THROTTLE_MS: String(feed.throttleMs),
  };
}

/** Starts one server under test as its own process and waits until it answers /health. */
export async function startServer(
  kind: ServerKind,
  feed: FeedSettings,
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  const env = { ...process.env, ...feedEnv(feed, port), ...extraEnv };
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
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    // The inspector's banner would crowd out the lines that explain a failure.
    const lines = chunk.toString().split('\n');
    log.push(...lines.filter((line) => line && !INSPECTOR_BANNER.test(line)));
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const inspectorUrl = watchInspectorUrl(child.stderr);
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<never>((_resolve, reject) =>
    child.once('exit', (code) =>
      reject(new Error(`${kind} exited with ${code} during start:\n${log.slice(-10).join('\n')}`)),
    ),
  );
  await Promise.race([waitForHealth(url), exited]);
  return {
    kind,
    pid: child.pid ?? -1,
    url,
    log,
    inspectorUrl,
    stop: () => stopChild(child),
  };
}

async function waitForHealth(url: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url}/health did not answer within 30 s`);
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
