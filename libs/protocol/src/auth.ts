export const PLANS = ['guest', 'pro'] as const;
export type Plan = (typeof PLANS)[number];

/** What a user may do beyond reading the feed: `admin` may drive the simulated market. */
export const ROLES = ['user', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface UserInfo {
  username: string;
  plan: Plan;
  /** `admin` for users who may drive the simulated market; absent for everybody else. */
  role?: Role;
}

export const MAX_USERNAME_LENGTH = 64;
export const MAX_PASSWORD_LENGTH = 1024;

/** Names of the accounts of USERS_FILE (guests are named `guest-<random>` by the gateway). */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
export const GUEST_PREFIX = 'guest-';

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
