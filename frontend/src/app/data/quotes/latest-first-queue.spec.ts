import { LatestFirstQueue } from './latest-first-queue';

describe('LatestFirstQueue', () => {
  it('runs the newest jobs first, a few at a time, and drops the oldest waiting ones', async () => {
    const queue = new LatestFirstQueue(1, 2);
    const started: string[] = [];
    const dropped: string[] = [];
    const finish: (() => void)[] = [];
    const job = (name: string) => () =>
      new Promise<void>((resolve) => {
        started.push(name);
        finish.push(resolve);
      });
    for (const name of ['a', 'b', 'c', 'd']) queue.push(job(name), () => dropped.push(name));
    // 'a' started at once; of b, c, d only the newest two wait.
    expect(started).toEqual(['a']);
    expect(dropped).toEqual(['b']);
    finish[0]();
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(['a', 'd']);
    finish[1]();
    await Promise.resolve();
    await Promise.resolve();
    expect(started).toEqual(['a', 'd', 'c']);
  });
});
