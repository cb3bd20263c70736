/**
 * Small pieces shared by the browser tests: waiting until the platform really serves data,
 * signing in (through the page, or through the API to prepare data), and waiting until a
 * page has settled (no loading indicator left, fonts ready) instead of sleeping.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { RunningPlatform } from './platform.ts';
import { msg, type Locale } from './ui-text.ts';

export const DEMO_PASSWORD = 'innoport-demo';
export const DEMO_ADMIN = 'admin@demo.innoport.local';
export const UUID_PATTERN = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/**
 * /api/health answers as soon as the server listens, but about two seconds later the search
 * indexer's first run works through the whole demo network, and every request made meanwhile
 * waits (about 15 s on a 2-core machine). Absorb that wait here, in setup, rather than in the
 * first test step: return once the server has been up for a few seconds and has answered
 * several requests in a row quickly.
 */
export async function waitUntilServing(platform: RunningPlatform, timeoutMs = 120_000): Promise<number> {
  const started = performance.now();
  const QUICK_MS = 1000;
  const MIN_UP_MS = 6000;
  let quickInARow = 0;
  while (performance.now() - started < timeoutMs) {
    const t = performance.now();
    const res = await fetch(`${platform.baseUrl}/api/v1/offers?limit=1&locale=en`).catch(() => null);
    if (res) await res.text();
    quickInARow = res?.ok && performance.now() - t < QUICK_MS ? quickInARow + 1 : 0;
    if (quickInARow >= 3 && performance.now() - started >= MIN_UP_MS) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The platform did not answer quickly within ${timeoutMs} ms`);
}

/** Signs in through the page, as a person would; the app then shows the dashboard. */
export async function signInThroughPage(page: Page, baseUrl: string, locale: Locale, email: string, password: string) {
  await page.goto(`${baseUrl}/${locale}/signin`);
  await page.getByLabel(msg(locale, 'auth.email'), { exact: true }).fill(email);
  await page.getByLabel(msg(locale, 'auth.password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: msg(locale, 'nav.signIn'), exact: true }).click();
  await page.waitForURL(`**/${locale}/dashboard`);
}

export interface ApiSession {
  cookies: { name: string; value: string }[];
  csrf: string;
  /** fetch with the session cookie and the CSRF header, JSON in and out. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
}

/** Signs in through the API (for preparing data and for giving a browser context a session). */
export async function apiSignIn(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in of ${email} failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookies = res.headers.getSetCookie().map((c) => {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    return { name: pair.slice(0, i).trim(), value: pair.slice(i + 1).trim() };
  });
  const cookieHeader = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  return {
    cookies,
    csrf: csrfToken,
    call: (method, path, body) =>
      fetch(`${baseUrl}/api/v1${path}`, {
        method,
        headers: {
          cookie: cookieHeader,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
  };
}

export async function addSession(context: BrowserContext, baseUrl: string, session: ApiSession) {
  await context.addCookies(session.cookies.map((c) => ({ ...c, url: baseUrl })));
}

/**
 * Waits until the page shows its main heading, nothing is loading any more (no "Loading…"
 * status, no aria-busy region, no boot placeholder) and the web fonts are ready, so that
 * text and layout checks see the finished page.
 */
export async function settle(page: Page, timeout = 20_000) {
  await page.locator('main h1').first().waitFor({ timeout });
  await page.waitForFunction(() => !document.querySelector('.loading, [aria-busy="true"], .boot'), undefined, { timeout, polling: 50 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
