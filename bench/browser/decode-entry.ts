/**
 * Evaluated in the dashboard page by decode-cost.ts: times decoding the frames the page's own
 * socket received (captured by CAPTURE_FRAMES), as the dashboard decodes them: JSON.parse for text,
 * the shared MessagePack decoder for binary.
 */
import { type ServerMessage } from '@tickwire/protocol';
import { decodeServerMessage } from '@tickwire/protocol/msgpack';

function decodeAll(frames: readonly unknown[]): number {
  let updates = 0;
  for (const frame of frames) {
    const message =
      typeof frame === 'string'
        ? (JSON.parse(frame) as ServerMessage)
        : decodeServerMessage(frame as ArrayBuffer);
    if (message.op === 'update') updates += message.data.length;
  }
  return updates;
}

function decodeCost() {
  const frames = (globalThis as unknown as { benchFrames: { frames: unknown[] } }).benchFrames
    .frames;
  const updates = decodeAll(frames);
  let rounds = 0;
  const started = performance.now();
  do {
    decodeAll(frames);
    rounds++;
  } while (performance.now() - started < 300);
  const usPerRound = ((performance.now() - started) * 1000) / rounds;
  return {
    frames: frames.length,
    binaryFrames: frames.filter((frame) => typeof frame !== 'string').length,
    updates,
    usPerUpdate: updates > 0 ? usPerRound / updates : null,
  };
}

Object.assign(globalThis, { benchDecodeCost: decodeCost });
