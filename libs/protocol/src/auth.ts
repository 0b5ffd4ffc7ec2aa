export type Plan = 'guest' | 'pro';
export const PLANS: readonly Plan[] = ['guest', 'pro'];

/** What a user may do beyond reading the feed: `admin` may drive the simulated market. */
export type Role = 'user' | 'admin';
export const ROLES: readonly Role[] = ['user', 'admin'];

export interface UserInfo {
  username: string;
  plan: Plan;
}

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  username: string;
  password: string;
}

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
