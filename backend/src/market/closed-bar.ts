import { type Bar } from '@tickwire/protocol';

/**
 * A bar that just closed, with the stream version at which it last changed. Its wire form is
 * encoded on first demand and then shared, like a symbol's live fragments.
 */
export class ClosedBar {
  private json: string | undefined;

  constructor(
    readonly bar: Bar,
    readonly finalVersion: number,
  ) {}

  fragment(): string {
    this.json ??= JSON.stringify(this.bar);
    return this.json;
  }
}
