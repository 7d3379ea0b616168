/**
 * A small streaming XML reader for the parts of a workbook (SpreadsheetML): tags, attributes
 * and text, fed in chunks; plus escaping for the writer. It does not validate: it reads what
 * spreadsheet programs write. Namespace prefixes are dropped from tag names (`x:row` is `row`).
 *
 * @internal
 * @module
 */

/** Handlers of {@link XmlReader}. */
export interface XmlHandlers {
  /** An opening (or self-closing) tag: local name, the raw attribute text, whether it closes itself. */
  open(name: string, attributes: string, selfClosing: boolean): void;
  /** A closing tag (also called after `open` for a self-closing tag). */
  close(name: string): void;
  /** Text between tags (entities decoded), only while `wantText()` is true. */
  text(text: string): void;
  /** Whether text is wanted now (skipping text is what makes reading fast). */
  wantText(): boolean;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g;
const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities of a text. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#x')) return safeCodePoint(Number.parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeCodePoint(Number.parseInt(name.slice(1), 10), whole);
    return NAMED[name] ?? whole;
  });
}

function safeCodePoint(code: number, whole: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** Reads one attribute from the raw attribute text (`name` matches with or without a prefix). */
export function attribute(attributes: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const at = attributes.indexOf(name, from);
    if (at === -1) return undefined;
    const before = at === 0 ? ' ' : attributes[at - 1]!;
    let after = at + name.length;
    while (attributes[after] === ' ') after++;
    if ((before === ' ' || before === ':' || before === '\t' || before === '\n' || before === '\r') && attributes[after] === '=') {
      let q = after + 1;
      while (attributes[q] === ' ') q++;
      const quote = attributes[q];
      if (quote === '"' || quote === "'") {
        const end = attributes.indexOf(quote, q + 1);
        if (end !== -1) return decodeEntities(attributes.slice(q + 1, end));
      }
      return undefined;
    }
    from = at + name.length;
  }
}

/** A streaming XML reader: `write` text chunks, then `end`. */
export class XmlReader {
  private buffer = '';
  private readonly handlers: XmlHandlers;

  constructor(handlers: XmlHandlers) {
    this.handlers = handlers;
  }

  /** Reads what it can of the next chunk. */
  write(chunk: string): void {
    const text = this.buffer === '' ? chunk : this.buffer + chunk;
    const handlers = this.handlers;
    const length = text.length;
    let pos = 0;
    while (pos < length) {
      const lt = text.indexOf('<', pos);
      if (lt === -1) {
        // Text up to the end: keep it for the next chunk (it may continue).
        break;
      }
      if (lt > pos && handlers.wantText()) handlers.text(decodeEntities(text.slice(pos, lt)));
      pos = lt;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next)) break;
      if (next === 33 /* ! */) {
        if (text.startsWith('<![CDATA[', lt)) {
          const end = text.indexOf(']]>', lt + 9);
          if (end === -1) break;
          if (handlers.wantText()) handlers.text(text.slice(lt + 9, end));
          pos = end + 3;
          continue;
        }
        if (text.startsWith('<!--', lt)) {
          const end = text.indexOf('-->', lt + 4);
          if (end === -1) break;
          pos = end + 3;
          continue;
        }
        const end = text.indexOf('>', lt);
        if (end === -1) break;
        pos = end + 1;
        continue;
      }
      if (next === 63 /* ? */) {
        const end = text.indexOf('?>', lt);
        if (end === -1) break;
        pos = end + 2;
        continue;
      }
      // A tag: find its end, skipping `>` inside quoted attribute values.
      let end = lt + 1;
      let quote = 0;
      for (; end < length; end++) {
        const c = text.charCodeAt(end);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) break;
      }
      if (end >= length) break;
      if (next === 47 /* / */) {
        handlers.close(localName(text.slice(lt + 2, end).trim()));
      } else {
        const selfClosing = text.charCodeAt(end - 1) === 47;
        const inner = text.slice(lt + 1, selfClosing ? end - 1 : end);
        let split = 0;
        while (split < inner.length) {
          const c = inner.charCodeAt(split);
          if (c === 32 || c === 9 || c === 10 || c === 13) break;
          split++;
        }
        const name = localName(inner.slice(0, split));
        handlers.open(name, inner.slice(split), selfClosing);
        if (selfClosing) handlers.close(name);
      }
      pos = end + 1;
    }
    this.buffer = text.slice(pos);
  }

  /** The end of the document: text left after the last tag is dropped (it is only whitespace in a valid part). */
  end(): void {
    this.buffer = '';
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** Escapes text for an XML element or attribute value; drops characters XML 1.0 cannot hold. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(text)
    ? text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    : text;
  if (!/[&<>"]/.test(clean)) return clean;
  return clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
