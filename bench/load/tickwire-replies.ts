/** Tickwire's subscribe request and replies as every load connection reads them, in either encoding. */
import type { FrameResult } from './wire';

export interface TickwireMessage {
  op: string;
  message?: string;
  align?: boolean;
}

export function subscribeRequest(symbols: string[], throttleMs: number, align: boolean) {
  return {
    op: 'subscribe' as const,
    id: 's1',
    channel: 'quotes' as const,
    symbols,
    throttleMs,
    ...(align ? { align: true } : {}),
  };
}

/** What a Tickwire reply (not an update) means for the load connection, in either encoding. */
export function tickwireReply(message: TickwireMessage, align: boolean): FrameResult {
  switch (message.op) {
    case 'subscribed':
      // A gateway built before aligned subscriptions would silently measure the default mode.
      if (align && message.align !== true) {
        return { error: `"align": true was not confirmed: ${JSON.stringify(message)}` };
      }
      return { subscribed: true };
    case 'error':
      return { error: message.message ?? JSON.stringify(message) };
    default:
      return {};
  }
}
