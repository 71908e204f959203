// The exhibitor portal's library on a real (temporary) database: organisations, invitations,
// the product life cycle and moderation, the catalogue, enquiries, leads and export — and that
// every function checks who acts, so an exhibitor never touches another organisation's records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse as parseYaml } from 'yaml';
import { closeDb, getSqlite } from '~db/client';
import type { Actor } from '~/lib/exhibitors/access.server';
import { ExhibitorError } from '~/lib/exhibitors/errors';
import {
  createOrganisation,
  applyForOrganisation,
  decideApplication,
  updateOrganisationProfile,
  organisationsOf,
} from '~/lib/exhibitors/organisations.server';
import {
  acceptInvitation,
  hashInvitationToken,
  inviteMember,
  listMembers,
  removeMember,
} from '~/lib/exhibitors/invitations.server';
import {
  createProduct,
  editProduct,
  listProducts,
  submitProduct,
  withdrawProduct,
  type ShowcaseVocabulary,
} from '~/lib/exhibitors/products.server';
import { uploadProductImage } from '~/lib/exhibitors/product-images.server';
import { auditLog, decideRevision, reviewQueue } from '~/lib/exhibitors/moderation.server';
import {
  approvedCatalogueProducts,
  approvedProductBySlug,
  searchApprovedSlugs,
} from '~/lib/exhibitors/catalogue.server';
import { createEnquiry, listEnquiriesForOrganisation, listEnquiriesSent } from '~/lib/exhibitors/enquiries.server';
import { leadsCsv, listLeads, recordLead } from '~/lib/exhibitors/leads.server';
import { exportProductFolder } from '~/lib/exhibitors/export.server';
import { contentVersion } from '~/lib/server/render-cache';

const dir = mkdtempSync(join(tmpdir(), 'summit-exhibitors-'));
const T0 = new Date('2025-12-01T03:00:00Z');
const vocabulary: ShowcaseVocabulary = {
  tagIds: ['ai', 'open-data', 'land-data'],
  curatedSlugs: new Set(['adaptive-traffic-signals']),
  tagLabel: (id) => ({ ai: { vi: 'Trí tuệ nhân tạo', en: 'Artificial intelligence' } })[id] ?? { en: id },
};

const organiser: Actor = { id: 'org-user', role: 'organiser' };
const alice: Actor = { id: 'alice', role: 'exhibitor' }; // manages A
const amir: Actor = { id: 'amir', role: 'exhibitor' }; // member of A, cannot manage
const bob: Actor = { id: 'bob', role: 'exhibitor' }; // manages B
const dana: Actor = { id: 'dana', role: 'delegate' };
let orgA = '';
let orgB = '';

function addUser(
  id: string,
  role: string,
  extra: { email?: string; language?: string; category?: string; organisation?: string } = {},
) {
  getSqlite()
    .prepare(
      'INSERT INTO users (id, email, password_hash, full_name, role, language, category, organisation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(
      id,
      extra.email ?? `${id}@example.test`,
      'x',
      `Name ${id}`,
      role,
      extra.language ?? 'en',
      extra.category ?? '',
      extra.organisation ?? '',
    );
}
const addMember = (org: string, user: string, canManage: boolean) =>
  getSqlite()
    .prepare('INSERT INTO exhibitor_members (organisation_id, user_id, can_manage, created_at) VALUES (?, ?, ?, ?)')
    .run(org, user, canManage ? 1 : 0, T0.getTime());
const outbox = () =>
  getSqlite().prepare('SELECT "to", subject, text FROM outbox ORDER BY id').all() as {
    to: string;
    subject: string;
    text: string;
  }[];
const count = (table: string) => (getSqlite().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Runs `f` and returns the ExhibitorError code it threw. */
async function codeOf(f: () => unknown): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof ExhibitorError) return e.code;
    throw e;
  }
  return 'no error';
}

