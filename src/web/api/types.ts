/**
 * Shapes of the API as the web app sees them, inferred from the server's own zod schemas
 * through type-only imports (erased by Vite, so no server code reaches the browser).
 */
import type { z } from 'zod';
import type { sessionUser } from '../../modules/accounts/account.schemas.ts';
import type { adminUser } from '../../modules/accounts/admin.schemas.ts';
import type { auditEntry } from '../../modules/audit/audit.schemas.ts';
import type { mailDetail, mailSummary } from '../../modules/mail/mail.schemas.ts';
import type { offerOut, offerSummaryOut } from '../../modules/catalog/offer.schemas.ts';
import type { requestOut, requestSummaryOut } from '../../modules/catalog/request.schemas.ts';
import type { attachmentOut } from '../../modules/catalog/listing.schemas.ts';
import type {
  invitationView,
  memberView,
  organizationDetail,
  organizationSummary,
} from '../../modules/organizations/organization.schemas.ts';

export type SessionUser = z.infer<typeof sessionUser>;
export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

export type OrganizationSummary = z.infer<typeof organizationSummary>;
export type OrganizationDetail = z.infer<typeof organizationDetail>;
export type Member = z.infer<typeof memberView>;
export type Invitation = z.infer<typeof invitationView>;
export type Attachment = z.infer<typeof attachmentOut>;

export type Offer = z.infer<typeof offerOut>;
export type TechRequest = z.infer<typeof requestOut>;
/** A full listing (detail view). */
export type Listing = Offer | TechRequest;
/** A row of a list: the detail without long texts, attachments and permissions. */
export type ListingSummary = z.infer<typeof offerSummaryOut> | z.infer<typeof requestSummaryOut>;
export type OfferText = Offer['text'];
export type RequestText = TechRequest['text'];
export type ListingText = OfferText | RequestText;

export interface FieldNode {
  code: string;
  label: string;
  parent?: string | null;
  children?: FieldNode[];
}

export type AdminUser = z.infer<typeof adminUser>;
export type AuditEntry = z.infer<typeof auditEntry>;
export type MailSummary = z.infer<typeof mailSummary>;
export type MailDetail = z.infer<typeof mailDetail>;
