import * as v from 'valibot';

export const PLANS = ['guest', 'pro'] as const;
export const PlanSchema = v.picklist(PLANS);
export type Plan = v.InferOutput<typeof PlanSchema>;

/** What a user may do beyond reading the feed: `admin` may drive the simulated market. */
export const ROLES = ['user', 'admin'] as const;
export const RoleSchema = v.picklist(ROLES);
export type Role = v.InferOutput<typeof RoleSchema>;

export interface UserInfo {
  username: string;
  plan: Plan;
}

export const MAX_USERNAME_LENGTH = 64;
export const MAX_PASSWORD_LENGTH = 1024;

/** Body of `POST /api/auth/login`. Other fields are ignored. */
export const LoginRequestSchema = v.object({
  username: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_USERNAME_LENGTH)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_PASSWORD_LENGTH)),
});
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>;

/** Names of the accounts of USERS_FILE (guests are named `guest-<random>` by the gateway). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export const GUEST_PREFIX = 'guest-';

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

/** Answer of `POST /api/auth/login` and `POST /api/auth/guest`. */
export interface TokenResponse {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  user: UserInfo;
}

/** Answer of `POST /api/auth/ws-ticket`. */
export interface TicketResponse {
  ticket: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** Body of every non-2xx HTTP answer. */
export interface HttpErrorBody {
  statusCode: number;
  error: string;
  message: string;
}
