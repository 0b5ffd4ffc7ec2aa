/** One line per event on stdout (stderr for errors), the way the gateway's logs read. */
export const log = {
  info: (message: string) => process.stdout.write(`${stamp()} feed: ${message}\n`),
  error: (message: string) => process.stderr.write(`${stamp()} feed: ${message}\n`),
};

function stamp(): string {
  return new Date().toISOString();
}
