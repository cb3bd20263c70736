import { and, asc, gt, ilike, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from './actor.ts';
import { requireAdmin } from './account.policy.ts';
import { presentAdminUsers } from './admin-user.presenter.ts';
import { users } from './schema.ts';

/** LIKE treats % and _ as wildcards; a search for "a_b" means those characters literally. */
export const likeContains = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Administrators browse users by email or name, a page at a time in id (= creation) order. */
export async function listUsers(db: Db, actor: Actor, input: { q?: string; cursor?: string; limit: number }) {
  requireAdmin(actor);
  const where: SQL[] = [];
  if (input.q) {
    const pattern = likeContains(input.q);
    where.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern))!);
  }
  if (input.cursor) where.push(gt(users.id, input.cursor));
  const rows = await db
    .select()
    .from(users)
    .where(and(...where))
    .orderBy(asc(users.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: await presentAdminUsers(db, page),
    nextCursor: rows.length > input.limit ? page[page.length - 1].id : null,
  };
}
