import { Logger } from '@nestjs/common';
import { startApp } from './bootstrap';
import { loadConfig } from './config/app-config';
import { ConfigError } from './config/config.error';

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
  const running = await startApp(config);
  const logger = new Logger('Tickwire');
  logger.log(`listening on ${running.url}`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: closing connections`);
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error(`shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
