import { type Page, type WebSocket as PageSocket } from 'playwright-core';
import {
  SUBPROTOCOL_JSON,
  SUBPROTOCOL_MSGPACK,
  decodeServerMessage,
} from '@tickwire/protocol/msgpack';
import { type ServerMessage } from '@tickwire/protocol';
import { waitForPriceChange } from '@tickwire/testing/dashboard';
import { closePage, openDashboard } from './support/dashboard';
import { useGatewayAndBrowser } from './support/rig';

/** Every frame of the page's /ws sockets, by direction and kind, decoded. */
interface WireLog {
  sockets: PageSocket[];
  received: { binary: boolean; message: ServerMessage }[];
  sent: { binary: boolean }[];
  cspErrors: string[];
}

async function watchWire(page: Page, log: WireLog): Promise<void> {
  // What the page offered and what the server selected, seen from the page's own WebSocket.
  await page.addInitScript(() => {
    const Native = WebSocket;
    const seen: { offered: unknown; socket: WebSocket }[] = [];
    Object.assign(window, { twSockets: seen });
    window.WebSocket = class extends Native {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols);
        seen.push({ offered: protocols, socket: this });
      }
    };
  });
  page.on('console', (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text()))
      log.cspErrors.push(message.text());
  });
  page.on('websocket', (socket) => {
    if (!new URL(socket.url()).pathname.endsWith('/ws')) return;
    log.sockets.push(socket);
    socket.on('framereceived', ({ payload }) => {
      const binary = typeof payload !== 'string';
      const message = binary
        ? decodeServerMessage(new Uint8Array(payload as Buffer))
        : (JSON.parse(payload as string) as ServerMessage);
      log.received.push({ binary, message });
    });
    socket.on('framesent', ({ payload }) => log.sent.push({ binary: typeof payload !== 'string' }));
  });
}

function handshakes(page: Page): Promise<{ offered: unknown; selected: string }[]> {
  return page.evaluate(() =>
    (window as unknown as { twSockets: { offered: unknown; socket: WebSocket }[] }).twSockets.map(
      ({ offered, socket }) => ({ offered, selected: socket.protocol }),
    ),
  );
}

const newLog = (): WireLog => ({ sockets: [], received: [], sent: [], cspErrors: [] });

/**
 * Waits until the log holds each of `ops` (a price can first change with the snapshot, before any
 * update arrived), then returns the ops seen, so an assertion on them says what was there.
 */
async function opsSeen(log: WireLog, ops: string[], timeoutMs: number): Promise<Set<string>> {
  const deadline = Date.now() + timeoutMs;
  const seen = () => new Set<string>(log.received.map((frame) => frame.message.op));
  while (!ops.every((op) => seen().has(op)) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return seen();
}
const encodingShown = (page: Page) => page.getByTestId('wire-encoding').innerText();

/**
 * The dashboard against the production gateway in each encoding (issue 14): binary by default,
 * JSON with the setting. The binary case needs the gateway's side of tickwire.v1.msgpack.
 */
describe('dashboard wire encodings against the production gateway', () => {
  const rig = useGatewayAndBrowser();

  it('is live over tickwire.v1.msgpack by default: binary frames both ways, prices move', async () => {
    const log = newLog();
    const page = await openDashboard(rig.browser, rig.gateway.url, {
      beforeLoad: (page) => watchWire(page, log),
    });
    try {
      expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
      expect(await handshakes(page)).toContainEqual({
        offered: [SUBPROTOCOL_MSGPACK, SUBPROTOCOL_JSON],
        selected: SUBPROTOCOL_MSGPACK,
      });
      expect(await encodingShown(page)).toBe('MsgPack');
      expect(log.received.length).toBeGreaterThan(2);
      expect(log.received.filter((frame) => !frame.binary)).toEqual([]);
      expect(log.sent.length).toBeGreaterThan(0);
      expect(log.sent.filter((frame) => !frame.binary)).toEqual([]);
      const expected = ['hello', 'subscribed', 'snapshot', 'update', 'pong'];
      const ops = await opsSeen(log, expected, 10_000);
      for (const op of expected) expect(ops).toContain(op);
      expect(log.cspErrors).toEqual([]);
    } finally {
      await closePage(page);
    }
  });

  it('is live over JSON text frames with the JSON setting', async () => {
    const log = newLog();
    const page = await openDashboard(rig.browser, rig.gateway.url, {
      storage: { 'tickwire.encoding': 'json' },
      beforeLoad: (page) => watchWire(page, log),
    });
    try {
      expect((await waitForPriceChange(page, 5_000)).length).toBeGreaterThan(0);
      expect(await encodingShown(page)).toBe('JSON');
      expect(await handshakes(page)).toContainEqual({
        offered: [SUBPROTOCOL_JSON],
        selected: SUBPROTOCOL_JSON,
      });
      expect(log.received.length).toBeGreaterThan(2);
      expect(log.received.filter((frame) => frame.binary)).toEqual([]);
      expect(log.sent.filter((frame) => frame.binary)).toEqual([]);
      const expected = ['hello', 'subscribed', 'snapshot', 'update'];
      const ops = await opsSeen(log, expected, 10_000);
      for (const op of expected) expect(ops).toContain(op);
    } finally {
      await closePage(page);
    }
  });
});
