import { readFileSync } from 'node:fs';
import {
  GUEST_PREFIX,
  PLANS,
  type Plan,
  ROLES,
  type Role,
  USERNAME_PATTERN,
} from '@tickwire/protocol';
import { UserEntrySchema, UsersFileSchema } from '@tickwire/protocol/schemas';
import { type EnvReader, type ScryptHash, parsePasswordHash } from '@tickwire/config';
import * as v from 'valibot';

/** One account of USERS_FILE. */
export interface UserRecord {
  username: string;
  plan: Plan;
  /** `user` unless the file says `"role": "admin"`. */
  role: Role;
  password: ScryptHash;
}

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
  const file = v.safeParse(UsersFileSchema, parsed);
  if (file.issues?.some((issue) => (issue.path?.length ?? 0) < 2)) {
    env.fail('USERS_FILE', path, 'a JSON object with a "users" array');
    return [];
  }
  // Each entry is checked on its own, so that every bad one is reported, and the good ones kept.
  const entries = (parsed as { users: unknown[] }).users;
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

/** What each field of an entry must be, said as the end of "a file whose users[i] ...". */
const ENTRY_MESSAGES: Readonly<Record<string, string>> = {
  username: `has a "username" matching ${USERNAME_PATTERN}`,
  plan: `has a "plan" among ${PLANS.join(', ')}`,
  role: `has a "role" among ${ROLES.join(', ')} (or none: user)`,
  passwordHash: 'has a "passwordHash" from `node tools/hash-password.mjs` (scrypt$N$r$p$salt$key)',
};

function toUser(entry: unknown): UserRecord | string {
  const result = v.safeParse(UserEntrySchema, entry, { abortEarly: true });
  if (!result.success) {
    const issue = result.issues[0];
    const field = issue.path?.[0]?.key;
    if (typeof field !== 'string') return 'is an object';
    if (field === 'username' && issue.type === 'check') {
      return `has a "username" not starting with "${GUEST_PREFIX}"`;
    }
    return ENTRY_MESSAGES[field];
  }
  const { username, plan, role, passwordHash } = result.output;
  const password = parsePasswordHash(passwordHash);
  if (!password) return ENTRY_MESSAGES.passwordHash;
  return { username, plan, role, password };
}
