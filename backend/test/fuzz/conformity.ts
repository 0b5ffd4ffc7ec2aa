import { ErrorCode } from '@tickwire/protocol';
import { type FuzzFrame } from './arbitraries';

/** The fuzz property "exactly one conforming reply": what a reply to a fuzzed frame must be. */

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));
const REPLY_OF: Record<string, string> = {
  ping: 'pong',
  auth: 'authed',
  subscribe: 'subscribed',
  unsubscribe: 'unsubscribed',
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Msg = Record<string, any>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the gateway must read from a frame: its op and its usable id, as protocol.md defines. */
function expectedOf(frame: FuzzFrame): { op?: string; id?: string } {
  if (frame.binary) return {};
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(frame.text).toString('utf8'));
  } catch {
    return {};
  }
  if (!isPlainObject(value)) return {};
  const id = value['id'];
  const usable = typeof id === 'string' && id.length >= 1 && id.length <= 64;
  return {
    op: typeof value['op'] === 'string' ? value['op'] : undefined,
    id: usable ? id : undefined,
  };
}

/** Why the replies to one frame do not conform, or undefined when they do. */
export function nonConformity(frame: FuzzFrame, replies: Msg[]): string | undefined {
  const { op, id } = expectedOf(frame);
  const answers = replies.filter((m) => m.op !== 'snapshot');
  if (answers.length === 0) return 'no reply';
  for (const m of answers) {
    if (m.op === 'error') {
      if (!ERROR_CODES.has(m.code)) return `unknown error code ${String(m.code)}`;
      if (typeof m.message !== 'string') return 'error without a message';
    } else if (op === undefined || m.op !== REPLY_OF[op]) return `unexpected reply ${m.op}`;
    if (m.id !== id) return `reply id ${JSON.stringify(m.id)}, request id ${JSON.stringify(id)}`;
  }
  const partial = op === 'subscribe' || op === 'unsubscribe';
  if (!partial && answers.length !== 1) return `${answers.length} replies`;
  const finals = answers.filter((m) => m.op !== 'error');
  if (finals.length > 1) return `${finals.length} final replies`;
  if (finals.length === 1 && answers[answers.length - 1] !== finals[0])
    return 'errors after the reply';
  if (replies.some((m) => m.op === 'snapshot') && op !== 'subscribe') return 'snapshot unasked';
  return undefined;
}
