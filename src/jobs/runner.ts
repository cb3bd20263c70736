import type { AppDeps } from '../server/deps.ts';
import { expireListingsJob } from '../modules/catalog/expire-listings.ts';

export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(deps: AppDeps): Promise<unknown>;
}

/** Jobs registered by modules; each runs periodically with the injected clock. */
export const JOBS: ScheduledJob[] = [expireListingsJob];

/**
 * Runs every scheduled job on its interval in this process. Jobs are written to be safe
 * when several processes run them at once (conditional updates, SKIP LOCKED claims).
 */
export function startJobs(deps: AppDeps): { stop(): void } {
  const timers = JOBS.map((job) => {
    let busy = false;
    const t = setInterval(async () => {
      if (busy) return;
      busy = true;
      try {
        await job.run(deps);
      } catch (err) {
        console.error(`job ${job.name} failed`, err);
      } finally {
        busy = false;
      }
    }, job.everyMs);
    t.unref();
    return t;
  });
  return { stop: () => timers.forEach(clearInterval) };
}
