/**
 * The protocol's inputs as valibot schemas: every client message, the HTTP bodies and queries the
 * gateway parses, and USERS_FILE. Their types are inferred from them (and exported by the
 * package's index), so a client and the gateway cannot disagree on a message's shape.
 *
 * A separate entry point (`@tickwire/protocol/schemas`): valibot's constructors are not removed
 * by bundlers when unused, so the index, which the dashboard imports, must not load this module
 * (the dashboard uses the types only, at no bundle cost). Objects drop fields they do not know
 * (clients and servers ignore unknown fields) and never read `__proto__` or `constructor` keys.
 */

import * as v from 'valibot';
import {
  MAX_PASSWORD_LENGTH,
  MAX_USERNAME_LENGTH,
  GUEST_PREFIX,
  PLANS,
  ROLES,
  USERNAME_PATTERN,
} from './auth';
import { BAR_INTERVALS, SYMBOL_PATTERN } from './market';
import { MAX_REQUEST_ID_LENGTH } from './messages';
import { decodeClientFrame } from './msgpack/decode-client';
import { MsgpackDecodeError } from './msgpack/errors';
import {
  SCENARIO_MAX_DURATION_MS,
  SCENARIO_MAX_FACTOR,
  SCENARIO_MIN_DURATION_MS,
  SCENARIO_TYPES,
  ScenarioCommandError,
  type ScenarioType,
} from './admin';

export const SymbolSchema = v.pipe(v.string(), v.regex(SYMBOL_PATTERN));
export const BarIntervalSchema = v.picklist(BAR_INTERVALS);
export const PlanSchema = v.picklist(PLANS);
export const RoleSchema = v.picklist(ROLES);

// ---- client to server (protocol.md, "Client to server") ----
export const RequestIdSchema = v.pipe(
  v.string(),
  v.minLength(1),
  v.maxLength(MAX_REQUEST_ID_LENGTH),
);

/** What every frame must have before its op is looked at. */
export const ClientFrameSchema = v.object({
  id: v.optional(RequestIdSchema),
  op: v.pipe(v.string(), v.minLength(1)),
});

/** Non-empty; the gateway serves the valid symbols and reports the malformed ones by name. */
export const SymbolListSchema = v.pipe(v.array(SymbolSchema), v.minLength(1));
const FiniteNumberSchema = v.pipe(v.number(), v.finite());

/** A stream of a channel: `interval` is required for bars, ignored for quotes. */
const quotesTarget = { channel: v.literal('quotes') };
const barsTarget = { channel: v.literal('bars'), interval: BarIntervalSchema };

/** Keys in the order the gateway reports problems: the first one wrong is the one named. */
const subscribeFields = {
  symbols: SymbolListSchema,
  throttleMs: v.optional(FiniteNumberSchema),
};
const subscribeHead = { op: v.literal('subscribe'), id: v.optional(RequestIdSchema) };
/**
 * `align`: these symbols are throttled together with the connection's other aligned symbols
 * of the same channel and throttle, in one frame per `throttleMs`. `historyLimit` (bars only):
 * how many bars the snapshot holds.
 */
export const SubscribeRequestSchema = v.variant('channel', [
  v.object({
    ...subscribeHead,
    ...quotesTarget,
    ...subscribeFields,
    align: v.optional(v.boolean()),
  }),
  v.object({
    ...subscribeHead,
    ...barsTarget,
    ...subscribeFields,
    historyLimit: v.optional(FiniteNumberSchema),
    align: v.optional(v.boolean()),
  }),
]);
export type SubscribeRequest = v.InferOutput<typeof SubscribeRequestSchema>;

const unsubscribeHead = { op: v.literal('unsubscribe'), id: v.optional(RequestIdSchema) };
export const UnsubscribeRequestSchema = v.variant('channel', [
  v.object({ ...unsubscribeHead, ...quotesTarget, symbols: SymbolListSchema }),
  v.object({ ...unsubscribeHead, ...barsTarget, symbols: SymbolListSchema }),
]);
export type UnsubscribeRequest = v.InferOutput<typeof UnsubscribeRequestSchema>;

