/**
 * Runs inside the dashboard page, added before the app's own scripts: counts animation frames and
 * long tasks (> 50 ms) so the bench can read them per window. Plain JavaScript text, so that no
 * transpiler helper ends up in the page.
 */
export const INSTALL_PROBE = `
(() => {
  const counters = { frames: 0, longTasks: 0, longTaskMs: 0, since: performance.now() };
  window.__benchProbe = counters;
  const onFrame = () => { counters.frames++; requestAnimationFrame(onFrame); };
  requestAnimationFrame(onFrame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) { counters.longTasks++; counters.longTaskMs += entry.duration; }
  }).observe({ type: 'longtask', buffered: true });
})();
`;

export const RESET_PROBE = `
(() => {
  const c = window.__benchProbe;
  c.frames = 0; c.longTasks = 0; c.longTaskMs = 0; c.since = performance.now();
})()
`;

export const READ_PROBE = `
(() => {
  const c = window.__benchProbe;
  return { frames: c.frames, longTasks: c.longTasks, longTaskMs: c.longTaskMs, elapsedMs: performance.now() - c.since };
})()
`;

export interface ProbeReading {
  frames: number;
  longTasks: number;
  longTaskMs: number;
  elapsedMs: number;
}
