// Message templates for islands: props must be plain data, so a message that takes values
// travels as a string with {name} placeholders and is filled in the browser.

/** Replaces each `{name}` in the template with its value; unknown names stay as written. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
