import { type NodeProcess, spawnTsProcess } from './node-process';
import { TEST_ENV } from './test-app';

export interface FeedProcess extends NodeProcess {
  epoch: string;
}

/** Runs the feed process (feed/src/main.ts) until it logs `feed publishing epoch ...`. */
export async function spawnFeed(env: Record<string, string>): Promise<FeedProcess> {
  const started = await spawnTsProcess({
    entry: 'feed/src/main.ts',
    tsProject: 'feed/tsconfig.app.json',
    env: {
      FEED_SYMBOLS: TEST_ENV['FEED_SYMBOLS'],
      FEED_TICKS_PER_SECOND: TEST_ENV['FEED_TICKS_PER_SECOND'],
      ...env,
    },
    ready: /feed publishing epoch (\S+)/,
    what: 'feed',
  });
  return { ...started, epoch: started.match[1] };
}
