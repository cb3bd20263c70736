import { eq, sql } from 'drizzle-orm';
import type { AppDeps } from '../../server/deps.ts';
import { organizations } from '../../modules/organizations/schema.ts';
import { users } from '../../modules/accounts/schema.ts';
import { hashPassword } from '../../modules/accounts/password.ts';
import { newId } from '../../lib/ids.ts';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, loadDemo } from './load-demo.ts';

export interface AdminLogin {
  email: string;
  password: string;
  demo: boolean;
}

/**
 * Runs at start, after migrations: creates the administrator named by ADMIN_EMAIL /
 * ADMIN_PASSWORD if missing and, on an empty database with SEED_DEMO on, loads the demo
 * network. Returns the administrator login to print.
 */
export async function prepareData(deps: AppDeps, env: NodeJS.ProcessEnv = process.env): Promise<AdminLogin | null> {
  const { db } = deps.database;
  const now = deps.clock.now();
  let login: AdminLogin | null = null;

  if (deps.config.seedDemo) {
    const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(organizations);
    if (Number(n) === 0) {
      const { DEMO_PACKS } = await import('./demo-packs.ts');
      const counts = await loadDemo(db, DEMO_PACKS, now);
      console.log(`Loaded the demo network: ${counts.organizations} organisations, ${counts.offers} offers, ${counts.requests} requests.`);
    }
    const [demoAdmin] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ADMIN_EMAIL));
    if (demoAdmin) login = { email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD, demo: true };
  }

  const email = env.ADMIN_EMAIL?.trim().toLowerCase();
  const password = env.ADMIN_PASSWORD;
  if (email && password) {
    const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (!existing) {
      await db.insert(users).values({
        id: newId(), email, passwordHash: await hashPassword(password), displayName: 'Administrator', locale: 'en',
        isAdmin: true, emailVerifiedAt: now, createdAt: now, updatedAt: now,
      });
    }
    login = { email, password: '(ADMIN_PASSWORD)', demo: false };
  }
  return login;
}
