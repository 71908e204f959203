// The demo seed (scripts/db-seed.ts, src/lib/exhibitors/demo.server.ts): on an empty database the demo
// exhibitor gets an organisation with approved, pending and draft products, an enquiry and a lead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDb, getSqlite } from '~db/client';
import { approvedCatalogueProducts, searchApprovedSlugs } from '~/lib/exhibitors/catalogue.server';
import { seedDemo } from '../../../scripts/db-seed';

const dir = mkdtempSync(join(tmpdir(), 'summit-demo-'));

beforeAll(async () => {
  closeDb();
  process.env.DATABASE_PATH = join(dir, 'demo.db');
  process.env.UPLOADS_DIR = join(dir, 'uploads');
  await seedDemo(() => {});
});
afterAll(() => {
  closeDb();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo exhibitor', () => {
  it('manages XanhVolt Energy, linked to its content entry', () => {
    const row = getSqlite()
      .prepare(
        "SELECT o.content_id, m.can_manage FROM exhibitor_members m JOIN exhibitor_organisations o ON o.id = m.organisation_id JOIN users u ON u.id = m.user_id WHERE u.email = 'exhibitor@demo.summit.example'",
      )
      .get();
    expect(row).toEqual({ content_id: 'xanhvolt-energy', can_manage: 1 });
  });
  it('has an approved, a pending and a draft product', () => {
    const statuses = getSqlite().prepare('SELECT status FROM product_revisions ORDER BY status').all();
    expect(statuses).toEqual([{ status: 'approved' }, { status: 'draft' }, { status: 'submitted' }]);
  });
  it('shows the approved one, with its image, in the catalogue and finds it without diacritics', () => {
    const [product] = approvedCatalogueProducts();
    expect(product?.images).toHaveLength(1);
    expect(searchApprovedSlugs('tu luu tru dien')).toEqual([product!.slug]);
  });
  it('has an enquiry and a lead', () => {
    expect(getSqlite().prepare('SELECT count(*) AS n FROM enquiries').get()).toEqual({ n: 1 });
    expect(getSqlite().prepare('SELECT rating FROM leads').all()).toEqual([{ rating: 4 }]);
  });
});
