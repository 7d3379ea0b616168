/**
 * One batch of the `classify` command: classify the rows, render the output lines, the
 * errors-file lines and the stderr reports. Runs on the main thread or in a worker
 * (`--workers N`), with the same code.
 *
 * @module
 */
import { classifyColumns, COLUMN_CATEGORIES, possibleCategoriesOf, type ColumnarClassification, type IncomeColumn } from '../batch/columns.js';
import { classifyMany, type BatchResult } from '../batch/classifyMany.js';
import { MAX_HOUSEHOLD_SIZE, MAX_ID_LENGTH } from '../input/fields.js';
import type { SummaryItem } from '../batch/summarize.js';
import type { Classification } from '../engine/result.js';
import type { ClassifyOptions } from '../engine/classify.js';
import { explain } from '../render/explain.js';
import type { Locale, RuleSet } from '../rules/types.js';
import { csvCell, csvCells, csvText, jsonLine, moreText, reportIssues, type OutputRow } from './output.js';
import { csvFast, type InputRecord } from './records.js';
import { cut, oneLine } from './text.js';

/** What every batch of a run shares (plain data: it is sent to workers). */
export interface BatchSettings {
  readonly options: ClassifyOptions;
  readonly locale: Locale;
  readonly explainRows: boolean;
  readonly full: boolean;
  readonly csvIn: boolean;
  readonly csvOut: boolean;
  readonly errors: boolean;
}

/** A processed batch. */
export interface BatchOutput {
  readonly rows: number;
  readonly failed: number;
  /** The output lines. */
  readonly text: string;
  /** From a worker: the output lines as UTF-8 (transferred), one chunk per batch, and `text` empty. */
  readonly chunks?: readonly Uint8Array[];
  /** The errors-file lines (empty unless `errors`). */
  readonly errorsText: string;
  /** One stderr line per failed row (control characters escaped). */
  readonly reports: string[];
  /** When collected (workers): per row, the category slot (0–4) or 255 for a failed row. */
  readonly slots?: Uint8Array;
  /** When collected (workers): per row and indicator, 0 not deprived, 1 deprived, 2 unknown. */
  readonly statuses?: Uint8Array;
  /** From a worker, for a part of several batches: where each batch ends (cumulative), to write the batches before a row. */
  readonly ends?: readonly BatchEnd[];
}

/** Where a batch of a part ends in the part's output: rows, failed rows, output chunks, errors-file characters, reports (each counted from the part's start). */
export interface BatchEnd {
  readonly rows: number;
  readonly failed: number;
  readonly chunks: number;
  readonly errorsText: number;
  readonly reports: number;
}

/** Category slots for {@link BatchOutput.slots}. */
export const CATEGORY_SLOTS = ['poor', 'near-poor', 'average', 'above-average', 'undetermined'] as const;
/** The slot of a failed row. */
export const FAILED_SLOT = 255;
const STATUS_CODE = { 'not-deprived': 0, deprived: 1, unknown: 2 } as const;

/** The stderr line of a failed row, on one line and with control characters from the data escaped. */
export function report(row: OutputRow & { ok: false }): string {
  const where = row.line > 0 ? `row ${row.row} (line ${row.line})` : `row ${row.row}`;
  const issues = row.issues.map((issue) => `${issue.field} — ${issue.message}`);
  if (row.more !== undefined && row.more > 0) issues.push(moreText(row.more));
  return oneLine(`${where}${row.id === undefined ? '' : ` [id ${cut(String(row.id), 200)}]`}: ${issues.join('; ')}`);
}

/**
 * Classifies a batch. `onItem` receives each row's batch result (for the summary, on the main
 * thread); `collect` fills `slots` and `statuses` instead (in a worker, where results stay).
 */
