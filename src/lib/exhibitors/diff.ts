// The field-by-field difference between two versions of a product, for the organiser reviewing
// an edit: each changed field by its dotted path with the old and new value as text.
import type { ProductInput } from './product-input';

/** One changed field: `before` is undefined for a field the older version did not have. */
export interface FieldChange {
  field: string;
  before: string | undefined;
  after: string | undefined;
}

// Tags are a set, so they compare as one sorted list; other arrays compare item by item.
function flatten(value: unknown, path: string, out: Map<string, string>): void {
  if (path === 'tags' && Array.isArray(value)) {
    out.set(path, [...(value as string[])].sort().join(', '));
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => flatten(v, `${path}.${i}`, out));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    if (value !== '') out.set(path, String(value));
  }
}

/** The fields that differ between `before` (the approved version, if any) and `after`, in `after`'s order. */
export function diffRevisions(before: ProductInput | undefined, after: ProductInput): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (before) flatten(before, '', a);
  flatten(after, '', b);
  const fields = [...b.keys(), ...[...a.keys()].filter((k) => !b.has(k))];
  return fields
    .filter((f) => a.get(f) !== b.get(f))
    .map((field) => ({ field, before: a.get(field), after: b.get(field) }));
}
