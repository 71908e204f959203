// An approved exhibitor product as a ready content/products/<slug>/ folder: product.yaml written
// line by line in the curated files' style, vi.md/en.md for the description, image.jpg.
// Strings are JSON-quoted: a JSON string is a valid YAML double-quoted scalar.
import type { ProductInput } from './product-input';

/** A file of the exported folder, relative to the repository root. */
export interface ExportedFile {
  path: string;
  content: string | Buffer;
}

const q = (s: string) => JSON.stringify(s);
const localized = (l: { vi: string; en: string }) =>
  `{ ${[l.vi ? `vi: ${q(l.vi)}` : '', l.en ? `en: ${q(l.en)}` : ''].filter(Boolean).join(', ')} }`;

/** The product.yaml text of a revision, for `exhibitorId` (a content/exhibitors id). */
export function productYaml(data: ProductInput, exhibitorId: string, hasImage: boolean): string {
  const lines = [
    `name: ${localized(data.name)}`,
    `exhibitor: ${q(exhibitorId)}`,
    `category: ${q(data.category)}`,
    `maturity: ${q(data.maturity)}`,
    ...(data.deployedIn.length
      ? ['deployedIn:', ...data.deployedIn.map((d) => `  - ${localized(d)}`)]
      : ['deployedIn: []']),
    `summary: ${localized(data.summary)}`,
    ...(hasImage && data.images[0] ? ['image: "./image.jpg"', `imageAlt: ${localized(data.images[0].alt)}`] : []),
  ];
  const links = [
    ...(data.website ? [{ label: 'Website', url: data.website }] : []),
    ...(data.demo ? [{ label: 'Demo', url: data.demo }] : []),
  ];
  if (links.length) lines.push('links:', ...links.map((l) => `  - { label: ${q(l.label)}, url: ${q(l.url)} }`));
  lines.push(`tags: [${data.tags.map(q).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** exhibitor.yaml for an organisation created in the portal (content has no entry for it yet). */
export function exhibitorYaml(org: {
  nameEn: string;
  nameVi: string;
  country: string;
  booth: string;
  website: string;
  descriptionVi: string;
  descriptionEn: string;
}): string {
  const description = { vi: org.descriptionVi || org.nameVi, en: org.descriptionEn || org.nameEn };
  return (
    [
      `name: ${q(org.nameEn)}`,
      `country: ${q(org.country)}`,
      // The content schema requires a booth; "TBA" until organisers assign one.
      `booth: ${q(org.booth || 'TBA')}`,
      ...(org.website ? [`website: ${q(org.website)}`] : []),
      `description: ${localized(description)}`,
    ].join('\n') + '\n'
  );
}

/** The files of the exported folder (and of its exhibitor when content does not have it). */
export function productFolderFiles(input: {
  slug: string;
  data: ProductInput;
  exhibitorId: string;
  exhibitorYaml?: string | undefined;
  imageJpeg?: Buffer | undefined;
}): ExportedFile[] {
  const dir = `content/products/${input.slug}`;
  const files: ExportedFile[] = [
    { path: `${dir}/product.yaml`, content: productYaml(input.data, input.exhibitorId, !!input.imageJpeg) },
  ];
  if (input.data.description.vi) files.push({ path: `${dir}/vi.md`, content: `${input.data.description.vi.trim()}\n` });
  if (input.data.description.en) files.push({ path: `${dir}/en.md`, content: `${input.data.description.en.trim()}\n` });
  if (input.imageJpeg) files.push({ path: `${dir}/image.jpg`, content: input.imageJpeg });
  if (input.exhibitorYaml)
    files.push({ path: `content/exhibitors/${input.exhibitorId}/exhibitor.yaml`, content: input.exhibitorYaml });
  return files;
}
