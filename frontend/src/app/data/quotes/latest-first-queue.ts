interface Job {
  run: () => Promise<void>;
  dropped: () => void;
}

/**
 * Runs at most `concurrency` jobs at once, the most recently pushed first, and keeps at most
 * `capacity` waiting: the oldest is dropped (and told so) when one more comes. Session histories
 * load this way, so that the rows on screen after a fast scroll load before the hundreds that
 * flew past, and those are forgotten rather than all fetched.
 */
export class LatestFirstQueue {
  private readonly waiting: Job[] = [];
  private running = 0;

  constructor(
    private readonly concurrency: number,
    private readonly capacity: number,
  ) {}

  push(run: () => Promise<void>, dropped: () => void): void {
    this.waiting.push({ run, dropped });
    if (this.waiting.length > this.capacity) this.waiting.shift()?.dropped();
    this.next();
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const job = this.waiting.pop() as Job;
      this.running += 1;
      void job.run().finally(() => {
        this.running -= 1;
        this.next();
      });
    }
  }
}
