export { type BusConfig, describeBus, readBusConfig } from './bus.config';
export { ConfigError } from './config.error';
export { EnvReader } from './env-reader';
export { type FeedConfig, readFeedConfig } from './feed.config';
export {
  DEFAULT_SCRYPT,
  type ScryptHash,
  hashPassword,
  parsePasswordHash,
  verifyPassword,
} from './password-hash';
