import { join } from 'node:path';
import { REPO_ROOT, spawnWatched, type WatchedProcess } from './process';

/** The gateway's start-up line; its first group is the base URL. */
export const LISTENING = /listening on (https?:\/\/\S+)/;

/** The production build of the gateway, as `npm run start:backend` runs it. */
export const BUILT_GATEWAY = join(REPO_ROOT, 'dist', 'backend', 'backend', 'src', 'main.js');

export interface GatewayProcess extends WatchedProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
}

export interface GatewayOptions {
  /** The gateway's environment, over the test defaults (an ephemeral port on loopback). */
  env?: Record<string, string>;
  /** Node flags before the entry point (the bench's inspector, ts-node's loader). */
  nodeArgs?: string[];
  /** The entry point: the production build unless given. */
  entry?: string;
  timeoutMs?: number;
  /** Called with the process before it is ready, to watch its output from the first line. */
  onSpawn?: (process: WatchedProcess) => void;
}

/** Starts the gateway as its own process and resolves once it logs `listening on`. */
export async function startGateway(options: GatewayOptions = {}): Promise<GatewayProcess> {
  const started = spawnWatched(
    process.execPath,
    [...(options.nodeArgs ?? []), options.entry ?? BUILT_GATEWAY],
    { NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', ...options.env },
  );
  options.onSpawn?.(started);
  const match = await started.waitFor(LISTENING, 'gateway', options.timeoutMs ?? 20_000);
  return Object.assign(started, { url: match[1], port: Number(new URL(match[1]).port) });
}
