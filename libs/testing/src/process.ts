import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root, the working directory of every process started here. */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export interface WatchedProcess {
  child: ChildProcess;
  pid: number;
  /** Everything the process printed so far, stdout and stderr interleaved. */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  exited: Promise<number | null>;
  /**
   * Resolves with the first match of `pattern` in the output (also one printed before the call);
   * rejects with the output when the process exits first, or kills it after `timeoutMs`.
   */
  waitFor(pattern: RegExp, what: string, timeoutMs: number): Promise<RegExpExecArray>;
  /** `signal` (SIGTERM), SIGKILL after 10 s; resolves with the exit code, at once if gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `command` in the repository's root with its output piped and kept. */
export function spawnWatched(
  command: string,
  args: readonly string[],
  env: Record<string, string | undefined>,
): WatchedProcess {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const waitFor = (pattern: RegExp, what: string, timeoutMs: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const finish = (error?: Error, found?: RegExpExecArray) => {
        clearTimeout(timer);
        child.stdout?.off('data', check);
        child.stderr?.off('data', check);
        if (error) reject(error);
        else resolve(found as RegExpExecArray);
      };
      const check = () => {
        const found = pattern.exec(output);
        if (found) finish(undefined, found);
      };
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        finish(new Error(`${what} did not start within ${timeoutMs} ms:\n${output}`));
      }, timeoutMs);
      child.stdout?.on('data', check);
      child.stderr?.on('data', check);
      void exited.then((code) =>
        finish(new Error(`${what} exited with ${code} before it was ready:\n${output}`)),
      );
      check();
    });

  const stop = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (gone()) return exited;
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    void exited.then(() => clearTimeout(killer));
    child.kill(signal);
    return exited;
  };

  return { child, pid: child.pid ?? -1, output: () => output, exited, waitFor, stop };
}
