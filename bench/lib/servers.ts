import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '@tickwire/bus/testing';
import {
  BUILT_GATEWAY,
  INSPECT_FLAG,
  REPO_ROOT,
  spawnWatched,
  waitFor,
  watchInspectorUrl,
  type WatchedProcess,
} from '@tickwire/testing';

export type ServerKind =
  'tickwire' | 'tickwire-parsed' | 'tickwire-msgpack' | 'tickwire-aligned' | 'socketio' | 'limit';

/** Every kind, in the order a run measures and reports them. */
export const SERVER_KINDS: ServerKind[] = [
  'tickwire',
  // Right before the binary kind, so that the two windows it is compared with are close in time.
  'tickwire-parsed',
  'tickwire-msgpack',
  'tickwire-aligned',
  'socketio',
  'limit',
];

export const SERVER_LABELS: Record<ServerKind, string> = {
  tickwire: 'Tickwire',
  'tickwire-parsed': 'Tickwire JSON parsed',
  'tickwire-msgpack': 'Tickwire binary',
  'tickwire-aligned': 'Tickwire aligned',
  socketio: 'Socket.IO 4',
  limit: 'raw ws limit',
};

/**
 * The Tickwire kinds run the same gateway process; only their subscribe frames (aligned), their
 * subprotocol (tickwire.v1.msgpack) or what their load clients do with a frame (parsed) differ.
 */
export const TICKWIRE_KINDS = [
  'tickwire',
  'tickwire-parsed',
  'tickwire-msgpack',
  'tickwire-aligned',
] as const;
export type TickwireKind = (typeof TICKWIRE_KINDS)[number];

export function isTickwire(kind: ServerKind): kind is TickwireKind {
  return (TICKWIRE_KINDS as readonly ServerKind[]).includes(kind);
}

/**
 * `tickwire-parsed` is `tickwire` with load clients that JSON.parse every frame, as a real client
 * must: the JSON side of issue 14's like-for-like comparison with the binary kind, whose clients
 * decode every frame. The gateway and the wire are exactly `tickwire`'s, so it runs S1 and S3
 * only (not S2 nor through Redis) and is judged only against the binary kind.
 */
export function isClientVariant(kind: ServerKind): boolean {
  return kind === 'tickwire-parsed';
}

/**
 * Kinds whose clients subscribe with `align`: the aligned kind, and issue 14's pair (JSON parsed,
 * binary), so that every client of both gets the same updates per frame and their CPU per update
 * compares like for like (unaligned, a client that falls behind gets fewer, fuller frames and
 * flatters its gateway).
 */
export function subscribesAligned(kind: ServerKind): boolean {
  return kind === 'tickwire-aligned' || kind === 'tickwire-parsed' || kind === 'tickwire-msgpack';
}

export const ROOT = REPO_ROOT;
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
  /** Its output lines so far, for the error message when something fails. */
  log(): string[];
  /** The inspector's ws:// address (for forcing a GC), once the process has printed it. */
  inspectorUrl(): string | undefined;
  stop(): Promise<void>;
}

const INSPECTOR_BANNER =
  /^(Debugger listening on|For help, see:|Debugger attached|Waiting for the debugger)/;

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

/**
 * Starts one server under test as its own process and waits until it answers `readyPath` (the
 * gateway runs at LOG_LEVEL=warn here, so it prints no `listening on` line to wait for).
 */
export async function startServer(
  kind: ServerKind,
  feed: FeedSettings,
  extraEnv: Record<string, string> = {},
  readyPath: ReadyPath = '/health',
): Promise<RunningServer> {
  // A fixed PORT in extraEnv restarts a server where its clients expect it (the storm).
  const port = Number(extraEnv.PORT ?? 0) || (await freePort());
  const env = { ...feedEnv(feed), PORT: String(port), HOST: '127.0.0.1', ...extraEnv };
  let child: WatchedProcess;
  if (isTickwire(kind)) {
    if (!existsSync(BUILT_GATEWAY)) throw new Error(`no production build at ${BUILT_GATEWAY}`);
    // Plain node, no tsx loader: the production build as `npm run start:backend` runs it, plus
    // the inspector, which costs nothing until the bench connects to force a GC.
    child = spawnWatched(process.execPath, [INSPECT_FLAG, BUILT_GATEWAY], env);
  } else {
    const script = join(__dirname, '..', 'peers', `${kind}-server.ts`);
    // The peers are TypeScript: tsx's loader flags (this process's execArgv) go first.
    child = spawnWatched(process.execPath, [...process.execArgv, INSPECT_FLAG, script], {
      ...env,
      NODE_ENV: 'production',
    });
  }
  const inspectorUrl = watchInspectorUrl(child.child.stderr);
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([waitForAnswer(url, readyPath), exitDuringStart(kind, child)]);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    kind,
    pid: child.pid,
    url,
    log: () => outputLines(child),
    inspectorUrl,
    stop: async () => void (await child.stop()),
  };
}

export interface RunningProcess {
  pid: number;
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
  const child = spawnWatched(process.execPath, [FEED_MAIN], {
    ...feedEnv(feed),
    NODE_ENV: 'production',
    REDIS_URL: redisUrl,
  });
  try {
    await child.waitFor(/feed publishing/, 'feed', 60_000);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { pid: child.pid, stop: async () => void (await child.stop()) };
}

/** The process's output lines without the inspector's banner, which crowds out the ones that explain a failure. */
function outputLines(child: WatchedProcess): string[] {
  return child
    .output()
    .split('\n')
    .filter((line) => line && !INSPECTOR_BANNER.test(line));
}

/** Rejects with the last output lines if the process exits; only a start still waiting cares. */
function exitDuringStart(name: string, child: WatchedProcess): Promise<never> {
  const failed = child.exited.then((code) => {
    const lastLines = outputLines(child).slice(-10).join('\n');
    throw new Error(`${name} exited with ${code} during start:\n${lastLines}`);
  });
  // A later exit must not be an unhandled rejection.
  failed.catch(() => undefined);
  return failed;
}

function waitForAnswer(url: string, path: ReadyPath): Promise<void> {
  const answers = async () => {
    try {
      return (await fetch(`${url}${path}`)).ok;
    } catch {
      return false; // not listening yet
    }
  };
  return waitFor(answers, 30_000, `${url}${path} to answer 200`, 100);
}
