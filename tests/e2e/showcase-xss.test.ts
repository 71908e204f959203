// In Chromium: every payload of the XSS corpus through every text and Markdown field exhibitors
// fill in (and the delegate's enquiry), submitted, approved and rendered — on the product page,
// the showcase list, the moderation queue and the portal. A payload that ran would call
// window.__xss() or open a dialog; the pages must also keep a CSP that refuses inline script.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { TestServer } from '../support/server';
import { signedInContext, startServerAndBrowser, stopServerAndBrowser } from '../support/browser';
import { createAccount, type TestAccount } from '../support/accounts';
import { addMember, callAction, createOrganisation, productFields } from '../support/exhibitors';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

let app: TestServer;
let browser: Browser;
let organiser: TestAccount;
let exhibitor: TestAccount;
let delegate: TestAccount;
const slugs: string[] = [];
const productIds: string[] = [];
let rendered = 0;

/** The fields a payload goes into; a field whose rules refuse the payload gets a plain value instead. */
function fieldsWith(payload: string, i: number, lineFieldsToo: boolean) {
  const line = lineFieldsToo ? payload.replace(/[\r\n]+/g, ' ') : `plain ${i}`;
  return productFields(`XSS probe ${i}`, {
    nameVi: lineFieldsToo ? `${line} ${i}` : `Thử ${i}`,
    summaryVi: line,
    summaryEn: line,
    descriptionVi: payload,
    descriptionEn: `Before ${payload} after`,
    deployedInVi: line,
  });
}

beforeAll(async () => {
  ({ app, browser } = await startServerAndBrowser({
    env: { EXHIBITOR_PRODUCT_LIMIT: '200', RATE_LIMIT_MULTIPLIER: '100' },
  }));
  organiser = createAccount(app.db, app.url, { role: 'organiser' });
  exhibitor = createAccount(app.db, app.url, { role: 'exhibitor' });
  delegate = createAccount(app.db, app.url, { fullName: 'Probe Delegate' });
  const org = createOrganisation(app.db, 'XSS Probe Org');
  addMember(app.db, org, exhibitor);
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    let created = await callAction(app, 'exhibitors.createProduct', exhibitor.cookie, {
      organisationId: org,
      ...fieldsWith(payload, i, true),
    });
    if (created.status === 422) {
      created = await callAction(app, 'exhibitors.createProduct', exhibitor.cookie, {
        organisationId: org,
        ...fieldsWith(payload, i, false),
      });
    }
    expect(created.status, `${payload}: ${JSON.stringify(created.error)}`).toBe(200);
    const { productId, slug } = created.data as { productId: string; slug: string };
    expect((await callAction(app, 'exhibitors.submitProduct', exhibitor.cookie, { productId })).status).toBe(200);
    productIds.push(productId);
    slugs.push(slug);
  }
}, 180_000);
afterAll(async () => {
  await stopServerAndBrowser({ app, browser });
});

/** Opens a page with a trap for payloads: a window flag and a dialog listener. */
async function probe(page: Page, path: string, scope = 'main'): Promise<{ ran: boolean; dialogs: number }> {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const res = await page.goto(`${app.url}${path}`);
  expect(res?.status(), path).toBe(200);
  const csp = res?.headers()['content-security-policy'] ?? '';
  expect(/script-src[^;]*'unsafe-inline'/.test(csp), `${path} allows inline script`).toBe(false);
  // Give onload/onerror handlers and lazy images their chance; hover every element once.
  await page.waitForLoadState('load');
  for (const el of (await page.locator('.prose a, .prose p, main h1, .product-card a').all()).slice(0, 10)) {
    await el.hover({ timeout: 200, force: true }).catch(() => undefined);
  }
  const ran = await page.evaluate(() => (window as unknown as { __xssRan?: boolean }).__xssRan === true);
  // The CSP would stop most of them even if the sanitiser failed: so also look for what it let through.
  const markup = await page.evaluate((scope) => {
    const found: string[] = [];
    const roots = [...document.querySelectorAll(scope)];
    if (roots.length === 0) return [`nothing matches ${scope}`];
    for (const el of roots.flatMap((r) => [...r.querySelectorAll('*')])) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
      if (/^(SCRIPT|IFRAME|OBJECT|EMBED|BASE|META|LINK|STYLE)$/.test(el.tagName)) found.push(el.tagName);
      const href = el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? '';
      if (/^\s*(javascript|data|vbscript):/i.test(href)) found.push(`${el.tagName} ${href.slice(0, 30)}`);
    }
    for (const el of document.querySelectorAll('.prose [style]')) found.push(`style on ${el.tagName}`);
    return found;
  }, scope);
  expect(markup, `${path} has executable markup`).toEqual([]);
  return { ran, dialogs };
}

