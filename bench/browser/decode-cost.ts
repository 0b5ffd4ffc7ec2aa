import { type Browser } from 'playwright-core';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { bundleForPage } from '../codec/bundle';
import { tickwireLogin } from '../lib/tickwire-access';
import { measure, openDashboard } from './open-dashboard';

/** Keeps the frames the page's /ws socket receives (plain JavaScript, run before the app). */
const CAPTURE_FRAMES = `
(() => {
  const capture = { frames: [], on: false, max: 20000 };
  window.benchFrames = capture;
  const Native = WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', (event) => {
        if (capture.on && capture.frames.length < capture.max) capture.frames.push(event.data);
      });
    }
  };
})();
`;

export interface DecodeCost {
  fps: number;
  /** Every reading's frame rate, in order (merged results only). */
  fpsReadings?: number[];
  /** Main-thread time in tasks over 50 ms, per second of the window. */
  longTaskMsPerSecond: number;
  frames: number;
  /** Frames that came binary: 0 when the gateway did not select tickwire.v1.msgpack. */
  binaryFrames: number;
  updates: number;
  /** Decode time per delivered update in the page, µs; null without updates. */
  usPerUpdate: number | null;
}

export interface DecodeComparison {
  symbols: number;
  /** Each reading's window; each encoding is read twice per round. */
  windowMs: number;
  rounds: number;
  msgpack: DecodeCost;
  json: DecodeCost;
}

async function decodeCostOf(
  browser: Browser,
  url: string,
  symbols: string[],
  encoding: 'msgpack' | 'json',
  windowMs: number,
  decoder: string,
): Promise<DecodeCost> {
  const session = await tickwireLogin(url);
  const page = await openDashboard(browser, url, session, symbols, {
    storage: { 'tickwire.encoding': encoding },
    initScripts: [CAPTURE_FRAMES],
  });
  try {
    await sleep(2000);
    await page.evaluate('window.benchFrames.on = true');
    const reading = await measure(page, windowMs);
    await page.evaluate('window.benchFrames.on = false');
    await page.evaluate(decoder);
    const cost = (await page.evaluate('benchDecodeCost()')) as Omit<
      DecodeCost,
      'fps' | 'longTaskMsPerSecond'
    >;
    const seconds = reading.elapsedMs / 1000;
    return {
      fps: reading.frames / seconds,
      longTaskMsPerSecond: reading.longTaskMs / seconds,
      ...cost,
    };
  } finally {
    await page.context().close();
  }
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Several readings of one encoding as one: frames summed, rates and costs their medians, which a
 * window spoilt by the neighbours (a dip to 40 fps hit either encoding alike) does not move.
 */
function mergeReadings(readings: DecodeCost[]): DecodeCost {
  const sum = (pick: (reading: DecodeCost) => number) =>
    readings.reduce((total, reading) => total + pick(reading), 0);
  const known = readings.flatMap((reading) => reading.usPerUpdate ?? []);
  return {
    fps: median(readings.map((reading) => reading.fps)) ?? 0,
    fpsReadings: readings.map((reading) => reading.fps),
    longTaskMsPerSecond: median(readings.map((reading) => reading.longTaskMsPerSecond)) ?? 0,
    frames: sum((reading) => reading.frames),
    binaryFrames: sum((reading) => reading.binaryFrames),
    updates: sum((reading) => reading.updates),
    usPerUpdate: median(known),
  };
}

/**
 * The dashboard with the same watchlist in each encoding: frame rate, and the time the page spends
 * decoding what its socket received, per update (issue 14: binary at most JSON.parse's). Each round
 * measures binary, JSON, JSON, binary, so that a machine getting busier or quieter weighs on both
 * alike; the figures are the medians over the rounds.
 */
export async function compareDecodeCost(
  browser: Browser,
  url: string,
  symbols: string[],
  { windowMs, rounds }: { windowMs: number; rounds: number },
  log: (line: string) => void,
): Promise<DecodeComparison> {
  const decoder = await bundleForPage(join(__dirname, 'decode-entry.ts'));
  const readings: Record<'msgpack' | 'json', DecodeCost[]> = { msgpack: [], json: [] };
  for (let round = 0; round < rounds; round++) {
    for (const encoding of ['msgpack', 'json', 'json', 'msgpack'] as const) {
      readings[encoding].push(
        await decodeCostOf(browser, url, symbols, encoding, windowMs, decoder),
      );
    }
  }
  const msgpack = mergeReadings(readings.msgpack);
  const json = mergeReadings(readings.json);
  const us = (cost: DecodeCost) => cost.usPerUpdate?.toFixed(2) ?? '-';
  const page = (cost: DecodeCost) =>
    `${cost.fps.toFixed(1)} fps, long tasks ${cost.longTaskMsPerSecond.toFixed(0)} ms/s`;
  log(
    `browser: decode per update, ${symbols.length} symbols: binary ${us(msgpack)} µs ` +
      `(${msgpack.binaryFrames}/${msgpack.frames} frames binary, ${page(msgpack)}), ` +
      `JSON.parse ${us(json)} µs (${page(json)})`,
  );
  return { symbols: symbols.length, windowMs, rounds, msgpack, json };
}
