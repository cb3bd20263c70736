import type { invitations } from './schema.ts';

type InvitationRow = typeof invitations.$inferSelect;

export function invitationStatus(row: InvitationRow, now: Date): 'pending' | 'accepted' | 'revoked' | 'expired' {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

/** Invitations leave the server without their token: it exists only in the mail. */
export function presentInvitation(row: InvitationRow, now: Date) {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row, now),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
  };
}
