import { asc, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { AdminUser } from './admin.schemas.ts';
import { operatorCountries, users } from './schema.ts';

type UserRow = typeof users.$inferSelect;

/** Users as administrators see them; never the password hash. */
export async function presentAdminUsers(db: DbOrTx, rows: UserRow[]): Promise<AdminUser[]> {
  if (rows.length === 0) return [];
  const countries = await db
    .select()
    .from(operatorCountries)
    .where(
      inArray(
        operatorCountries.userId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(operatorCountries.country));
  return rows.map((u) => ({
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    locale: u.locale,
    calendar: u.calendar,
    emailVerified: u.emailVerifiedAt !== null,
    isAdmin: u.isAdmin,
    isDemo: u.isDemo,
    operatorCountries: countries.filter((c) => c.userId === u.id).map((c) => c.country),
    createdAt: u.createdAt.toISOString(),
  }));
}

export async function presentAdminUser(db: DbOrTx, row: UserRow): Promise<AdminUser> {
  return (await presentAdminUsers(db, [row]))[0];
}
