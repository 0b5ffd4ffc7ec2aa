import { FrameHealth } from './frame-health';

function run(health: FrameHealth, start: number, seconds: number, frameMs: number): number {
  let time = start;
  const end = start + seconds * 1000;
  while (time < end) {
    time += frameMs;
    health.frame(time, frameMs);
  }
  return time;
}

describe('FrameHealth', () => {
  it('stays at level 0 while frames are on time, and reports fps', () => {
    const health = new FrameHealth();
    health.frame(0, 0);
    run(health, 0, 5, 16.7);
    expect(health.level).toBe(0);
    expect(health.fps).toBeGreaterThanOrEqual(59);
    expect(health.fps).toBeLessThanOrEqual(61);
  });

  it('degrades after two late windows and recovers after five good ones', () => {
    const health = new FrameHealth();
    health.frame(0, 0);
    let t = run(health, 0, 2.05, 80);
    expect(health.level).toBe(1);
    t = run(health, t, 2.1, 80);
    expect(health.level).toBe(2);
    t = run(health, t, 10, 80);
    expect(health.level).toBe(3);
    // The window in progress when frames recover still counts as late.
    t = run(health, t, 6.1, 16);
    expect(health.level).toBe(2);
    run(health, t, 10.2, 16);
    expect(health.level).toBe(0);
  });
});
