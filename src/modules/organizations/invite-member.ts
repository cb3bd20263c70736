import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { hashSecret, newId, newSecret } from '../../lib/ids.ts';
import { conflict } from '../../server/http/errors.ts';
import type { Actor } from '../accounts/actor.ts';
import { users } from '../accounts/schema.ts';
import { writeAudit } from '../audit/write-audit.ts';
import { queueMail } from '../mail/queue-mail.ts';
import { renderMail } from '../mail/templates.ts';
import type { MemberRole } from '../taxonomy/enums.ts';
import { invitations, memberships } from './schema.ts';
import { requireOwner, requirePerson } from './organization.policy.ts';
import { loadOrganization, loadOrganizationTexts } from './load-organization.ts';
import { pickText } from './organization.presenter.ts';

export const INVITATION_TTL_MS = 14 * 86_400_000;

/**
 * Invites someone by email. The mail goes out in the invitee's language when they already
 * have an account, else in the inviter's. A new invitation to the same address replaces
 * any pending one, so only the latest link works.
 */
export async function inviteMember(
  db: Db,
  actor: Actor,
  input: { organizationId: string; email: string; role: MemberRole },
  ctx: { now: Date; publicUrl: string },
) {
  requirePerson(actor);
  return db.transaction(async (tx) => {
    const org = await loadOrganization(tx, input.organizationId);
    requireOwner(actor, org.id);
    const email = input.email.toLowerCase();
    const [existingUser] = await tx.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, email));
    if (existingUser) {
      const [member] = await tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, existingUser.id)));
      if (member) throw conflict('organization.already_member', 'This person is already a member.', { email: 'Already a member.' });
    }
    await tx
      .update(invitations)
      .set({ revokedAt: ctx.now })
      .where(and(eq(invitations.organizationId, org.id), eq(invitations.email, email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)));

    const token = newSecret();
    const [row] = await tx
      .insert(invitations)
      .values({
        id: newId(),
        organizationId: org.id,
        email,
        role: input.role,
        tokenHash: hashSecret(token),
        invitedBy: actor.userId,
        createdAt: ctx.now,
        expiresAt: new Date(ctx.now.getTime() + INVITATION_TTL_MS),
      })
      .returning();

    const locale = existingUser?.locale ?? actor.locale;
    const name = pickText(await loadOrganizationTexts(tx, org.id), locale, org.originalLang)?.name ?? '';
    const link = `${ctx.publicUrl}/${locale}/invitations/accept?token=${encodeURIComponent(token)}`;
    const mail = renderMail('invitation', locale, { organization: name, inviter: actor.displayName ?? actor.email ?? '', role: input.role, link });
    await queueMail(tx, { to: email, locale, ...mail }, ctx.now);
    await writeAudit(
      tx,
      actor,
      { action: 'organization.invite', entityType: 'organization', entityId: org.id, after: { invitationId: row.id, email, role: input.role } },
      ctx.now,
    );
    return row;
  });
}
