import { and, asc, eq, isNull, lt } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.ts';
import type { Clock } from '../../lib/clock.ts';
import { mails } from './schema.ts';

const MAX_ATTEMPTS = 5;

/**
 * Delivers queued mail over SMTP when SMTP_URL is set; otherwise mail stays in the
 * database as the dev mailbox. `kick()` is called after requests that queued mail and by
 * a periodic timer, and never runs two deliveries at once in this process. Rows are
 * claimed with FOR UPDATE SKIP LOCKED so several processes never send one mail twice.
 */
export class MailDelivery {
  private transporter: Transporter | null;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    this.transporter = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transporter !== null;
  }

  /** Starts periodic retries of mail that failed or was queued by another process. */
  start(intervalMs = 5000): void {
    if (!this.transporter || this.timer) return;
    this.timer = setInterval(() => void this.kick(), intervalMs);
    this.timer.unref();
  }

  kick(): Promise<void> {
    if (!this.transporter) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.deliverPending()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          void this.kick();
        }
      });
    return this.running;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transporter?.close();
  }

  private async deliverPending(): Promise<void> {
    const transporter = this.transporter!;
    for (;;) {
      const sentOne = await this.db.transaction(async (tx) => {
        const [m] = await tx
          .select()
          .from(mails)
          .where(and(isNull(mails.sentAt), lt(mails.attempts, MAX_ATTEMPTS)))
          .orderBy(asc(mails.createdAt))
          .limit(1)
          .for('update', { skipLocked: true });
        if (!m) return false;
        try {
          await transporter.sendMail({ from: this.from, to: m.toAddress, subject: m.subject, text: m.textBody, html: m.htmlBody ?? undefined });
          await tx.update(mails).set({ sentAt: this.clock.now(), lastError: null }).where(eq(mails.id, m.id));
        } catch (err) {
          await tx
            .update(mails)
            .set({ attempts: m.attempts + 1, lastError: String((err as Error).message).slice(0, 500) })
            .where(eq(mails.id, m.id));
        }
        return true;
      });
      if (!sentOne) return;
    }
  }
}
