// Field refusals a handler finds after the schema passed (an unknown topic, a password rule
// checked only once the link is known to be alive), thrown as Astro's input error so they reach
// the form page and the islands exactly like schema failures: 400, `issues` with message codes.
import { ActionInputError } from 'astro:actions';
import type { z } from 'zod';

/** An input error for one field with a message code (worded later by ~/lib/forms/field-errors). */
export function fieldRefusal(field: string, code: string): ActionInputError<Record<string, unknown>> {
  return new ActionInputError([{ code: 'custom', path: [field], message: code }]);
}

/** An input error carrying a schema's own issues (e.g. a rule parsed inside the handler). */
export function inputRefusal(issues: z.ZodIssue[]): ActionInputError<Record<string, unknown>> {
  return new ActionInputError(issues);
}
