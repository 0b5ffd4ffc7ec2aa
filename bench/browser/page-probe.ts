/**
 * Runs inside the dashboard page, added before the app's own scripts: counts animation frames and
 * long tasks (> 50 ms) so the bench can read them per window. Plain JavaScript text, so that no
 * transpiler helper ends up in the page.
 */
export const INSTALL_PROBE = `
(() => {
  const counters = { frames: 0, longTasks: 0, longTaskMs: 0, maxLongTaskMs: 0, since: performance.now() };
  window.__benchProbe = counters;
  const onFrame = () => { counters.frames++; requestAnimationFrame(onFrame); };
  requestAnimationFrame(onFrame);
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      counters.longTasks++;
      counters.longTaskMs += entry.duration;
      counters.maxLongTaskMs = Math.max(counters.maxLongTaskMs, entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
})();
`;

export const RESET_PROBE = `
(() => {
  const c = window.__benchProbe;
  c.frames = 0; c.longTasks = 0; c.longTaskMs = 0; c.maxLongTaskMs = 0; c.since = performance.now();
})()
`;

export const READ_PROBE = `
(() => {
  const c = window.__benchProbe;
  return {
    frames: c.frames, longTasks: c.longTasks, longTaskMs: c.longTaskMs, maxLongTaskMs: c.maxLongTaskMs,
    elapsedMs: performance.now() - c.since,
  };
})()
`;

/** Pixels per second of the steady scroll: 100 rows of 24 px, down the list and back up. */
export const SCROLL_PX_PER_SECOND = 2_400;

/** Scrolls the watchlist steadily, one step per animation frame, until STOP_SCROLL. */
export const START_SCROLL = `
(() => {
  const scroller = document.querySelector('cdk-virtual-scroll-viewport');
  const start = performance.now();
  const state = { running: true };
  window.__benchScroll = state;
  const step = (now) => {
    if (!state.running) return;
    const range = Math.max(1, scroller.scrollHeight - scroller.clientHeight);
    const travelled = ((now - start) / 1000) * ${SCROLL_PX_PER_SECOND};
    const lap = travelled % (2 * range);
    scroller.scrollTop = lap < range ? lap : 2 * range - lap;
    requestAnimationFrame(step);
  };
  requestAnimationFrame(step);
})()
`;

export const STOP_SCROLL = `
(() => { window.__benchScroll.running = false; })()
`;

export interface ProbeReading {
  frames: number;
  longTasks: number;
  longTaskMs: number;
  maxLongTaskMs: number;
  elapsedMs: number;
}