const profile = (name: string) => ({
  nameVi: `${name} VN`,
  nameEn: name,
  country: 'VN',
  website: 'https://example.vn',
});
const orgInput = (name: string) => ({ ...profile(name), booth: 'A-01' });
const productInput = (overrides: Record<string, unknown> = {}) => ({
  name: { vi: 'Bản đồ đô thị số', en: 'Digital city map' },
  summary: { vi: 'Bản đồ cho Hà Nội.', en: 'A map for Hanoi.' },
  category: 'urban-data',
  maturity: 'pilot',
  tags: ['ai'],
  description: { vi: 'Mô tả **đậm**.', en: 'A description.' },
  contactEmail: 'sales@a.example',
  ...overrides,
});

beforeAll(() => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'test.db');
  process.env.UPLOADS_DIR = join(dir, 'uploads');
  process.env.EXHIBITOR_PRODUCT_LIMIT = '3';
  for (const [id, role] of [
    ['org-user', 'organiser'],
    ['alice', 'exhibitor'],
    ['amir', 'exhibitor'],
    ['bob', 'exhibitor'],
  ] as const)
    addUser(id, role);
  addUser('dana', 'delegate', { category: 'government', organisation: 'Hanoi DOST' });
  orgA = createOrganisation(organiser, orgInput('Alpha Maps'), T0);
  orgB = createOrganisation(organiser, { ...orgInput('Beta Water'), contentId: 'beta-water' }, T0);
  addMember(orgA, 'alice', true);
  addMember(orgA, 'amir', false);
  addMember(orgB, 'bob', true);
});
afterAll(() => {
  closeDb();
  delete process.env.EXHIBITOR_PRODUCT_LIMIT;
  rmSync(dir, { recursive: true, force: true });
});

describe('organisations', () => {
  it('only organisers create organisations', async () => {
    expect(await codeOf(() => createOrganisation(alice, orgInput('Mine')))).toBe('forbidden');
    expect(await codeOf(() => createOrganisation(null, orgInput('Mine')))).toBe('unauthenticated');
  });
  it("an application waits, is rejected with a reason emailed in the applicant's language, and is decided once", async () => {
    const id = applyForOrganisation(
      { ...profile('Gamma'), contactEmail: 'Apply@Gamma.example', contactLanguage: 'vi' },
      T0,
    );
    expect(await codeOf(() => decideApplication(alice, id, { approve: true }))).toBe('forbidden');
    await decideApplication(organiser, id, { approve: false, reason: 'Chưa đủ thông tin' }, T0);
    const mail = outbox().at(-1)!;
    expect(mail.to).toBe('apply@gamma.example');
    expect(mail.text.indexOf('Lý do: Chưa đủ thông tin')).toBeLessThan(mail.text.indexOf('Reason: Chưa đủ thông tin'));
    expect(await codeOf(() => decideApplication(organiser, id, { approve: true }))).toBe('already-decided');
  });
  it('an approved application invites its contact as the first manager', async () => {
    const id = applyForOrganisation(
      { ...profile('Epsilon'), contactEmail: 'lead@epsilon.example', contactLanguage: 'en' },
      T0,
    );
    await decideApplication(organiser, id, { approve: true }, T0);
    const invitation = getSqlite()
      .prepare('SELECT email, can_manage FROM exhibitor_invitations WHERE organisation_id = ?')
      .get(id);
    expect(invitation).toEqual({ email: 'lead@epsilon.example', can_manage: 1 });
    expect(
      outbox()
        .slice(-2)
        .map((m) => m.subject),
    ).toEqual(["Epsilon's application is approved", "Invitation to manage Epsilon's stand"]);
  });
  it('refuses an application that tries to set its own status', async () => {
    expect(
      await codeOf(() =>
        applyForOrganisation({ ...profile('Delta'), contactEmail: 'd@d.example', status: 'approved' }),
      ),
    ).toBe('invalid-input');
  });
  it("members edit their own profile, not another organisation's", async () => {
    updateOrganisationProfile(amir, orgA, { nameVi: 'Alpha Bản đồ', nameEn: 'Alpha Maps', country: 'VN' });
    expect(
      await codeOf(() => updateOrganisationProfile(alice, orgB, { nameVi: 'x', nameEn: 'x', country: 'VN' })),
    ).toBe('forbidden');
    expect(await codeOf(() => updateOrganisationProfile(dana, orgA, { nameVi: 'x', nameEn: 'x', country: 'VN' }))).toBe(
      'forbidden',
    );
    expect(
      await codeOf(() =>
        updateOrganisationProfile(alice, orgA, { nameVi: 'x', nameEn: 'x', country: 'VN', booth: 'Z-99' }),
      ),
    ).toBe('invalid-input');
    expect(organisationsOf(alice).map((o) => o.nameVi)).toEqual(['Alpha Bản đồ']);
  });
});

