import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { type Plan, PLANS, type Role, ROLES, GUEST_PREFIX } from '@tickwire/protocol';
import { SignJWT, errors, jwtVerify } from 'jose';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type Principal, principalOf } from './connection-context';

const ISSUER = 'tickwire';
const AUDIENCE = 'tickwire';
const ALGORITHM = 'HS256';

/** A verified access token. */
export interface VerifiedToken {
  principal: Principal;
  /** Epoch ms. */
  expiresAt: number;
  /** Epoch ms of the login (or guest sign-in) that started this session. */
  authTime: number;
}

/** An access token that is missing, malformed, forged, expired or not ours. */
export class TokenRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenRejectedError';
  }
}

/** Issues and verifies the HS256 access tokens (JWT through jose). */
@Injectable()
export class TokenService {
  private readonly secret: Uint8Array;
  private readonly ttlMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.secret = config.auth.secret;
    this.ttlMs = config.auth.accessTokenTtlMs;
  }

  async issue(
    principal: Principal,
    authTime = Date.now(),
  ): Promise<{ accessToken: string; expiresAt: number }> {
    // JWT times are whole seconds: round down so that `expiresAt` is exactly what `exp` says.
    const exp = Math.floor((Date.now() + this.ttlMs) / 1000);
    // The role travels in the token, so every gateway sharing AUTH_SECRET knows who is admin.
    const claims = {
      plan: principal.plan,
      role: principal.role ?? 'user',
      typ: 'access',
      auth_time: Math.floor(authTime / 1000),
    };
    const accessToken = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(principal.username)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(exp)
      .setJti(randomBytes(12).toString('base64url'))
      .sign(this.secret);
    return { accessToken, expiresAt: exp * 1000 };
  }

  async verify(token: string): Promise<VerifiedToken> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.secret, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: [ALGORITHM],
        requiredClaims: ['sub', 'exp', 'auth_time'],
      }));
    } catch (error) {
      throw new TokenRejectedError(
        error instanceof errors.JWTExpired ? 'access token expired' : 'invalid access token',
      );
    }
    const { sub, plan, role = 'user', typ, exp, auth_time: authTime } = payload;
    const knownPlan = typeof plan === 'string' && (PLANS as readonly string[]).includes(plan);
    const knownRole = typeof role === 'string' && (ROLES as readonly string[]).includes(role);
    if (
      typ !== 'access' ||
      !knownPlan ||
      !knownRole ||
      !sub ||
      exp === undefined ||
      typeof authTime !== 'number' ||
      // Guests are never admin, whatever a token says.
      (role === 'admin' && sub.startsWith(GUEST_PREFIX))
    ) {
      throw new TokenRejectedError('invalid access token');
    }
    return {
      principal: principalOf(sub, plan as Plan, role as Role),
      expiresAt: exp * 1000,
      authTime: authTime * 1000,
    };
  }
}
