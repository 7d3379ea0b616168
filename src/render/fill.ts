/**
 * The one template filler every renderer uses: `{key}` placeholders replaced from a record;
 * a placeholder without a value is left as written (so a missing message value shows).
 *
 * @internal
 * @module
 */

/** Replaces `{key}` (letters, digits, `_`, `:`, `.`, `-`) with `values[key]`. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([\w:.-]+)\}/g, (whole, key: string) => values[key] ?? whole);
}
