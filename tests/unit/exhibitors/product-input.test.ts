// What an exhibitor may submit about a product (src/lib/exhibitors/product-input.ts, text-fields.ts):
// strict allow-list, caps, http(s) links only, no control or bidi characters, the product limit.
import { describe, expect, it } from 'vitest';
import { canAddProduct, productInputSchema } from '~/lib/exhibitors/product-input';
import { fieldErrors } from '~/lib/exhibitors/errors';

const schema = productInputSchema(['ai', 'mobility', 'open-data']);
const valid = () => ({
  name: { vi: 'Bản đồ số', en: 'Digital map' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  category: 'urban-data',
  maturity: 'pilot',
  tags: ['ai'],
  description: { vi: '', en: 'Some **Markdown**.\n\nSecond paragraph.' },
  website: 'https://example.vn',
  images: [{ imageId: 'a'.repeat(26), alt: { vi: 'Ảnh', en: 'Picture' } }],
  contactEmail: 'Sales@Example.VN',
});
const errorsOf = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
};

describe('a valid product', () => {
  it('parses, lower-cases the contact and defaults the optional fields', () => {
    const p = schema.parse(valid());
    expect(p.contactEmail).toBe('sales@example.vn');
    expect(p.demo).toBe('');
    expect(p.deployedIn).toEqual([]);
  });
  it('may leave out one language of the description, not both', () => {
    expect(errorsOf({ ...valid(), description: { vi: 'Mô tả' } })).toEqual({});
    expect(errorsOf({ ...valid(), description: { vi: '', en: '' } })).toEqual({ description: 'required' });
  });
});

describe('refusing what an exhibitor may not set', () => {
  it('refuses extra fields such as a status or another organisation id', () => {
    expect(errorsOf({ ...valid(), status: 'approved' })).toEqual({ form: 'unknownField' });
    expect(errorsOf({ ...valid(), organisationId: 'other' })).toEqual({ form: 'unknownField' });
    expect(errorsOf({ ...valid(), name: { vi: 'a', en: 'b', fr: 'c' } })).toEqual({ name: 'unknownField' });
  });
  it('refuses a category or maturity outside the curated taxonomy', () => {
    expect(errorsOf({ ...valid(), category: 'gaming' })).toEqual({ category: 'choice' });
    expect(errorsOf({ ...valid(), maturity: 'mature' })).toEqual({ maturity: 'choice' });
  });
  it('refuses unknown tags', () => {
    expect(errorsOf({ ...valid(), tags: ['ai', 'crypto'] })).toEqual({ tags: 'tags' });
  });
  it.each(['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'ftp://example.vn', '//example.vn', 'example.vn'])(
    'refuses the link %s',
    (url) => {
      expect(errorsOf({ ...valid(), website: url })).toEqual({ website: 'url' });
      expect(errorsOf({ ...valid(), demo: url })).toEqual({ demo: 'url' });
    },
  );
  it('refuses names over 120 characters and more than 5 images', () => {
    expect(errorsOf({ ...valid(), name: { vi: 'x'.repeat(121), en: 'ok' } })).toEqual({ 'name.vi': 'tooLong' });
    const images = Array.from({ length: 6 }, (_, i) => ({
      imageId: String.fromCharCode(97 + i).repeat(26),
      alt: { vi: 'a', en: 'b' },
    }));
    expect(errorsOf({ ...valid(), images })).toEqual({ images: 'tooMany' });
  });
  it('requires alt text in both languages for each image', () => {
    expect(errorsOf({ ...valid(), images: [{ imageId: 'a'.repeat(26), alt: { vi: 'Ảnh', en: '' } }] })).toEqual({
      'images.0.alt.en': 'required',
    });
  });
  // Control characters are `invalidText`; invisible direction and separator marks are caught by
  // registration's shared field first, as `invisibleText` (both are refusals with a message).
  it.each([
    // Control characters are invalid text; characters that reorder or break the line are invisible text.
    ['a control character', 'Map\u0007', 'invalidText'],
    ['a right-to-left override', 'Map\u202Egnp.exe', 'invisibleText'],
    ['a bidi isolate', 'Map\u2066x\u2069', 'invisibleText'],
    ['a right-to-left mark', 'Map\u200F', 'invisibleText'],
    ['an Arabic letter mark', 'Map\u061C', 'invisibleText'],
    ['a line separator', 'Map\u2028two', 'invisibleText'],
    ['a paragraph separator', 'Map\u2029two', 'invisibleText'],
    ['a newline', 'Map\ntwo', 'invalidText'],
  ])('refuses %s in a single-line field', (_what, name, code) => {
    expect(errorsOf({ ...valid(), name: { vi: name, en: 'ok' } })).toEqual({ 'name.vi': code });
  });
  it('allows line breaks but not bidi controls in the Markdown description', () => {
    expect(errorsOf({ ...valid(), description: { en: 'a\n\nb' } })).toEqual({});
    expect(errorsOf({ ...valid(), description: { en: 'a\u202Eb' } })).toEqual({ 'description.en': 'invisibleText' });
  });
  it('normalises decomposed Vietnamese to NFC', () => {
    expect(schema.parse({ ...valid(), name: { vi: 'Hà Nội'.normalize('NFD'), en: 'x' } }).name.vi).toBe(
      'Hà Nội'.normalize('NFC'),
    );
  });
});

describe('the per-organisation product limit', () => {
  it('lets the fifth product in and refuses the sixth', () => {
    expect(canAddProduct(4, 5)).toBe(true);
    expect(canAddProduct(5, 5)).toBe(false);
  });
});
