// The ProductRevision life cycle (src/lib/exhibitors/revisions.ts) and the organiser's diff (diff.ts).
import { describe, expect, it } from 'vitest';
import { assertEditable, editAction, nextStatus, transition, type RevisionStatus } from '~/lib/exhibitors/revisions';
import { diffRevisions } from '~/lib/exhibitors/diff';
import { ExhibitorError } from '~/lib/exhibitors/errors';
import { slugify, uniqueSlug } from '~/lib/exhibitors/slug';
import type { ProductInput } from '~/lib/exhibitors/product-input';

describe('revision transitions', () => {
  it('moves draft → submitted → approved', () => {
    expect(transition('draft', 'submit')).toBe('submitted');
    expect(transition('submitted', 'approve')).toBe('approved');
  });
  it('moves submitted → rejected', () => {
    expect(transition('submitted', 'reject')).toBe('rejected');
  });
  it('lets a draft or a submission be withdrawn, never a decided revision', () => {
    expect(nextStatus('draft', 'withdraw')).toBe('withdrawn');
    expect(nextStatus('submitted', 'withdraw')).toBe('withdrawn');
    expect(nextStatus('approved', 'withdraw')).toBeUndefined();
  });
  it.each<[RevisionStatus, 'submit' | 'approve' | 'reject']>([
    ['draft', 'approve'],
    ['draft', 'reject'],
    ['approved', 'approve'],
    ['approved', 'submit'],
    ['rejected', 'approve'],
    ['rejected', 'submit'],
    ['withdrawn', 'submit'],
  ])('refuses %s --%s--> with invalid-transition', (from, event) => {
    expect(() => transition(from, event)).toThrow(ExhibitorError);
    try {
      transition(from, event);
    } catch (e) {
      expect((e as ExhibitorError).code).toBe('invalid-transition');
      expect((e as ExhibitorError).status).toBe(409);
    }
  });
});

describe('editing', () => {
  it('changes a draft in place', () => {
    expect(editAction('draft')).toBe('update-draft');
  });
  it('starts a new draft after approval, so the approved revision stays public', () => {
    expect(editAction('approved')).toBe('new-draft');
    expect(editAction('rejected')).toBe('new-draft');
    expect(editAction(undefined)).toBe('new-draft');
  });
  it('refuses to edit a revision under review', () => {
    expect(() => assertEditable('submitted')).toThrow('in-review');
  });
});

const base: ProductInput = {
  name: { vi: 'Bản đồ', en: 'Map' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  category: 'urban-data',
  maturity: 'pilot',
  tags: ['ai', 'open-data'],
  description: { vi: 'Mô tả', en: '' },
  deployedIn: [],
  website: 'https://example.vn',
  demo: '',
  images: [{ imageId: 'a'.repeat(26), alt: { vi: 'Ảnh', en: 'Picture' } }],
  contactEmail: 'a@example.vn',
};

describe('the field-by-field diff', () => {
  it('is empty for identical revisions, and ignores tag order', () => {
    expect(diffRevisions(base, { ...base, tags: ['open-data', 'ai'] })).toEqual([]);
  });
  it('names each changed field with its old and new value', () => {
    const after = {
      ...base,
      maturity: 'deployed' as const,
      name: { ...base.name, en: 'City map' },
      demo: 'https://demo.example',
    };
    expect(diffRevisions(base, after)).toEqual([
      { field: 'name.en', before: 'Map', after: 'City map' },
      { field: 'maturity', before: 'pilot', after: 'deployed' },
      { field: 'demo', before: undefined, after: 'https://demo.example' },
    ]);
  });
  it('reports removed fields and removed images', () => {
    expect(diffRevisions(base, { ...base, images: [], website: '' })).toEqual([
      { field: 'website', before: 'https://example.vn', after: undefined },
      { field: 'images.0.imageId', before: 'a'.repeat(26), after: undefined },
      { field: 'images.0.alt.vi', before: 'Ảnh', after: undefined },
      { field: 'images.0.alt.en', before: 'Picture', after: undefined },
    ]);
  });
  it('shows every filled field as new for a first revision', () => {
    expect(diffRevisions(undefined, base).map((c) => c.field)).toContain('contactEmail');
    expect(diffRevisions(undefined, base).every((c) => c.before === undefined)).toBe(true);
  });
});

describe('product slugs', () => {
  it('folds Vietnamese and punctuation', () => {
    expect(slugify('Đô thị số – Hà Nội!')).toBe('do-thi-so-ha-noi');
  });
  it('adds a number when the slug is taken', () => {
    const taken = new Set(['map', 'map-2']);
    expect(uniqueSlug('Map', (s) => taken.has(s))).toBe('map-3');
  });
});
