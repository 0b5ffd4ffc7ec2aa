import {
  type BusConnection,
  BusKeys,
  type ControlReply,
  decodeControlRequest,
  encodeControlReply,
} from '@tickwire/bus';
import { type MarketSimulator, ScenarioDesk } from '@tickwire/market-sim';
import { type ScenarioCommand } from '@tickwire/protocol';
import { type FeedPublisherEvents } from './feed-publisher';

/**
 * Answers the gateways' market-control requests (`/api/admin/scenarios`): runs them on the
 * simulator through a ScenarioDesk, which checks every command again (the bus is a boundary),
 * and replies with the record, or the error's name and message for the gateway to map.
 */
export class ControlResponder {
  private readonly desk: ScenarioDesk;

  constructor(
    simulator: MarketSimulator,
    private readonly bus: BusConnection,
    private readonly events: FeedPublisherEvents,
  ) {
    this.desk = new ScenarioDesk(simulator);
  }

  start(): Promise<void> {
    return this.bus.subscribe([BusKeys.control], this.onRequest);
  }

  private readonly onRequest = (message: string): void => {
    let reply: ControlReply;
    let id = '';
    try {
      const request = decodeControlRequest(message);
      id = request.id;
      if (request.op === 'list') {
        reply = { id, ok: true, result: this.desk.list() };
      } else {
        const record = this.desk.run(request.command as ScenarioCommand, request.by);
        this.events.info(`scenario ${record.type} ${record.symbol ?? 'market'} by ${request.by}`);
        reply = { id, ok: true, result: record };
      }
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (id === '') {
        this.events.error(`malformed control request dropped: ${failure.message}`);
        return;
      }
      reply = { id, ok: false, error: { name: failure.name, message: failure.message } };
    }
    this.bus.commands
      .sPublish(BusKeys.controlReplies, encodeControlReply(reply))
      .catch((error: unknown) => this.events.error(`control reply lost: ${String(error)}`));
  };
}
