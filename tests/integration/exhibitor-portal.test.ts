// The exhibitor portal over HTTP on the built server: who may reach which page and action (ids
// swapped in URLs and forms, extra fields), the product life cycle through moderation into the
// one showcase catalogue and its diacritic-insensitive search, and enquiries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type TestServer } from '../support/server';
import { createAccount, type TestAccount } from '../support/accounts';
import { addMember, callAction, createOrganisation, pngImage, productFields } from '../support/exhibitors';
import { http } from '../support/http';

const uploads = mkdtempSync(join(tmpdir(), 'summit-uploads-'));
let app: TestServer;
let organiser: TestAccount;
let alice: TestAccount; // manages A
let bob: TestAccount; // manages B
let delegate: TestAccount;
let orgA = '';
let orgB = '';
let productA = '';
let slugA = '';

const get = (path: string, cookie = '') =>
  http(`${app.url}${path}`, { redirect: 'manual', headers: { Cookie: cookie } });
const revisionStatus = (productId: string) =>
  (
    app.db
      .prepare('SELECT status FROM product_revisions WHERE product_id = ? ORDER BY number DESC LIMIT 1')
      .get(productId) as { status: string }
  ).status;

beforeAll(async () => {
  app = await startServer({ env: { UPLOADS_DIR: uploads } });
  organiser = createAccount(app.db, app.url, { role: 'organiser' });
  alice = createAccount(app.db, app.url, { role: 'exhibitor', fullName: 'Alice' });
  bob = createAccount(app.db, app.url, { role: 'exhibitor', fullName: 'Bob' });
  delegate = createAccount(app.db, app.url, { fullName: 'Dana Delegate', organisation: 'Sở Xây dựng' });
  orgA = createOrganisation(app.db, 'XanhTech Hà Nội');
  orgB = createOrganisation(app.db, 'Other Org', 'SG');
  addMember(app.db, orgA, alice);
  addMember(app.db, orgB, bob);
  const created = await callAction(app, 'exhibitors.createProduct', alice.cookie, {
    organisationId: orgA,
    ...productFields(),
  });
  expect(created.status, JSON.stringify(created.error)).toBe(200);
  ({ productId: productA, slug: slugA } = created.data as { productId: string; slug: string });
}, 60_000);
afterAll(async () => {
  await app?.stop();
  rmSync(uploads, { recursive: true, force: true });
});

