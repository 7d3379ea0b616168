/**
 * Cell values as officers write them: "Nông thôn"/"Thành thị", ticks (`x`, `✓`, `có`/`không`,
 * `1`/`0`), `nam`/`nữ`, the Vietnamese names of member and dwelling facts, and numbers —
 * plain (`1500000`, `31.5`) by default, or Vietnamese (`1.500.000`, `31,5`) when asked, never
 * guessed.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { parseOrThrow } from '../input/validate.js';
import { Money } from '../money.js';
import type { Locale } from '../rules/types.js';
import { say } from './messages.js';
import type { CellValue } from './types.js';
import { normalizeKey } from './normalize.js';

/** How numbers written as text are read: `plain` (`1500000`, `31.5`) or `vi` (`1.500.000`, `31,5`). */
export type NumberFormat = 'plain' | 'vi';

/** A parse outcome: the value, or the message key (and values) saying why not. */
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly key: string; readonly values?: Readonly<Record<string, string>> };

const fail = <T>(key: string, values?: Record<string, string>): Parsed<T> => (values === undefined ? { ok: false, key } : { ok: false, key, values });

/** Whether a cell is blank (empty, or only spaces). */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '');
}

/** The cell as written, for messages. */
export function written(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim();
}

const AREA: Readonly<Record<string, 'rural' | 'urban'>> = {
  nongthon: 'rural',
  rural: 'rural',
  thanhthi: 'urban',
  dothi: 'urban',
  urban: 'urban',
};

/** Reads an area: "Nông thôn"/"Thành thị" (any case, with or without diacritics), `rural`/`urban`. */
export function parseArea(value: CellValue): Parsed<'rural' | 'urban'> {
  const area = AREA[normalizeKey(written(value))];
  return area === undefined ? fail('invalid_area') : { ok: true, value: area };
}

const TICK_SYMBOLS = new Set(['x', 'X', '✓', '✔', '☑', '☒', '✗', '✘']);
const YES = new Set(['x', 'co', '1', 'true', 'yes', 'c']);
const NO = new Set(['0', 'khong', 'false', 'no', 'k', 'ko']);

/** Reads a tick or yes/no answer: `true` (x, ✓, có, 1), `false` (0, không). */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (typeof value === 'number') return value === 1 ? { ok: true, value: true } : value === 0 ? { ok: true, value: false } : fail('invalid');
  const text = written(value);
  if (TICK_SYMBOLS.has(text)) return { ok: true, value: true };
  const key = normalizeKey(text);
  if (YES.has(key)) return { ok: true, value: true };
  if (NO.has(key)) return { ok: true, value: false };
  return fail('invalid');
}

const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const VI_NUMBER = /^(?:\d{1,3}(?:[. \u00a0\u202f]\d{3})+|\d+)(?:,\d+)?$/;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const EXPONENT = /^\d+(?:\.\d+)?[eE][+-]?\d+$/;

/**
 * Reads a non-negative number as a plain decimal string. Typed cells of a workbook are numbers
 * already; text is read by `format` (`plain` or `vi`), and a Vietnamese-looking number under
 * `plain` is refused with a hint to choose `vi`.
 */
