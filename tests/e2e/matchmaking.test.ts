// In Chromium, keyboard only: two delegates sign in; one finds the other in their matches with the
// reasons shown and requests a meeting; the other accepts; both see the meeting with its table in
// their agenda and in their private calendar feed. Every page is checked with axe-core.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { expectNoAxeViolations } from '../support/axe';
import { createAccount, type TestAccount } from '../support/accounts';

let app: TestServer;
let browser: Browser;
let lan: TestAccount;
let minh: TestAccount;
const SLOTS = ['b2b-matchmaking-morning#0', 'b2b-matchmaking-morning#1'];

function joinMatchmaking(a: TestAccount, offers: string[], seeks: string[]) {
  const now = Date.now();
  app.db
    .prepare('INSERT INTO consents (user_id, kind, text_version, given_at) VALUES (?, ?, ?, ?)')
    .run(a.id, 'matchmaking', 't', now);
  app.db
    .prepare('INSERT INTO matchmaking_profiles (user_id, offers, seeks, languages, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(a.id, JSON.stringify(offers), JSON.stringify(seeks), '["vi","en"]', now);
  for (const s of SLOTS)
    app.db.prepare('INSERT INTO matchmaking_availability (user_id, slot_id) VALUES (?, ?)').run(a.id, s);
}

/** Focuses an element and presses Enter, waiting for the navigation it starts. */
async function press(page: Page, locator: ReturnType<Page['getByRole']>) {
  await locator.focus();
  await Promise.all([page.waitForLoadState('load'), page.keyboard.press('Enter')]);
}

/** The private feed of the page's delegate, created from /me/agenda/ with the keyboard. */
async function privateFeed(page: Page): Promise<string> {
  await page.goto(`${app.url}/en/me/agenda/`);
  await press(page, page.getByRole('button', { name: 'Create my private calendar address' }));
  const url = await page.getByLabel(/https address/).inputValue();
  return (await fetch(url)).text();
}

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser());
  lan = createAccount(app.db, app.url, {
    fullName: 'Lan Phường',
    organisation: 'UBND phường (test)',
    category: 'government',
  });
  minh = createAccount(app.db, app.url, {
    fullName: 'Minh SoThuTu',
    organisation: 'SoThuTu (test)',
    category: 'startup',
  });
  joinMatchmaking(lan, ['pilot-sites'], ['queue-management']);
  joinMatchmaking(minh, ['queue-management'], ['pilot-sites']);
}, 60_000);
afterAll(() => stopServerAndBrowser({ app, browser }));

describe('B2B matchmaking in the browser', () => {
  it('goes from a match with reasons to an accepted meeting in both agendas and feeds', async () => {
    const lanPage = await (await signedInContext(browser, app.url, lan)).newPage();
    lanPage.setDefaultTimeout(10_000);
    await lanPage.goto(`${app.url}/en/matchmaking/`);
    await lanPage.getByRole('heading', { name: 'Minh SoThuTu' }).waitFor();
    await lanPage.getByText('They offer queue-ticket software').waitFor();
    await expectNoAxeViolations(lanPage);

    await lanPage.getByLabel('Message (500 characters at most)').first().focus();
    await lanPage.keyboard.type('Thí điểm lấy số tại nhà');
    await lanPage.getByRole('button', { name: 'Request a meeting with Minh SoThuTu' }).focus();
    await lanPage.keyboard.press('Enter');
    await lanPage.getByText('Meeting request sent.').waitFor();

    const minhPage = await (await signedInContext(browser, app.url, minh)).newPage();
    minhPage.setDefaultTimeout(10_000);
    await minhPage.goto(`${app.url}/en/me/matchmaking/`);
    await minhPage.getByText('Thí điểm lấy số tại nhà').waitFor();
    await expectNoAxeViolations(minhPage);
    await press(minhPage, minhPage.getByRole('button', { name: 'Accept: Lan Phường' }));
    await minhPage
      .getByText(/Accepted: .*table 1\./)
      .first()
      .waitFor();
    await expectNoAxeViolations(minhPage);

    for (const page of [lanPage, minhPage]) {
      await page.goto(`${app.url}/en/me/agenda/`);
      await page.getByText('B2B Lounge · Table 1').first().waitFor();
      await expectNoAxeViolations(page);
      const feed = await privateFeed(page);
      expect(feed).toMatch(/UID:meeting-[^\r\n]+/);
      expect(feed.replace(/\r\n /g, '')).toContain('B2B Lounge · Table 1');
    }
  }, 60_000);
});
