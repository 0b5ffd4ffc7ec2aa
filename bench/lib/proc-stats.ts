import { existsSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ); 100 on every Linux we run on. */
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in microseconds, from the kernel's own accounting. */
export function cpuMicros(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may contain spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1_000_000) / CLOCK_TICKS_PER_SECOND;
}

/** Resident set size of a process, in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

export interface CpuWindow {
  /** CPU microseconds used in the window. */
  cpuMicros: number;
  wallMs: number;
}

/** Whether the process still exists (a server without backpressure can die of memory in S3). */
export function isRunning(pid: number): boolean {
  return existsSync(`/proc/${pid}/stat`);
}

/**
 * Starts measuring a process's CPU; call the returned function to end the window. A process that
 * is gone by then has no final reading: its window is NaN, shown as '-'.
 */
export function startCpuWindow(pid: number): () => CpuWindow {
  const cpu0 = cpuMicros(pid);
  const wall0 = performance.now();
  return () => ({
    cpuMicros: isRunning(pid) ? cpuMicros(pid) - cpu0 : Number.NaN,
    wallMs: performance.now() - wall0,
  });
}

/** Like startCpuWindow, summed over several processes (the load generators). */
export function startCpuWindowOf(pids: number[]): () => CpuWindow {
  const ends = pids.map((pid) => startCpuWindow(pid));
  return () => sumCpuWindows(ends.map((end) => end()));
}

/** Several processes' windows as one: their CPU summed over the longest wall time. */
export function sumCpuWindows(windows: CpuWindow[]): CpuWindow {
  return {
    cpuMicros: windows.reduce((sum, window) => sum + window.cpuMicros, 0),
    wallMs: Math.max(...windows.map((window) => window.wallMs)),
  };
}

/** A window's CPU as a percentage of one core. */
export function cpuPercent(window: CpuWindow): number {
  return (100 * window.cpuMicros) / (window.wallMs * 1000);
}
