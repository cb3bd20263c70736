/**
 * The main journey across languages: a Thai researcher registers in the Thai interface,
 * confirms the address from the mail the real SMTP server received, creates a Thai
 * organisation and an offer written in Thai, and submits it; the Thai national operator
 * approves it; an anonymous visitor of the Chinese interface finds it (with a marker that
 * it is written in Thai) and its first HTML response is ready for search engines.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { linkIn, startMailServer, type TestMailServer } from '../helpers/mail-server.ts';
import { MAIL_MESSAGES } from '../../src/modules/mail/messages.ts';
import { startPlatform, type RunningPlatform } from './platform.ts';
import { LOCALES, escapeRegExp, languageName, msg } from './ui-text.ts';
import { DEMO_PASSWORD, UUID_PATTERN as UUID, signInThroughPage, waitUntilServing } from './e2e-helpers.ts';

// One run's data: a suffix that no demo text contains, so the keyword filter finds only ours.
const suffix = `E2E${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const author = {
  name: 'สมชาย ใจดี',
  email: `somchai.${suffix.toLowerCase()}@example.test`,
  password: 'ขอให้ปลอดภัย-2025',
};
const orgName = `สถาบันวิจัยพลังงานสะอาดเชียงใหม่ ${suffix}`;
const offer = {
  title: `ระบบกรองน้ำดื่มพลังงานแสงอาทิตย์สำหรับชุมชนชนบท ${suffix}`,
  summary: 'เครื่องกรองน้ำขนาดเล็กที่ใช้พลังงานแสงอาทิตย์ ผลิตน้ำดื่มสะอาดได้วันละ 2,000 ลิตร โดยไม่ต้องใช้ไฟฟ้าจากสายส่ง',
  description:
    'ระบบประกอบด้วยแผงเซลล์แสงอาทิตย์ เยื่อกรองอัลตราฟิลเตรชัน และหลอดยูวีฆ่าเชื้อ\n\nผ่านการทดสอบภาคสนามในสามหมู่บ้านของจังหวัดเชียงใหม่เป็นเวลาหนึ่งปี',
};

let platform: RunningPlatform;
let mail: TestMailServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
let offerId = '';
let fieldCode = '';

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

const signIn = (page: Page, email: string, password: string) => signInThroughPage(page, platform.baseUrl, 'th', email, password);

/** The fields of technology with their labels in `locale`, as the form and the cards show them. */
async function fieldLabels(locale: string): Promise<Map<string, string>> {
  type Node = { code: string; label: string; children?: Node[] };
  const res = await fetch(`${platform.baseUrl}/api/v1/taxonomy/fields?locale=${locale}`);
  const { items } = (await res.json()) as { items: Node[] };
  const labels = new Map<string, string>();
  const visit = (n: Node) => (labels.set(n.code, n.label), n.children?.forEach(visit));
  items.forEach(visit);
  return labels;
}

beforeAll(async () => {
  mail = await startMailServer();
  [platform, browser] = await Promise.all([startPlatform({ SMTP_URL: mail.url }), launchBrowser()]);
  await waitUntilServing(platform);
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await platform?.stop();
  await mail?.close();
});