export function parseDecimal(value: CellValue, format: NumberFormat): Parsed<string> {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 0) return fail('invalid_amount.plain');
    return { ok: true, value: new Money(value).toFixed() };
  }
  if (typeof value === 'boolean' || value === null) return fail(format === 'vi' ? 'invalid_amount.vi' : 'invalid_amount.plain');
  const text = value.trim();
  if (format === 'vi') {
    if (!VI_NUMBER.test(text) || text.length > 40) return fail('invalid_amount.vi');
    return { ok: true, value: new Money(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.')).toFixed() };
  }
  if (text.length <= 40 && PLAIN_NUMBER.test(text) && !DOT_GROUPED.test(text)) return { ok: true, value: new Money(text).toFixed() };
  if (text.length <= 40 && EXPONENT.test(text)) return { ok: true, value: new Money(text).toFixed() };
  if (text.length <= 40 && VI_NUMBER.test(text)) {
    return fail('invalid_amount.plain-vi', { plain: new Money(text.replace(/[. \u00a0\u202f]/g, '').replace(',', '.')).toFixed() });
  }
  return fail('invalid_amount.plain');
}

/** Options for {@link readNumber}. */
export interface ReadNumberOptions {
  /** `vi` (default: "1.500.000", "31,5", "1 500 000") or `plain` ("1500000", "31.5"). */
  format?: NumberFormat;
  /** The language of the message when the number cannot be read: `vi` (default) or `en`. */
  locale?: Locale;
}

/** What {@link readNumber} read: the exact decimal, or why not, in words. */
export type NumberReading =
  | {
      /** The number was read. */
      readonly ok: true;
      /** The number as an exact plain decimal string, e.g. `"1500000"`, `"31.5"`. */
      readonly value: string;
    }
  | {
      /** The number could not be read. */
      readonly ok: false;
      /** `invalid_amount`: not a number in the chosen format (nor a non-negative number at all). */
      readonly code: 'invalid_amount';
      /** What is wrong and how to write it, in the chosen locale. */
      readonly message: string;
      /** Under `plain`, a number written the Vietnamese way: its value, to suggest `vi` (or to show). */
      readonly plain?: string;
    };

let numberOptionsSchema: z.ZodType<ReadNumberOptions> | undefined;

/**
 * Reads a non-negative number as officers write it — "1.500.000", "1 500 000", "31,5" (the
 * Vietnamese way, `format: 'vi'`, the default) or "1500000", "31.5" (`format: 'plain'`) — into an
 * exact decimal string (no floating point). A number from a typed spreadsheet cell is taken as
 * it is. Nothing is guessed: under `plain`, "1.500.000" is refused with a hint to choose `vi`;
 * under `vi`, "1.5" (a dot not grouping three digits) is refused. The same rules read the money
 * and number cells of `classifySheets` (its `numberFormat` option).
 *
 * @param value - The text as written (or a typed cell's number).
 * @param options - `format` (`vi` default, or `plain`) and `locale` of the message (`vi` default, or `en`).
 * @returns `{ ok: true, value }` with the exact decimal, or `{ ok: false, code, message }`.
 * @throws `ValidationError` (from `chuan-ngheo`) for invalid options (e.g. an unknown format).
 * @example
 * ```ts
 * import { readNumber } from 'chuan-ngheo/sheets';
 * readNumber('1.500.000');                    // { ok: true, value: '1500000' }
 * readNumber('31,5');                         // { ok: true, value: '31.5' }
 * readNumber('1500000.5', { format: 'plain' }); // { ok: true, value: '1500000.5' }
 * const refused = readNumber('1.500.000', { format: 'plain', locale: 'en' });
 * refused.ok;                                 // false
 * if (!refused.ok) refused.plain;             // '1500000'
 * readNumber('một triệu').ok;                 // false
 * ```
 */
export function readNumber(value: string | number, options: ReadNumberOptions = {}): NumberReading {
  numberOptionsSchema ??= z.strictObject({ format: z.enum(['vi', 'plain']).optional(), locale: z.enum(['vi', 'en']).optional() });
  const parsed = parseOrThrow(numberOptionsSchema, options, { subject: 'options' });
  const format = parsed.format ?? 'vi';
  const locale = parsed.locale ?? 'vi';
  const cell: CellValue = typeof value === 'string' || typeof value === 'number' ? value : null;
  const read = parseDecimal(cell, format);
  if (read.ok) return { ok: true, value: read.value };
  const shown = cell === null ? '' : typeof cell === 'number' ? String(cell) : cell.trim().slice(0, 60);
  const message = say(locale, 'invalid_amount', { value: shown, how: say(locale, read.key, read.values) });
  const plain = read.values?.plain;
  return plain === undefined ? { ok: false, code: 'invalid_amount', message } : { ok: false, code: 'invalid_amount', message, plain };
}

/** Reads a whole number within `[min, max]` (numbers written as `4` or `4.0` in a workbook). */
export function parseInteger(value: CellValue, min: number, max: number): Parsed<number> {
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value)) number = Number(value);
  else return fail('invalid');
  if (!Number.isInteger(number) || number < min || number > max) return fail('invalid');
  return { ok: true, value: number };
}

/** A closed vocabulary: written forms (normalised) → value. */
export type Vocabulary = ReadonlyMap<string, string>;

function vocabulary(entries: Readonly<Record<string, readonly string[]>>): Vocabulary {
  const map = new Map<string, string>();
  for (const [value, forms] of Object.entries(entries)) {
    map.set(normalizeKey(value), value);
    for (const form of forms) map.set(normalizeKey(form), value);
  }
  return map;
}

