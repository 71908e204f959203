// The public site in Chromium: every page type in both languages with zero axe-core
// violations, the language switch keeping the page, the agenda filters with and
// without JavaScript, the visitor's own time zone, and "now and next" while live.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';

// Pinned to 11:10 in Hanoi on the summit day, so the site is "live".
const LIVE = '2025-12-23T11:10:00+07:00';

let app: TestServer;
let browser: Browser;
let session: string;
let limitedSession: string;
let speaker: string;
let product: string;

/** The path of the first link under a prefix on a server-rendered page. */
async function firstLink(listing: string, pattern: RegExp): Promise<string> {
  const body = await (await fetch(`${app.url}${listing}`)).text();
  const match = pattern.exec(body);
  if (!match) throw new Error(`no link matching ${pattern} on ${listing}`);
  return match[1]!;
}

async function open(path: string, options: { javaScript?: boolean; timezoneId?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  await page.goto(`${app.url}${path}`, { waitUntil: 'load' });
  // Wait for the site's own islands rather than network idle, which other islands may delay.
  if (options.javaScript ?? true) {
    await page.waitForFunction(
      () =>
        !document.querySelector(
          'astro-island[ssr][component-url*="AgendaFilter"], astro-island[ssr][component-url*="VisitorTime"]',
        ),
    );
  }
  return page;
}

async function close(page: Page) {
  await page.context().close();
}

const visibleItems = (page: Page) => page.locator('[data-agenda-item]:visible');

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser({ env: { SUMMIT_NOW: LIVE } }));
  session = await firstLink('/en/agenda/', /data-format="panel"[\s\S]*?href="\/en(\/sessions\/[a-z0-9-]+\/)"/);
  limitedSession = await firstLink(
    '/en/agenda/',
    /data-format="workshop"[\s\S]*?href="\/en(\/sessions\/[a-z0-9-]+\/)"/,
  );
  speaker = await firstLink('/en/speakers/', /href="\/en(\/speakers\/[a-z0-9-]+\/)"/);
  product = await firstLink('/en/showcase/', /href="\/en(\/showcase\/[a-z0-9-]+\/)"/);
});

afterAll(() => stopServerAndBrowser({ app, browser }));

