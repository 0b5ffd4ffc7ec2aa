import { type Bar } from '@tickwire/protocol';
import { type Scales, encodeBarFragment } from '@tickwire/protocol/msgpack';

/**
 * A bar that just closed, with the stream version at which it last changed. Each wire form is
 * encoded on first demand and then shared, like a symbol's live fragments.
 */
export class ClosedBar {
  private json: string | undefined;
  private binary: Uint8Array | undefined;

  constructor(
    readonly bar: Bar,
    readonly finalVersion: number,
    private readonly scales: Scales,
  ) {}

  fragment(): string {
    this.json ??= JSON.stringify(this.bar);
    return this.json;
  }

  packed(): Uint8Array {
    this.binary ??= encodeBarFragment(this.bar, this.scales);
    return this.binary;
  }
}
