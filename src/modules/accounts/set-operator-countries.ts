import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../server/http/errors.ts';
import { writeAudit } from '../audit/write-audit.ts';
import type { Actor } from './actor.ts';
import { requireAdmin } from './account.policy.ts';
import { presentAdminUser } from './admin-user.presenter.ts';
import { operatorCountries, users } from './schema.ts';

/** Replaces the set of countries a user operates for (empty: no longer an operator). */
export async function setOperatorCountries(db: Db, actor: Actor, input: { userId: string; countries: string[] }, ctx: { now: Date }) {
  requireAdmin(actor);
  const after = [...new Set(input.countries)].sort();
  return db.transaction(async (tx) => {
    // The row lock serialises concurrent edits of one user's set, so "before" is exact.
    const [u] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!u) throw notFound('user.not_found', 'No such user.');
    const rows = await tx
      .select({ c: operatorCountries.country })
      .from(operatorCountries)
      .where(eq(operatorCountries.userId, u.id))
      .orderBy(asc(operatorCountries.country));
    const before = rows.map((r) => r.c);
    if (before.join() !== after.join()) {
      await tx.delete(operatorCountries).where(eq(operatorCountries.userId, u.id));
      if (after.length) await tx.insert(operatorCountries).values(after.map((country) => ({ userId: u.id, country })));
      await writeAudit(
        tx,
        actor,
        { action: 'user.set_operator_countries', entityType: 'user', entityId: u.id, before: { countries: before }, after: { countries: after } },
        ctx.now,
      );
    }
    return presentAdminUser(tx, u);
  });
}
