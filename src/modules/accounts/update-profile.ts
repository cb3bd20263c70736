import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import type { Actor } from './actor.ts';
import { requireSessionUser } from './account.policy.ts';
import { users } from './schema.ts';

export interface ProfilePatch {
  displayName?: string;
  locale?: string;
  calendar?: 'gregory' | 'buddhist';
}

/** Changes the signed-in user's own name, language and calendar; an empty patch changes nothing. */
export async function updateProfile(db: Db, actor: Actor, input: ProfilePatch, ctx: { now: Date }): Promise<void> {
  requireSessionUser(actor);
  const set: Partial<typeof users.$inferInsert> = {};
  if (input.displayName !== undefined) set.displayName = input.displayName;
  if (input.locale !== undefined) set.locale = input.locale;
  if (input.calendar !== undefined) set.calendar = input.calendar;
  if (Object.keys(set).length === 0) return;
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ ...set, updatedAt: ctx.now })
      .where(eq(users.id, actor.userId));
  });
}
