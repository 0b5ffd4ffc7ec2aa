import { type ScenarioCommand, type ScenarioList, type ScenarioRecord } from '@tickwire/protocol';

/**
 * Drives the simulated market for `/api/admin/scenarios` (a Nest injection token: provide a
 * subclass). Embedded, it calls the simulator in this process; in Redis mode it reaches the feed
 * process over the bus, so that every gateway's clients see the effect.
 *
 * Failures reject with an Error whose `name` says what went wrong, whatever the transport:
 * `ScenarioCommandError` (malformed command: 400), `UnknownSymbolError` (a symbol the feed does
 * not simulate: 404), `ScenarioLimitError` (too many timed scenarios active: 409). Anything
 * else is a 500.
 */
export abstract class MarketControl {
  /** Applies a command for the admin `by` and returns its record. */
  abstract run(command: ScenarioCommand, by: string): Promise<ScenarioRecord>;
  /** Active scenarios and the latest ones, newest first. */
  abstract list(): Promise<ScenarioList>;
}
