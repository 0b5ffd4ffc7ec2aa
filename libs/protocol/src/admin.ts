/** Market control (`/api/admin/scenarios`): commands that drive the simulated market. */

import { SYMBOL_PATTERN, isValidSymbol } from './market';

export type ScenarioType = 'flash-crash' | 'halt' | 'resume' | 'stall' | 'volatility';
export const SCENARIO_TYPES: readonly ScenarioType[] = [
  'flash-crash',
  'halt',
  'resume',
  'stall',
  'volatility',
];

/** Prices of one symbol (or of the whole market) fall by `dropPct`, then climb back. */
export interface FlashCrashCommand {
  type: 'flash-crash';
  symbol?: string;
  /** Percent, 0 < dropPct < 100; default 10. */
  dropPct?: number;
  /** Time to fall to the bottom, ms; default 2000. */
  durationMs?: number;
  /** Time to climb back, ms; default 5000. */
  recoveryMs?: number;
}

/** Trading in one symbol stops (its quotes say `status: "halted"`) until resumed. */
export interface HaltCommand {
  type: 'halt';
  symbol: string;
}

export interface ResumeCommand {
  type: 'resume';
  symbol: string;
}

/** The whole feed goes silent (no ticks at all) for `durationMs`; default 5000. */
export interface StallCommand {
  type: 'stall';
  durationMs?: number;
}

/** Volatility of one symbol (or of the whole market) is multiplied by `factor`. */
export interface VolatilityCommand {
  type: 'volatility';
  symbol?: string;
  /** 0 < factor <= 20; default 4. */
  factor?: number;
  /** ms; default 30000. */
  durationMs?: number;
}

/** Body of `POST /api/admin/scenarios`. */
export type ScenarioCommand =
  FlashCrashCommand | HaltCommand | ResumeCommand | StallCommand | VolatilityCommand;

/** Bounds of every duration of a scenario, ms. */
export const SCENARIO_MIN_DURATION_MS = 100;
export const SCENARIO_MAX_DURATION_MS = 600_000;
export const SCENARIO_MAX_FACTOR = 20;

/** The values a command gets for the parameters it leaves out. */
export const SCENARIO_DEFAULTS = {
  'flash-crash': { dropPct: 10, durationMs: 2000, recoveryMs: 5000 },
  stall: { durationMs: 5000 },
  volatility: { factor: 4, durationMs: 30_000 },
} as const;

/** The numbers a scenario ran with: the command's, or the defaults. */
export type ScenarioParams = Readonly<Record<string, number>>;

/** One scenario an admin started: an answer of `POST`, an entry of `GET /api/admin/scenarios`. */
export interface ScenarioRecord {
  id: string;
  type: ScenarioType;
  /** Absent when the scenario applies to the whole simulated market. */
  symbol?: string;
  params: ScenarioParams;
  /** Username of the admin who started it. */
  by: string;
  /** Epoch ms, on the simulator's clock. */
  startedAt: number;
  /** Epoch ms; absent while a halt lasts (until a resume). */
  endsAt?: number;
  /** Whether it still acts on the market (as of the answer). */
  active: boolean;
}

/** Answer of `GET /api/admin/scenarios`, newest first. */
export interface ScenarioList {
  active: ScenarioRecord[];
  /** The latest scenarios (at most 50), active or not. */
  recent: ScenarioRecord[];
}

/** A body that is not a valid ScenarioCommand; the message says what is wrong. */
export class ScenarioCommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioCommandError';
  }
}

type Field = 'symbol' | 'dropPct' | 'durationMs' | 'recoveryMs' | 'factor';

/** Fields each type takes besides `type`, and whether `symbol` is required. */
const FIELDS: Readonly<Record<ScenarioType, { fields: readonly Field[]; needsSymbol: boolean }>> = {
  'flash-crash': { fields: ['symbol', 'dropPct', 'durationMs', 'recoveryMs'], needsSymbol: false },
  halt: { fields: ['symbol'], needsSymbol: true },
  resume: { fields: ['symbol'], needsSymbol: true },
  stall: { fields: ['durationMs'], needsSymbol: false },
  volatility: { fields: ['symbol', 'factor', 'durationMs'], needsSymbol: false },
};

