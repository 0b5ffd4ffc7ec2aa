import { readFileSync } from 'node:fs';

/** A process's resident set size from /proc/<pid>/status (VmRSS), in bytes. */
export function vmRssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** The gateway's /metrics value of `name` (a metric without labels). */
export async function gaugeValue(baseUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();
  const match = new RegExp(`^${name} (\\S+)$`, 'm').exec(text);
  if (!match) throw new Error(`/metrics has no ${name}`);
  return Number(match[1]);
}

/** Samples a process's RSS every 100 ms until stopped; `stop` returns the peak. */
export function trackPeakRss(pid: number): { stop(): number } {
  let peak = vmRssBytes(pid);
  const timer = setInterval(() => (peak = Math.max(peak, vmRssBytes(pid))), 100);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