describe('publishing a Thai offer that a Chinese visitor finds', () => {
  it('a new Thai user registers and confirms the address from the mail', async () => {
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/th/register`);
    await page.getByRole('heading', { level: 1, name: msg('th', 'auth.registerTitle') }).waitFor();
    await page.getByLabel(msg('th', 'auth.displayName'), { exact: true }).fill(author.name);
    await page.getByLabel(msg('th', 'auth.email'), { exact: true }).fill(author.email);
    await page.getByLabel(msg('th', 'auth.password'), { exact: true }).fill(author.password);
    // The form proposes the interface language as the account's language.
    expect(await page.getByLabel(msg('th', 'auth.preferredLanguage'), { exact: true }).inputValue()).toBe('th');
    await page.getByRole('button', { name: msg('th', 'auth.createAccount') }).click();
    await page.getByRole('status').getByText(msg('th', 'auth.registered', { email: author.email })).waitFor();

    const received = await mail.waitFor((m) => m.to === author.email, 20_000);
    expect(received.subject).toBe(MAIL_MESSAGES.th.verifyEmail.subject);
    expect(received.text).toContain(author.name);
    const link = linkIn(received, '/verify-email');
    expect(link.origin).toBe(platform.baseUrl);
    expect(link.pathname).toBe('/th/verify-email');

    await page.goto(link.href);
    await page.getByRole('heading', { level: 1, name: msg('th', 'verify.title') }).waitFor();
    await page.getByRole('status').getByText(msg('th', 'verify.done')).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('the user signs in, creates an organisation in Thailand and a Thai offer, and submits it', async () => {
    const page = await newPage();
    await signIn(page, author.email, author.password);
    await page.getByRole('heading', { level: 1, name: msg('th', 'dashboard.welcome', { name: author.name }) }).waitFor();
    // The confirmed address: no "not confirmed yet" warning any more.
    expect(await page.getByText(msg('th', 'profile.unverified')).count()).toBe(0);

    await page.getByRole('link', { name: msg('th', 'org.create'), exact: true }).click();
    await page.getByRole('heading', { level: 1, name: msg('th', 'org.create') }).waitFor();
    await page.getByLabel(msg('th', 'org.type'), { exact: true }).selectOption({ label: msg('th', 'enum.orgType.research_institute') });
    await page.getByLabel(msg('th', 'org.country'), { exact: true }).selectOption('TH');
    await page.getByLabel(msg('th', 'org.region'), { exact: true }).fill('เชียงใหม่');
    await page.getByLabel(msg('th', 'org.name'), { exact: true }).fill(orgName);
    await page.getByLabel(msg('th', 'org.description'), { exact: true }).fill('สถาบันวิจัยด้านพลังงานหมุนเวียนและน้ำสะอาดสำหรับชุมชน');
    await page.getByRole('button', { name: msg('th', 'org.create'), exact: true }).click();
    await page.waitForURL(new RegExp(`/th/organizations/${UUID}$`));
    await page.getByRole('heading', { level: 1, name: orgName }).waitFor();

    await page.getByRole('link', { name: msg('th', 'dashboard.createOffer'), exact: true }).click();
    await page.waitForURL(/\/th\/offers\/new/);
    const original = page.getByRole('group', { name: msg('th', 'form.originalVersion', { language: languageName('th', 'th') }) });
    await original.waitFor();
    expect(await page.getByLabel(msg('th', 'form.organization'), { exact: true }).locator('option:checked').textContent()).toBe(orgName);
    expect(await page.getByLabel(msg('th', 'form.originalLanguage'), { exact: true }).inputValue()).toBe('th');
    await original.getByLabel(msg('th', 'form.title'), { exact: true }).fill(offer.title);
    await original.getByLabel(msg('th', 'form.summary'), { exact: true }).fill(offer.summary);
    await original.getByLabel(msg('th', 'form.description'), { exact: true }).fill(offer.description);
    // A sub-field ("top.sub" code), picked by its Thai label.
    const thFields = await fieldLabels('th');
    fieldCode = [...thFields.keys()].find((c) => c.includes('.')) ?? '';
    expect(fieldCode).not.toBe('');
    await page
      .getByRole('group', { name: msg('th', 'form.fields') })
      .getByRole('checkbox', { name: thFields.get(fieldCode), exact: true })
      .check();
    await page.getByLabel(msg('th', 'form.keywords'), { exact: true }).fill('น้ำดื่ม, พลังงานแสงอาทิตย์');
    await page.getByLabel(msg('th', 'listing.trl'), { exact: true }).selectOption({ label: msg('th', 'listing.trlValue', { trl: 6 }) });
    await page
      .getByRole('group', { name: msg('th', 'listing.transferModes') })
      .getByRole('checkbox', { name: msg('th', 'enum.mode.non_exclusive_licence'), exact: true })
      .check();
    await page.getByRole('button', { name: msg('th', 'form.saveDraft') }).click();
    await page.waitForURL(new RegExp(`/th/offers/${UUID}/edit\\?created=1$`));
    await page.getByRole('status').getByText(msg('th', 'form.draftSaved')).waitFor();
    offerId = new RegExp(`/offers/(${UUID})/`).exec(page.url())![1];

    // Submitting happens from the dashboard's list of the user's listings.
    await page.getByRole('navigation', { name: msg('th', 'nav.mainLabel') }).getByRole('link', { name: msg('th', 'nav.dashboard') }).click();
    const mine = page
      .getByRole('region', { name: msg('th', 'dashboard.myListings') })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: offer.title, exact: true }) });
    await mine.getByText(msg('th', 'enum.status.draft'), { exact: true }).waitFor();
    await mine.getByRole('button', { name: msg('th', 'actions.submit') }).click();
    await mine.getByText(msg('th', 'enum.status.submitted'), { exact: true }).waitFor();
    expect(await mine.getByRole('alert').filter({ hasText: /\S/ }).count()).toBe(0);
  });

  it('the Thai national operator approves it from the review queue', async () => {
    expect(offerId).not.toBe('');
    const page = await newPage();
    await signIn(page, 'operator.th@demo.innoport.local', DEMO_PASSWORD);
    await page.getByRole('navigation', { name: msg('th', 'nav.mainLabel') }).getByRole('link', { name: msg('th', 'nav.operator') }).click();
    await page.getByRole('heading', { level: 1, name: msg('th', 'moderation.queueTitle') }).waitFor();

    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: offer.title, exact: true }) });
    // Oldest first: the new offer may be behind "load more".
    const loadMore = page.getByRole('button', { name: msg('th', 'list.loadMore') });
    for (let i = 0; i < 20 && (await item.count()) === 0; i++) {
      await item.or(loadMore).first().waitFor();
      if ((await item.count()) === 0) await loadMore.click();
    }
    await item.getByText(orgName).waitFor();
    await item.getByRole('button', { name: msg('th', 'moderation.approve') }).click();
    await item.waitFor({ state: 'detached' });

    const res = await fetch(`${platform.baseUrl}/api/v1/offers/${offerId}?locale=th`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { status: string }).status).toBe('published');
  });

  it('an anonymous visitor of the Chinese interface finds it by keyword and opens it', async () => {
    expect(offerId).not.toBe('');
    const page = await newPage();
    await page.goto(`${platform.baseUrl}/zh-CN/offers`);
    await page.getByRole('heading', { level: 1, name: msg('zh-CN', 'offers.title') }).waitFor();
    await page.getByRole('searchbox', { name: msg('zh-CN', 'filters.keyword') }).fill(suffix);
    await page.getByRole('button', { name: msg('zh-CN', 'filters.search'), exact: true }).click();
    await page.waitForURL(new RegExp(`[?&]q=${suffix}`));

    const cards = page.getByRole('article');
    const card = cards.filter({ has: page.getByRole('link', { name: offer.title, exact: true }) });
    await card.waitFor();
    await page.locator('[aria-busy="true"]').waitFor({ state: 'detached' });
    expect(await cards.count()).toBe(1);
    const marker = msg('zh-CN', 'listing.writtenIn', { language: languageName('zh-CN', 'th') });
    await card.getByText(marker, { exact: true }).waitFor();
    expect(await card.getByText(offer.title, { exact: true }).getAttribute('lang')).toBe('th');
    await card.getByText(orgName).waitFor();
    // Attributes in the visitor's language: the field's Chinese name, the readiness level.
    await card.getByText((await fieldLabels('zh-CN')).get(fieldCode)!, { exact: true }).waitFor();
    await card.getByText(msg('zh-CN', 'listing.trlValue', { trl: 6 }), { exact: true }).waitFor();

    await card.getByRole('link', { name: offer.title }).click();
    await page.waitForURL(`**/zh-CN/offers/${offerId}`);
    const h1 = page.getByRole('heading', { level: 1, name: offer.title });
    await h1.waitFor();
    expect(await h1.getAttribute('lang')).toBe('th');
    await page.getByText(marker, { exact: true }).waitFor();
    await page.getByText(offer.summary).waitFor();
    expect(await page.title()).toBe(`${offer.title} · InnoPort`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it("the detail page's first HTML response carries the title, hreflang alternates and JSON-LD", async () => {
    expect(offerId).not.toBe('');
    const path = `/offers/${offerId}`;
    const res = await fetch(`${platform.baseUrl}/zh-CN${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();

    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain(`<title>${offer.title} · InnoPort</title>`);
    for (const l of LOCALES) {
      expect(html, `hreflang ${l}`).toMatch(
        new RegExp(`<link rel="alternate" hreflang="${escapeRegExp(l)}" href="${escapeRegExp(`${platform.baseUrl}/${l}${path}`)}"`),
      );
    }
    expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${platform.baseUrl}/en${path}"`);
    expect(html).toContain(`<link rel="canonical" href="${platform.baseUrl}/zh-CN${path}"`);

    const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
    expect(ld, 'JSON-LD script').not.toBeNull();
    const data = JSON.parse(ld![1]) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      name: offer.title,
      inLanguage: 'th',
      url: `${platform.baseUrl}/zh-CN${path}`,
      provider: { '@type': 'Organization', name: orgName, address: { addressCountry: 'TH' } },
    });
    expect(String(data.description)).toContain(offer.summary.slice(0, 40));
  });
});
