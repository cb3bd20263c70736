import type {
  Locale as ServerLocale,
  OrganizationType,
  IpStatus,
  TransferMode,
  RequestVisibility,
  MemberRole,
} from '../../modules/taxonomy/enums.ts';

/**
 * The web app's copy of the closed vocabularies. It is a copy (not a value import) so the
 * browser bundle never pulls server code; `satisfies` makes the compiler catch any drift.
 */
export const LOCALES = ['zh-CN', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my'] as const satisfies readonly ServerLocale[];
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';
export const isLocale = (v: string | undefined): v is Locale => !!v && (LOCALES as readonly string[]).includes(v);

export const NETWORK_COUNTRIES = ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;

export const ORGANIZATION_TYPES = [
  'university',
  'research_institute',
  'enterprise',
  'sme',
  'startup',
  'government_agency',
  'tech_transfer_intermediary',
  'science_park',
  'incubator',
  'investor',
] as const satisfies readonly OrganizationType[];

export const IP_STATUSES = [
  'granted_patent',
  'pending_application',
  'utility_model',
  'software_copyright',
  'know_how',
  'none',
] as const satisfies readonly IpStatus[];

export const TRANSFER_MODES = [
  'exclusive_licence',
  'non_exclusive_licence',
  'assignment',
  'joint_development',
  'technical_service',
  'investment',
] as const satisfies readonly TransferMode[];

export const REQUEST_VISIBILITIES = ['public', 'anonymous', 'operators_only'] as const satisfies readonly RequestVisibility[];
export const MEMBER_ROLES = ['owner', 'editor', 'member'] as const satisfies readonly MemberRole[];

export const LISTING_STATUSES = [
  'draft',
  'submitted',
  'changes_requested',
  'published',
  'rejected',
  'paused',
  'closed',
  'expired',
] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const VERIFICATION_STATUSES = ['unverified', 'pending', 'verified', 'rejected'] as const;

/** Common currencies of the network, offered first in pickers. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'THB', 'VND', 'IDR', 'MYR', 'PHP', 'SGD', 'BND', 'LAK', 'KHR', 'MMK'] as const;

export type ListingKind = 'offer' | 'request';
