// The portal's edges in plain data: the route table opens the application and invitation pages
// only, the flat product form maps to the library's input and back, form field names follow
// library paths, the showcase links keep the search words, and sessions match by topic.
import { describe, expect, it } from 'vitest';
import { requiredAccess } from '~/lib/server/auth/guard';
import { formFromProductInput, productFormFields, productInputFromForm } from '~/lib/exhibitors/product-form';
import { productInputSchema } from '~/lib/exhibitors/product-input';
import { chooseOrganisation } from '~/lib/exhibitors/portal-page';
import { formFieldName } from '~/lib/exhibitors/refusal';
import { catalogueQueryString, sessionsOnTopics } from '~/lib/showcase/catalogue-links';
import { z } from 'zod';

describe('the route table for the portal', () => {
  it.each([
    ['/en/exhibitor/', 'exhibitor'],
    ['/vi/exhibitor/products/abc/', 'exhibitor'],
    ['/en/exhibitor/leads.csv', 'exhibitor'],
    ['/en/exhibitor/apply/', 'public'],
    ['/vi/exhibitor/invitation/', 'public'],
    ['/en/exhibitor/applyx/', 'exhibitor'],
    ['/en/%65xhibitor/', 'exhibitor'],
    ['/admin/showcase/', 'organiser'],
    ['/uploads/products/x-800.webp', 'public'],
  ])('%s needs %s', (path, access) => {
    expect(requiredAccess(path)).toBe(access);
  });
});

const posted = z
  .object(productFormFields)
  .strict()
  .parse({
    nameVi: 'Bản đồ',
    nameEn: 'Map',
    summaryVi: 'Tóm tắt',
    summaryEn: 'Summary',
    category: 'urban-data',
    maturity: 'pilot',
    tags: ['ai'],
    descriptionVi: 'Mô tả',
    deployedInVi: 'Hà Nội\n\nĐà Nẵng',
    deployedInEn: 'Hanoi',
    contactEmail: 'Sales@Example.org',
    imageId: ['abcdefghijklmnopqrstuvwxyz'],
    altVi: ['ảnh'],
    altEn: ['picture'],
  });

describe('the product form', () => {
  it('maps flat fields, lines and repeated names to a valid product input', () => {
    const input = productInputSchema(['ai']).parse(productInputFromForm(posted));
    expect(input.deployedIn).toEqual([
      { vi: 'Hà Nội', en: 'Hanoi' },
      { vi: 'Đà Nẵng', en: '' },
    ]);
    expect(input.images).toEqual([{ imageId: 'abcdefghijklmnopqrstuvwxyz', alt: { vi: 'ảnh', en: 'picture' } }]);
    expect(input.contactEmail).toBe('sales@example.org');
    expect(input.description).toEqual({ vi: 'Mô tả', en: '' });
  });

  it('fills the edit form back from a stored revision', () => {
    const input = productInputSchema(['ai']).parse(productInputFromForm(posted));
    const again = productInputSchema(['ai']).parse(productInputFromForm(formFromProductInput(input)));
    expect(again).toEqual(input);
  });

  it('names form fields after library paths', () => {
    expect(formFieldName('name.vi')).toBe('nameVi');
    expect(formFieldName('images.0.alt.en')).toBe('imagesAltEn');
    expect(formFieldName('contactEmail')).toBe('contactEmail');
  });

  it('shows only an organisation the person belongs to', () => {
    const own = [{ id: 'a' }, { id: 'b' }];
    expect(chooseOrganisation(own, 'b')).toEqual({ id: 'b' });
    expect(chooseOrganisation(own, 'someone-elses')).toEqual({ id: 'a' });
    expect(chooseOrganisation([], 'a')).toBeUndefined();
  });
});

describe('showcase links', () => {
  it('keeps search words and filters in the query string', () => {
    expect(catalogueQueryString({ q: 'ha noi', category: 'urban-data', maturity: undefined, country: 'VN' })).toBe(
      '?q=ha+noi&category=urban-data&country=VN',
    );
    expect(catalogueQueryString({ q: '', category: undefined, maturity: undefined, country: undefined })).toBe('');
  });

  it('lists the sessions sharing a topic with a product', () => {
    const sessions = [
      { slug: 'a', tags: ['ai'] },
      { slug: 'b', tags: ['energy'] },
      { slug: 'c', tags: ['energy', 'ai'] },
    ];
    expect(sessionsOnTopics(sessions, ['ai']).map((s) => s.slug)).toEqual(['a', 'c']);
    expect(sessionsOnTopics(sessions, [])).toEqual([]);
  });
});
