/**
 * Which MessagePack decoder and encoder for tickwire.v1.msgpack (docs/architecture.md, "Binary
 * encoding"): encode and decode of realistic frames in Node, decode in Chromium under the
 * dashboard's CSP, for JSON, Tickwire's own codec, msgpackr and @msgpack/msgpack.
 *
 *   npx tsx --tsconfig bench/tsconfig.json bench/codec/msgpack-libraries.ts
 */
import { decode as msgpackDecode, encode as msgpackEncode } from '@msgpack/msgpack';
import { launchChromium } from '@tickwire/testing';
import {
  decimalsOfValues,
  decodeServerMessage,
  encodeMessage,
  encodeQuoteFragment,
  frameHead,
  joinFrame,
} from '@tickwire/protocol/msgpack';
import { type Quote } from '@tickwire/protocol';
import { join } from 'node:path';
import { bundleForPage } from './bundle';
import { loadMsgpackr } from './optional-msgpackr';
import { codecPayloads } from './payloads';
import { toMessage } from './positional';
import { timeIt } from './timing';

const fixed = (us: number) => (Number.isNaN(us) ? 'n/a' : us.toFixed(us < 10 ? 2 : 1));

function nodeFigures(): void {
  const msgpackr = loadMsgpackr();
  console.log('\nNode, µs per frame (median of 7 rounds)');
  console.log(
    '| frame | JSON bytes | binary bytes | JSON.stringify | encodeMessage | fragments, scales given | join pre-encoded | msgpackr pack | @msgpack encode | JSON.parse | decodeServerMessage | msgpackr + map | @msgpack + map |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { name, message } of codecPayloads()) {
    const text = JSON.stringify(message);
    const bytes = encodeMessage(message);
    const positional = msgpackDecode(bytes);
    const pieces =
      message.op !== 'hello' && 'data' in message && message.channel === 'quotes'
        ? message.data.map((quote) => encodeQuoteFragment(quote))
        : [];
    const head = frameHead({ op: 'update', channel: 'quotes', t: 1764043200503 });
    const quotes = pieces.length && 'data' in message ? (message.data as Quote[]) : [];
    const scales = quotes.map((quote) => ({
      price: decimalsOfValues([quote.bid, quote.ask]),
      size: 4,
    }));
    const figures = [
      Buffer.byteLength(text),
      bytes.length,
      timeIt(() => JSON.stringify(message)),
      timeIt(() => encodeMessage(message)),
      pieces.length
        ? timeIt(() => quotes.forEach((quote, i) => encodeQuoteFragment(quote, scales[i])))
        : NaN,
      pieces.length ? timeIt(() => joinFrame(head, pieces, Buffer.allocUnsafe)) : NaN,
      msgpackr ? timeIt(() => msgpackr.pack(positional)) : NaN,
      timeIt(() => msgpackEncode(positional)),
      timeIt(() => JSON.parse(text)),
      timeIt(() => decodeServerMessage(bytes)),
      msgpackr ? timeIt(() => toMessage(msgpackr.unpack(bytes))) : NaN,
      timeIt(() => toMessage(msgpackDecode(bytes))),
    ];
    const cells = figures.map((value, i) =>
      i < 2 ? String(value) : Number.isNaN(value) ? '-' : fixed(value),
    );
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

async function browserFigures(): Promise<void> {
  const script = await bundleForPage(join(__dirname, 'browser-entry.ts'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route('http://bench.test/**', (route) => {
      const isScript = route.request().url().endsWith('.js');
      void route.fulfill({
        contentType: isScript ? 'text/javascript' : 'text/html',
        headers: { 'content-security-policy': "default-src 'self'; script-src 'self'" },
        body: isScript ? script : '<!doctype html><script src="/codec.js"></script>',
      });
    });
    await page.goto('http://bench.test/');
    const result = (await page.evaluate('runCodecBench()')) as {
      rows: {
        name: string;
        jsonParse: number;
        tickwire: number;
        msgpackr: number;
        msgpack: number;
      }[];
      violations: string[];
    };
    console.log("\nChromium, decode, µs per frame (page under script-src 'self')");
    console.log('| frame | JSON.parse | decodeServerMessage | msgpackr + map | @msgpack + map |');
    console.log('|---|---|---|---|---|');
    for (const row of result.rows) {
      const cells = [row.jsonParse, row.tickwire, row.msgpackr, row.msgpack].map(fixed);
      console.log(`| ${row.name} | ${cells.join(' | ')} |`);
    }
    console.log(
      `CSP violations during the run: ${result.violations.length ? result.violations.join('; ') : 'none'}`,
    );
  } finally {
    await browser.close();
  }
}

nodeFigures();
void browserFigures();
