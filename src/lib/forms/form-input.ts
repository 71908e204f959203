// Action inputs for posted forms: the form is read as the page's form reader says (an unticked
// box is absent, an empty field is ''), then checked by the strict schema. Astro's own form
// coercion turns an empty field into null and a ticked `z.literal(true)` into "on", which the
// shared schemas would misreport; reading the FormData ourselves keeps one meaning for both.
import { z } from 'zod';

/** A form action's input: `read` the FormData into the schema's shape, then check it with `schema`. */
export function formInput<T extends z.ZodTypeAny>(read: (form: FormData) => unknown, schema: T) {
  return z.instanceof(FormData).transform(read).pipe(schema);
}

/** The named text fields of a form ('' for a missing field or a file), as a plain object. */
export function textFieldsOf<K extends string>(form: FormData, names: readonly K[]): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of names) {
    const value = form.get(name);
    out[name] = typeof value === 'string' ? value : '';
  }
  return out;
}

/**
 * The form a failed post carried, to show what was typed again (empty when the body cannot be
 * read). Read from a copy: the form action and Astro's React renderer each read their own.
 */
export async function postedForm(request: Request): Promise<FormData> {
  try {
    return await request.clone().formData();
  } catch {
    return new FormData();
  }
}

/** The named text fields of a failed post (see postedForm). */
export async function postedText<K extends string>(request: Request, names: readonly K[]): Promise<Record<K, string>> {
  return textFieldsOf(await postedForm(request), names);
}
