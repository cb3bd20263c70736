import { badRequest } from '../../server/http/errors.ts';

/** How long a published listing stays up before its owner must confirm it is still available. */
export const LISTING_LIFETIME_MONTHS = 12;

/** The same wall-clock time `months` calendar months later (UTC); 29 Feb rolls to 1 Mar. */
export function addMonths(d: Date, months: number): Date {
  const out = new Date(d.getTime());
  out.setUTCMonth(out.getUTCMonth() + months);
  return out;
}

export const expiryFrom = (now: Date) => addMonths(now, LISTING_LIFETIME_MONTHS);

/** A request's deadline may be today or later (today as a date in UTC, from the injected clock). */
export function checkDeadline(deadline: string | null | undefined, now: Date): void {
  if (!deadline) return;
  const today = now.toISOString().slice(0, 10);
  if (deadline < today) {
    throw badRequest('validation.failed', 'The deadline has already passed.', { deadline: `Use today (${today}) or a later date.` });
  }
}
