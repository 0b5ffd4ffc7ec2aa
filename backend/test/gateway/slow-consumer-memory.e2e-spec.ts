import { type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { gaugeValue, trackPeakRss } from '../support/gateway-memory';
import { type InspectableGateway, spawnInspectableGateway } from '../support/gateway-process';
import { maskedTextFrame, rawWebSocket } from '../support/raw-socket';
import { firstSymbols } from '../support/symbols';
import { demoToken } from '../support/tokens';

const MiB = 2 ** 20;
const READERS = 50;
const WINDOW_MS = 30_000;

/**
 * Issue 15, defect 7: what a paused reader costs the gateway process at the default watermarks
 * (1 MiB high, 256 KiB low). Each reader subscribes to 500 symbols at 100 ms and stops reading;
 * the grace and the ping timeout are raised so that all of them stay held, blocked above the high
 * watermark, for the whole window (the worst case: nobody is closed to give memory back).
 * The baseline is the peak RSS over a window of the same length after warm-up (V8's heap grows
 * in a sawtooth with the feed's garbage; a single read would understate it).
 */
describe('memory per paused reader (gateway process)', () => {
  let gateway: InspectableGateway;
  const readers: Socket[] = [];
  const figures = { basePeak: 0, peak: 0, heapBefore: 0, heapAfter: 0, extBefore: 0, extAfter: 0 };

  const heapAndExternalAfterGc = async () => {
    const memory = await gateway.memoryAfterGc();
    return { heap: memory.heapUsedBytes, external: memory.externalBytes };
  };

  beforeAll(async () => {
    gateway = await spawnInspectableGateway({
      FEED_SYMBOLS: firstSymbols(500),
      FEED_TICKS_PER_SECOND: '10000',
      SLOW_CONSUMER_GRACE_MS: '600000',
      WS_PING_INTERVAL_MS: '600000',
      WS_PING_TIMEOUT_MS: '600000',
      WS_MAX_CONNECTIONS_PER_IP: String(READERS * 2),
      WS_CONNECTIONS_PER_MINUTE: String(READERS * 10),
    });
    const token = await demoToken(gateway.url);
    const catalog = (await (await fetch(`${gateway.url}/api/symbols`)).json()) as {
      symbol: string;
    }[];
    const subscribe = JSON.stringify({
      op: 'subscribe',
      id: 'all',
      channel: 'quotes',
      symbols: catalog.slice(0, 500).map((entry) => entry.symbol),
      throttleMs: 100,
    });
    await sleep(20_000); // warm-up: ts-node's start, the feed's first GC cycles
    ({ heap: figures.heapBefore, external: figures.extBefore } = await heapAndExternalAfterGc());
    let tracker = trackPeakRss(gateway.pid);
    await sleep(WINDOW_MS);
    figures.basePeak = tracker.stop();

    tracker = trackPeakRss(gateway.pid);
    const wsUrl = `${gateway.url.replace(/^http/, 'ws')}/ws`;
    for (let i = 0; i < READERS; i++) {
      const socket = await rawWebSocket(wsUrl, token);
      socket.pause();
      socket.write(maskedTextFrame(subscribe));
      readers.push(socket);
    }
    // Until every reader is above the high watermark (the kernel's buffers fill first), then
    // the same window as the baseline's.
    const deadline = Date.now() + 60_000;
    while ((await gaugeValue(gateway.url, 'tickwire_blocked_connections')) < READERS) {
      if (Date.now() > deadline) throw new Error(`not all ${READERS} readers blocked in 60 s`);
      await sleep(500);
    }
    await sleep(WINDOW_MS);
    figures.peak = tracker.stop();
    ({ heap: figures.heapAfter, external: figures.extAfter } = await heapAndExternalAfterGc());
    const perReader = (bytes: number) => `${(bytes / READERS / MiB).toFixed(2)} MiB`;
    process.stdout.write(
      `paused readers: ${READERS}, peak RSS ${(figures.basePeak / MiB).toFixed(0)} -> ` +
        `${(figures.peak / MiB).toFixed(0)} MiB (${perReader(figures.peak - figures.basePeak)} each); ` +
        `after GC, heap ${perReader(figures.heapAfter - figures.heapBefore)} and external ` +
        `${perReader(figures.extAfter - figures.extBefore)} each\n`,
    );
  }, 240_000);

  afterAll(async () => {
    for (const socket of readers) socket.destroy();
    await gateway?.stop();
  });

  it('raises the peak RSS by at most 2 MiB per paused reader', () => {
    expect((figures.peak - figures.basePeak) / READERS).toBeLessThanOrEqual(2 * MiB);
  });

  it('holds what is queued for them outside the V8 heap, bounded by the high watermark', () => {
    // The bytes a stalled peer leaves queued are Buffers (external memory): on the heap they
    // would raise V8's old-generation limit and cost about twice their size in RSS.
    expect((figures.heapAfter - figures.heapBefore) / READERS).toBeLessThan(0.25 * MiB);
    const queued = (figures.extAfter - figures.extBefore) / READERS;
    expect(queued).toBeGreaterThan(0.2 * MiB);
    expect(queued).toBeLessThan(1.25 * MiB);
  });
});
