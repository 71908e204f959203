// What an exhibitor may say about a product: the strict allow-list schema of a ProductRevision's
// fields (same vocabulary as content/products), its length caps, and the per-organisation limit.
import { z } from 'zod';
import { PRODUCT_CATEGORIES, MATURITIES } from '~/lib/content/vocabulary';
import { emailField, lineField, linkField, proseField } from './text-fields';

/** Length caps, in characters (or items), of every product field. */
export const PRODUCT_LIMITS = {
  name: 120,
  summary: 300,
  description: 8000,
  tags: 8,
  deployedIn: 5,
  deployedInText: 160,
  images: 5,
  alt: 200,
  link: 500,
} as const;

/** An uploaded image's id (product_images.id: 26 base32 characters). */
export const IMAGE_ID_PATTERN = /^[a-z2-7]{26}$/;

const both = (max: number) =>
  z.object({ vi: lineField(max, { required: true }), en: lineField(max, { required: true }) }).strict();

/** The product fields; `tagIds` are the content tags an exhibitor may choose from. */
export function productInputSchema(tagIds: readonly string[]) {
  const allowedTags = new Set(tagIds);
  return z
    .object({
      name: both(PRODUCT_LIMITS.name),
      summary: both(PRODUCT_LIMITS.summary),
      category: z.enum(PRODUCT_CATEGORIES, { errorMap: () => ({ message: 'choice' }) }),
      maturity: z.enum(MATURITIES, { errorMap: () => ({ message: 'choice' }) }),
      tags: z
        .array(z.string().max(64), { errorMap: () => ({ message: 'tags' }) })
        .max(PRODUCT_LIMITS.tags, 'tags')
        .refine((ts) => ts.every((t) => allowedTags.has(t)), 'tags')
        .transform((ts) => [...new Set(ts)])
        .default([]),
      // One language may be missing: the page shows the other with the fallback note, as content does.
      description: z
        .object({
          vi: proseField(PRODUCT_LIMITS.description).default(''),
          en: proseField(PRODUCT_LIMITS.description).default(''),
        })
        .strict()
        .refine((d) => d.vi !== '' || d.en !== '', 'required'),
      deployedIn: z
        .array(
          z
            .object({ vi: lineField(PRODUCT_LIMITS.deployedInText), en: lineField(PRODUCT_LIMITS.deployedInText) })
            .strict()
            .refine((d) => d.vi !== '' || d.en !== '', 'required'),
        )
        .max(PRODUCT_LIMITS.deployedIn, 'tooMany')
        .default([]),
      website: linkField(PRODUCT_LIMITS.link).default(''),
      demo: linkField(PRODUCT_LIMITS.link).default(''),
      images: z
        .array(
          z
            .object({
              imageId: z.string().regex(IMAGE_ID_PATTERN, 'image'),
              alt: both(PRODUCT_LIMITS.alt),
            })
            .strict(),
        )
        .max(PRODUCT_LIMITS.images, 'tooMany')
        .refine((imgs) => new Set(imgs.map((i) => i.imageId)).size === imgs.length, 'duplicate')
        .default([]),
      contactEmail: emailField,
    })
    .strict();
}

/** A validated product revision's fields. */
export type ProductInput = z.infer<ReturnType<typeof productInputSchema>>;

/** True when an organisation with `current` live (not withdrawn) products may add one more. */
export function canAddProduct(current: number, limit: number): boolean {
  return current < limit;
}
