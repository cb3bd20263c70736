import type { IpStatus, Locale, OrganizationType, RequestVisibility, TransferMode } from '../../../modules/taxonomy/enums.ts';

/** Demo organisations, offers and requests written in one language. Fictional; loaded as demo data. */
export interface DemoOrganization {
  key: string; // unique across all packs, e.g. 'zh-gxu-tto'
  country: string; // ISO 3166-1 alpha-2
  region: string; // province / city
  type: OrganizationType;
  website: string; // https://<something>.example
  names: Partial<Record<Locale, string>>; // must include the pack's language; add 'en' too
  description: string; // in the pack's language, 2-4 sentences
}
export interface DemoOffer {
  key: string;
  org: string; // DemoOrganization.key (may be in another pack only if same language)
  title: string;
  summary: string; // 1-2 sentences
  description: string; // 4-7 sentences, concrete: what it is, how it works, figures
  applications: string; // 1-3 sentences
  advantages: string; // 1-3 sentences with measurable advantages
  fields: string[]; // 1-3 codes from field-codes.ts, sub-field codes preferred
  keywords: string[]; // 3-6, in the pack's language
  trl: number; // 1-9
  ipStatus: IpStatus;
  patents: { number: string; jurisdiction: string }[]; // e.g. { number: 'CN115123456A', jurisdiction: 'CN' } — empty unless patent-type ipStatus
  transferModes: TransferMode[];
  price: { amount: number; currency: string } | 'negotiable'; // amount in MAJOR units
  targetCountries: string[]; // ISO alpha-2, ASEAN/China
}
export interface DemoRequest {
  key: string;
  org: string;
  title: string;
  problem: string; // 3-5 sentences
  outcome: string; // 2-3 sentences: desired outcome
  fields: string[];
  keywords: string[];
  minTrl: number;
  budget: { min: number; max: number; currency: string } | null; // MAJOR units
  cooperationModes: TransferMode[];
  deadlineDays: number; // days after seeding
  neededCountries: string[];
  visibility: RequestVisibility;
}
export interface DemoPack {
  lang: Locale;
  organizations: DemoOrganization[];
  offers: DemoOffer[];
  requests: DemoRequest[];
}
