import { Logger } from '@nestjs/common';
import { startApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { ConfigError } from '@tickwire/config';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`tickwire: invalid configuration: ${error.message}\n`);
      process.exit(1);
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
  const running = await started;
  logger.log(`listening on ${running.url}`);
}

void main();