/** `t`: any number, echoed in `pong`. */
export const PingRequestSchema = v.object({
  op: v.literal('ping'),
  id: v.optional(RequestIdSchema),
  t: v.optional(FiniteNumberSchema),
});
export type PingRequest = v.InferOutput<typeof PingRequestSchema>;

export const AuthRequestSchema = v.object({
  op: v.literal('auth'),
  id: v.optional(RequestIdSchema),
  token: v.pipe(v.string(), v.minLength(1)),
});
export type AuthRequest = v.InferOutput<typeof AuthRequestSchema>;

export const ClientMessageSchema = v.variant('op', [
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
  PingRequestSchema,
  AuthRequestSchema,
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;
export type ClientOp = ClientMessage['op'];

// ---- HTTP ----

/** Body of `POST /api/auth/login`. Other fields are ignored. */
export const LoginRequestSchema = v.object({
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USERNAME_LENGTH)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_LENGTH)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

/**
 * `GET /api/history/:symbol?interval=&limit=`: the path's symbol and the query, as strings.
 * `limit` only has to be a number: the gateway clamps it to its range (as `historyLimit` on /ws)
 * and gives it its default when absent.
 */
export const HistoryQuerySchema = v.object({
  symbol: SymbolSchema,
  interval: v.optional(BarIntervalSchema, '1m'),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.check((text) => text.trim() !== ''),
      v.transform(Number),
      v.finite(),
    ),
  ),
});
export type HistoryQuery = v.InferOutput<typeof HistoryQuerySchema>;

// ---- USERS_FILE ----

/** One account of USERS_FILE; `passwordHash` is `scrypt$N$r$p$salt$key` (the gateway checks it). */
export const UserEntrySchema = v.object({
  username: v.pipe(
    v.string(),
    v.regex(USERNAME_PATTERN),
    v.check((name) => !name.startsWith(GUEST_PREFIX), 'reserved for guests'),
  ),
  plan: PlanSchema,
  role: v.optional(RoleSchema, 'user'),
  passwordHash: v.string(),
});
export type UserEntry = v.InferOutput<typeof UserEntrySchema>;

/** USERS_FILE: `{"users":[{"username":"alice","plan":"pro","passwordHash":"scrypt$..."}]}`. */
export const UsersFileSchema = v.object({ users: v.array(UserEntrySchema) });
export type UsersFile = v.InferOutput<typeof UsersFileSchema>;

// ---- market control (`POST /api/admin/scenarios`) ----
// Other fields are refused (strict objects): a typo in an admin's command must not go unnoticed.

const DurationSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(SCENARIO_MIN_DURATION_MS),
  v.maxValue(SCENARIO_MAX_DURATION_MS),
);

/** Prices of one symbol (or of the whole market) fall by `dropPct`, then climb back. */
export const FlashCrashCommandSchema = v.strictObject({
  type: v.literal('flash-crash'),
  symbol: v.optional(SymbolSchema),
  /** Percent, 0 < dropPct < 100; default 10. */
  dropPct: v.optional(v.pipe(v.number(), v.gtValue(0), v.ltValue(100))),
  /** Time to fall to the bottom, ms; default 2000. */
  durationMs: v.optional(DurationSchema),
  /** Time to climb back, ms; default 5000. */
  recoveryMs: v.optional(DurationSchema),
});
export type FlashCrashCommand = v.InferOutput<typeof FlashCrashCommandSchema>;

/** Trading in one symbol stops (its quotes say `status: "halted"`) until resumed. */
export const HaltCommandSchema = v.strictObject({ type: v.literal('halt'), symbol: SymbolSchema });
export type HaltCommand = v.InferOutput<typeof HaltCommandSchema>;

export const ResumeCommandSchema = v.strictObject({
  type: v.literal('resume'),
  symbol: SymbolSchema,
});
export type ResumeCommand = v.InferOutput<typeof ResumeCommandSchema>;

