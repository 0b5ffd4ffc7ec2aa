import { type BackoffOptions, backoffDelay } from '@tickwire/protocol';

export interface ReconnectPolicyOptions extends BackoffOptions {
  /** A connection that stayed live this long resets the backoff to its first step. */
  stableAfterMs: number;
}

/** Counts failed attempts and decides the next delay; time comes in as arguments (testable). */
export class ReconnectPolicy {
  private failures = 0;
  private liveSince: number | null = null;

  constructor(
    private readonly options: ReconnectPolicyOptions,
    private readonly random: () => number = Math.random,
  ) {}

  /** Attempts since the last stable connection (0 before the first retry). */
  get attempt(): number {
    return this.failures;
  }

  connected(now: number): void {
    this.liveSince = now;
  }

  /** The connection closed or could not open: returns the delay before the next try. */
  failed(now: number): number {
    if (this.liveSince !== null && now - this.liveSince >= this.options.stableAfterMs) {
      this.failures = 0;
    }
    this.liveSince = null;
    const delay = backoffDelay(this.failures, this.options, this.random);
    this.failures += 1;
    return delay;
  }

  reset(): void {
    this.failures = 0;
    this.liveSince = null;
  }
}