export function processBatch(
  batch: readonly InputRecord[],
  settings: BatchSettings,
  ruleSet: RuleSet,
  onItem?: (item: SummaryItem, record: InputRecord) => void,
  collect = false,
): BatchOutput {
  const fast = settings.csvIn && !settings.explainRows && !settings.full && csvFast.enabled ? fastClassify(batch, settings, ruleSet) : undefined;
  const households: unknown[] = [];
  const positions: number[] = [];
  /** Per household row classified by classifyMany, its position among the batch's households (the `index` of its result). */
  const indexes: number[] = [];
  let householdIndex = 0;
  for (let i = 0; i < batch.length; i++) {
    const record = batch[i]!;
    if (record.household !== undefined) {
      if (fast === undefined || fast.at[i] === -1) {
        households.push(record.household);
        positions.push(i);
        indexes.push(householdIndex);
      }
      householdIndex++;
    }
  }
  const results: BatchResult[] = classifyMany(households, settings.options);
  if (fast !== undefined) for (let k = 0; k < results.length; k++) if (results[k]!.index !== indexes[k]) results[k] = { ...results[k]!, index: indexes[k]! };
  const render = fast === undefined ? undefined : fastRenderer(ruleSet, fast);
  const d = ruleSet.indicators.length;
  const slots = collect ? new Uint8Array(batch.length) : undefined;
  const statuses = collect ? new Uint8Array(batch.length * d) : undefined;
  let text = '';
  let errorsText = '';
  const reports: string[] = [];
  let failed = 0;
  let next = 0;
  for (let i = 0; i < batch.length; i++) {
    const record = batch[i]!;
    const at = fast === undefined ? -1 : fast.at[i]!;
    if (at !== -1) {
      // A row of the columnar fast path: classified, written straight from the columns.
      const code = fast!.result.category[at]!;
      if (onItem !== undefined) onItem({ index: fast!.index[at]!, ok: true, result: render!.summary(at) }, record);
      if (slots !== undefined && statuses !== undefined) {
        slots[i] = code;
        const bits = render!.bits(at);
        for (let j = 0; j < d; j++) statuses[i * d + j] = (bits.deprived >>> j) & 1 ? 1 : (bits.unknown >>> j) & 1 ? 2 : 0;
      }
      if (settings.csvOut) text += render!.csvLine(at, record);
      else text += render!.jsonLine(at, record);
      continue;
    }
    let row: OutputRow;
    let item: SummaryItem;
    if (next < positions.length && positions[next] === i) {
      const result = results[next++]!;
      row = result.ok
        ? {
            row: record.row,
            line: record.line,
            id: record.id,
            ok: true,
            result: result.result,
            explanation: settings.explainRows ? explain(result.result, { locale: settings.locale, ruleSet }) : undefined,
          }
        : { row: record.row, line: record.line, id: record.id, ok: false, ...reportIssues(result.issues, settings.csvIn) };
      item = result;
    } else {
      row = { row: record.row, line: record.line, id: record.id, ok: false, ...reportIssues(record.issues ?? [], settings.csvIn) };
      item = { index: record.row - 1, ok: false, issues: record.issues ?? [] };
    }
    if (onItem !== undefined) onItem(item, record);
    if (slots !== undefined && statuses !== undefined) {
      if (row.ok) {
        const result: Classification = row.result;
        slots[i] = CATEGORY_SLOTS.indexOf(result.category);
        for (let j = 0; j < d; j++) statuses[i * d + j] = STATUS_CODE[result.indicators[j]!.status];
      } else slots[i] = FAILED_SLOT;
    }
    if (!row.ok) {
      failed++;
      reports.push(report(row));
      if (settings.errors) errorsText += jsonLine(row, false);
    }
    if (settings.csvOut) text += csvText([csvCells(row, settings.explainRows)]);
    else text += jsonLine(row, settings.full);
  }
  const output: { -readonly [K in keyof BatchOutput]: BatchOutput[K] } = { rows: batch.length, failed, text, errorsText, reports };
  if (slots !== undefined) output.slots = slots;
  if (statuses !== undefined) output.statuses = statuses;
  return output;
}

// ---------------------------------------------------------------------------------------------
// The columnar fast path (flat CSV input, compact output)