describe('the XSS corpus, rendered in Chromium', () => {
  it(`holds at least 40 payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  it('runs none of them in the moderation queue, then none once approved on the product pages and the list', async () => {
    const staff = await signedInContext(browser, app.url, organiser);
    await staff.addInitScript(() => {
      (window as unknown as { __xss: () => void }).__xss = () => {
        (window as unknown as { __xssRan: boolean }).__xssRan = true;
      };
    });
    const queue = await staff.newPage();
    expect(await probe(queue, '/admin/showcase/')).toEqual({ ran: false, dialogs: 0 });
    for (const revision of app.db.prepare("SELECT id FROM product_revisions WHERE status = 'submitted'").all() as {
      id: string;
    }[]) {
      expect(
        (await callAction(app, 'showcase.decideRevision', organiser.cookie, { id: revision.id, decision: 'approve' }))
          .status,
      ).toBe(200);
    }
    await staff.close();

    const visitor = await browser.newContext();
    await visitor.addInitScript(() => {
      (window as unknown as { __xss: () => void }).__xss = () => {
        (window as unknown as { __xssRan: boolean }).__xssRan = true;
      };
    });
    const page = await visitor.newPage();
    for (const lang of ['en', 'vi']) {
      for (const slug of slugs) {
        expect(await probe(page, `/${lang}/showcase/${slug}/`), `${lang} ${slug}`).toEqual({ ran: false, dialogs: 0 });
        rendered++;
      }
      expect(await probe(page, `/${lang}/showcase/?q=xss+probe`)).toEqual({ ran: false, dialogs: 0 });
      expect(await page.locator('.product-card').count()).toBe(slugs.length);
    }
    // No payload left an element with an event handler, a script or a javascript: link in the product pages.
    await page.goto(`${app.url}/en/showcase/${slugs[2]}/`);
    expect(
      await page
        .locator('main script, main iframe, main [onerror], main [onload], main [href^="javascript" i]')
        .count(),
    ).toBe(0);
    await visitor.close();
    expect(rendered).toBe(2 * XSS_PAYLOADS.length);
  }, 300_000);

  it('runs none of the enquiry messages in the exhibitor portal', async () => {
    // Enquiries are about approved products (the test above approved them all).
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const enquiry = await callAction(app, 'exhibitors.sendEnquiry', delegate.cookie, {
        productId: productIds[i]!,
        message: payload,
      });
      expect(enquiry.status, JSON.stringify(enquiry.error)).toBe(200);
    }
    const ctx = await signedInContext(browser, app.url, exhibitor);
    await ctx.addInitScript(() => {
      (window as unknown as { __xss: () => void }).__xss = () => {
        (window as unknown as { __xssRan: boolean }).__xssRan = true;
      };
    });
    const page = await ctx.newPage();
    // The portal's own island (the QR scanner) brings Astro's hashed scripts: look at the enquiries.
    expect(await probe(page, '/en/exhibitor/', '.enquiry-item')).toEqual({ ran: false, dialogs: 0 });
    expect(await page.textContent('main')).toContain('<script>window.__xss()</script>');
    await ctx.close();
  }, 120_000);
});
