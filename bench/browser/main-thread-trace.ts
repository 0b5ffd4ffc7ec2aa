/**
 * The renderer main thread's own CPU time over a window, from a Chromium performance trace: the
 * load of other processes on a shared machine stretches tasks in wall time (a task of 25 ms of
 * CPU measured 470 ms as a long task while the load average was 13), but not in thread time.
 */
import { type CDPSession, type Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs. */
  tdur?: number;
  args?: { name?: string };
}

export interface MainThreadCpu {
  /** CPU time of all the main thread's tasks, ms. */
  busyMs: number;
  /** Tasks that ran more than 50 ms of CPU (the long-task threshold, in thread time). */
  longTasks: number;
  longestTaskMs: number;
}

const LONG_TASK_US = 50_000;

export class MainThreadTrace {
  private readonly events: TraceEvent[] = [];
  private done: Promise<void> | null = null;

  private constructor(private readonly cdp: CDPSession) {}

  static async start(page: Page): Promise<MainThreadTrace> {
    const cdp = await page.context().newCDPSession(page);
    const trace = new MainThreadTrace(cdp);
    cdp.on('Tracing.dataCollected', (data) => {
      trace.events.push(...(data.value as unknown as TraceEvent[]));
    });
    trace.done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    return trace;
  }

  async stop(): Promise<MainThreadCpu> {
    await this.cdp.send('Tracing.end');
    await this.done;
    await this.cdp.detach();
    const main = this.events.find(
      (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
    );
    const tasks = this.events.filter(
      (event) =>
        main !== undefined &&
        event.pid === main.pid &&
        event.tid === main.tid &&
        event.ph === 'X' &&
        event.name === 'RunTask',
    );
    let busy = 0;
    let longTasks = 0;
    let longest = 0;
    for (const task of tasks) {
      const cpu = task.tdur ?? 0;
      busy += cpu;
      if (cpu > LONG_TASK_US) longTasks += 1;
      longest = Math.max(longest, cpu);
    }
    return { busyMs: busy / 1000, longTasks, longestTaskMs: longest / 1000 };
  }
}
