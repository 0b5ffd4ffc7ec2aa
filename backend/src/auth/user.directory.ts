import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type Principal } from './connection-context';
import { DEFAULT_SCRYPT, type ScryptHash, verifyPassword } from './password-hash';
import { type UserRecord } from './users-file';

const DEMO_USER = { username: 'demo', password: 'demo', plan: 'pro' } as const;

/** The accounts that can log in: USERS_FILE, or the development `demo` user. */
@Injectable()
export class UserDirectory {
  private readonly users = new Map<string, UserRecord>();
  /** Compared against for unknown usernames, so that a miss costs as much as a wrong password. */
  private readonly decoy: ScryptHash = {
    cost: DEFAULT_SCRYPT.cost,
    blockSize: DEFAULT_SCRYPT.blockSize,
    parallelization: DEFAULT_SCRYPT.parallelization,
    salt: Buffer.alloc(16, 1),
    key: Buffer.alloc(32),
  };
  private demoPassword: string | null = null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('Auth');
    for (const user of config.auth.users ?? []) this.users.set(user.username, user);
    if (config.auth.demoUser) {
      this.demoPassword = DEMO_USER.password;
      logger.warn(
        `development: user "${DEMO_USER.username}" / "${DEMO_USER.password}" (plan ${DEMO_USER.plan}) exists; set USERS_FILE to replace it (never in production)`,
      );
    } else if (config.auth.users === null) {
      logger.log('no USERS_FILE: only guest sign-in is available');
    } else {
      logger.log(`${this.users.size} user(s) loaded from USERS_FILE`);
    }
    if (config.auth.secretIsEphemeral) {
      logger.warn(
        'AUTH_SECRET not set: tokens are signed with a random key that dies with the process',
      );
    }
  }

  /** The user's principal if the password matches, else null (same cost either way). */
  async authenticate(username: string, password: string): Promise<Principal | null> {
    if (this.demoPassword !== null && username === DEMO_USER.username) {
      // Still pay a derivation: the demo user must not be distinguishable by timing either.
      await verifyPassword(password, this.decoy);
      return password === this.demoPassword ? { username, plan: DEMO_USER.plan } : null;
    }
    const user = this.users.get(username);
    const matches = await verifyPassword(password, user?.password ?? this.decoy);
    return user && matches ? { username: user.username, plan: user.plan } : null;
  }

  /** The current principal of a known user (plans can change between logins), or null. */
  find(username: string): Principal | null {
    if (this.demoPassword !== null && username === DEMO_USER.username) {
      return { username, plan: DEMO_USER.plan };
    }
    const user = this.users.get(username);
    return user ? { username: user.username, plan: user.plan } : null;
  }
}
