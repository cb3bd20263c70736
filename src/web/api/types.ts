/**
 * Shapes of the API as the web app uses them (the contract in the project brief).
 * The session user comes straight from the accounts module's zod schema; the other modules'
 * schemas were still being written when this was, so their shapes are spelled out here.
 */
import type { z } from 'zod';
import type { sessionUser } from '../../modules/accounts/account.schemas.ts';
import type { ListingKind, ListingStatus } from '../lib/enums.ts';

export type SessionUser = z.infer<typeof sessionUser>;
export interface SessionInfo {
  user: SessionUser | null;
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface OrganizationSummary {
  id: string;
  type: string;
  country: string;
  region: string;
  website: string | null;
  name: string;
  description: string;
  lang: string;
  originalLang: string;
  verified: boolean;
  verificationStatus: string;
  verificationNote?: string | null;
  logoUrl: string | null;
  isDemo: boolean;
  createdAt: string;
  languages?: string[];
  texts?: { lang: string; name: string; description: string; source?: string }[];
  permissions?: { edit?: boolean; manageMembers?: boolean; verify?: boolean };
}

export interface OrganizationLite {
  id: string;
  name: string;
  country: string;
  type: string;
  verified: boolean;
}

export interface Attachment {
  id: string;
  kind: string;
  mime: string;
  name: string;
  sizeBytes: number;
  url: string;
}

export interface Price {
  amount: number | null;
  currency: string | null;
  negotiable: boolean;
}

export interface Budget {
  min: number | null;
  max: number | null;
  currency: string | null;
}

export interface ListingText {
  lang: string;
  source: string;
  title: string;
  /** Offers. */
  summary?: string;
  description?: string;
  applications?: string;
  advantages?: string;
  /** Requests. */
  problem?: string;
  desiredOutcome?: string;
}

interface ListingBase {
  id: string;
  kind: ListingKind;
  status: ListingStatus;
  organization: OrganizationLite | null;
  originalLang: string;
  text: ListingText;
  texts?: ListingText[];
  languages: string[];
  fields: string[];
  keywords: string[];
  attachments: Attachment[];
  publishedAt: string | null;
  lastConfirmedAt: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
  revision: number;
  moderationNote?: string | null;
  permissions?: { edit?: boolean; submit?: boolean; moderate?: boolean };
}

export interface Offer extends ListingBase {
  kind: 'offer';
  trl: number;
  ipStatus: string;
  patents: { number: string; jurisdiction: string }[];
  transferModes: string[];
  price: Price;
  targetCountries: string[];
}

export interface TechRequest extends ListingBase {
  kind: 'request';
  minTrl: number;
  budget: Budget | null;
  cooperationModes: string[];
  deadline: string | null;
  neededCountries: string[];
  visibility: string;
}

export type Listing = Offer | TechRequest;

/** List rows: the detail shape minus the long texts; the web treats them alike. */
export type ListingSummary = Listing;

export interface FieldNode {
  code: string;
  label: string;
  parent?: string | null;
  children?: FieldNode[];
}

export interface Member {
  userId: string;
  displayName: string;
  email?: string;
  role: string;
  createdAt?: string;
}

export interface Invitation {
  id: string;
  email: string;
  role: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt?: string | null;
}

export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  emailVerified?: boolean;
  locale?: string;
  operatorCountries: string[];
  createdAt?: string;
}

export interface AuditEntry {
  id: string;
  at?: string;
  createdAt?: string;
  actorId?: string | null;
  actorName?: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  note?: string | null;
}

export interface MailSummary {
  id: string;
  to: string;
  subject: string;
  createdAt: string;
  status?: string;
  text?: string;
  html?: string;
}
