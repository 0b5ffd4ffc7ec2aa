import { Logger } from '@nestjs/common';
import { ConfigError } from '@tickwire/config';
import { SimulatorConfigError, UnknownSymbolError, findInstrument } from '@tickwire/market-sim';
import { startApp } from './bootstrap';
import { type AppConfig, loadConfig } from './config/app-config';

/** Stops the start with one line and exit code 1, as the feed process does. */
function refuse(line: string): never {
  process.stderr.write(`tickwire: ${line}\n`);
  process.exit(1);
}

/** The embedded simulator's symbols, checked before Nest builds it (its error has a stack). */
function checkEmbeddedFeed(config: AppConfig): void {
  if (config.feedSource !== 'embedded') return;
  const unknown = config.feed.symbols.find((symbol) => findInstrument(symbol) === undefined);
  if (unknown !== undefined) throw new UnknownSymbolError(unknown);
}

/** One line for the ways listening fails that the operator can fix; undefined for the others. */
function listenFailure(error: unknown, config: AppConfig): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const where = `cannot listen on ${config.server.host}:${config.server.port}`;
  if (code === 'EADDRINUSE') return `${where}: the address is already in use (set PORT)`;
  if (code === 'EACCES') return `${where}: permission denied (set PORT above 1023)`;
  if (code === 'EADDRNOTAVAIL') return `${where}: HOST is not an address of this machine`;
  return undefined;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
    checkEmbeddedFeed(config);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof SimulatorConfigError ||
      error instanceof UnknownSymbolError
    ) {
      refuse(`invalid configuration: ${error.message}`);
    }
    throw error;
  }
  const logger = new Logger('Tickwire');
  const started = startApp(config);
  // Installed before the ready line: a supervisor may signal as soon as it reads it, and a signal
  // without a handler kills the process instead of closing it. One during start-up waits for it.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: closing connections`);
    started
      .then((running) => running.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error(`shutdown failed: ${String(error)}`);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  let running;
  try {
    running = await started;
  } catch (error) {
    const line = listenFailure(error, config);
    if (line !== undefined) refuse(line);
    throw error;
  }
  logger.log(`listening on ${running.url}`);
}

void main();
