import type { AppDeps } from '../../server/deps.ts';

/**
 * Runs at start after migrations: ensures an administrator exists and, on an empty
 * database with SEED_DEMO on, loads the demo network. Returns the login to print.
 * (Filled in by the seed module.)
 */
export async function prepareData(_deps: AppDeps): Promise<{ email: string; password: string; demo: boolean } | null> {
  return null;
}
