/**
 * Bytes written to the sockets that share it, counted in the one place that writes
 * (`FanoutSession.write`) and handed to the metrics by whoever drains it.
 */
export class WireTally {
  private bytes = 0;

  add(bytes: number): void {
    this.bytes += bytes;
  }

  /** The bytes counted since the previous drain. */
  drain(): number {
    const bytes = this.bytes;
    this.bytes = 0;
    return bytes;
  }
}
