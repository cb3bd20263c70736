/**
 * axe-core on the pages most people meet, in four interface languages with different
 * scripts (Latin, Thai, Chinese, Burmese), and on the signed-in dashboard and offer form:
 * no violation of serious or critical impact. Failures list each rule, its help link and
 * the offending elements.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launchBrowser } from '../helpers/browser.ts';
import { startPlatform, type RunningPlatform } from './platform.ts';
import { msg, type Locale, type MessageKey } from './ui-text.ts';
import { DEMO_PASSWORD, addSession, apiSignIn, settle, waitUntilServing, type ApiSession } from './e2e-helpers.ts';

const AXE_LOCALES: Locale[] = ['en', 'th', 'zh-CN', 'my'];
/** A demo organisation owner: the offer form needs someone who may publish for an organisation. */
const OWNER_EMAIL = 'owner.th-org-1@demo.innoport.local';

let platform: RunningPlatform;
let browser: Browser;
let owner: ApiSession;
let ownerName = '';
let offerId = '';

interface AxePage {
  name: string;
  path: () => string;
  heading?: MessageKey;
}

const PUBLIC_PAGES: AxePage[] = [
  { name: 'home', path: () => '', heading: 'home.heading' },
  { name: 'offers', path: () => '/offers', heading: 'offers.title' },
  { name: 'offer detail', path: () => `/offers/${offerId}` },
  { name: 'register', path: () => '/register', heading: 'auth.registerTitle' },
  { name: 'sign in', path: () => '/signin', heading: 'auth.signInTitle' },
  { name: 'organisations', path: () => '/organizations', heading: 'orgs.title' },
];

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  await waitUntilServing(platform);
  const res = await fetch(`${platform.baseUrl}/api/v1/offers?limit=1`);
  offerId = ((await res.json()) as { items: { id: string }[] }).items[0].id;
  owner = await apiSignIn(platform.baseUrl, OWNER_EMAIL, DEMO_PASSWORD);
  ownerName = ((await (await owner.call('GET', '/auth/session')).json()) as { user: { displayName: string } }).user.displayName;
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

function seriousViolations(results: AxeResults) {
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeViolations(where: string, violations: AxeResults['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 6)
        .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 6 ? `\n      … and ${v.nodes.length - 6} more` : '';
      return `${where}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

async function analyze(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = seriousViolations(results);
  if (bad.length === 0) return [];
  const report = describeViolations(where, bad);
  console.log(report);
  return [report];
}

async function open(page: Page, locale: Locale, path: string, heading?: string) {
  await page.goto(`${platform.baseUrl}/${locale}${path}`);
  await settle(page);
  if (heading) await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor({ timeout: 5000 });
}

async function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

/**
 * Opens a fresh context (optionally signed in as the owner), runs `visit`, returns the
 * problems it found. Tests run one after the other: axe is heavy, and two pages analysed at
 * once on two cores took longer in total.
 */
async function withPage(signedIn: boolean, visit: (page: Page, problems: string[]) => Promise<void>): Promise<string[]> {
  const context = await newContext();
  const problems: string[] = [];
  try {
    if (signedIn) await addSession(context, platform.baseUrl, owner);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await visit(page, problems);
  } finally {
    await context.close();
  }
  return problems;
}

describe('accessibility (axe: no serious or critical violations)', () => {
  it.for(AXE_LOCALES)('%s: public pages', async (locale, { expect }) => {
    const problems = await withPage(false, async (page, found) => {
      for (const p of PUBLIC_PAGES) {
        await open(page, locale, p.path(), p.heading ? msg(locale, p.heading) : undefined);
        found.push(...(await analyze(page, `${locale} ${p.name}`)));
      }
    });
    expect(problems, problems.join('\n\n')).toEqual([]);
  });

  it.for(AXE_LOCALES)('%s: signed in, dashboard and offer form', async (locale, { expect }) => {
    const problems = await withPage(true, async (page, found) => {
      await open(page, locale, '/dashboard', msg(locale, 'dashboard.welcome', { name: ownerName }));
      // The owner's listings are there, with their action buttons.
      await page.getByRole('region', { name: msg(locale, 'dashboard.myListings') }).getByRole('listitem').first().waitFor();
      found.push(...(await analyze(page, `${locale} dashboard`)));

      await open(page, locale, '/offers/new', msg(locale, 'dashboard.createOffer'));
      await page.getByRole('group', { name: msg(locale, 'form.fields') }).getByRole('checkbox').first().waitFor();
      found.push(...(await analyze(page, `${locale} offer form`)));
    });
    expect(problems, problems.join('\n\n')).toEqual([]);
  });
});