describe('invitations and members', () => {
  it('stores only the hash of the token and emails the link', async () => {
    const token = await inviteMember(alice, orgA, { email: 'New.Person@example.test', lang: 'en' }, T0);
    const row = getSqlite()
      .prepare('SELECT token_hash FROM exhibitor_invitations WHERE email = ?')
      .get('new.person@example.test') as { token_hash: string };
    expect(row.token_hash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(getSqlite().prepare('SELECT * FROM exhibitor_invitations').all())).not.toContain(token);
    expect(outbox().at(-1)!.text).toContain(`/exhibitor/invitation/?token=${token}`);
  });
  it('a signed-out invitee gets a verified exhibitor account and membership, once', async () => {
    const token = await inviteMember(organiser, orgA, { email: 'carol@example.test', lang: 'vi' }, T0);
    const result = await acceptInvitation(
      token,
      null,
      { fullName: 'Carol', password: 'long enough pw', language: 'vi' },
      T0,
    );
    expect(result).toMatchObject({ organisationId: orgA, created: true });
    const user = getSqlite().prepare('SELECT role, email_verified_at FROM users WHERE id = ?').get(result.userId) as {
      role: string;
      email_verified_at: number;
    };
    expect(user.role).toBe('exhibitor');
    expect(user.email_verified_at).not.toBeNull();
    expect(
      await codeOf(() =>
        acceptInvitation(token, null, { fullName: 'Carol', password: 'long enough pw', language: 'vi' }, T0),
      ),
    ).toBe('invitation-invalid');
  });
  it('expires after seven days', async () => {
    const token = await inviteMember(organiser, orgA, { email: 'late@example.test', lang: 'en' }, T0);
    const later = new Date(T0.getTime() + 8 * 86_400_000);
    expect(
      await codeOf(() =>
        acceptInvitation(token, null, { fullName: 'Late', password: 'long enough pw', language: 'en' }, later),
      ),
    ).toBe('invitation-invalid');
  });
  it('links a signed-in delegate with the invited email, making them an exhibitor', async () => {
    addUser('erin', 'delegate');
    const token = await inviteMember(bob, orgB, { email: 'erin@example.test', lang: 'en' }, T0);
    const wrong = await codeOf(() =>
      acceptInvitation(token, { id: 'dana', role: 'delegate', email: 'dana@example.test' }, undefined, T0),
    );
    expect(wrong).toBe('invitation-email-mismatch');
    // The refused attempt rolled back: the rightful owner can still use the link.
    await acceptInvitation(token, { id: 'erin', role: 'delegate', email: 'erin@example.test' }, undefined, T0);
    expect((getSqlite().prepare("SELECT role FROM users WHERE id = 'erin'").get() as { role: string }).role).toBe(
      'exhibitor',
    );
    expect(
      listMembers(bob, orgB)
        .map((m) => m.userId)
        .sort(),
    ).toEqual(['bob', 'erin']);
  });
  it('asks an existing account to sign in rather than taking it over', async () => {
    const token = await inviteMember(organiser, orgA, { email: 'dana@example.test', lang: 'en' }, T0);
    expect(
      await codeOf(() =>
        acceptInvitation(token, null, { fullName: 'Mallory', password: 'long enough pw', language: 'en' }, T0),
      ),
    ).toBe('sign-in-required');
  });
  it('only managers invite and remove, and only in their own organisation', async () => {
    expect(await codeOf(() => inviteMember(amir, orgA, { email: 'x@example.test', lang: 'en' }))).toBe('forbidden');
    expect(await codeOf(() => inviteMember(alice, orgB, { email: 'x@example.test', lang: 'en' }))).toBe('forbidden');
    expect(await codeOf(() => removeMember(alice, orgB, 'erin'))).toBe('forbidden');
    expect(await codeOf(() => removeMember(alice, orgA, 'alice'))).toBe('last-manager');
    expect(await codeOf(() => listMembers(bob, orgA))).toBe('forbidden');
  });
});

