import type { Db } from '../client.ts';
import { listings, listingTexts } from '../../modules/catalog/schema.ts';
import { memberships, organizations, organizationTexts } from '../../modules/organizations/schema.ts';
import { operatorCountries, users } from '../../modules/accounts/schema.ts';
import { hashPassword } from '../../modules/accounts/password.ts';
import { NETWORK_COUNTRIES } from '../../modules/taxonomy/enums.ts';
import type { DemoOffer, DemoPack, DemoRequest } from './demo/types.ts';
import { demoId } from './demo-ids.ts';

export const DEMO_PASSWORD = 'innoport-demo';
export const DEMO_ADMIN_EMAIL = 'admin@demo.innoport.local';
const DAY = 86_400_000;

/** The UI locale a national operator of each country uses in the demo. */
const COUNTRY_LOCALE: Record<string, string> = {
  CN: 'zh-CN', BN: 'ms', KH: 'km', ID: 'id', LA: 'lo', MY: 'ms', MM: 'my', PH: 'fil', SG: 'en', TH: 'th', VN: 'vi',
};

const minorUnits = (currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
const toMinor = (amount: number, currency: string) => Math.round(amount * 10 ** minorUnits(currency));

/** A fixed spread of states so the demo shows every screen: mostly published, some in review. */
function demoStatus(i: number): string {
  if (i % 20 === 7) return 'submitted';
  if (i % 20 === 13) return 'draft';
  if (i % 29 === 5) return 'paused';
  return 'published';
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 100) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Loads the demo network (fictional organisations, offers and requests in all ten
 * languages, operators for every network country, an administrator) in one transaction.
 * Every row is marked is_demo. Deterministic: the same packs give the same ids and states.
 */
export async function loadDemo(db: Db, packs: DemoPack[], now: Date) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const orgIds = new Map<string, { id: string; country: string }>();
  const userRows: (typeof users.$inferInsert)[] = [];
  const orgRows: (typeof organizations.$inferInsert)[] = [];
  const orgTextRows: (typeof organizationTexts.$inferInsert)[] = [];
  const memberRows: (typeof memberships.$inferInsert)[] = [];
  const listingRows: (typeof listings.$inferInsert)[] = [];
  const textRows: (typeof listingTexts.$inferInsert)[] = [];
  const user = (key: string, email: string, displayName: string, locale: string, isAdmin = false) => {
    const createdAt = new Date(now.getTime() - 400 * DAY);
    const id = demoId(`user:${key}`, createdAt);
    userRows.push({ id, email, passwordHash, displayName, locale, isAdmin, isDemo: true, emailVerifiedAt: createdAt, createdAt, updatedAt: createdAt, calendar: locale === 'th' ? 'buddhist' : 'gregory' });
    return id;
  };

  user('admin', DEMO_ADMIN_EMAIL, 'InnoPort Secretariat', 'en', true);
  const operatorIds = NETWORK_COUNTRIES.map((c) => ({
    c,
    id: user(`operator:${c}`, `operator.${c.toLowerCase()}@demo.innoport.local`, `National operator ${c}`, COUNTRY_LOCALE[c]),
  }));

  let orgIndex = 0;
  for (const pack of packs) {
    for (const o of pack.organizations) {
      if (orgIds.has(o.key)) throw new Error(`duplicate demo organisation key ${o.key}`);
      const createdAt = new Date(now.getTime() - (380 - orgIndex) * DAY);
      const id = demoId(`org:${o.key}`, createdAt);
      orgIds.set(o.key, { id, country: o.country });
      const pending = orgIndex % 9 === 4;
      orgRows.push({
        id, type: o.type, country: o.country, region: o.region, website: o.website, originalLang: pack.lang,
        verificationStatus: pending ? 'pending' : 'verified', verifiedAt: pending ? null : createdAt, isDemo: true, createdAt, updatedAt: createdAt,
      });
      for (const [lang, name] of Object.entries(o.names)) {
        if (!name) continue;
        const original = lang === pack.lang;
        orgTextRows.push({ organizationId: id, lang, name, description: original ? o.description : '', source: original ? 'original' : 'author' });
      }
      const ownerId = user(`owner:${o.key}`, `owner.${o.key}@demo.innoport.local`, o.names.en ?? o.names[pack.lang] ?? o.key, pack.lang);
      memberRows.push({ organizationId: id, userId: ownerId, role: 'owner', createdAt });
      orgIndex++;
    }
  }

  let i = 0;
  const listingKeys = new Set<string>();
  const addListing = (pack: DemoPack, key: string, orgKey: string, build: (base: typeof listings.$inferInsert) => typeof listings.$inferInsert, text: Omit<typeof listingTexts.$inferInsert, 'listingId' | 'lang' | 'source' | 'updatedAt'>) => {
    if (listingKeys.has(key)) throw new Error(`duplicate demo listing key ${key}`);
    listingKeys.add(key);
    const org = orgIds.get(orgKey);
    if (!org) throw new Error(`demo listing ${key} names unknown organisation ${orgKey}`);
    const status = demoStatus(i);
    const publishedAt = new Date(now.getTime() - (((i * 53) % 330) + 1) * DAY);
    const createdAt = new Date(publishedAt.getTime() - 3 * DAY);
    const id = demoId(`listing:${key}`, createdAt);
    const live = status === 'published' || status === 'paused';
    listingRows.push(
      build({
        id, kind: 'offer', organizationId: org.id, status, originalLang: pack.lang, fields: [], keywords: [], trl: 1, patents: [], modes: [], countries: [],
        submittedAt: status === 'draft' ? null : new Date(createdAt.getTime() + DAY),
        publishedAt: live ? publishedAt : null,
        lastConfirmedAt: live ? publishedAt : null,
        expiresAt: live ? new Date(publishedAt.getTime() + 365 * DAY) : null,
        isDemo: true, createdAt, updatedAt: live ? publishedAt : createdAt,
      }),
    );
    textRows.push({ listingId: id, lang: pack.lang, source: 'original', updatedAt: createdAt, ...text });
    i++;
  };

  for (const pack of packs) {
    for (const o of pack.offers) addListing(pack, o.key, o.org, (b) => offerRow(b, o), {
      title: o.title, summary: o.summary, description: o.description, applications: o.applications, advantages: o.advantages,
    });
  }
  for (const pack of packs) {
    for (const r of pack.requests) addListing(pack, r.key, r.org, (b) => requestRow(b, r, now), {
      title: r.title, summary: r.problem, description: r.outcome,
    });
  }

  await db.transaction(async (tx) => {
    await insertChunked(userRows, (c) => tx.insert(users).values(c));
    await insertChunked(operatorIds.map(({ c, id }) => ({ userId: id, country: c })), (c) => tx.insert(operatorCountries).values(c));
    await insertChunked(orgRows, (c) => tx.insert(organizations).values(c));
    await insertChunked(orgTextRows, (c) => tx.insert(organizationTexts).values(c));
    await insertChunked(memberRows, (c) => tx.insert(memberships).values(c));
    await insertChunked(listingRows, (c) => tx.insert(listings).values(c));
    await insertChunked(textRows, (c) => tx.insert(listingTexts).values(c));
  });
  return {
    organizations: orgRows.length,
    offers: listingRows.filter((l) => l.kind === 'offer').length,
    requests: listingRows.filter((l) => l.kind === 'request').length,
    users: userRows.length,
  };
}

function offerRow(b: typeof listings.$inferInsert, o: DemoOffer): typeof listings.$inferInsert {
  const price = o.price === 'negotiable' ? null : o.price;
  return {
    ...b, kind: 'offer', fields: o.fields, keywords: o.keywords, trl: o.trl, ipStatus: o.ipStatus, patents: o.patents,
    modes: o.transferModes, countries: o.targetCountries, negotiable: price === null,
    priceMin: price ? toMinor(price.amount, price.currency) : null,
    currency: price?.currency ?? null,
  };
}

function requestRow(b: typeof listings.$inferInsert, r: DemoRequest, now: Date): typeof listings.$inferInsert {
  return {
    ...b, kind: 'request', fields: r.fields, keywords: r.keywords, trl: r.minTrl, modes: r.cooperationModes, countries: r.neededCountries,
    visibility: r.visibility, negotiable: r.budget === null,
    priceMin: r.budget ? toMinor(r.budget.min, r.budget.currency) : null,
    priceMax: r.budget ? toMinor(r.budget.max, r.budget.currency) : null,
    currency: r.budget?.currency ?? null,
    deadline: new Date(now.getTime() + r.deadlineDays * DAY).toISOString().slice(0, 10),
  };
}
