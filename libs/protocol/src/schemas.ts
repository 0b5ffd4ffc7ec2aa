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
 * `limit` is checked against the gateway's configured maximum, so the schema is built per
 * configuration (once, at start-up); an absent `limit` is left to the gateway's default.
 */
export function historyQuerySchema(maxLimit: number) {
  return v.object({
    symbol: SymbolSchema,
    interval: v.optional(BarIntervalSchema, '1m'),
    limit: v.optional(
      v.pipe(
        v.string(),
        v.regex(/^\d+$/),
        v.transform(Number),
        v.minValue(1),
        v.maxValue(maxLimit),
      ),
    ),
  });
}
export type HistoryQuery = v.InferOutput<ReturnType<typeof historyQuerySchema>>;

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