let productId = '';
let slug = '';
let imageId = '';

describe('the product life cycle', () => {
  it('refuses delegates, other organisations and smuggled fields', async () => {
    expect(await codeOf(() => createProduct(dana, orgA, productInput(), vocabulary))).toBe('forbidden');
    expect(await codeOf(() => createProduct(bob, orgA, productInput(), vocabulary))).toBe('forbidden');
    expect(await codeOf(() => createProduct(alice, orgA, productInput({ status: 'approved' }), vocabulary))).toBe(
      'invalid-input',
    );
    expect(await codeOf(() => createProduct(alice, orgA, productInput({ organisationId: orgB }), vocabulary))).toBe(
      'invalid-input',
    );
    expect(count('exhibitor_products')).toBe(0);
  });
  it('refuses an image of another organisation and writes nothing', async () => {
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const theirs = await uploadProductImage(bob, orgB, png);
    if (!theirs.ok) throw new Error(theirs.error);
    const images = [{ imageId: theirs.id, alt: { vi: 'Ảnh', en: 'Picture' } }];
    expect(await codeOf(() => createProduct(alice, orgA, productInput({ images }), vocabulary))).toBe(
      'image-not-owned',
    );
    expect(count('exhibitor_products')).toBe(0);
    expect(count('product_revisions')).toBe(0);
    const ours = await uploadProductImage(alice, orgA, png);
    if (!ours.ok) throw new Error(ours.error);
    imageId = ours.id;
  });
  it('creates a draft with a stable slug that avoids curated slugs', () => {
    ({ productId, slug } = createProduct(
      alice,
      orgA,
      productInput({ images: [{ imageId, alt: { vi: 'Ảnh bản đồ', en: 'Map picture' } }] }),
      vocabulary,
      T0,
    ));
    expect(slug).toBe('digital-city-map');
    const taken = createProduct(
      alice,
      orgA,
      productInput({ name: { vi: 'Đèn', en: 'Adaptive traffic signals' } }),
      vocabulary,
      T0,
    );
    expect(taken.slug).toBe('adaptive-traffic-signals-2');
  });
  it("stops at the organisation's product limit (EXHIBITOR_PRODUCT_LIMIT=3)", async () => {
    createProduct(alice, orgA, productInput({ name: { vi: 'Ba', en: 'Third' } }), vocabulary, T0);
    expect(
      await codeOf(() => createProduct(alice, orgA, productInput({ name: { vi: 'Bốn', en: 'Fourth' } }), vocabulary)),
    ).toBe('product-limit');
  });
  it('another organisation cannot edit, submit, withdraw or export it', async () => {
    expect(await codeOf(() => editProduct(bob, productId, productInput(), vocabulary))).toBe('forbidden');
    expect(await codeOf(() => submitProduct(bob, productId))).toBe('forbidden');
    expect(await codeOf(() => withdrawProduct(bob, productId))).toBe('forbidden');
    expect(await codeOf(() => exportProductFolder(bob, productId))).toBe('forbidden');
    expect(await codeOf(() => submitProduct(dana, productId))).toBe('forbidden');
    expect(await codeOf(() => submitProduct(bob, 'no-such-product'))).toBe('forbidden');
    expect(await codeOf(() => listProducts(bob, orgA))).toBe('forbidden');
  });
  it('is not public before approval, and exhibitors cannot approve', async () => {
    submitProduct(amir, productId, new Date(T0.getTime() + 1000));
    expect(approvedCatalogueProducts()).toEqual([]);
    const [queued] = reviewQueue(organiser);
    expect(queued).toMatchObject({ productId, slug });
    expect(queued!.changes.find((c) => c.field === 'name.en')).toEqual({
      field: 'name.en',
      before: undefined,
      after: 'Digital city map',
    });
    expect(await codeOf(() => reviewQueue(alice))).toBe('forbidden');
    expect(await codeOf(() => decideRevision(alice, queued!.revisionId, { approve: true }, vocabulary))).toBe(
      'forbidden',
    );
    expect(await codeOf(() => editProduct(alice, productId, productInput(), vocabulary))).toBe('in-review');
  });
  it('once approved, is in the catalogue and found without diacritics', async () => {
    const showcase = contentVersion('showcase');
    await decideRevision(organiser, reviewQueue(organiser)[0]!.revisionId, { approve: true }, vocabulary, T0);
    // Cached showcase pages are dropped at once (src/lib/server/render-cache.ts).
    expect(contentVersion('showcase')).toBe(showcase + 1);
    expect(approvedCatalogueProducts().map((p) => p.slug)).toEqual([slug]);
    expect(searchApprovedSlugs('do thi so')).toEqual([slug]);
    expect(searchApprovedSlugs('HA NOI')).toEqual([slug]);
    expect(searchApprovedSlugs('tri tue nhan tao')).toEqual([slug]);
    expect(searchApprovedSlugs('alpha ban do')).toEqual([slug]);
    expect(searchApprovedSlugs('da nang')).toEqual([]);
    expect(approvedProductBySlug(slug)?.images[0]?.kind).toBe('upload');
    expect(outbox().at(-1)!.subject).toContain('Digital city map');
  });
  it('an edit of the approved product waits in review while the approved one stays public', async () => {
    editProduct(alice, productId, productInput({ name: { vi: 'Bản đồ mới', en: 'New city map' } }), vocabulary, T0);
    editProduct(alice, productId, productInput({ name: { vi: 'Bản đồ mới', en: 'Newer city map' } }), vocabulary, T0);
    submitProduct(alice, productId, T0);
    const [queued] = reviewQueue(organiser);
    expect(queued!.changes).toEqual([
      { field: 'name.vi', before: 'Bản đồ đô thị số', after: 'Bản đồ mới' },
      { field: 'name.en', before: 'Digital city map', after: 'Newer city map' },
      { field: 'images.0.imageId', before: imageId, after: undefined },
      { field: 'images.0.alt.vi', before: 'Ảnh bản đồ', after: undefined },
      { field: 'images.0.alt.en', before: 'Map picture', after: undefined },
    ]);
    const showcase = contentVersion('showcase');
    await decideRevision(
      organiser,
      queued!.revisionId,
      { approve: false, reason: 'Please keep the picture' },
      vocabulary,
      T0,
    );
    expect(contentVersion('showcase')).toBe(showcase + 1);
    expect(approvedProductBySlug(slug)?.name.en).toBe('Digital city map');
    expect(outbox().at(-1)!.text).toContain('Reason: Please keep the picture');
    expect(listProducts(alice, orgA).find((p) => p.id === productId)?.latest).toMatchObject({
      status: 'rejected',
      rejectionReason: 'Please keep the picture',
    });
  });
  it('requires a reason to reject, and a revision is decided only once', async () => {
    const images = [{ imageId, alt: { vi: 'Ảnh bản đồ', en: 'Map picture' } }];
    const id = editProduct(alice, productId, productInput({ images }), vocabulary, T0);
    submitProduct(alice, productId, T0);
    expect(await codeOf(() => decideRevision(organiser, id, { approve: false, reason: '  ' }, vocabulary))).toBe(
      'invalid-input',
    );
    await decideRevision(organiser, id, { approve: true }, vocabulary, T0);
    expect(await codeOf(() => decideRevision(organiser, id, { approve: false, reason: 'late' }, vocabulary))).toBe(
      'invalid-transition',
    );
  });
  it('keeps who did what when in the audit log', () => {
    const actions = auditLog(organiser, orgA).map((e) => `${e.action}:${e.actorId}`);
    expect(actions).toContain('revision.submit:amir');
    expect(actions).toContain('revision.approve:org-user');
    expect(actions).toContain('revision.reject:org-user');
  });
});

