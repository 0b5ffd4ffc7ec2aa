import { type ChildProcess } from 'node:child_process';
import { spawnTsProcess } from './node-process';
import { TEST_ENV } from './test-app';

export interface GatewayProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs backend/src/main.ts in its own process (ts-node, as `nx serve` does), until `listening on`. */
export async function spawnGateway(
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<GatewayProcess> {
  const started = await spawnTsProcess({
    entry: 'backend/src/main.ts',
    tsProject: 'backend/tsconfig.app.json',
    env: { ...TEST_ENV, LOG_LEVEL: 'log', ...env },
    ready: /listening on (https?:\/\/\S+)/,
    what: 'gateway',
    timeoutMs,
  });
  return {
    url: started.match[1],
    child: started.child,
    output: started.output,
    exited: started.exited,
  };
}
