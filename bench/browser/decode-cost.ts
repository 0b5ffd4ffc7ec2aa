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
  frames: number;
  /** Frames that came binary: 0 when the gateway did not select tickwire.v1.msgpack. */
  binaryFrames: number;
  updates: number;
  /** Decode time per delivered update in the page, µs; null without updates. */
  usPerUpdate: number | null;
}

export interface DecodeComparison {
  symbols: number;
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
    const cost = (await page.evaluate('benchDecodeCost()')) as Omit<DecodeCost, 'fps'>;
    return { fps: reading.frames / (reading.elapsedMs / 1000), ...cost };
  } finally {
    await page.context().close();
  }
}

/**
 * The dashboard with the same watchlist in each encoding: frame rate, and the time the page spends
 * decoding what its socket received, per update (issue 14: binary at most JSON.parse's).
 */
export async function compareDecodeCost(
  browser: Browser,
  url: string,
  symbols: string[],
  windowMs: number,
  log: (line: string) => void,
): Promise<DecodeComparison> {
  const decoder = await bundleForPage(join(__dirname, 'decode-entry.ts'));
  const msgpack = await decodeCostOf(browser, url, symbols, 'msgpack', windowMs, decoder);
  const json = await decodeCostOf(browser, url, symbols, 'json', windowMs, decoder);
  const us = (cost: DecodeCost) => cost.usPerUpdate?.toFixed(2) ?? '-';
  log(
    `browser: decode per update, ${symbols.length} symbols: binary ${us(msgpack)} µs ` +
      `(${msgpack.binaryFrames}/${msgpack.frames} frames binary, ${msgpack.fps.toFixed(1)} fps), ` +
      `JSON.parse ${us(json)} µs (${json.fps.toFixed(1)} fps)`,
  );
  return { symbols: symbols.length, windowMs, msgpack, json };
}
