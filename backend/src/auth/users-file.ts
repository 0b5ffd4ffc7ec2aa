import { readFileSync } from 'node:fs';
import { type Plan, PLANS, type Role, ROLES } from '@tickwire/protocol';
import { type EnvReader } from '@tickwire/config';
import { type ScryptHash, parsePasswordHash } from './password-hash';

/** One account of USERS_FILE. */
export interface UserRecord {
  username: string;
  plan: Plan;
  /** `user` unless the file says `"role": "admin"`. */
  role: Role;
  password: ScryptHash;
}

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/**
 * Reads USERS_FILE: `{"users":[{"username":"alice","plan":"pro","passwordHash":"scrypt$..."}]}`,
 * each entry with an optional `"role"` (`user`, the default, or `admin`).
 * Every problem is reported through the EnvReader, so a bad file stops the start with one line.
 */
export function readUsersFile(env: EnvReader, path: string): UserRecord[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'valid JSON' : 'a readable file';
    env.fail('USERS_FILE', path, `${reason} (${(error as Error).message})`);
    return [];
  }
  const entries = (parsed as { users?: unknown } | null)?.users;
  if (!Array.isArray(entries)) {
    env.fail('USERS_FILE', path, 'a JSON object with a "users" array');
    return [];
  }
  const users: UserRecord[] = [];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, index) => {
    const user = toUser(entry);
    if (typeof user === 'string') {
      env.fail('USERS_FILE', path, `a file whose users[${index}] ${user}`);
    } else if (seen.has(user.username)) {
      env.fail('USERS_FILE', path, `a file without duplicate username "${user.username}"`);
    } else {
      seen.add(user.username);
      users.push(user);
    }
  });
  return users;
}

function toUser(entry: unknown): UserRecord | string {
  if (typeof entry !== 'object' || entry === null) return 'is an object';
  const { username, plan, role = 'user', passwordHash } = entry as Record<string, unknown>;
  if (typeof username !== 'string' || !USERNAME_PATTERN.test(username)) {
    return `has a "username" matching ${USERNAME_PATTERN}`;
  }
  if (username.startsWith('guest-')) return 'has a "username" not starting with "guest-"';
  if (typeof plan !== 'string' || !(PLANS as readonly string[]).includes(plan)) {
    return `has a "plan" among ${PLANS.join(', ')}`;
  }
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    return `has a "role" among ${ROLES.join(', ')} (or none: user)`;
  }
  const password = typeof passwordHash === 'string' ? parsePasswordHash(passwordHash) : null;
  if (!password) {
    return 'has a "passwordHash" from `node tools/hash-password.mjs` (scrypt$N$r$p$salt$key)';
  }
  return { username, plan: plan as Plan, role: role as Role, password };
}
