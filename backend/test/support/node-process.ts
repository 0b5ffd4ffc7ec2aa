import { type WatchedProcess, spawnWatched } from '@tickwire/testing';

export interface NodeProcess extends WatchedProcess {
  /** The first match of `ready` in the output. */
  match: RegExpExecArray;
}

/** Node flags that run a TypeScript entry point as `nx serve` does (TS_NODE_PROJECT picks its tsconfig). */
export const TS_NODE_ARGS = [
  '-r',
  'ts-node/register/transpile-only',
  '-r',
  'tsconfig-paths/register',
];

/**
 * Runs a TypeScript entry point in its own process (ts-node, as `nx serve` does) and resolves once
 * its output matches `ready`; rejects with the output when it exits first or takes too long.
 */
export async function spawnTsProcess(options: {
  entry: string;
  tsProject: string;
  env: Record<string, string>;
  ready: RegExp;
  what: string;
  timeoutMs?: number;
}): Promise<NodeProcess> {
  const started = spawnWatched(process.execPath, [...TS_NODE_ARGS, options.entry], {
    TS_NODE_PROJECT: options.tsProject,
    ...options.env,
  });
  const match = await started.waitFor(options.ready, options.what, options.timeoutMs ?? 60_000);
  return Object.assign(started, { match });
}
