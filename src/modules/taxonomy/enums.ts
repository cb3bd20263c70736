/** Closed vocabularies shared by the API, the database and the web app. */

/** UI and content locales (BCP 47). zh-CN is stored as written; search code may map it to "zh". */
export const LOCALES = ['zh-CN', 'en', 'th', 'vi', 'id', 'ms', 'fil', 'lo', 'km', 'my'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** China first, then the ten ASEAN members (ISO 3166-1 alpha-2). */
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
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const IP_STATUSES = [
  'granted_patent',
  'pending_application',
  'utility_model',
  'software_copyright',
  'know_how',
  'none',
] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

export const TRANSFER_MODES = [
  'exclusive_licence',
  'non_exclusive_licence',
  'assignment',
  'joint_development',
  'technical_service',
  'investment',
] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const REQUEST_VISIBILITIES = ['public', 'anonymous', 'operators_only'] as const;
export type RequestVisibility = (typeof REQUEST_VISIBILITIES)[number];

export const MEMBER_ROLES = ['owner', 'editor', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** Where a language version of a text came from. */
export const TEXT_SOURCES = ['original', 'author', 'machine'] as const;
export type TextSource = (typeof TEXT_SOURCES)[number];