describe('enquiries', () => {
  it('a delegate writes about an approved product; the exhibitor sees it without the email unless shared', async () => {
    const before = outbox().length;
    await createEnquiry(dana, { productId, message: 'Can we pilot this in Ba Đình?', shareEmail: false }, T0);
    await createEnquiry(dana, { productId, message: 'Here is my email', shareEmail: true }, new Date(T0.getTime() + 1));
    const mails = outbox().slice(before);
    expect(mails.map((m) => m.to).sort()).toEqual([
      'alice@example.test',
      'alice@example.test',
      'amir@example.test',
      'amir@example.test',
      'carol@example.test',
      'carol@example.test',
    ]);
    expect(mails[0]!.text).not.toContain('dana@example.test');
    const list = listEnquiriesForOrganisation(amir, orgA);
    expect(list.map((e) => e.email)).toEqual(['dana@example.test', null]);
    expect(listEnquiriesSent(dana).map((e) => e.message)).toEqual([
      'Here is my email',
      'Can we pilot this in Ba Đình?',
    ]);
  });
  it('another organisation cannot read them, and unapproved products take none', async () => {
    expect(await codeOf(() => listEnquiriesForOrganisation(bob, orgA))).toBe('forbidden');
    const draft = createProduct(bob, orgB, productInput({ name: { vi: 'Nước', en: 'Water' } }), vocabulary, T0);
    expect(await codeOf(() => createEnquiry(dana, { productId: draft.productId, message: 'hi' }))).toBe('not-found');
    expect(await codeOf(() => createEnquiry(null, { productId, message: 'hi' }))).toBe('unauthenticated');
    expect(await codeOf(() => createEnquiry(dana, { productId, message: 'x'.repeat(2001) }))).toBe('invalid-input');
  });
  it('lets a delegate send 10 enquiries an hour, then refuses with rate-limited', async () => {
    addUser('flo', 'delegate');
    const flo: Actor = { id: 'flo', role: 'delegate' };
    for (let i = 0; i < 10; i++) await createEnquiry(flo, { productId, message: `Question ${i}` });
    expect(await codeOf(() => createEnquiry(flo, { productId, message: 'One more' }))).toBe('rate-limited');
    expect(listEnquiriesSent(flo)).toHaveLength(10);
    expect(await codeOf(() => createEnquiry(dana, { productId, message: 'Dana is not affected' }))).toBe('no error');
  });
});

