import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import {
  type BusConnection,
  BusKeys,
  type ControlReply,
  decodeControlReply,
  encodeControlRequest,
} from '@tickwire/bus';
import { type ScenarioCommand, type ScenarioList, type ScenarioRecord } from '@tickwire/protocol';
import { MarketControl } from './market-control';

/** How long a gateway waits for the feed process to answer a control request. */
export const CONTROL_TIMEOUT_MS = 3000;

/** The feed process did not answer (it is down, or the bus is): 503. */
export class FeedUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedUnavailableError';
  }
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Market control in Redis mode: the request goes over the bus to the feed process, which runs
 * it on the one simulator every gateway serves, so every gateway's clients see the effect.
 * Errors come back by name (ScenarioCommandError, UnknownSymbolError, ScenarioLimitError) and
 * are rethrown under that name for the admin controller's mapping.
 */
@Injectable()
export class BusMarketControl extends MarketControl {
  private readonly logger = new Logger('MarketControl');
  private readonly pending = new Map<string, Pending>();
  private listening: Promise<void> | undefined;

  constructor(private readonly bus: BusConnection) {
    super();
  }

  async run(command: ScenarioCommand, by: string): Promise<ScenarioRecord> {
    return (await this.request((id) => ({ id, op: 'run', by, command }))) as ScenarioRecord;
  }

  async list(): Promise<ScenarioList> {
    return (await this.request((id) => ({ id, op: 'list' }))) as ScenarioList;
  }

  private async request(
    build: (id: string) => Parameters<typeof encodeControlRequest>[0],
  ): Promise<unknown> {
    try {
      this.listening ??= this.bus.subscribe([BusKeys.controlReplies], this.onReply);
      await this.listening;
    } catch (error) {
      this.listening = undefined;
      throw new FeedUnavailableError(`the market bus is unreachable: ${String(error)}`);
    }
    const id = randomUUID();
    const answered = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new FeedUnavailableError(
            `the feed process did not answer within ${CONTROL_TIMEOUT_MS} ms`,
          ),
        );
      }, CONTROL_TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
    });
    try {
      await this.bus.commands.sPublish(BusKeys.control, encodeControlRequest(build(id)));
    } catch (error) {
      this.settle(id, {
        id,
        ok: false,
        error: {
          name: 'FeedUnavailableError',
          message: `the market bus is unreachable: ${String(error)}`,
        },
      });
    }
    return answered;
  }

  private readonly onReply = (message: string): void => {
    try {
      const reply = decodeControlReply(message);
      this.settle(reply.id, reply);
    } catch (error) {
      this.logger.warn(`malformed control reply dropped: ${String(error)}`);
    }
  };

  private settle(id: string, reply: ControlReply): void {
    const pending = this.pending.get(id);
    if (!pending) return; // another gateway's request, or one that timed out
    this.pending.delete(id);
    clearTimeout(pending.timer);
    if (reply.ok) {
      pending.resolve(reply.result);
      return;
    }
    const error = new Error(reply.error.message);
    error.name = reply.error.name;
    pending.reject(error);
  }
}