const INCOME_FORMS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual'] as const;
type Form = (typeof INCOME_FORMS)[number];

/** The rows of a batch classified by `classifyColumns`: per record its column row (or -1), per column row its household index. */
interface FastRows {
  readonly at: Int32Array;
  readonly index: Int32Array;
  readonly result: ColumnarClassification;
  readonly answers: readonly Uint8Array[];
}

/**
 * Classifies, as columns, the rows of a batch whose households the object path would surely
 * accept in the same way: area `rural`/`urban`, a size from 1 to the maximum, one income form
 * (the batch's first), an id of at most the maximum length, no other field. The other rows, and
 * the rows `classifyColumns` fails, are left to the object path (`at` -1), which gives them
 * their exact messages. `undefined` when no row qualifies or the rule set cannot be classified
 * as columns.
 */
function fastClassify(batch: readonly InputRecord[], settings: BatchSettings, ruleSet: RuleSet): FastRows | undefined {
  const ids = ruleSet.indicators.map((indicator) => indicator.id);
  if (ids.length > 30) return undefined;
  const at = new Int32Array(batch.length).fill(-1);
  const picked: number[] = [];
  const householdIndex: number[] = [];
  let form: Form | undefined;
  let h = 0;
  for (let i = 0; i < batch.length; i++) {
    const household = batch[i]!.household as Record<string, unknown> | undefined;
    if (household === undefined) continue;
    const index = h++;
    const area = household.area;
    if (area !== 'rural' && area !== 'urban') continue;
    const size = household.size;
    if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > MAX_HOUSEHOLD_SIZE) continue;
    const id = household.id;
    if (id !== undefined && (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH)) continue;
    let fields = 0;
    for (const key in household) if (key !== 'id' && key !== 'area' && key !== 'size' && key !== 'income' && key !== 'deprivations') fields++;
    if (fields > 0) continue;
    const income = household.income as Record<string, unknown>;
    let only: string | undefined;
    let forms = 0;
    for (const key in income) {
      only = key;
      forms++;
    }
    if (forms !== 1 || typeof income[only!] !== 'string') continue;
    form ??= INCOME_FORMS.find((f) => f === only);
    if (only !== form) continue;
    at[i] = picked.length;
    picked.push(i);
    householdIndex.push(index);
  }
  const n = picked.length;
  if (n === 0 || form === undefined) return undefined;
  const areas = new Uint8Array(n);
  const sizes = new Uint8Array(n);
  const amounts = new Array<string>(n);
  const answers = ids.map(() => new Uint8Array(n).fill(2));
  for (let k = 0; k < n; k++) {
    const household = batch[picked[k]!]!.household as {
      area: string;
      size: number;
      income: Record<string, string>;
      deprivations: Record<string, boolean | null>;
    };
    areas[k] = household.area === 'urban' ? 1 : 0;
    sizes[k] = household.size;
    amounts[k] = household.income[form]!;
    const deprivations = household.deprivations;
    for (let j = 0; j < ids.length; j++) {
      const answer = deprivations[ids[j]!];
      if (answer === true) answers[j]![k] = 1;
      else if (answer === false) answers[j]![k] = 0;
    }
  }
  const columns: Record<string, Uint8Array> = {};
  ids.forEach((id, j) => (columns[id] = answers[j]!));
  const income: IncomeColumn = { form, values: amounts };
  let result: ColumnarClassification;
  try {
    result = classifyColumns({ area: areas, size: sizes, income, answers: columns }, { ...settings.options, perCapita: true });
  } catch {
    return undefined;
  }
  // Rows the columns refuse go to the object path, for its messages.
  for (const failure of result.failures) at[picked[failure.index]!] = -1;
  csvFast.rows += result.classified;
  return { at, index: Int32Array.from(householdIndex), result, answers };
}

