import type { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';

/**
 * Node flag for a server under test: the inspector on loopback at a port of the kernel's choice,
 * so the bench can force a full GC from outside without touching the server's code.
 */
export const INSPECT_FLAG = '--inspect=127.0.0.1:0';

const LISTENING = /Debugger listening on (ws:\/\/127\.0\.0\.1:\d+\/[\w-]+)/;

/** Watches a child's stderr for the inspector's address; the getter is undefined until it appears. */
export function watchInspectorUrl(stderr: Readable | null): () => string | undefined {
  let url: string | undefined;
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString();
    const match = LISTENING.exec(pending);
    if (match) {
      url = match[1];
      stderr?.off('data', onData);
    }
    // Only the unfinished last line can still complete a match.
    pending = pending.slice(pending.lastIndexOf('\n') + 1);
  };
  stderr?.on('data', onData);
  return () => url;
}

/** Sends one DevTools Protocol command and waits for its answer. */
function send(socket: WebSocket, id: number, method: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: Buffer) => {
      const reply = JSON.parse(data.toString()) as { id?: number; error?: { message: string } };
      if (reply.id !== id) return;
      socket.off('message', onMessage);
      if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
      else resolve();
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ id, method }));
  });
}

async function collectGarbage(url: string): Promise<void> {
  const socket = new WebSocket(url);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    // Twice: the first collection can leave finalizer-held and weakly reachable objects for the next.
    await send(socket, 1, 'HeapProfiler.collectGarbage');
    await send(socket, 2, 'HeapProfiler.collectGarbage');
  } finally {
    socket.close();
  }
}

/**
 * Forces a full GC in the process behind `url` (HeapProfiler.collectGarbage only: no domain is
 * enabled, so nothing keeps running after the session closes), then leaves the allocator a moment
 * to hand freed pages back before RSS is read. Throws when the inspector cannot be reached.
 */
export async function forceFullGc(url: string | undefined, timeoutMs = 15_000): Promise<void> {
  if (!url) throw new Error('the server printed no "Debugger listening on ws://..." line');
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([collectGarbage(url), timeout]);
  } finally {
    clearTimeout(timer);
  }
  await sleep(200);
}