describe('who reaches the portal', () => {
  it('sends visitors to sign in and refuses delegates, on the portal and its product pages', async () => {
    const visitor = await get('/en/exhibitor/');
    expect(visitor.status).toBe(303);
    expect(visitor.headers.get('location')).toMatch(/^\/en\/login\//);
    expect((await get('/en/exhibitor/', delegate.cookie)).status).toBe(403);
    expect((await get(`/en/exhibitor/products/${productA}/`, delegate.cookie)).status).toBe(403);
    expect((await get('/en/exhibitor/', alice.cookie)).status).toBe(200);
  });

  it('keeps the application form and the invitation page public', async () => {
    expect((await get('/en/exhibitor/apply/')).status).toBe(200);
    expect((await get('/vi/exhibitor/invitation/?token=nope')).status).toBe(410);
  });

  it("answers another organisation's product page, export and leads as if they did not exist", async () => {
    expect((await get(`/en/exhibitor/products/${productA}/`, alice.cookie)).status).toBe(200);
    expect((await get(`/en/exhibitor/products/${productA}/`, bob.cookie)).status).toBe(404);
    expect((await get(`/en/exhibitor/products/${productA}/export.zip`, bob.cookie)).status).toBe(404);
    expect((await get(`/en/exhibitor/leads.csv?org=${orgA}`, bob.cookie)).status).toBe(403);
    expect((await get(`/en/exhibitor/leads.csv?org=${orgA}`, alice.cookie)).status).toBe(200);
  });
});

describe('actions check the organisation themselves', () => {
  it("refuses editing, submitting, withdrawing or adding an image to another organisation's product", async () => {
    for (const [name, fields] of [
      ['exhibitors.saveProduct', { productId: productA, ...productFields('Hijacked') }],
      ['exhibitors.submitProduct', { productId: productA }],
      ['exhibitors.withdrawProduct', { productId: productA }],
    ] as const) {
      const r = await callAction(app, name, bob.cookie, fields);
      expect(r.status, name).toBe(403);
    }
    const img = await callAction(app, 'exhibitors.addImage', bob.cookie, {
      productId: productA,
      image: new File([new Uint8Array(await pngImage())], 'a.png', { type: 'image/png' }),
      altVi: 'ảnh',
      altEn: 'image',
    });
    expect(img.status, JSON.stringify(img.error)).toBe(403);
    expect(revisionStatus(productA)).toBe('draft');
    const name = app.db.prepare('SELECT data FROM product_revisions WHERE product_id = ?').get(productA) as {
      data: string;
    };
    expect(name.data).not.toContain('Hijacked');
  });

  it("refuses creating a product, a lead or a profile change for another organisation's id", async () => {
    expect(
      (await callAction(app, 'exhibitors.createProduct', alice.cookie, { organisationId: orgB, ...productFields() }))
        .status,
    ).toBe(403);
    expect(
      (await callAction(app, 'exhibitors.recordLead', alice.cookie, { organisationId: orgB, ticketCode: 'x' })).status,
    ).toBe(403);
    const profile = await callAction(app, 'exhibitors.saveProfile', alice.cookie, {
      organisationId: orgB,
      nameVi: 'Taken over',
      nameEn: 'Taken over',
      country: 'VN',
    });
    expect(profile.status).toBe(403);
    expect(app.db.prepare('SELECT name_en FROM exhibitor_organisations WHERE id = ?').get(orgB)).toEqual({
      name_en: 'Other Org',
    });
  });

  it('ignores extra fields: a posted status, booth or other organisation changes nothing', async () => {
    const r = await callAction(app, 'exhibitors.createProduct', alice.cookie, {
      organisationId: orgA,
      ...productFields('Extra fields'),
      status: 'approved',
      approvedRevisionId: 'x',
      organisation: orgB,
    });
    expect(r.status).toBe(200);
    const { productId } = r.data as { productId: string };
    expect(revisionStatus(productId)).toBe('draft');
    expect(
      app.db
        .prepare('SELECT organisation_id, approved_revision_id FROM exhibitor_products WHERE id = ?')
        .get(productId),
    ).toEqual({
      organisation_id: orgA,
      approved_revision_id: null,
    });
    const profile = await callAction(app, 'exhibitors.saveProfile', alice.cookie, {
      organisationId: orgA,
      nameVi: 'XanhTech Hà Nội',
      nameEn: 'XanhTech Hanoi',
      country: 'VN',
      booth: 'Z99',
      status: 'rejected',
    });
    expect(profile.status).toBe(200);
    expect(app.db.prepare('SELECT booth, status FROM exhibitor_organisations WHERE id = ?').get(orgA)).toEqual({
      booth: 'B01',
      status: 'approved',
    });
  });

  it('refuses moderation to exhibitors and delegates', async () => {
    for (const who of [alice, delegate]) {
      const r = await callAction(app, 'showcase.decideRevision', who.cookie, { id: 'whatever', decision: 'approve' });
      expect(r.status).toBe(403);
    }
    expect((await get('/admin/showcase/', alice.cookie)).status).toBe(403);
  });

  it('answers bad product input with 422 and field messages in the asker’s language', async () => {
    const r = await callAction(app, 'exhibitors.saveProduct', alice.cookie, {
      productId: productA,
      ...productFields(),
      website: 'javascript:alert(1)',
      nameEn: '',
    });
    expect(r.status).toBe(422);
    expect(r.error?.fields?.website).toContain('http');
    expect(r.error?.fields?.nameEn).toBe('Please fill in this field.');
  });
});

describe('from draft to the showcase', () => {
  it('submits, is refused a reason-less rejection, approves, and shows and finds the product without a rebuild', async () => {
    expect((await get(`/en/showcase/${slugA}/`)).status).toBe(404);
    expect((await callAction(app, 'exhibitors.submitProduct', alice.cookie, { productId: productA })).status).toBe(200);
    const queue = await (await get('/admin/showcase/', organiser.cookie)).text();
    expect(queue).toContain('Bản đồ số Hà Nội (EN)');
    const revisionId = (
      app.db
        .prepare("SELECT id FROM product_revisions WHERE product_id = ? AND status = 'submitted'")
        .get(productA) as { id: string }
    ).id;
    const noReason = await callAction(app, 'showcase.decideRevision', organiser.cookie, {
      id: revisionId,
      decision: 'reject',
    });
    expect(noReason.status).toBe(422);
    const ok = await callAction(app, 'showcase.decideRevision', organiser.cookie, {
      id: revisionId,
      decision: 'approve',
    });
    expect(ok.status).toBe(200);
    const page = await get(`/en/showcase/${slugA}/`);
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(body).toContain('XanhTech');
    expect(body).toContain('B01');
    expect(body).toContain('<strong>đậm</strong>');
    expect(body).toContain('rel="noopener nofollow ugc"');
    // The English description is missing: the Vietnamese one shows with the note.
    expect(body).toContain('only available in Vietnamese');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
  });

  it.each([
    ['ha noi', true],
    ['HA NOI', true],
    ['ban do so', true],
    ['da nang', true],
    ['Ha\u0300 No\u0302\u0323i', true], // decomposed (NFD)
    ['xanhtech', true],
    ['no such words here', false],
  ])('the showcase search for "%s" finds the product: %s', async (q, found) => {
    const body = await (await get(`/en/showcase/?q=${encodeURIComponent(q)}`)).text();
    expect(body.includes(`/en/showcase/${slugA}/`)).toBe(found);
  });

  it('keeps curated products in the same catalogue and filters by country', async () => {
    const all = await (await get('/en/showcase/')).text();
    expect(all).toContain(`/en/showcase/${slugA}/`);
    expect(all).toContain('/en/showcase/adaptive-traffic-signals/');
    const sg = await (await get('/en/showcase/?country=SG')).text();
    expect(sg).not.toContain(`/en/showcase/${slugA}/`);
  });

  it('lets a signed-in delegate send an enquiry the exhibitor reads, email only when shared', async () => {
    const visitor = await (await get(`/en/showcase/${slugA}/`)).text();
    expect(visitor).toContain('Sign in to contact the exhibitor');
    const anonymous = await callAction(app, 'exhibitors.sendEnquiry', '', { productId: productA, message: 'hi' });
    expect(anonymous.status).toBe(401);
    const sent = await callAction(app, 'exhibitors.sendEnquiry', delegate.cookie, {
      productId: productA,
      message: 'Có triển khai ở Huế không?',
    });
    expect(sent.status).toBe(200);
    const portal = await (await get('/en/exhibitor/', alice.cookie)).text();
    expect(portal).toContain('Có triển khai ở Huế không?');
    expect(portal).toContain('email not shared');
    expect(portal).not.toContain(delegate.email);
    expect(await (await get('/en/exhibitor/', bob.cookie)).text()).not.toContain('Có triển khai ở Huế không?');
    const mail = app.db.prepare('SELECT "to" FROM outbox WHERE subject LIKE ?').all('%enquiry%') as { to: string }[];
    expect(mail.map((m) => m.to)).toContain(alice.email);
  });

  it('exports the approved product as a zipped content folder for its organisation', async () => {
    const res = await get(`/en/exhibitor/products/${productA}/export.zip`, alice.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(bytes.includes(Buffer.from(`content/products/${slugA}/product.yaml`))).toBe(true);
  });
});

describe('booth leads and applications', () => {
  it('records a lead by ticket code and exports it as CSV, the email only under consent, for its organisation only', async () => {
    const code = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    app.db
      .prepare('INSERT INTO tickets (user_id, code, issued_at) VALUES (?, ?, ?)')
      .run(delegate.id, code, Date.now());
    const other = await callAction(app, 'exhibitors.recordLead', bob.cookie, {
      organisationId: orgA,
      ticketCode: code,
    });
    expect(other.status).toBe(403);
    const unknown = await callAction(app, 'exhibitors.recordLead', alice.cookie, {
      organisationId: orgA,
      ticketCode: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    });
    expect(unknown.status).toBe(404);
    const ok = await callAction(app, 'exhibitors.recordLead', alice.cookie, {
      organisationId: orgA,
      ticketCode: code.toLowerCase().replace(/(.{4})/g, '$1-'), // typed at the booth, in groups
      note: '=HYPERLINK("x")',
      rating: '4',
    });
    expect(ok.status, JSON.stringify(ok.error)).toBe(200);
    const bytes = Buffer.from(await (await get(`/en/exhibitor/leads.csv?org=${orgA}`, alice.cookie)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const csv = bytes.toString('utf8');
    expect(csv).toContain('Dana Delegate');
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toContain(delegate.email);
  });

  it('takes a public application that an organiser approves, inviting its contact', async () => {
    const applied = await callAction(app, 'exhibitors.apply', '', {
      nameVi: 'Công ty Ứng tuyển',
      nameEn: 'Applicant Ltd',
      country: 'VN',
      contactEmail: 'apply@example.org',
      contactLanguage: 'vi',
      status: 'approved',
    });
    expect(applied.status, JSON.stringify(applied.error)).toBe(200);
    const { id } = applied.data as { id: string };
    expect(app.db.prepare('SELECT status FROM exhibitor_organisations WHERE id = ?').get(id)).toEqual({
      status: 'pending',
    });
    expect(await (await get('/admin/showcase/', organiser.cookie)).text()).toContain('Applicant Ltd');
    expect(
      (await callAction(app, 'showcase.decideApplication', alice.cookie, { id, decision: 'approve' })).status,
    ).toBe(403);
    expect(
      (await callAction(app, 'showcase.decideApplication', organiser.cookie, { id, decision: 'approve' })).status,
    ).toBe(200);
    expect(app.db.prepare('SELECT status FROM exhibitor_organisations WHERE id = ?').get(id)).toEqual({
      status: 'approved',
    });
    const mails = app.db.prepare('SELECT text FROM outbox WHERE "to" = ?').all('apply@example.org') as {
      text: string;
    }[];
    expect(mails.some((m) => m.text.includes('/vi/exhibitor/invitation/?token='))).toBe(true);
    const again = await callAction(app, 'showcase.decideApplication', organiser.cookie, {
      id,
      decision: 'reject',
      reason: 'x',
    });
    expect(again.status).toBe(409);
  });
});
