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
  /** Each encoding is measured twice for this long. */
  windowMs: number;
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

/** Two readings of one encoding as one: frames summed, rates and costs averaged. */
function mergeCosts(first: DecodeCost, second: DecodeCost): DecodeCost {
  const mean = (a: number | null, b: number | null) =>
    a === null || b === null ? (a ?? b) : (a + b) / 2;
  return {
    fps: (first.fps + second.fps) / 2,
    longTaskMsPerSecond: (first.longTaskMsPerSecond + second.longTaskMsPerSecond) / 2,
    frames: first.frames + second.frames,
    binaryFrames: first.binaryFrames + second.binaryFrames,
    updates: first.updates + second.updates,
    usPerUpdate: mean(first.usPerUpdate, second.usPerUpdate),
  };
}

/**
 * The dashboard with the same watchlist in each encoding: frame rate, and the time the page spends
 * decoding what its socket received, per update (issue 14: binary at most JSON.parse's). Measured
 * binary, JSON, JSON, binary and averaged per encoding, so that a machine getting busier or quieter
 * during the comparison weighs on both alike.
 */
export async function compareDecodeCost(
  browser: Browser,
  url: string,
  symbols: string[],
  windowMs: number,
  log: (line: string) => void,
): Promise<DecodeComparison> {
  const decoder = await bundleForPage(join(__dirname, 'decode-entry.ts'));
  const run = (encoding: 'msgpack' | 'json') =>
    decodeCostOf(browser, url, symbols, encoding, windowMs, decoder);
  const firstMsgpack = await run('msgpack');
  const firstJson = await run('json');
  const json = mergeCosts(firstJson, await run('json'));
  const msgpack = mergeCosts(firstMsgpack, await run('msgpack'));
  const us = (cost: DecodeCost) => cost.usPerUpdate?.toFixed(2) ?? '-';
  const page = (cost: DecodeCost) =>
    `${cost.fps.toFixed(1)} fps, long tasks ${cost.longTaskMsPerSecond.toFixed(0)} ms/s`;
  log(
    `browser: decode per update, ${symbols.length} symbols: binary ${us(msgpack)} µs ` +
      `(${msgpack.binaryFrames}/${msgpack.frames} frames binary, ${page(msgpack)}), ` +
      `JSON.parse ${us(json)} µs (${page(json)})`,
  );
  return { symbols: symbols.length, windowMs, msgpack, json };
}
