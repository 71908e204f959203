// An approved exhibitor product (its approved ProductRevision) in the catalogue's shape, and the
// search text stored with it, so the database and the in-memory catalogue find it the same way.
import type { ProductInput } from '~/lib/exhibitors/product-input';
import type { Localized } from '~/lib/i18n/locales';
import type { CatalogueImage, CatalogueProduct } from './catalogue';
import { searchText } from './search';

/** The organisation fields the catalogue shows. */
export interface ListedOrganisation {
  id: string;
  nameVi: string;
  nameEn: string;
  country: string;
  booth: string;
}

type Variants = Extract<CatalogueImage<never>, { kind: 'upload' }>['variants'];

/** The folded search text of a revision (stored in exhibitor_products.search_text on approval). */
export function listedSearchText(
  data: ProductInput,
  org: ListedOrganisation,
  tagLabel: (id: string) => Localized,
): string {
  return searchText({
    name: data.name,
    summary: data.summary,
    description: data.description,
    tags: data.tags.map(tagLabel),
    exhibitor: { vi: org.nameVi, en: org.nameEn },
    deployedIn: data.deployedIn,
  });
}

/** An approved exhibitor product as a catalogue entry; `variants` gives each image id's files. */
export function listedProduct(
  p: { id?: string; slug: string; data: ProductInput; searchText: string },
  org: ListedOrganisation,
  variants: (imageId: string) => Variants | undefined,
): CatalogueProduct<never> {
  const d = p.data;
  const links = [
    ...(d.website ? [{ label: 'Website', url: d.website }] : []),
    ...(d.demo ? [{ label: 'Demo', url: d.demo }] : []),
  ];
  const images: CatalogueImage<never>[] = d.images.flatMap((img) => {
    const files = variants(img.imageId);
    return files ? [{ kind: 'upload' as const, variants: files, alt: img.alt }] : [];
  });
  return {
    slug: p.slug,
    source: 'exhibitor',
    ...(p.id ? { productId: p.id } : {}),
    name: d.name,
    summary: d.summary,
    description: { vi: d.description.vi || undefined, en: d.description.en || undefined },
    category: d.category,
    maturity: d.maturity,
    deployedIn: d.deployedIn.map((x) => ({ vi: x.vi || undefined, en: x.en || undefined })),
    tags: d.tags,
    links,
    exhibitor: {
      id: org.id,
      name: { vi: org.nameVi, en: org.nameEn },
      country: org.country,
      booth: org.booth,
      sample: false,
    },
    images,
    contactable: true,
    searchText: p.searchText,
  };
}