/** Renders the fast rows of a batch: output lines and the classification the summary reads, with texts cached by bitmask. */
function fastRenderer(ruleSet: RuleSet, fast: FastRows) {
  const result = fast.result;
  const cached = RENDER_CACHE.get(ruleSet) ?? renderCache(ruleSet);
  const { deprived: deprivedBits, unknown: unknownBits } = bitsOf(result.length, fast.answers);
  const perCapita = result.perCapita!;
  return {
    bits: (k: number) => ({ deprived: deprivedBits[k]!, unknown: unknownBits[k]! }),
    summary: (k: number): Classification => cached.summary(result.category[k]!, deprivedBits[k]!, unknownBits[k]!),
    jsonLine(k: number, record: InputRecord): string {
      let head = `{"row":${record.row}`;
      if (record.line > 0) head += `,"line":${record.line}`;
      if (record.id !== undefined) head += `,"id":${JSON.stringify(record.id)}`;
      const middle = cached.jsonMiddle(result.category[k]!, result.possible[k]!, result.deprivationCount[k]!, result.unknownCount[k]!);
      return `${head}${middle}${JSON.stringify(perCapita[k])}${cached.jsonTail(deprivedBits[k]!, unknownBits[k]!)}`;
    },
    csvLine(k: number, record: InputRecord): string {
      const middle = cached.csvMiddle(result.category[k]!, result.possible[k]!, result.deprivationCount[k]!, result.unknownCount[k]!);
      return (
        `${record.row},${record.line > 0 ? record.line : ''},${record.id === undefined ? '' : csvCell(String(record.id))}${middle}` +
        `${csvCell(perCapita[k]!)}${cached.csvTail(deprivedBits[k]!, unknownBits[k]!)}`
      );
    },
  };
}

const CATEGORY_NAME: readonly string[] = COLUMN_CATEGORIES;

/** Per column row, the deprived and unknown indicators as bitmasks (bit j: indicator j of the rule set). */
function bitsOf(n: number, answers: readonly Uint8Array[]): { deprived: Int32Array; unknown: Int32Array } {
  const deprived = new Int32Array(n);
  const unknown = new Int32Array(n);
  for (let j = 0; j < answers.length; j++) {
    const column = answers[j]!;
    const bit = 1 << j;
    for (let k = 0; k < n; k++) {
      const code = column[k]!;
      if (code === 1) deprived[k]! |= bit;
      else if (code === 2) unknown[k]! |= bit;
    }
  }
  return { deprived, unknown };
}

/**
 * Rebuilds, from a worker's compact per-row data, the minimal classification `summarize` reads
 * (category, counts, indicator statuses, rule set): `slot` is the category's code
 * (`COLUMN_CATEGORIES`), `statuses` one code per indicator (0 not deprived, 1 deprived, 2 unknown)
 * from `offset`. Indicator entries are shared objects.
 */
export function summaryItems(ruleSet: RuleSet): (slot: number, statuses: Uint8Array, offset: number) => Classification {
  const STATUS = ['not-deprived', 'deprived', 'unknown'] as const;
  const shared = ruleSet.indicators.map((indicator) => STATUS.map((status) => Object.freeze({ id: indicator.id, dimension: indicator.dimension, status })));
  const summary = Object.freeze({ id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint });
  const d = ruleSet.indicators.length;
  const cut = ruleSet.deprivationCut.atLeast;
  return (slot, statuses, offset) => {
    const indicators = new Array<(typeof shared)[number][number]>(d);
    let deprived = 0;
    let unknown = 0;
    for (let j = 0; j < d; j++) {
      const status = statuses[offset + j]!;
      if (status === 1) deprived++;
      else if (status === 2) unknown++;
      indicators[j] = shared[j]![status]!;
    }
    return {
      category: CATEGORY_NAME[slot]!,
      deprivationCount: deprived,
      unknownCount: unknown,
      deprivationCut: cut,
      ruleSet: summary,
      indicators,
    } as unknown as Classification;
  };
}

