// In Chromium: the session page ships no module script and no island, yet its star works for a
// visitor as a plain form (a server island shows the state; without JavaScript the fragment the
// form returns to does), and stars made there and on the agenda (island) show up on both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { STARS_COOKIE } from '~/lib/personal-agenda/stars';

const SLUG = 'keynote-greener-asian-cities';
const OTHER = 'panel-digital-one-stop';
let app: TestServer;
let browser: Browser;

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
});
afterAll(() => stopServerAndBrowser({ app, browser }));

/** The session page's star button that a person sees now (the island's, or the fallback's). */
const visibleStar = (page: Page, name: RegExp) => page.getByRole('button', { name }).filter({ visible: true });

/** The agenda's star island for a session, once hydrated, and whether it shows the star. */
async function agendaStar(page: Page, slug: string) {
  const star = page.locator(`.star-button[data-slug="${slug}"]`);
  // Hydration (client:visible) can take seconds on a loaded machine.
  await star.scrollIntoViewIfNeeded();
  await expect.poll(() => star.isEnabled(), { timeout: 15_000 }).toBe(true);
  return star;
}

async function starsCookie(context: BrowserContext): Promise<string | undefined> {
  return (await context.cookies(app.url)).find((c) => c.name === STARS_COOKIE)?.value;
}

/** Opens a session page and checks that it loads no JavaScript module and has no island. */
async function openSessionPage(page: Page, slug: string): Promise<void> {
  const modules: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') modules.push(r.url());
  });
  await page.goto(`${app.url}/en/sessions/${slug}/`);
  expect(await page.locator('script[type="module"][src]').count()).toBe(0);
  expect(await page.locator('astro-island').count()).toBe(0);
  expect(modules).toEqual([]);
}

describe('the session page’s star', () => {
  it('stars with JavaScript on through the form, and the agenda island shows it (and the reverse)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A visitor who has starred nothing gets no stars cookie from the agenda's star store.
    await page.goto(`${app.url}/en/agenda/`);
    expect(await (await agendaStar(page, SLUG)).getAttribute('aria-pressed')).toBe('false');
    expect(await starsCookie(context)).toBeUndefined();
    await openSessionPage(page, SLUG);
    // The server island replaces the fallback with this visitor's state.
    await page.locator('.star-fallback').waitFor({ state: 'detached', timeout: 15_000 });
    const add = visibleStar(page, /^Add to my agenda/);
    await Promise.all([page.waitForURL(/#star-saved$/), add.click()]);
    await visibleStar(page, /^In my agenda/).waitFor({ timeout: 15_000 });
    expect(await starsCookie(context)).toBe(SLUG);
    await expectNoAxeViolations(page);

    // The agenda's island (the browser's star store) reads the cookie the form wrote.
    await page.goto(`${app.url}/en/agenda/`);
    await expect.poll(async () => (await agendaStar(page, SLUG)).getAttribute('aria-pressed')).toBe('true');
    // …and stars made there reach the session page, whose server island reads the cookie.
    const other = await agendaStar(page, OTHER);
    expect(await other.getAttribute('aria-pressed')).toBe('false');
    await other.click();
    await expect.poll(() => other.getAttribute('aria-pressed')).toBe('true');
    expect(await starsCookie(context)).toBe(`${SLUG}.${OTHER}`);
    await openSessionPage(page, OTHER);
    await visibleStar(page, /^In my agenda/).waitFor({ timeout: 15_000 });

    // Unstarred on the session page: the agenda does not bring the star back from its own storage.
    await Promise.all([page.waitForURL(/#star-removed$/), visibleStar(page, /^In my agenda/).click()]);
    await page.locator('.star-fallback').waitFor({ state: 'detached', timeout: 15_000 });
    await visibleStar(page, /^Add to my agenda/).waitFor();
    await page.goto(`${app.url}/en/agenda/`);
    await expect.poll(async () => (await agendaStar(page, OTHER)).getAttribute('aria-pressed')).toBe('false');
    expect(await (await agendaStar(page, SLUG)).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('stars with JavaScript off: the page shows the new state, and later the agenda has it', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await openSessionPage(page, OTHER);
    expect(await visibleStar(page, /^In my agenda/).count()).toBe(0);
    await Promise.all([page.waitForURL(/#star-saved$/), visibleStar(page, /^Add to my agenda/).click()]);
    await visibleStar(page, /^In my agenda/).waitFor();
    expect(await visibleStar(page, /^Add to my agenda/).count()).toBe(0);
    expect(await starsCookie(context)).toBe(OTHER);
    // The visitor agenda renders from the cookie on the server, no script needed.
    await page.goto(`${app.url}/en/my-agenda/`);
    await page.getByRole('heading', { name: /Digital one-stop/ }).waitFor();
    // And unstarring works the same way.
    await page.goto(`${app.url}/en/sessions/${SLUG}/`);
    await Promise.all([page.waitForURL(/#star-saved$/), visibleStar(page, /^Add to my agenda/).click()]);
    expect(await starsCookie(context)).toBe(`${OTHER}.${SLUG}`);
    await Promise.all([page.waitForURL(/#star-removed$/), visibleStar(page, /^In my agenda/).click()]);
    await page.getByText('Removed from my agenda.').waitFor();
    expect(await starsCookie(context)).toBe(OTHER);

    // The same browser with JavaScript on later: the agenda island shows the star made without it.
    const withJs = await browser.newContext();
    await withJs.addCookies(await context.cookies(app.url));
    const later = await withJs.newPage();
    await later.goto(`${app.url}/en/agenda/`);
    await expect.poll(async () => (await agendaStar(later, OTHER)).getAttribute('aria-pressed')).toBe('true');
    expect(await (await agendaStar(later, SLUG)).getAttribute('aria-pressed')).toBe('false');
    await withJs.close();
    await context.close();
  });
});
