import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createHistogram, mergeInto } from './histogram';
import type {
  ClientReport,
  ConnectCommand,
  ConnectedReport,
  LoadStats,
  RunnerCommand,
} from '../load/messages';

const CLIENT_SCRIPT = join(__dirname, '..', 'load', 'load-client.ts');

export interface ConnectResult {
  ready: number;
  failed: number;
  failures: string[];
  elapsedMs: number;
}

/** A set of load-generator processes sharing one job, driven over IPC. */
export class LoadFleet {
  private constructor(private readonly children: ChildProcess[]) {}

  /** Forks `processes` clients (tsx's loader is inherited through execArgv). */
  static start(processes: number): LoadFleet {
    const children = Array.from({ length: processes }, () =>
      fork(CLIENT_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
    return new LoadFleet(children);
  }

  get pids(): number[] {
    return this.children.map((child) => child.pid ?? -1);
  }

  /**
   * Splits the connections over the processes, opens them all, resolves once all answered.
   * `urls` spreads the processes over several servers (process i connects to `urls[i % n]`).
   */
  async connect(
    job: Omit<ConnectCommand, 'type' | 'subscriptions'>,
    subscriptions: string[][],
    urls: string[] = [job.url],
  ) {
    const share = Math.ceil(subscriptions.length / this.children.length);
    const replies = await Promise.all(
      this.children.map((child, index) =>
        this.ask<ConnectedReport>(child, 'connected', {
          type: 'connect',
          ...job,
          url: urls[index % urls.length],
          subscriptions: subscriptions.slice(index * share, (index + 1) * share),
        }),
      ),
    );
    return {
      ready: replies.reduce((sum, reply) => sum + reply.ready, 0),
      failed: replies.reduce((sum, reply) => sum + reply.failed, 0),
      failures: [...new Set(replies.flatMap((reply) => reply.failures))].slice(0, 5),
      elapsedMs: Math.max(...replies.map((reply) => reply.elapsedMs)),
    } satisfies ConnectResult;
  }

  /** Subscribes the connections opened with `holdSubscription`. */
  async subscribeHeld(deadlineMs: number): Promise<ConnectResult> {
    const replies = await Promise.all(
      this.children.map((child) =>
        this.ask<ConnectedReport>(child, 'connected', { type: 'subscribe', deadlineMs }),
      ),
    );
    return {
      ready: replies.reduce((sum, reply) => sum + reply.ready, 0),
      failed: replies.reduce((sum, reply) => sum + reply.failed, 0),
      failures: [...new Set(replies.flatMap((reply) => reply.failures))].slice(0, 5),
      elapsedMs: Math.max(...replies.map((reply) => reply.elapsedMs)),
    };
  }

  /** Starts a new counting window in every process. */
  reset(): void {
    for (const child of this.children) child.send({ type: 'reset' } satisfies RunnerCommand);
  }

  /** Counts since the last reset, summed over the processes. */
  async report(): Promise<LoadStats> {
    return mergeStats(await this.reportEach());
  }

  /** Counts since the last reset, one report per process, in the order of `pids`. */
  reportEach(): Promise<LoadStats[]> {
    return Promise.all(
      this.children.map((child) =>
        this.ask<LoadStats & { type: 'report' }>(child, 'report', { type: 'report' }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(
      this.children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.send({ type: 'close' } satisfies RunnerCommand);
          }),
      ),
    );
  }

  private ask<T extends ClientReport>(
    child: ChildProcess,
    answer: T['type'],
    command: RunnerCommand,
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      const onMessage = (message: ClientReport) => {
        if (message.type !== answer) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as T);
      };
      const onExit = (code: number | null) => reject(new Error(`load client exited (${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(command);
    });
  }
}

/** Several processes' counts as one: sums, one delay histogram, the longest window. */
export function mergeStats(replies: LoadStats[]): LoadStats {
  const merged: LoadStats = {
    connections: 0,
    updates: 0,
    frames: 0,
    bytes: 0,
    delays: createHistogram(),
    closes: {},
    windowMs: Math.max(...replies.map((reply) => reply.windowMs)),
  };
  for (const reply of replies) {
    merged.connections += reply.connections;
    merged.updates += reply.updates;
    merged.frames += reply.frames;
    merged.bytes += reply.bytes;
    mergeInto(merged.delays, reply.delays);
    for (const [code, count] of Object.entries(reply.closes)) {
      merged.closes[code] = (merged.closes[code] ?? 0) + count;
    }
  }
  return merged;
}
