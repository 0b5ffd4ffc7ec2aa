import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

export interface NodeProcess {
  child: ChildProcess;
  /** The first match of `ready` in the output. */
  match: RegExpExecArray;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** SIGTERM (or another signal), then waits for the exit; resolves at once if already gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

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
  const timeoutMs = options.timeoutMs ?? 60_000;
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', options.entry],
    {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', TS_NODE_PROJECT: options.tsProject, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.what} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = options.ready.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(found);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.what} exited with ${code} before it was ready:\n${output}`));
    });
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return { child, match, output: () => output, exited, stop };
}