describe('every page type, in Vietnamese and English', () => {
  const pageTypes = () => [
    { name: 'home', path: '/' },
    { name: 'agenda list', path: '/agenda/' },
    { name: 'agenda grid', path: '/agenda/?view=grid' },
    { name: 'session', path: session },
    { name: 'session with seats', path: limitedSession },
    { name: 'speakers', path: '/speakers/' },
    { name: 'speaker', path: speaker },
    { name: 'showcase', path: '/showcase/?maturity=pilot' },
    { name: 'product', path: product },
    { name: 'exhibitors', path: '/exhibitors/' },
    { name: 'practical information', path: '/practical/' },
    { name: 'privacy', path: '/privacy/' },
  ];

  for (const lang of ['vi', 'en'] as const) {
    it(`renders each page in ${lang} with a heading, the right language and no axe-core violations`, async () => {
      for (const { name, path } of pageTypes()) {
        const page = await open(`/${lang}${path}`);
        expect(await page.getAttribute('html', 'lang'), name).toBe(lang);
        await expect(page.locator('h1').first().isVisible(), name).resolves.toBe(true);
        await expectNoAxeViolations(page);
        await close(page);
      }
    });
  }

  it('fits a phone screen without sideways scrolling (only the agenda grid scrolls inside itself)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const { name, path } of pageTypes()) {
      await page.goto(`${app.url}/vi${path}`, { waitUntil: 'load' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name} is wider than the phone by ${overflow}px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('shows a helpful bilingual 404 without axe-core violations', async () => {
    const page = await open('/en/no-such-page/');
    await expect(page.locator('h1').textContent()).resolves.toContain('Không tìm thấy trang');
    await expect(page.getByRole('heading', { name: 'Page not found' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('a[href="/en/agenda/"]').count()).resolves.toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await close(page);
  });

  it('lets keyboard users skip straight to the content', async () => {
    const page = await open('/en/agenda/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await close(page);
  });
});

describe('the language switch', () => {
  it('keeps the visitor on the same session page in the other language', async () => {
    const page = await open(`/en${session}`);
    const englishTitle = await page.locator('h1').textContent();
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${app.url}/vi${session}`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    expect(await page.locator('h1').textContent()).not.toBe(englishTitle);
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${app.url}/en${session}`);
    await close(page);
  });

  it('keeps the agenda filters and view when switching language', async () => {
    const page = await open('/vi/agenda/?format=workshop&view=grid', { javaScript: false });
    await page.locator('a[data-lang-switch]').click();
    await page.waitForURL(`${app.url}/en/agenda/?format=workshop&view=grid`);
    await expect(page.locator('.room-grid').isVisible()).resolves.toBe(true);
    await close(page);
  });
});

describe('the agenda filters', () => {
  it('work as a plain form without JavaScript', async () => {
    const page = await open('/en/agenda/', { javaScript: false });
    const total = await visibleItems(page).count();
    await page.selectOption('#agenda-filter-format', 'workshop');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/format=workshop/);
    const shown = await visibleItems(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const format of await visibleItems(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-format')),
    )) {
      expect(format).toBe('workshop');
    }
    await expect(page.locator('#agenda-filter-format').inputValue()).resolves.toBe('workshop');
    await expect(page.locator('.agenda-filter__status').textContent()).resolves.toBe(
      `Showing ${shown} of ${total} sessions`,
    );
    await close(page);
  });

  it('filter instantly with JavaScript, updating the address and the count without reloading', async () => {
    const page = await open('/en/agenda/');
    const total = await visibleItems(page).count();
    await expect(page.getByRole('button', { name: 'Apply filters' }).count()).resolves.toBe(0);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.selectOption('#agenda-filter-language', 'en');
    await page.selectOption('#agenda-filter-track', 'e-government');
    await expect.poll(() => page.url()).toContain('track=e-government');
    expect(page.url()).toContain('language=en');
    // Same document: the filter did not navigate.
    await expect(page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).resolves.toBe(true);
    const shown = await visibleItems(page).count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const item of await visibleItems(page).evaluateAll((els) =>
      els.map((el) => [el.getAttribute('data-track'), el.getAttribute('data-language')]),
    )) {
      expect(item[0]).toBe('e-government');
      expect(item[1]).toContain('en');
    }
    await expect(page.locator('.agenda-filter__status').textContent()).resolves.toBe(
      `Showing ${shown} of ${total} sessions`,
    );
    await expect(page.locator('a[data-lang-switch]').getAttribute('href')).resolves.toContain('track=e-government');

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await expect.poll(() => visibleItems(page).count()).toBe(total);
    expect(page.url()).toBe(`${app.url}/en/agenda/`);
    await close(page);
  });

  it('say so when nothing matches', async () => {
    const page = await open('/vi/agenda/?format=break&track=plenary', { javaScript: false });
    await expect(visibleItems(page).count()).resolves.toBe(0);
    await expect(page.locator('.agenda-filter__status').textContent()).resolves.toBe(
      'Không có phiên nào khớp với bộ lọc này.',
    );
    await close(page);
  });
});

describe('times on the agenda', () => {
  it('are in Hanoi time without JavaScript', async () => {
    const page = await open('/en/agenda/', { javaScript: false, timezoneId: 'Europe/Paris' });
    await expect(page.locator('[data-agenda-item] time').first().textContent()).resolves.toMatch(
      /^\d{2}:\d{2}–\d{2}:\d{2} GMT\+7$/,
    );
    await expect(page.getByLabel(/my time zone/).count()).resolves.toBe(0);
    await close(page);
  });

  it('can be shown in the visitor’s own time zone', async () => {
    const page = await open('/en/agenda/', { timezoneId: 'Europe/Paris' });
    const time = page.locator('[data-agenda-item] time').first();
    const hanoi = await time.textContent();
    await page.getByLabel(/my time zone/).check();
    await expect.poll(() => time.textContent()).toMatch(/GMT\+1$/);
    await page.getByLabel(/my time zone/).uncheck();
    await expect.poll(() => time.textContent()).toBe(hanoi);
    await close(page);
  });
});

describe('during the summit', () => {
  it('shows what is on now and next on the home page and the agenda', async () => {
    for (const path of ['/en/', '/en/agenda/']) {
      const page = await open(path, { javaScript: false });
      await expect(page.getByRole('heading', { name: 'Happening now' }).isVisible(), path).resolves.toBe(true);
      await expect(page.getByRole('heading', { name: 'Up next' }).isVisible(), path).resolves.toBe(true);
      await close(page);
    }
    const home = await open('/vi/', { javaScript: false });
    await expect(home.locator('[data-summit-phase]').getAttribute('data-summit-phase')).resolves.toBe('live');
    await expect(home.getByText('Đang diễn ra').first().isVisible()).resolves.toBe(true);
    await close(home);
  });
});

describe('a session with limited seats', () => {
  it('offers a plain reservation form without JavaScript', async () => {
    const page = await open(`/en${limitedSession}`, { javaScript: false });
    const form = page.locator(`form[action="/api/seats/${limitedSession.split('/')[2]}?_action=seats.change"]`).first();
    await expect(form.isVisible()).resolves.toBe(true);
    await expect(form.locator('input[name="intent"]').first().inputValue()).resolves.toBe('reserve');
    await close(page);
  });
});

describe('the showcase', () => {
  it('filters by category and maturity with plain links', async () => {
    const page = await open('/en/showcase/', { javaScript: false });
    const all = await page.locator('.product-card').count();
    await page.getByRole('group', { name: 'Maturity' }).getByRole('link', { name: 'Deployed' }).click();
    await page.waitForURL(/maturity=deployed/);
    const deployed = await page.locator('.product-card').count();
    expect(deployed).toBeGreaterThan(0);
    expect(deployed).toBeLessThan(all);
    await expect(
      page.getByRole('group', { name: 'Maturity' }).locator('[aria-current="true"]').textContent(),
    ).resolves.toBe('Deployed');
    await close(page);
  });
});