describe('leads', () => {
  const code = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  it('records a lead by ticket code and shows the email only under contact-sharing consent', () => {
    getSqlite()
      .prepare('INSERT INTO tickets (user_id, code, issued_at) VALUES (?, ?, ?)')
      .run('dana', code, T0.getTime());
    recordLead(
      alice,
      orgA,
      { ticketCode: `vascs-ticket:${code.toLowerCase()}`, note: '=HYPERLINK("http://evil")', rating: 4 },
      T0,
    );
    expect(listLeads(alice, orgA)).toMatchObject([
      { fullName: 'Name dana', organisation: 'Hanoi DOST', category: 'government', email: null, rating: 4 },
    ]);
    getSqlite()
      .prepare(
        "INSERT INTO consents (user_id, kind, text_version, given_at) VALUES ('dana', 'contact-sharing', 'v1', ?)",
      )
      .run(T0.getTime());
    expect(listLeads(alice, orgA)[0]!.email).toBe('dana@example.test');
  });
  it('scanning again updates the one lead', () => {
    recordLead(amir, orgA, { ticketCode: code, note: 'Met twice', rating: 5 }, T0);
    expect(listLeads(alice, orgA)).toHaveLength(1);
    expect(listLeads(alice, orgA)[0]).toMatchObject({ note: 'Met twice', rating: 5 });
  });
  it('refuses unknown tickets, ratings outside 1–5, and other organisations', async () => {
    expect(await codeOf(() => recordLead(alice, orgA, { ticketCode: 'nope' }))).toBe('unknown-ticket');
    expect(await codeOf(() => recordLead(alice, orgA, { ticketCode: code, rating: 6 }))).toBe('invalid-input');
    expect(await codeOf(() => recordLead(bob, orgA, { ticketCode: code }))).toBe('forbidden');
    expect(await codeOf(() => listLeads(bob, orgA))).toBe('forbidden');
    expect(await codeOf(() => leadsCsv(dana, orgA, 'en'))).toBe('forbidden');
  });
  it('exports CSV with a BOM, translated headers and formulas defused', () => {
    recordLead(alice, orgA, { ticketCode: code, note: '=HYPERLINK("http://evil")', rating: 4 }, T0);
    const csv = leadsCsv(alice, orgA, 'vi');
    expect(csv.startsWith('\uFEFFThời điểm,Họ tên')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('dana@example.test');
  });
});

describe('exporting an approved product as content', () => {
  it('writes product.yaml in the curated style, vi.md, en.md and image.jpg', async () => {
    const { files } = exportProductFolder(alice, productId);
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    const dirName = `content/products/${slug}`;
    expect([...byPath.keys()].sort()).toEqual(
      [
        `${dirName}/en.md`,
        `${dirName}/image.jpg`,
        `${dirName}/product.yaml`,
        `${dirName}/vi.md`,
        'content/exhibitors/alpha-maps/exhibitor.yaml',
      ].sort(),
    );
    const yamlText = String(byPath.get(`${dirName}/product.yaml`));
    expect(yamlText.split('\n')[0]).toBe('name: { vi: "Bản đồ đô thị số", en: "Digital city map" }');
    expect(parseYaml(yamlText)).toEqual({
      name: { vi: 'Bản đồ đô thị số', en: 'Digital city map' },
      exhibitor: 'alpha-maps',
      category: 'urban-data',
      maturity: 'pilot',
      deployedIn: [],
      summary: { vi: 'Bản đồ cho Hà Nội.', en: 'A map for Hanoi.' },
      image: './image.jpg',
      imageAlt: { vi: 'Ảnh bản đồ', en: 'Map picture' },
      tags: ['ai'],
    });
    expect(byPath.get(`${dirName}/vi.md`)).toBe('Mô tả **đậm**.\n');
    expect((await sharp(byPath.get(`${dirName}/image.jpg`) as Buffer).metadata()).format).toBe('jpeg');
  });
  it('withdrawing takes it out of the catalogue', () => {
    const showcase = contentVersion('showcase');
    withdrawProduct(alice, productId, T0);
    expect(contentVersion('showcase')).toBe(showcase + 1);
    expect(approvedProductBySlug(slug)).toBeUndefined();
    expect(searchApprovedSlugs('do thi so')).toEqual([]);
  });
});
