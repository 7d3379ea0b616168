/**
 * The one template filler every renderer uses: `{key}` placeholders replaced from a record;
 * a placeholder without a value is left as written (so a missing message value shows).
 *
 * @internal
 * @module
 */

/**
 * Replaces `{key}` (letters, digits, `_`, `:`, `.`, `-`) with `values[key]`: own keys only, so a
 * placeholder named like an `Object.prototype` member (`{constructor}`, in a local standard's
 * message) stays as written.
 */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([\w:.-]+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? values[key] : undefined) ?? whole);
}
