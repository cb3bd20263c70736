import type { Db } from '../../db/client.ts';
import { newId } from '../../lib/ids.ts';
import { conflict } from '../../server/http/errors.ts';
import { hashPassword } from './password.ts';
import { users } from './schema.ts';
import { sendVerificationEmail } from './send-verification-email.ts';

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  locale: string;
}

/** Creates an unverified account and mails the verification link, in one transaction. */
export async function registerUser(db: Db, input: RegisterInput, ctx: { now: Date; publicUrl: string }) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const id = newId();
    const inserted = await tx
      .insert(users)
      .values({
        id,
        email: input.email,
        passwordHash,
        displayName: input.displayName,
        locale: input.locale,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (inserted.length === 0) {
      throw conflict('account.email_taken', 'An account with this email already exists.', { email: 'Already registered.' });
    }
    await sendVerificationEmail(tx, { id, email: input.email, displayName: input.displayName, locale: input.locale }, ctx);
    return { id };
  });
}
