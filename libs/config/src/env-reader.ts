import { ConfigError } from './config.error';

type Env = Readonly<Record<string, string | undefined>>;

interface IntRange {
  min?: number;
  max?: number;
}

/**
 * Reads typed values out of environment variables, collecting every problem so that start-up can
 * report all bad variables at once, each with what is allowed.
 */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number, range: IntRange = {}): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const min = range.min ?? Number.MIN_SAFE_INTEGER;
    const max = range.max ?? Number.MAX_SAFE_INTEGER;
    const parsed = /^-?\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
      this.fail(name, value, `an integer from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  }

  number(name: string, fallback: number, range: IntRange = {}): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const min = range.min ?? -Infinity;
    const max = range.max ?? Infinity;
    const parsed = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
    if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
      this.fail(name, value, `a number from ${min} to ${max}`);
      return fallback;
    }
    return parsed;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
    if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
    this.fail(name, value, 'one of 1, 0, true, false');
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.fail(name, value, `one of ${allowed.join(', ')}`);
    return fallback;
  }

  list(name: string, fallback: readonly string[] = []): string[] {
    const value = this.raw(name);
    if (value === undefined) return [...fallback];
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item.length > 0);
  }

  /** Records a problem found by a section's own cross-field checks. */
  fail(name: string, value: string | undefined, allowed: string): void {
    const got = value === undefined ? 'it is not set' : `got "${truncate(value)}"`;
    this.problems.push(`${name} must be ${allowed} (${got})`);
  }

  /** Throws one ConfigError listing every problem found so far. */
  assertValid(): void {
    if (this.problems.length > 0) throw new ConfigError(this.problems.join('; '));
  }
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}
