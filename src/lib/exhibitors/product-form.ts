// The product form as browsers post it (flat fields, repeated names for lists) and its mapping to
// the library's product input, which does the real validation (caps, vocabulary, links).
import { z } from 'zod';
import type { ProductInput } from './product-input';

// Outer bounds only, so a huge post fails fast; the product schema holds the real caps and messages.
const text = (max: number) => z.string().max(max).optional();
const list = (max: number) => z.array(z.string().max(max)).max(20).default([]);

/** The product form's fields (Astro reads repeated names into the arrays). */
export const productFormFields = {
  nameVi: text(1000),
  nameEn: text(1000),
  summaryVi: text(2000),
  summaryEn: text(2000),
  category: text(64),
  maturity: text(64),
  tags: list(64),
  descriptionVi: text(20_000),
  descriptionEn: text(20_000),
  deployedInVi: text(2000),
  deployedInEn: text(2000),
  website: text(1000),
  demo: text(1000),
  contactEmail: text(400),
  imageId: list(64),
  altVi: list(400),
  altEn: list(400),
};

/** What a posted product form holds. */
export type ProductForm = z.output<z.ZodObject<typeof productFormFields>>;

const lines = (s: string | undefined) =>
  (s ?? '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** The library's product input for a posted form (unvalidated: the product schema checks it). */
export function productInputFromForm(f: ProductForm): unknown {
  const vi = lines(f.deployedInVi);
  const en = lines(f.deployedInEn);
  return {
    name: { vi: f.nameVi ?? '', en: f.nameEn ?? '' },
    summary: { vi: f.summaryVi ?? '', en: f.summaryEn ?? '' },
    category: f.category ?? '',
    maturity: f.maturity ?? '',
    tags: f.tags,
    description: { vi: f.descriptionVi ?? '', en: f.descriptionEn ?? '' },
    deployedIn: Array.from({ length: Math.max(vi.length, en.length) }, (_, i) => ({
      vi: vi[i] ?? '',
      en: en[i] ?? '',
    })),
    website: f.website ?? '',
    demo: f.demo ?? '',
    images: f.imageId.map((imageId, i) => ({ imageId, alt: { vi: f.altVi[i] ?? '', en: f.altEn[i] ?? '' } })),
    contactEmail: f.contactEmail ?? '',
  };
}

/** The form's values for a stored revision (to fill the edit page). */
export function formFromProductInput(d: ProductInput): ProductForm {
  return {
    nameVi: d.name.vi,
    nameEn: d.name.en,
    summaryVi: d.summary.vi,
    summaryEn: d.summary.en,
    category: d.category,
    maturity: d.maturity,
    tags: d.tags,
    descriptionVi: d.description.vi,
    descriptionEn: d.description.en,
    deployedInVi: d.deployedIn.map((x) => x.vi).join('\n'),
    deployedInEn: d.deployedIn.map((x) => x.en).join('\n'),
    website: d.website,
    demo: d.demo,
    contactEmail: d.contactEmail,
    imageId: d.images.map((i) => i.imageId),
    altVi: d.images.map((i) => i.alt.vi),
    altEn: d.images.map((i) => i.alt.en),
  };
}
