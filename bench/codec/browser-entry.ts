/**
 * Bundled for Chromium by msgpack-libraries.ts: decode timings of each candidate in the page,
 * under the dashboard's CSP (`script-src 'self'`: no eval, no new Function).
 */
import { decode as msgpackDecode } from '@msgpack/msgpack';
import { encodeMessage, decodeServerMessage } from '@tickwire/protocol/msgpack';
import { loadMsgpackr } from './optional-msgpackr';
import { codecPayloads } from './payloads';
import { toMessage } from './positional';
import { timeIt } from './timing';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
});

function run(): unknown {
  const msgpackr = loadMsgpackr();
  const rows = codecPayloads().map(({ name, message }) => {
    const text = JSON.stringify(message);
    const bytes = encodeMessage(message);
    return {
      name,
      jsonParse: timeIt(() => JSON.parse(text)),
      tickwire: timeIt(() => decodeServerMessage(bytes)),
      msgpackr: msgpackr ? timeIt(() => toMessage(msgpackr.unpack(bytes))) : NaN,
      msgpack: timeIt(() => toMessage(msgpackDecode(bytes))),
    };
  });
  return { rows, violations };
}

(globalThis as unknown as { runCodecBench: typeof run }).runCodecBench = run;
