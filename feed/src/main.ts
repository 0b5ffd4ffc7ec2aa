import { BusConnection } from '@tickwire/bus';
import { ConfigError, describeBus } from '@tickwire/config';
import { MarketSimulator, SimulatorConfigError, UnknownSymbolError } from '@tickwire/market-sim';
import { ControlResponder } from './control-responder';
import { loadFeedProcessConfig } from './feed-process.config';
import { FeedPublisher } from './feed-publisher';
import { log } from './log';

/** `npm run start:feed`: the simulated market, published to Redis for any number of gateways. */
async function main(): Promise<void> {
  let publisher: FeedPublisher;
  let control: ControlResponder;
  let where: string;
  try {
    const config = loadFeedProcessConfig(process.env);
    const { seed, symbols, ticksPerSecond } = config.feed;
    const simulator = new MarketSimulator({
      seed,
      ticksPerSecond,
      ...(symbols.length > 0 ? { symbols } : {}),
    });
    where = describeBus(config.bus);
    let lastError = '';
    const bus = new BusConnection(config.bus, (error) => {
      if (error.message !== lastError) log.error(`redis (${where}): ${error.message}`);
      lastError = error.message;
    });
    publisher = new FeedPublisher(simulator, bus, log);
    control = new ControlResponder(simulator, bus, log);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof SimulatorConfigError ||
      error instanceof UnknownSymbolError
    ) {
      process.stderr.write(`tickwire feed: invalid configuration: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping`);
    void publisher.stop().then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  log.info(`connecting to ${where}`);
  await publisher.start();
  await control.start();
  log.info(`feed publishing epoch ${publisher.epoch} to ${where}`);
}

void main();
