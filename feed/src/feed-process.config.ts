import {
  type BusConfig,
  EnvReader,
  type FeedConfig,
  readBusConfig,
  readFeedConfig,
} from '@tickwire/config';

export interface FeedProcessConfig {
  feed: FeedConfig;
  bus: BusConfig;
}

/** Validates the feed process's environment; throws one ConfigError naming every bad variable. */
export function loadFeedProcessConfig(
  env: Readonly<Record<string, string | undefined>>,
): FeedProcessConfig {
  const reader = new EnvReader(env);
  const config = { feed: readFeedConfig(reader), bus: readBusConfig(reader) };
  reader.assertValid();
  return config;
}
