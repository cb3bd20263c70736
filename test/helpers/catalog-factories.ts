import { eq } from 'drizzle-orm';
import type { TestApp, Client } from './test-app.ts';
import { clientFor } from './test-app.ts';
import { unique, type TestUser } from './factories.ts';
import { hashSecret, newId, newSecret } from '../../src/lib/ids.ts';
import { apiTokens } from '../../src/modules/organizations/schema.ts';
import { makeOrganization } from './organization-factories.ts';
import { listings } from '../../src/modules/catalog/schema.ts';
import { expiryFrom } from '../../src/modules/catalog/listing-rules.ts';
import type { OfferCreateBody } from '../../src/modules/catalog/offer.schemas.ts';
import type { RequestCreateBody } from '../../src/modules/catalog/request.schemas.ts';
import type { ListingStatus } from '../../src/modules/catalog/listing.schemas.ts';

/**
 * Catalog factories. Organisations come from the organisations module's factory; listings
 * are created through the API, as a user would, and then moved to the wanted status directly.
 */
export interface OrgOptions {
  country?: string;
  type?: string;
  name?: string;
  lang?: string;
  owner?: TestUser;
  editors?: TestUser[];
  members?: TestUser[];
  verified?: boolean;
}

export interface TestOrg {
  id: string;
  country: string;
  type: string;
  name: string;
  owner: TestUser;
}

export async function makeOrg(t: TestApp, o: OrgOptions = {}): Promise<TestOrg> {
  const lang = o.lang ?? 'en';
  const type = o.type ?? 'university';
  const org = await makeOrganization(t, {
    owner: o.owner,
    editors: o.editors,
    members: o.members,
    country: o.country ?? 'TH',
    type,
    originalLang: lang,
    names: { [lang]: o.name ?? `Org ${unique('o')}` },
    verificationStatus: o.verified === false ? 'unverified' : 'verified',
  });
  return { ...org, type };
}

/** An organisation API token with these scopes, as a client that sends it. */
export async function makeToken(t: TestApp, org: TestOrg, scopes: string[]): Promise<Client> {
  const secret = newSecret();
  await t.deps.database.db.insert(apiTokens).values({
    id: newId(),
    organizationId: org.id,
    name: 'test token',
    tokenHash: hashSecret(secret),
    scopes,
    createdBy: org.owner.userId,
    createdAt: t.clock.now(),
  });
  return clientFor(t.app, { bearer: secret });
}

export function offerBody(organizationId: string, o: Partial<OfferCreateBody> = {}): OfferCreateBody {
  return {
    organizationId,
    originalLang: 'en',
    texts: [
      {
        lang: 'en',
        title: 'Low-cost solar dryer for cassava chips',
        summary: 'A passive solar dryer that halves drying time.',
        description: 'Built from local materials.',
        applications: 'Smallholder cassava processing.',
        advantages: 'No fuel costs.',
      },
    ],
    fields: ['agri.processing'],
    keywords: ['cassava', 'solar drying'],
    trl: 6,
    ipStatus: 'pending_application',
    patents: [],
    transferModes: ['non_exclusive_licence'],
    price: { amount: 1_500_000, currency: 'USD', negotiable: true },
    targetCountries: ['TH', 'VN'],
    ...o,
  };
}

export function requestBody(organizationId: string, o: Partial<RequestCreateBody> = {}): RequestCreateBody {
  return {
    organizationId,
    originalLang: 'en',
    texts: [{ lang: 'en', title: 'Detecting aflatoxin in maize on the farm', problem: 'Lab tests take two weeks.', desiredOutcome: 'A field kit.' }],
    fields: ['agri.safety'],
    keywords: ['aflatoxin'],
    minTrl: 5,
    budget: { min: 1_000_000, max: 5_000_000, currency: 'USD' },
    cooperationModes: ['technical_service'],
    deadline: null,
    neededCountries: ['VN'],
    visibility: 'public',
    ...o,
  };
}

export interface MadeListing {
  id: string;
  org: TestOrg;
  owner: TestUser;
  json: Record<string, any>;
}

type ListingOptions<B> = Partial<B> & { org?: TestOrg; by?: Client; status?: ListingStatus };

async function makeListing<B extends object>(
  t: TestApp,
  path: '/api/v1/offers' | '/api/v1/requests',
  body: (orgId: string, o: Partial<B>) => B,
  o: ListingOptions<B>,
): Promise<MadeListing> {
  const { org: givenOrg, by, status, ...overrides } = o;
  const org = givenOrg ?? (await makeOrg(t));
  const res = await (by ?? org.owner).post(path, body(org.id, overrides as Partial<B>));
  if (res.statusCode !== 201) throw new Error(`creating a listing failed: ${res.statusCode} ${res.body}`);
  const json = res.json();
  if (status && status !== 'draft') await setListingStatus(t, json.id, status);
  return { id: json.id, org, owner: org.owner, json };
}

/** makeOffer(t, { trl: 7, status: 'published' }) */
export const makeOffer = (t: TestApp, o: ListingOptions<OfferCreateBody> = {}) => makeListing(t, '/api/v1/offers', offerBody, o);
export const makeRequest = (t: TestApp, o: ListingOptions<RequestCreateBody> = {}) => makeListing(t, '/api/v1/requests', requestBody, o);

/** Moves a listing to a status directly, with the dates the lifecycle would have set. */
export async function setListingStatus(t: TestApp, id: string, status: ListingStatus, at: Date = t.clock.now()): Promise<void> {
  const live = status === 'published' || status === 'paused' || status === 'expired';
  await t.deps.database.db
    .update(listings)
    .set({
      status,
      submittedAt: at,
      ...(live ? { publishedAt: at, lastConfirmedAt: at, expiresAt: expiryFrom(at) } : {}),
    })
    .where(eq(listings.id, id));
}
