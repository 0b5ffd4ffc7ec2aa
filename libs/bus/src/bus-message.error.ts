/** A bus message or key that does not have the documented shape (docs/architecture.md). */
export class BusMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BusMessageError';
  }
}
