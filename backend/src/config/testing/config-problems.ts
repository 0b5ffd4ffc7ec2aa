import { ConfigError } from '@tickwire/config';
import { loadConfig } from '../app-config';

/** What loadConfig says is wrong with `env` ('' when nothing is); other errors propagate. */
export function configProblems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return '';
}
