/**
 * Every main page in every one of the ten interface languages, on a 360 px wide phone:
 * no message key or unfilled ICU placeholder reaches the screen, <html lang> names the
 * page's locale, and nothing makes the page scroll sideways. One browser context per
 * locale; all problems of a locale are collected and reported together.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { startPlatform, type RunningPlatform } from './platform.ts';
import { LOCALES, MESSAGE_KEYS, msg, type Locale, type MessageKey } from './ui-text.ts';
import { inspectPage } from './page-inspection.ts';
import { DEMO_ADMIN, DEMO_PASSWORD, addSession, apiSignIn, settle, waitUntilServing, type ApiSession } from './e2e-helpers.ts';

const PHONE = { width: 360, height: 780 };

interface PageCase {
  name: string;
  path: string;
  /** The main heading, when the page has a fixed one. */
  heading?: (l: Locale) => string;
}

let platform: RunningPlatform;
let browser: Browser;
let admin: ApiSession;
let adminName = '';
let publicPages: PageCase[] = [];
let signedInPages: PageCase[] = [];

async function firstId(path: string): Promise<string> {
  const res = await fetch(`${platform.baseUrl}/api/v1${path}`);
  const body = (await res.json()) as { items: { id: string }[] };
  if (!body.items?.length) throw new Error(`no items at ${path}`);
  return body.items[0].id;
}

/** Some audit entries and mail, so the admin pages have rows to lay out. */
async function prepareAdminData() {
  const queue = await admin.call('GET', '/moderation/queue?limit=1');
  const [submitted] = ((await queue.json()) as { items: { id: string }[] }).items;
  if (submitted) {
    const res = await admin.call('POST', `/moderation/listings/${submitted.id}/approve`, {});
    if (!res.ok) throw new Error(`approve failed: ${res.status} ${await res.text()}`);
  }
  const res = await fetch(`${platform.baseUrl}/api/v1/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Nguyễn Thị Locale', email: `locale.${Date.now()}@example.test`, password: 'a-long-enough-password', locale: 'vi' }),
  });
  if (!res.ok) throw new Error(`register failed: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  [platform, browser] = await Promise.all([startPlatform(), launchBrowser()]);
  await waitUntilServing(platform);
  admin = await apiSignIn(platform.baseUrl, DEMO_ADMIN, DEMO_PASSWORD);
  adminName = ((await (await admin.call('GET', '/auth/session')).json()) as { user: { displayName: string } }).user.displayName;
  await prepareAdminData();
  const [offer, request, org] = await Promise.all([firstId('/offers?limit=1'), firstId('/requests?limit=1'), firstId('/organizations?limit=1')]);
  const h = (key: MessageKey) => (l: Locale) => msg(l, key);
  publicPages = [
    { name: 'home', path: '', heading: h('home.heading') },
    { name: 'offers', path: '/offers', heading: h('offers.title') },
    { name: 'offer detail', path: `/offers/${offer}` },
    { name: 'requests', path: '/requests', heading: h('requests.title') },
    { name: 'request detail', path: `/requests/${request}` },
    { name: 'organisations', path: '/organizations', heading: h('orgs.title') },
    { name: 'organisation detail', path: `/organizations/${org}` },
    { name: 'sign in', path: '/signin', heading: h('auth.signInTitle') },
    { name: 'register', path: '/register', heading: h('auth.registerTitle') },
  ];
  signedInPages = [
    { name: 'dashboard', path: '/dashboard', heading: (l) => msg(l, 'dashboard.welcome', { name: adminName }) },
    { name: 'review queue', path: '/operator/moderation', heading: h('moderation.queueTitle') },
    { name: 'verification queue', path: '/operator/verification', heading: h('verification.queueTitle') },
    { name: 'admin users', path: '/admin/users', heading: h('admin.users') },
    { name: 'admin audit', path: '/admin/audit', heading: h('admin.audit') },
    { name: 'admin mailbox', path: '/admin/mailbox', heading: h('admin.mailbox') },
  ];
});

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function checkPage(page: Page, locale: Locale, c: PageCase, problems: string[]) {
  const where = `${locale} ${c.name} (/${locale}${c.path})`;
  try {
    await page.goto(`${platform.baseUrl}/${locale}${c.path}`);
    await settle(page);
    if (c.heading) await page.getByRole('heading', { level: 1, name: c.heading(locale), exact: true }).waitFor({ timeout: 5000 });
  } catch (err) {
    problems.push(`${where}: did not settle: ${(err as Error).message.split('\n')[0]}`);
    return;
  }
  const r = await page.evaluate(inspectPage, MESSAGE_KEYS);
  if (r.h1 === msg(locale, 'notFound.title')) problems.push(`${where}: shows "page not found"`);
  if (!r.h1) problems.push(`${where}: empty main heading`);
  if (r.lang !== locale) problems.push(`${where}: <html lang="${r.lang}">`);
  for (const t of r.rawText) problems.push(`${where}: ${t}`);
  if (r.overflow) {
    problems.push(
      `${where}: scrolls sideways at ${PHONE.width} px (scrollWidth ${r.overflow.scrollWidth} > clientWidth ${r.overflow.clientWidth}); widest: ${r.overflow.culprits.join('; ')}`,
    );
  }
}

/** At most `n` callers at a time: two locales in parallel keep both cores busy without starving the server. */
function limiter(n: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active < n) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve)); // a finishing caller hands its slot over
    try {
      return await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
const inTurn = limiter(2);

describe('every main page in every locale at 360 px', () => {
  it.concurrent.for(LOCALES)('%s', async (locale, { expect }) => {
    const problems = await inTurn(async () => {
      const found: string[] = [];
      const context = await browser.newContext({ viewport: PHONE });
      try {
        const page = await context.newPage();
        page.setDefaultTimeout(20_000);
        page.on('pageerror', (err) => found.push(`${locale} ${page.url()}: uncaught error in the page: ${err.message}`));
        for (const c of publicPages) await checkPage(page, locale, c, found);
        await addSession(context, platform.baseUrl, admin);
        for (const c of signedInPages) await checkPage(page, locale, c, found);
      } finally {
        await context.close();
      }
      return found;
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
