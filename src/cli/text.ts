/**
 * Text the command line prints for people (stderr reports, summaries, explanations): control
 * characters from the data are escaped, so that an id such as `"\x1b]0;…\x07"` cannot drive
 * the terminal (escape-sequence injection) or hide text (bidirectional overrides).
 *
 * @module
 */

// C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embedding,
// override and isolate controls (the "Trojan Source" characters) and the line/paragraph separators.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x1b) return '\\e';
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with control characters escaped (`\e`, `\r`, `\u0007`…); line feeds and tabs are kept. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** {@link printable}, with line feeds escaped too: the text stays on one line. */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_LINE, escapeChar);
}

/** A count with thousands separators: `1,234,567`. */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}

/** A count as people read it in a locale: `1,234,567` (en), `1.234.567` (vi). */
export function countIn(locale: 'vi' | 'en', n: number): string {
  return locale === 'vi' ? n.toLocaleString('en-US').replace(/,/g, '.') : countText(n);
}

/** `1 row`, `2 rows`. */
export function rowsText(n: number): string {
  return `${countText(n)} row${n === 1 ? '' : 's'}`;
}

/** The text cut to `max` characters, with `…` when cut. */
export function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