/** The whole feed goes silent (no ticks at all) for `durationMs`; default 5000. */
export const StallCommandSchema = v.strictObject({
  type: v.literal('stall'),
  durationMs: v.optional(DurationSchema),
});
export type StallCommand = v.InferOutput<typeof StallCommandSchema>;

/** Volatility of one symbol (or of the whole market) is multiplied by `factor`. */
export const VolatilityCommandSchema = v.strictObject({
  type: v.literal('volatility'),
  symbol: v.optional(SymbolSchema),
  /** 0 < factor <= 20; default 4. */
  factor: v.optional(v.pipe(v.number(), v.gtValue(0), v.maxValue(SCENARIO_MAX_FACTOR))),
  /** ms; default 30000. */
  durationMs: v.optional(DurationSchema),
});
export type VolatilityCommand = v.InferOutput<typeof VolatilityCommandSchema>;

const SCENARIO_SCHEMAS = {
  'flash-crash': FlashCrashCommandSchema,
  halt: HaltCommandSchema,
  resume: ResumeCommandSchema,
  stall: StallCommandSchema,
  volatility: VolatilityCommandSchema,
} as const;

/** Body of `POST /api/admin/scenarios`. */
export const ScenarioCommandSchema = v.variant('type', Object.values(SCENARIO_SCHEMAS));
export type ScenarioCommand =
  FlashCrashCommand | HaltCommand | ResumeCommand | StallCommand | VolatilityCommand;

/** What each field must be, for the message that names the first wrong one. */
const SCENARIO_FIELD_RULES: Readonly<Record<string, string>> = {
  symbol: `must match ${SYMBOL_PATTERN}`,
  dropPct: 'must be a number greater than 0 and less than 100',
  factor: `must be a number greater than 0 and at most ${SCENARIO_MAX_FACTOR}`,
  durationMs: `must be an integer number of ms from ${SCENARIO_MIN_DURATION_MS} to ${SCENARIO_MAX_DURATION_MS}`,
  recoveryMs: `must be an integer number of ms from ${SCENARIO_MIN_DURATION_MS} to ${SCENARIO_MAX_DURATION_MS}`,
};

/**
 * Checks a request body (or a command read from the bus) and returns it as a ScenarioCommand;
 * throws a ScenarioCommandError naming the first problem: the type, then an unknown field, then
 * the fields in the order of the command's schema. Absent parameters stay absent
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
  const schema = SCENARIO_SCHEMAS[type as ScenarioType];
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  // A strict object reports a missing key and an unknown one alike: an unknown one is not an entry.
  const fieldOf = (issue: v.BaseIssue<unknown>) => String(issue.path?.[0]?.key);
  const unknown = result.issues.find((issue) => !Object.hasOwn(schema.entries, fieldOf(issue)));
  const field = fieldOf(unknown ?? result.issues[0]);
  if (unknown) {
    const takes = Object.keys(schema.entries).join(', ');
    throw new ScenarioCommandError(`unknown field ${show(field)} for ${type}: it takes ${takes}`);
  }
  const value = input[field];
  if (value === undefined) throw new ScenarioCommandError(`"${field}" is required for ${type}`);
  throw new ScenarioCommandError(`"${field}" ${SCENARIO_FIELD_RULES[field]} (got ${show(value)})`);
}

/** A value quoted in an error message, cut short: bodies are untrusted and may be huge. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

// ---- binary client frames (`tickwire.v1.msgpack`) ----

/**
 * A client's binary frame as a validated ClientMessage (tests, tools; the gateway reads frames
 * with `decodeClientFrame` and its own field-by-field messages). Throws MsgpackDecodeError.
 */
export function decodeClientMessage(input: Uint8Array | ArrayBuffer): ClientMessage {
  const result = v.safeParse(ClientMessageSchema, decodeClientFrame(input));
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? 'the message';
  throw new MsgpackDecodeError(`invalid client message: ${field}: ${issue.message}`);
}