/** The Vietnamese words for the member and dwelling facts that are choices. */
export const VOCABULARIES: Readonly<Record<string, { readonly words: Vocabulary; readonly shown: readonly string[] }>> = {
  sex: { words: vocabulary({ male: ['nam'], female: ['nữ'] }), shown: ['nam', 'nữ'] },
  employment: {
    words: vocabulary({
      'wage-worker': ['làm công ăn lương', 'làm công', 'làm thuê', 'làm công hưởng lương'],
      'self-employed': ['tự làm', 'tự kinh doanh', 'tự sản xuất kinh doanh', 'tự làm, kinh doanh', 'chủ cơ sở', 'lao động gia đình'],
      unemployed: ['thất nghiệp'],
      'not-in-labour-force': [
        'không tham gia lực lượng lao động',
        'ngoài lực lượng lao động',
        'không làm việc',
        'đi học',
        'nghỉ hưu',
        'nội trợ',
        'mất sức lao động',
      ],
    }),
    shown: ['làm công ăn lương', 'tự làm', 'thất nghiệp', 'không tham gia lực lượng lao động'],
  },
  educationLevel: {
    words: vocabulary({
      none: ['không', 'chưa đi học', 'không có bằng cấp', 'chưa tốt nghiệp tiểu học'],
      primary: ['tiểu học', 'tốt nghiệp tiểu học'],
      'lower-secondary': ['trung học cơ sở', 'THCS', 'tốt nghiệp THCS', 'tốt nghiệp trung học cơ sở'],
      'upper-secondary': ['trung học phổ thông', 'THPT', 'tốt nghiệp THPT', 'tốt nghiệp trung học phổ thông'],
      vocational: ['sơ cấp', 'trung cấp', 'cao đẳng', 'sơ cấp nghề', 'trung cấp nghề', 'cao đẳng nghề', 'giáo dục nghề nghiệp'],
      tertiary: ['đại học', 'trên đại học', 'thạc sĩ', 'tiến sĩ'],
    }),
    shown: ['không', 'tiểu học', 'THCS', 'THPT', 'sơ cấp/trung cấp/cao đẳng', 'đại học'],
  },
  schoolAttendance: {
    words: vocabulary({
      'appropriate-level': ['đúng cấp', 'đi học đúng cấp', 'đúng bậc', 'học đúng bậc, cấp học', 'đúng độ tuổi'],
      'below-level': ['thấp hơn cấp', 'dưới cấp', 'học thấp hơn', 'học thấp hơn cấp'],
      'not-attending': ['không đi học', 'bỏ học'],
    }),
    shown: ['đúng cấp', 'thấp hơn cấp', 'không đi học'],
  },
  durability: {
    words: vocabulary({ permanent: ['kiên cố'], 'semi-permanent': ['bán kiên cố'], 'less-permanent': ['thiếu kiên cố'], simple: ['đơn sơ'] }),
    shown: ['kiên cố', 'bán kiên cố', 'thiếu kiên cố', 'đơn sơ'],
  },
  informationMeans: {
    words: vocabulary({
      television: ['ti vi', 'tivi', 'TV', 'truyền hình'],
      radio: ['đài', 'đài radio', 'đài phát thanh'],
      computer: ['máy tính', 'máy vi tính', 'laptop'],
      smartphone: ['điện thoại thông minh'],
      tablet: ['máy tính bảng'],
      'feature-phone': ['điện thoại thường', 'điện thoại cục gạch'],
    }),
    shown: ['ti vi', 'radio', 'máy tính', 'điện thoại thông minh', 'máy tính bảng', 'điện thoại thường'],
  },
};

/** Reads one word of a vocabulary. */
export function parseChoice(value: CellValue, name: string): Parsed<string> {
  const vocabularyFor = VOCABULARIES[name]!;
  const found = vocabularyFor.words.get(normalizeKey(written(value)));
  return found === undefined ? fail('invalid_choice', { choices: vocabularyFor.shown.join(', ') }) : { ok: true, value: found };
}

const NONE_WORDS = new Set(['khong', 'khongco', 'none']);

/** Reads a list of information means ("ti vi, điện thoại thông minh"; "không" for none). */
export function parseMeansList(value: CellValue): Parsed<string[]> {
  const text = written(value);
  if (NONE_WORDS.has(normalizeKey(text))) return { ok: true, value: [] };
  const out: string[] = [];
  for (const part of text.split(/[,;/+\n]/)) {
    if (part.trim() === '') continue;
    const found = VOCABULARIES.informationMeans!.words.get(normalizeKey(part));
    if (found === undefined) return fail('invalid_choice', { choices: VOCABULARIES.informationMeans!.shown.join(', ') });
    if (!out.includes(found)) out.push(found);
  }
  return { ok: true, value: out };
}