/**
 * Checks a request body (or a command read from the bus) and returns it as a ScenarioCommand;
 * throws a ScenarioCommandError naming the first problem. Absent parameters stay absent
 * (`scenarioParams` gives their defaults); symbols are checked for shape here, for existence
 * by whoever runs the simulator.
 */
export function parseScenarioCommand(body: unknown): ScenarioCommand {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ScenarioCommandError('the body must be a JSON object with a "type"');
  }
  const input = body as Record<string, unknown>;
  const type = input['type'];
  if (typeof type !== 'string' || !(SCENARIO_TYPES as readonly string[]).includes(type)) {
    const got = type === undefined ? 'none' : show(type);
    throw new ScenarioCommandError(
      `"type" must be one of ${SCENARIO_TYPES.join(', ')} (got ${got})`,
    );
  }
  const { fields, needsSymbol } = FIELDS[type as ScenarioType];
  for (const key of Object.keys(input)) {
    if (key !== 'type' && !(fields as readonly string[]).includes(key)) {
      throw new ScenarioCommandError(
        `unknown field ${show(key)} for ${type}: it takes ${['type', ...fields].join(', ')}`,
      );
    }
  }
  const command: Record<string, unknown> = { type };
  for (const field of fields) {
    const value = input[field];
    if (value === undefined) {
      if (field === 'symbol' && needsSymbol) {
        throw new ScenarioCommandError(`"symbol" is required for ${type}`);
      }
      continue;
    }
    checkField(field, value);
    command[field] = value;
  }
  return command as unknown as ScenarioCommand;
}

function checkField(field: Field, value: unknown): void {
  const got = show(value);
  if (field === 'symbol') {
    if (!isValidSymbol(value)) {
      throw new ScenarioCommandError(`"symbol" must match ${SYMBOL_PATTERN} (got ${got})`);
    }
    return;
  }
  const number = typeof value === 'number' && Number.isFinite(value) ? value : NaN;
  if (field === 'dropPct' && !(number > 0 && number < 100)) {
    throw new ScenarioCommandError(
      `"dropPct" must be a number greater than 0 and less than 100 (got ${got})`,
    );
  }
  if (field === 'factor' && !(number > 0 && number <= SCENARIO_MAX_FACTOR)) {
    throw new ScenarioCommandError(
      `"factor" must be a number greater than 0 and at most ${SCENARIO_MAX_FACTOR} (got ${got})`,
    );
  }
  if (
    (field === 'durationMs' || field === 'recoveryMs') &&
    !(
      Number.isInteger(number) &&
      number >= SCENARIO_MIN_DURATION_MS &&
      number <= SCENARIO_MAX_DURATION_MS
    )
  ) {
    throw new ScenarioCommandError(
      `"${field}" must be an integer number of ms from ${SCENARIO_MIN_DURATION_MS} to ${SCENARIO_MAX_DURATION_MS} (got ${got})`,
    );
  }
}

/** A value quoted in an error message, cut short: bodies are untrusted and may be huge. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** The numbers a command runs with: its own, the defaults for the rest. */
export function scenarioParams(command: ScenarioCommand): ScenarioParams {
  switch (command.type) {
    case 'flash-crash': {
      const defaults = SCENARIO_DEFAULTS['flash-crash'];
      return {
        dropPct: command.dropPct ?? defaults.dropPct,
        durationMs: command.durationMs ?? defaults.durationMs,
        recoveryMs: command.recoveryMs ?? defaults.recoveryMs,
      };
    }
    case 'stall':
      return { durationMs: command.durationMs ?? SCENARIO_DEFAULTS.stall.durationMs };
    case 'volatility':
      return {
        factor: command.factor ?? SCENARIO_DEFAULTS.volatility.factor,
        durationMs: command.durationMs ?? SCENARIO_DEFAULTS.volatility.durationMs,
      };
    default:
      return {};
  }
}
