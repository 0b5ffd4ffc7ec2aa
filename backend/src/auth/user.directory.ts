import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { type Plan, type Role } from '@tickwire/protocol';
import { type Principal, principalOf } from './connection-context';
import { DEFAULT_SCRYPT, type ScryptHash, verifyPassword } from '@tickwire/config';
import { type UserRecord } from '../config/users-file';

interface DevelopmentUser {
  username: string;
  password: string;
  plan: Plan;
  role: Role;
}

/** Accounts that exist in development only (no USERS_FILE, NODE_ENV not production). */
const DEVELOPMENT_USERS: readonly DevelopmentUser[] = [
  { username: 'demo', password: 'demo', plan: 'pro', role: 'user' },
  { username: 'admin', password: 'admin', plan: 'pro', role: 'admin' },
];

/** The accounts that can log in: USERS_FILE, or the development `demo` and `admin` users. */
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
  /** The development users, by username; empty unless `config.auth.demoUser`. */
  private readonly development = new Map<string, DevelopmentUser>();

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const logger = new Logger('Auth');
    for (const user of config.auth.users ?? []) this.users.set(user.username, user);
    if (config.auth.demoUser) {
      for (const user of DEVELOPMENT_USERS) {
        this.development.set(user.username, user);
        logger.warn(
          `development: user "${user.username}" / "${user.password}" (plan ${user.plan}, role ${user.role}) exists; set USERS_FILE to replace it (never in production)`,
        );
      }
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
    const development = this.development.get(username);
    if (development) {
      // Still pay a derivation: development users must not be distinguishable by timing either.
      await verifyPassword(password, this.decoy);
      return password === development.password ? principalFor(development) : null;
    }
    const user = this.users.get(username);
    const matches = await verifyPassword(password, user?.password ?? this.decoy);
    return user && matches ? principalFor(user) : null;
  }

  /** The current principal of a known user (plans can change between logins), or null. */
  find(username: string): Principal | null {
    const user = this.development.get(username) ?? this.users.get(username);
    return user ? principalFor(user) : null;
  }
}

function principalFor(user: { username: string; plan: Plan; role: Role }): Principal {
  return principalOf(user.username, user.plan, user.role);
}
