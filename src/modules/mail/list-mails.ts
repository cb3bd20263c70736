import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { notFound } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { requireAdmin } from '../accounts/account.policy.ts';
import { mails } from './schema.ts';
import { presentMail, presentMailSummary } from './mail.presenter.ts';

/**
 * The dev mailbox: every queued mail, newest first (UUIDv7 ids sort by creation). Mail holds
 * live links (verification, password reset, invitations), so only administrators read it.
 */
export async function listMails(db: Db, actor: Actor, f: { to?: string; cursor?: string; limit: number }) {
  requireAdmin(actor);
  const where: SQL[] = [];
  if (f.to) where.push(eq(mails.toAddress, f.to.toLowerCase()));
  if (f.cursor) where.push(lt(mails.id, f.cursor));
  const rows = await db
    .select()
    .from(mails)
    .where(and(...where))
    .orderBy(desc(mails.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(presentMailSummary),
    nextCursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export async function getMail(db: Db, actor: Actor, id: string) {
  requireAdmin(actor);
  const [m] = await db.select().from(mails).where(eq(mails.id, id));
  if (!m) throw notFound('mail.not_found', 'No such mail.');
  return presentMail(m);
}
