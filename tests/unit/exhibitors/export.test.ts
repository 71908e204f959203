// Exporting an exhibitor product as content (src/lib/exhibitors/export.ts): the product.yaml it
// writes is byte for byte what organisers wrote for every curated product with the same fields.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { exhibitorYaml, productFolderFiles, productYaml } from '~/lib/exhibitors/export';
import type { ProductInput } from '~/lib/exhibitors/product-input';
import { repoRoot } from '../../support/paths';

const productsDir = join(repoRoot, 'content', 'products');
type Text = { vi: string; en: string };

/** A curated product's YAML read back as the fields an exhibitor would have entered. */
function asInput(yamlText: string): { input: ProductInput; exhibitor: string; hasImage: boolean } {
  const p = parse(yamlText) as {
    name: Text;
    summary: Text;
    exhibitor: string;
    category: ProductInput['category'];
    maturity: ProductInput['maturity'];
    deployedIn?: Text[];
    image?: string;
    imageAlt?: Text;
    links?: { label: string; url: string }[];
    tags?: string[];
  };
  return {
    exhibitor: p.exhibitor,
    hasImage: p.image !== undefined,
    input: {
      name: p.name,
      summary: p.summary,
      category: p.category,
      maturity: p.maturity,
      tags: p.tags ?? [],
      description: { vi: 'x', en: 'x' },
      deployedIn: p.deployedIn ?? [],
      website: p.links?.find((l) => l.label === 'Website')?.url ?? '',
      demo: '',
      images: p.imageAlt ? [{ imageId: 'a'.repeat(26), alt: p.imageAlt }] : [],
      contactEmail: 'a@example.test',
    },
  };
}

describe('product.yaml', () => {
  const slugs = readdirSync(productsDir);
  it.each(slugs)('reproduces content/products/%s/product.yaml exactly', (slug) => {
    const original = readFileSync(join(productsDir, slug, 'product.yaml'), 'utf8');
    const { input, exhibitor, hasImage } = asInput(original);
    expect(productYaml(input, exhibitor, hasImage)).toBe(original);
  });
  it('quotes what YAML would misread: quotes, colons, hashes, backslashes', () => {
    const tricky = 'He said: "yes" # not a comment \\ ok';
    const { input } = asInput(readFileSync(join(productsDir, slugs[0]!, 'product.yaml'), 'utf8'));
    const text = productYaml({ ...input, name: { vi: tricky, en: 'x' } }, 'e', false);
    expect((parse(text) as { name: Text }).name.vi).toBe(tricky);
  });
  it('leaves out a missing language and the image lines without an image', () => {
    const { input } = asInput(readFileSync(join(productsDir, slugs[0]!, 'product.yaml'), 'utf8'));
    const files = productFolderFiles({
      slug: 's',
      data: { ...input, description: { vi: '', en: 'Only English' } },
      exhibitorId: 'e',
    });
    expect(files.map((f) => f.path)).toEqual(['content/products/s/product.yaml', 'content/products/s/en.md']);
    expect(String(files[0]!.content)).not.toContain('image');
  });
});

describe('exhibitor.yaml for a portal organisation', () => {
  it('has the fields the content model requires, with a placeholder booth', () => {
    const text = exhibitorYaml({
      nameEn: 'Alpha',
      nameVi: 'Anpha',
      country: 'VN',
      booth: '',
      website: '',
      descriptionVi: '',
      descriptionEn: 'Maps',
    });
    expect(parse(text)).toEqual({
      name: 'Alpha',
      country: 'VN',
      booth: 'TBA',
      description: { vi: 'Anpha', en: 'Maps' },
    });
  });
});