/** {@link summaryItems} from a category code and the deprived / unknown bitmasks of the columnar path. */
function summaryOf(ruleSet: RuleSet): (code: number, deprived: number, unknown: number) => Classification {
  const item = summaryItems(ruleSet);
  const statuses = new Uint8Array(ruleSet.indicators.length);
  return (code, deprivedBits, unknownBits) => {
    for (let j = 0; j < statuses.length; j++) statuses[j] = (deprivedBits >>> j) & 1 ? 1 : (unknownBits >>> j) & 1 ? 2 : 0;
    return item(code, statuses, 0);
  };
}

type RenderCache = ReturnType<typeof renderCache>;
const RENDER_CACHE = new WeakMap<RuleSet, RenderCache>();

function renderCache(ruleSet: RuleSet) {
  const ids = ruleSet.indicators.map((indicator) => indicator.id);
  const memo = <T>(make: (key: number) => T): ((key: number) => T) => {
    const map = new Map<number, T>();
    return (key) => {
      let value = map.get(key);
      if (value === undefined) {
        value = make(key);
        if (map.size < 1 << 16) map.set(key, value);
      }
      return value;
    };
  };
  const list = (mask: number): string[] => ids.filter((_, j) => (mask >>> j) & 1);
  const d = ids.length;
  const jsonList = (items: readonly string[]): string => `[${items.map((item) => JSON.stringify(item)).join(',')}]`;
  const item = summaryOf(ruleSet);
  const base = {
    category: CATEGORY_NAME.map((name) => JSON.stringify(name)),
    possibleJson: memo((mask) => jsonList(possibleCategoriesOf(mask))),
    possibleCsv: memo((mask) => csvCell(possibleCategoriesOf(mask).join(';'))),
    listJson: memo((mask) => jsonList(list(mask))),
    listCsv: memo((mask) => csvCell(list(mask).join(';'))),
    summary: (code: number, deprived: number, unknown: number): Classification => item(code, deprived, unknown),
  };
  const cache = {
    ...base,
    // The pieces of a fast row's line that depend only on its codes, each built once (key: the
    // codes packed; at most 30 deprivations and unknowns, 5 bits each): from "ok" to the
    // per-capita income, and after it.
    jsonMiddle: piece(
      (category: number, possible: number, deprivations: number, unknowns: number) =>
        `,"ok":true,"category":${base.category[category]},"possibleCategories":${base.possibleJson(possible)}` +
        `,"deprivationCount":${deprivations},"unknownCount":${unknowns},"perCapita":`,
    ),
    csvMiddle: piece(
      (category: number, possible: number, deprivations: number, unknowns: number) =>
        `,true,${CATEGORY_NAME[category]},${base.possibleCsv(possible)},${deprivations},${unknowns},`,
    ),
    jsonTail: tail((deprived, unknown) => `,"deprived":${base.listJson(deprived)},"unknown":${base.listJson(unknown)}}\n`),
    csvTail: tail((deprived, unknown) => `,${base.listCsv(deprived)},${base.listCsv(unknown)},\n`),
  };
  /** A piece memoised on a row's category code (0–4), possible-category mask (5 bits) and counts. */
  function piece(
    make: (category: number, possible: number, deprivations: number, unknowns: number) => string,
  ): (category: number, possible: number, deprivations: number, unknowns: number) => string {
    const memoised = memo((key) => make(key & 7, (key >>> 3) & 31, (key >>> 8) & 31, key >>> 13));
    return (category: number, possible: number, deprivations: number, unknowns: number): string =>
      memoised(category | (possible << 3) | (deprivations << 8) | (unknowns << 13));
  }
  /** A piece memoised on a row's deprived and unknown masks (when both fit a small integer: 15 indicators or fewer). */
  function tail(make: (deprived: number, unknown: number) => string): (deprived: number, unknown: number) => string {
    if (d > 15) return make;
    const memoised = memo((key) => make(key & 0x7fff, key >>> 15));
    return (deprived: number, unknown: number): string => memoised(deprived | (unknown << 15));
  }
  RENDER_CACHE.set(ruleSet, cache);
  return cache;
}
