/**
 * `classifySheets`: the commune's tables in — households, and optionally members and dwellings
 * keyed by household id — one classified (or refused) row out per household row, in file
 * order. Every problem of a row is reported at once, with the row, the heading as written,
 * the value and how to write it.
 *
 * @module
 */
import {
  createClassifier,
  MAX_HOUSEHOLD_SIZE,
  ValidationError,
  type Classification,
  type ClassifyOptions,
  type RuleSet,
  type ValidationIssue,
} from '../index.js';
import type { Locale } from '../rules/types.js';
import {
  headingDictionary,
  resolveLayout,
  type ColumnMaps,
  type ColumnTarget,
  type HeadingDictionary,
  type LayoutColumn,
  type SheetLayout,
} from './headings.js';
import { columnLetter, say } from './messages.js';
import { normalizeWords } from './normalize.js';
import { isBlank, parseArea, parseChoice, parseDecimal, parseInteger, parseMeansList, parseYesNo, written, type NumberFormat, type Parsed } from './values.js';
import { makeIssue, SheetError, type CellValue, type SheetIssue, type SheetRow, type Table } from './types.js';

/** How a blank indicator cell is read: see {@link ClassifySheetsOptions.blank}. */
export type BlankMeaning = 'not-deprived' | 'unknown';

/** Options for {@link classifySheets}. */
export interface ClassifySheetsOptions extends ClassifyOptions {
  /**
   * How a blank indicator cell is read — a choice you must make: `'not-deprived'` for files
   * typed from review forms (an empty box on the form means "not deprived"), `'unknown'` for
   * data of unknown origin. The report says how many blank cells were read that way.
   */
  blank: BlankMeaning;
  /** How numbers written as text are read: `'plain'` (default: `1500000`, `31.5`) or `'vi'` (`1.500.000`, `31,5`). */
  numberFormat?: NumberFormat;
  /** Language of messages: `'vi'` (default) or `'en'`. */
  locale?: Locale;
  /** Column maps for layouts whose headings are not recognised (see {@link ColumnMaps}). */
  columns?: ColumnMaps;
  /**
   * A heading that is neither recognised nor in the column map: `'error'` (default) stops the
   * run with a {@link SheetError}; `'carry'` carries the column to the output. A heading that
   * looks like a misspelt data heading (e.g. an indicator name) is an error either way.
   */
  unknownHeadings?: 'error' | 'carry';
}

/** The tables of a commune's file. */
export interface SheetInput {
  /** One row per household (required). */
  readonly households: Table;
  /** One row per member, with the household id (optional). */
  readonly members?: Table | undefined;
  /** One row per dwelling, with the household id (optional). */
  readonly dwellings?: Table | undefined;
}

interface RowBase {
  /** Position among the household rows, from 0. */
  readonly index: number;
  /** The row number in the file (spreadsheet row or CSV line). */
  readonly row: number;
  /** The household id as written, when there is one. */
  readonly id?: string;
  /** The carried cells (name, village, notes…), in the order of `layout.carried`, as written. */
  readonly carried: readonly string[];
  /** Indicator cells of this row that were blank and read as {@link ClassifySheetsOptions.blank}. */
  readonly blanks: number;
  /** The household size as read: the size column, else the number of members listed. */
  readonly size?: number;
}

/** A household row that was classified. */
export interface SheetSuccess extends RowBase {
  /** Always `true`. */
  readonly ok: true;
  /** What `classify` returned. */
  readonly result: Classification;
}

/** A household row that could not be classified, with every problem found in it. */
export interface SheetFailure extends RowBase {
  /** Always `false`. */
  readonly ok: false;
  /** The problems (including those of the household's member or dwelling rows). */
  readonly issues: readonly SheetIssue[];
}

/** One household row's outcome: narrow on `ok`. */
export type SheetResult = SheetSuccess | SheetFailure;

/** Rows of a members or dwelling sheet: read, joined to a household row, and with no household row. */
export interface JoinCounts {
  /** Rows read (blank rows not counted). */
  rows: number;
  /** Rows joined to a household row. */
  joined: number;
  /** Rows whose household id is on no household row (each is reported in `otherIssues`). */
  unjoined: number;
}

/** What a run read, counted: rows in = classified + failed. */
export interface SheetReport {
  /** Household rows read (blank rows and rows above the heading row not counted). */
  rows: number;
  /** Rows classified. */
  classified: number;
  /** Rows that could not be classified. */
  failed: number;
  /** How blank indicator cells were read. */
  readonly blank: BlankMeaning;
  /** Blank indicator cells read as {@link SheetReport.blank}, in the rows classified. */
  blankCells: number;
  /** Classified households with at least one such blank cell. */
  blankHouseholds: number;
  /** Rows refused because their household id was already used on an earlier row. */
  duplicates: number;
  /** Rows above the heading row, skipped (titles). */
  rowsAboveHeading: number;
  /** Member rows read, joined to a household, and those whose household is not on the households sheet. */
  members: JoinCounts | null;
  /** Dwelling rows read, joined, and unjoined. */
  dwellings: JoinCounts | null;
  /** Problems of member or dwelling rows that belong to no household row (filled when the run ends). */
  readonly otherIssues: SheetIssue[];
}

/** A run over a commune's tables: the layout now, the rows when iterated, the report at the end. */
export interface SheetRun {
  /** How the households sheet's columns were understood. */
  readonly layout: SheetLayout;
  /** How the members sheet's columns were understood, when there is one. */
  readonly memberLayout: SheetLayout | null;
  /** How the dwelling sheet's columns were understood, when there is one. */
  readonly dwellingLayout: SheetLayout | null;
  /** The rule set every household is classified under. */
  readonly ruleSet: RuleSet;
  /** The locale of messages. */
  readonly locale: Locale;
  /** Counts; complete once `results()` has been read to the end. */
  readonly report: SheetReport;
  /** The household rows' outcomes, in file order (can be read once). */
  results(): AsyncGenerator<SheetResult, void, undefined>;
}

type RowIterator = AsyncIterator<SheetRow> | Iterator<SheetRow>;

function iterate(table: Table): RowIterator {
  const rows = table.rows as Partial<AsyncIterable<SheetRow>> & Partial<Iterable<SheetRow>>;
  if (typeof rows[Symbol.asyncIterator] === 'function') return rows[Symbol.asyncIterator]!();
  return rows[Symbol.iterator]!();
}

function rowIsBlank(row: SheetRow): boolean {
  for (const cell of row.cells) if (!isBlank(cell)) return false;
  return true;
}

/** Finds the heading row: the first of the first 30 rows with two recognised headings, else the first row. */
async function readHeading(iterator: RowIterator, dictionary: HeadingDictionary): Promise<{ heading: SheetRow | null; replay: SheetRow[]; above: number }> {
  const seen: SheetRow[] = [];
  for (let i = 0; i < 30; i++) {
    const next = await iterator.next();
    if (next.done === true) break;
    const row = next.value;
    if (rowIsBlank(row)) continue;
    let recognised = 0;
    for (const cell of row.cells) {
      if (isBlank(cell)) continue;
      if (dictionary.byKey.has(normalizeWords(written(cell)).replace(/ /g, ''))) recognised++;
    }
    if (recognised >= 2) return { heading: row, replay: [], above: seen.length };
    seen.push(row);
  }
  if (seen.length === 0) return { heading: null, replay: [], above: 0 };
  return { heading: seen[0]!, replay: seen.slice(1), above: 0 };
}

async function* rowsAfter(iterator: RowIterator, replay: readonly SheetRow[]): AsyncGenerator<SheetRow, void, undefined> {
  for (const row of replay) if (!rowIsBlank(row)) yield row;
  for (;;) {
    const next = await iterator.next();
    if (next.done === true) return;
    if (!rowIsBlank(next.value)) yield next.value;
  }
}

interface Context {
  readonly locale: Locale;
  readonly numberFormat: NumberFormat;
}

/** Checks cells outside the headed columns: data there is a problem, not silently dropped. */
function extraCells(cells: readonly CellValue[], layout: SheetLayout, row: number, issues: SheetIssue[], ctx: Context): void {
  for (let index = 0; index < cells.length; index++) {
    const heading = layout.headings[index];
    if (heading !== undefined && heading !== '') continue;
    const cell = cells[index]!;
    if (isBlank(cell)) continue;
    issues.push(
      makeIssue(
        ctx.locale,
        'extra_cells',
        { sheet: layout.sheet, row, value: written(cell) },
        say(ctx.locale, 'extra_cells', { value: written(cell).slice(0, 40), letter: columnLetter(index) }),
        { showSheet: layout.kind !== 'households' },
      ),
    );
  }
}

/** A cell problem at a column. */
function cellIssue(
  ctx: Context,
  layout: SheetLayout,
  row: number,
  column: LayoutColumn,
  code: string,
  detail: string,
  value: CellValue,
  showSheet = false,
): SheetIssue {
  return makeIssue(ctx.locale, code, { sheet: layout.sheet, row, column: column.heading, index: column.index, value: written(value) }, detail, { showSheet });
}

function invalid(ctx: Context, code: string, parsed: Parsed<unknown> & { ok: false }, value: CellValue, extra: Record<string, string> = {}): string {
  const hint = parsed.key.startsWith('invalid_amount.') ? say(ctx.locale, parsed.key, parsed.values ?? {}) : '';
  return say(ctx.locale, code, { value: written(value).slice(0, 60), how: hint, ...(parsed.values ?? {}), ...extra });
}

const INTEGER_RANGES: Readonly<Record<string, readonly [number, number, string, string]>> = {
  age: [0, 130, 'range.age', '34'],
  ageMonths: [0, 11, 'range.ageMonths', '6'],
  birthYear: [1850, 2200, 'range.birthYear', '1985'],
};

/** Reads a member or dwelling fact cell; `undefined` for a blank (unknown) cell. */
function readFact(fact: string, value: CellValue, ctx: Context): { ok: true; value: unknown } | { ok: false; code: string; detail: string } {
  const range = INTEGER_RANGES[fact];
  if (range !== undefined) {
    const parsed = parseInteger(value, range[0], range[1]);
    if (parsed.ok) return parsed;
    return {
      ok: false,
      code: 'invalid_integer',
      detail: say(ctx.locale, 'invalid_integer', { value: written(value).slice(0, 60), range: say(ctx.locale, range[2]), example: range[3] }),
    };
  }
  if (fact === 'floorArea') {
    const parsed = parseDecimal(value, ctx.numberFormat);
    if (parsed.ok) return parsed;
    return { ok: false, code: 'invalid_amount', detail: invalid(ctx, 'invalid_amount', parsed, value) };
  }
  if (fact === 'informationMeans') {
    const parsed = parseMeansList(value);
    if (parsed.ok) return parsed;
    return { ok: false, code: 'invalid_choice', detail: invalid(ctx, 'invalid_choice', parsed, value) };
  }
  if (fact === 'sex' || fact === 'employment' || fact === 'educationLevel' || fact === 'schoolAttendance' || fact === 'durability') {
    const parsed = parseChoice(value, fact);
    if (parsed.ok) return parsed;
    return { ok: false, code: 'invalid_choice', detail: invalid(ctx, 'invalid_choice', parsed, value) };
  }
  const parsed = parseYesNo(value);
  if (parsed.ok) return parsed;
  return { ok: false, code: 'invalid_boolean', detail: say(ctx.locale, 'invalid_boolean', { value: written(value).slice(0, 60) }) };
}

function idText(value: CellValue): string {
  return written(value);
}

interface Joined {
  readonly members: Record<string, unknown>[];
  /** Row number of each member, for mapping validation issues back. */
  readonly rows: number[];
  readonly issues: SheetIssue[];
  used: boolean;
}

interface JoinedDwelling {
  readonly dwelling: Record<string, unknown>;
  readonly row: number;
  readonly issues: SheetIssue[];
  used: boolean;
}

interface KeyedRow {
  readonly row: number;
  readonly householdId: string | undefined;
  readonly facts: Record<string, unknown>;
  readonly issues: SheetIssue[];
}

/** Reads a members or dwelling sheet: its layout and each row's household id, facts and problems. */
async function readKeyed(
  table: Table,
  kind: 'members' | 'dwellings',
  dictionary: HeadingDictionary,
  options: ClassifySheetsOptions,
  ctx: Context,
): Promise<{ layout: SheetLayout; rows: KeyedRow[]; idColumn: LayoutColumn }> {
  const iterator = iterate(table);
  const { heading, replay } = await readHeading(iterator, dictionary);
  if (heading === null) throw new SheetError([makeIssue(ctx.locale, 'empty_file', { sheet: table.name }, say(ctx.locale, 'empty_file'), { showSheet: true })]);
  const layout = resolveLayout(heading.cells, heading.row, {
    sheet: table.name,
    kind,
    dictionary,
    columns: options.columns?.[kind],
    unknownHeadings: options.unknownHeadings,
    locale: ctx.locale,
  });
  const idColumn = layout.columns.find((column) => column.target.kind === 'householdId')!;
  const rows: KeyedRow[] = [];
  for await (const { row, cells } of rowsAfter(iterator, replay)) {
    const issues: SheetIssue[] = [];
    const facts: Record<string, unknown> = {};
    let householdId: string | undefined;
    for (const column of layout.columns) {
      const value = cells[column.index] ?? null;
      const target = column.target;
      if (target.kind === 'householdId') {
        if (isBlank(value))
          issues.push(
            cellIssue(ctx, layout, row, column, 'blank_required', say(ctx.locale, 'blank_required', { how: say(ctx.locale, 'how.householdId') }), value, true),
          );
        else householdId = idText(value);
      } else if (target.kind === 'memberId') {
        if (!isBlank(value)) facts.id = idText(value);
      } else if ((target.kind === 'member' || target.kind === 'dwelling') && !isBlank(value)) {
        const fact = readFact(target.fact, value, ctx);
        if (fact.ok) facts[target.fact] = fact.value;
        else issues.push(cellIssue(ctx, layout, row, column, fact.code, fact.detail, value, true));
      }
    }
    extraCells(cells, layout, row, issues, ctx);
    rows.push({ row, householdId, facts, issues });
  }
  return { layout, rows, idColumn };
}

async function readMembers(
  table: Table,
  dictionary: HeadingDictionary,
  options: ClassifySheetsOptions,
  ctx: Context,
): Promise<{ layout: SheetLayout; byId: Map<string, Joined>; rows: number; orphans: SheetIssue[] }> {
  const { layout, rows } = await readKeyed(table, 'members', dictionary, options, ctx);
  const byId = new Map<string, Joined>();
  const orphans: SheetIssue[] = [];
  for (const { row, householdId, facts, issues } of rows) {
    if (householdId === undefined) {
      orphans.push(...issues);
      continue;
    }
    let joined = byId.get(householdId);
    if (joined === undefined) byId.set(householdId, (joined = { members: [], rows: [], issues: [], used: false }));
    joined.members.push(facts);
    joined.rows.push(row);
    joined.issues.push(...issues);
  }
  return { layout, byId, rows: rows.length, orphans };
}

async function readDwellings(
  table: Table,
  dictionary: HeadingDictionary,
  options: ClassifySheetsOptions,
  ctx: Context,
): Promise<{ layout: SheetLayout; byId: Map<string, JoinedDwelling>; rows: number; orphans: SheetIssue[] }> {
  const { layout, rows, idColumn } = await readKeyed(table, 'dwellings', dictionary, options, ctx);
  const byId = new Map<string, JoinedDwelling>();
  const orphans: SheetIssue[] = [];
  for (const { row, householdId, facts, issues } of rows) {
    if (householdId === undefined) {
      orphans.push(...issues);
      continue;
    }
    const first = byId.get(householdId);
    if (first !== undefined) {
      orphans.push(
        cellIssue(
          ctx,
          layout,
          row,
          idColumn,
          'duplicate_dwelling',
          say(ctx.locale, 'duplicate_dwelling', { value: householdId, first: String(first.row) }),
          householdId,
          true,
        ),
      );
      continue;
    }
    byId.set(householdId, { dwelling: facts, row, issues, used: false });
  }
  return { layout, byId, rows: rows.length, orphans };
}

/**
 * Reads a commune's tables and classifies every household row. The heading rows are read and
 * checked first — an unknown, misspelt or duplicated heading, or a missing area or income
 * column, throws a {@link SheetError} listing every such problem before any row is classified.
 * Member and dwelling sheets are read whole and joined by household id.
 *
 * Then `run.results()` gives one {@link SheetResult} per household row, in file order
 * (rows in = classified + failed): blank rows and title rows above the heading are skipped,
 * a household id used twice is refused on its later rows, and every problem of a row is
 * listed at once.
 *
 * @param input - The households table, and optionally members and dwellings (from
 *   {@link readCsv}, {@link readWorkbook} or {@link findSheets}).
 * @param options - `blank` (required: how blank indicator cells are read), `numberFormat`,
 *   `locale`, `columns`, `unknownHeadings`, and `classify`'s options (`ruleSet`, `date`,
 *   `allowProvisional`).
 * @returns A {@link SheetRun}: `layout`, `results()`, and `report`.
 * @throws {@link SheetError} for a file that cannot be read as households (encoding, headings).
 * @throws `ValidationError` from the core for bad classify options (e.g. an unknown rule set).
 * @example
 * ```ts
 * import { readCsv, classifySheets } from 'chuan-ngheo/sheets';
 * const csv = [
 *   'STT;Mã hộ;Họ tên chủ hộ;Thôn;Khu vực;Số nhân khẩu;Thu nhập bình quân đầu người/tháng;Việc làm;Bảo hiểm y tế;Nguồn nước sinh hoạt',
 *   '1;H01;Lò Văn A;Bản Mới;Nông thôn;4;1.200.000;x;x;x',
 *   '2;H02;Hà Thị B;Bản Mới;Nông thôn;3;1.200.000;x;;',
 *   '3;H02;Lù Văn C;Bản Cũ;Nông thôm;3;900.000;;;',
 * ].join('\r\n');
 * const run = await classifySheets({ households: readCsv(csv) }, { blank: 'not-deprived', numberFormat: 'vi' });
 * const rows = [];
 * for await (const row of run.results()) rows.push(row);
 * rows[0].ok && rows[0].result.category; // 'poor'
 * // 9 indicators have no column, so they are unknown: the second household is undetermined.
 * run.layout.missingIndicators.length;   // 9
 * rows[1].ok && rows[1].result.category; // 'undetermined'
 * !rows[2].ok && rows[2].issues.map((issue) => issue.code); // ['duplicate_id', 'invalid_area']
 * !rows[2].ok && rows[2].issues[1].message; // 'Dòng 4, cột «Khu vực» (E): «Nông thôm» không phải khu vực; ghi «Nông thôn» hoặc «Thành thị».'
 * // Blank boxes of the classified rows, read as "not deprived":
 * run.report.blankCells; // 2
 * ```
 */
export async function classifySheets(input: SheetInput, options: ClassifySheetsOptions): Promise<SheetRun> {
  const locale: Locale = options?.locale === 'en' ? 'en' : 'vi';
  if (options === undefined || (options.blank !== 'not-deprived' && options.blank !== 'unknown')) {
    throw new SheetError([makeIssue(locale, 'blank_option_required', {}, say(locale, 'blank_option_required'))]);
  }
  const ctx: Context = { locale, numberFormat: options.numberFormat === 'vi' ? 'vi' : 'plain' };
  const classifyOptions: ClassifyOptions = {};
  if (options.ruleSet !== undefined) classifyOptions.ruleSet = options.ruleSet;
  if (options.date !== undefined) classifyOptions.date = options.date;
  if (options.allowProvisional !== undefined) classifyOptions.allowProvisional = options.allowProvisional;
  const classifier = createClassifier(classifyOptions);
  const ruleSet = classifier.ruleSet;

  const members = input.members === undefined ? null : await readMembers(input.members, headingDictionary('members', ruleSet), options, ctx);
  const dwellings = input.dwellings === undefined ? null : await readDwellings(input.dwellings, headingDictionary('dwellings', ruleSet), options, ctx);

  const dictionary = headingDictionary('households', ruleSet);
  const iterator = iterate(input.households);
  const { heading, replay, above } = await readHeading(iterator, dictionary);
  if (heading === null) throw new SheetError([makeIssue(locale, 'empty_file', { sheet: input.households.name }, say(locale, 'empty_file'))]);
  const layout = resolveLayout(heading.cells, heading.row, {
    sheet: input.households.name,
    kind: 'households',
    dictionary,
    columns: options.columns?.households,
    unknownHeadings: options.unknownHeadings,
    locale,
  });
  const byKind = (kind: ColumnTarget['kind']): LayoutColumn | undefined => layout.columns.find((column) => column.target.kind === kind);
  const idColumn = byKind('id');
  const sizeColumn = byKind('size');
  if ((members !== null || dwellings !== null) && idColumn === undefined) {
    throw new SheetError([
      makeIssue(
        locale,
        'id_column_required',
        { sheet: layout.sheet, row: heading.row },
        say(locale, 'id_column_required', { sheet: (members?.layout ?? dwellings!.layout).sheet }),
      ),
    ]);
  }
  if (sizeColumn === undefined && members === null) {
    throw new SheetError([
      makeIssue(
        locale,
        'missing_column',
        { sheet: layout.sheet, row: heading.row },
        say(locale, 'missing_column', { what: say(locale, 'what.size'), heading: dictionary.canonical({ kind: 'size' }) }),
      ),
    ]);
  }
  const incomeColumns = layout.columns.filter((column) => column.target.kind === 'income');
  const indicatorColumns = layout.columns.filter((column) => column.target.kind === 'indicator');
  const carried = layout.carried;

  const report: SheetReport = {
    rows: 0,
    classified: 0,
    failed: 0,
    blank: options.blank,
    blankCells: 0,
    blankHouseholds: 0,
    duplicates: 0,
    rowsAboveHeading: above,
    members: members === null ? null : { rows: members.rows, joined: 0, unjoined: 0 },
    dwellings: dwellings === null ? null : { rows: dwellings.rows, joined: 0, unjoined: 0 },
    otherIssues: [],
  };
  const blankAnswer = options.blank === 'not-deprived' ? false : null;
  const firstRowOf = new Map<string, number>();
  let started = false;

  /** Maps a core validation issue back to the sheet cell it comes from. */
  /**
   * Maps a core validation issue back to the sheet cell it comes from. (Cell values are checked
   * before classifying, so what is left are limits the core enforces: the size against the
   * members listed, the number of members, lengths of ids, the score's range.)
   */
  function fromValidation(issue: ValidationIssue, row: number, joined: Joined | undefined, household: Record<string, unknown>): SheetIssue {
    const [head, second, third] = issue.path;
    const detail = say(locale, 'invalid_household', { detail: issue.message });
    if (head === 'size' && issue.code === 'size_mismatch' && sizeColumn !== undefined) {
      const place = { sheet: layout.sheet, row, column: sizeColumn.heading, index: sizeColumn.index, value: String(household.size) };
      return makeIssue(
        locale,
        'size_mismatch',
        place,
        say(locale, 'size_mismatch', { size: String(household.size), members: String((household.members as unknown[]).length) }),
      );
    }
    if (head === 'members' && issue.code === 'too_big' && second === undefined) {
      return makeIssue(
        locale,
        'too_many_members',
        { sheet: layout.sheet, row },
        say(locale, 'too_many_members', { count: String((household.members as unknown[]).length), max: String(MAX_HOUSEHOLD_SIZE) }),
      );
    }
    if (head === 'members' && typeof second === 'number' && joined !== undefined) {
      // (Member facts are checked cell by cell before: what the core can still refuse is the member id's length.)
      const column = third === 'id' ? members!.layout.columns.find((candidate) => candidate.target.kind === 'memberId') : undefined;
      const value = column === undefined ? undefined : String((household.members as Record<string, unknown>[])[second]!.id);
      return makeIssue(
        locale,
        issue.code,
        { sheet: members!.layout.sheet, row: joined.rows[second], column: column?.heading, index: column?.index, value },
        detail,
        { showSheet: true },
      );
    }
    let column: LayoutColumn | undefined;
    if (head === 'income') column = incomeColumns.find((candidate) => candidate.target.kind === 'income' && candidate.target.form === second);
    else if (head === 'area' || head === 'size' || head === 'id') column = byKind(head);
    return makeIssue(
      locale,
      issue.code,
      column === undefined ? { sheet: layout.sheet, row } : { sheet: layout.sheet, row, column: column.heading, index: column.index },
      detail,
    );
  }

  function one(row: SheetRow, index: number): SheetResult {
    const cells = row.cells;
    const issues: SheetIssue[] = [];
    const household: Record<string, unknown> = {};
    const income: Record<string, unknown> = {};
    const deprivations: Record<string, boolean | null> = {};
    const dwelling: Record<string, unknown> = {};
    let id: string | undefined;
    let blanks = 0;
    let duplicate = false;
    const filledIncome: LayoutColumn[] = [];
    for (const column of layout.columns) {
      const target = column.target;
      const value = cells[column.index] ?? null;
      switch (target.kind) {
        case 'indicator': {
          if (isBlank(value)) {
            blanks++;
            deprivations[target.id] = blankAnswer;
            break;
          }
          const parsed = parseYesNo(value);
          if (parsed.ok) deprivations[target.id] = parsed.value;
          else {
            const notDeprived = say(locale, options.blank === 'not-deprived' ? 'invalid_tick.blank-not-deprived' : 'invalid_tick.blank-unknown');
            issues.push(
              cellIssue(ctx, layout, row.row, column, 'invalid_tick', say(locale, 'invalid_tick', { value: written(value).slice(0, 60), notDeprived }), value),
            );
          }
          break;
        }
        case 'area': {
          if (isBlank(value)) {
            issues.push(cellIssue(ctx, layout, row.row, column, 'blank_required', say(locale, 'blank_required', { how: say(locale, 'how.area') }), value));
            break;
          }
          const parsed = parseArea(value);
          if (parsed.ok) household.area = parsed.value;
          else issues.push(cellIssue(ctx, layout, row.row, column, 'invalid_area', say(locale, 'invalid_area', { value: written(value).slice(0, 60) }), value));
          break;
        }
        case 'size': {
          if (isBlank(value)) break; // checked below: members may give the size
          const parsed = parseInteger(value, 1, MAX_HOUSEHOLD_SIZE);
          if (parsed.ok) household.size = parsed.value;
          else {
            issues.push(
              cellIssue(
                ctx,
                layout,
                row.row,
                column,
                'invalid_integer',
                say(locale, 'invalid_integer', {
                  value: written(value).slice(0, 60),
                  range: say(locale, 'range.size', { max: String(MAX_HOUSEHOLD_SIZE) }),
                  example: '4',
                }),
                value,
              ),
            );
          }
          break;
        }
        case 'income': {
          if (isBlank(value)) break;
          filledIncome.push(column);
          const parsed = parseDecimal(value, ctx.numberFormat);
          if (parsed.ok) income[target.form] = target.form === 'score' ? Number(parsed.value) : parsed.value;
          else issues.push(cellIssue(ctx, layout, row.row, column, 'invalid_amount', invalid(ctx, 'invalid_amount', parsed, value), value));
          break;
        }
        case 'id': {
          if (isBlank(value)) {
            if (members !== null || dwellings !== null)
              issues.push(cellIssue(ctx, layout, row.row, column, 'blank_required', say(locale, 'blank_required', { how: say(locale, 'how.id') }), value));
            break;
          }
          id = idText(value);
          household.id = id;
          const first = firstRowOf.get(id);
          if (first === undefined) firstRowOf.set(id, row.row);
          else {
            duplicate = true;
            issues.push(
              cellIssue(ctx, layout, row.row, column, 'duplicate_id', say(locale, 'duplicate_id', { value: id.slice(0, 60), first: String(first) }), value),
            );
          }
          break;
        }
        case 'dwelling': {
          if (isBlank(value)) break;
          const fact = readFact(target.fact, value, ctx);
          if (fact.ok) dwelling[target.fact] = fact.value;
          else issues.push(cellIssue(ctx, layout, row.row, column, fact.code, fact.detail, value));
          break;
        }
        default:
          break;
      }
    }
    extraCells(cells, layout, row.row, issues, ctx);
    if (filledIncome.length === 0) {
      if (incomeColumns.length === 1) {
        const column = incomeColumns[0]!;
        issues.push(
          cellIssue(
            ctx,
            layout,
            row.row,
            column,
            'blank_required',
            say(locale, 'blank_required', { how: say(locale, 'income_missing', { columns: `«${column.heading}»` }) }),
            null,
          ),
        );
      } else
        issues.push(
          makeIssue(
            locale,
            'income_missing',
            { sheet: layout.sheet, row: row.row },
            say(locale, 'income_missing', { columns: incomeColumns.map((c) => `«${c.heading}»`).join(', ') }),
          ),
        );
    } else if (filledIncome.length > 1) {
      issues.push(
        makeIssue(
          locale,
          'income_form',
          { sheet: layout.sheet, row: row.row },
          say(locale, 'income_form', { columns: filledIncome.map((c) => `«${c.heading}»`).join(', ') }),
        ),
      );
    }
    // Members and dwelling of this household (a refused duplicate row takes nothing).
    let joined: Joined | undefined;
    if (id !== undefined && !duplicate) {
      joined = members?.byId.get(id);
      if (joined !== undefined) {
        joined.used = true;
        report.members!.joined += joined.members.length;
        household.members = joined.members;
        issues.push(...joined.issues);
      }
      const joinedDwelling = dwellings?.byId.get(id);
      if (joinedDwelling !== undefined) {
        joinedDwelling.used = true;
        report.dwellings!.joined++;
        for (const [fact, value] of Object.entries(joinedDwelling.dwelling)) if (!(fact in dwelling)) dwelling[fact] = value;
        issues.push(...joinedDwelling.issues);
      }
    }
    if (household.size === undefined && household.members === undefined && sizeColumn !== undefined && isBlank(cells[sizeColumn.index] ?? null)) {
      issues.push(cellIssue(ctx, layout, row.row, sizeColumn, 'blank_required', say(locale, 'blank_required', { how: say(locale, 'how.size') }), null));
    }
    household.income = income;
    if (indicatorColumns.length > 0) household.deprivations = deprivations;
    if (Object.keys(dwelling).length > 0) household.dwelling = dwelling;
    const carriedCells = carried.map((column) => written(cells[column.index] ?? null));
    const size = typeof household.size === 'number' ? household.size : Array.isArray(household.members) ? household.members.length : undefined;
    const base = { index, row: row.row, carried: carriedCells, blanks, ...(id === undefined ? {} : { id }), ...(size === undefined ? {} : { size }) };
    if (duplicate) report.duplicates++;
    if (issues.length === 0) {
      try {
        const result = classifier.classify(household);
        report.classified++;
        if (blanks > 0) {
          report.blankCells += blanks;
          report.blankHouseholds++;
        }
        return { ...base, ok: true, result };
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        for (const issue of error.issues) issues.push(fromValidation(issue, row.row, joined, household));
      }
    }
    report.failed++;
    return { ...base, ok: false, issues };
  }

  return {
    layout,
    memberLayout: members?.layout ?? null,
    dwellingLayout: dwellings?.layout ?? null,
    ruleSet,
    locale,
    report,
    async *results(): AsyncGenerator<SheetResult, void, undefined> {
      if (started) throw new Error('run.results() can be read once');
      started = true;
      let index = 0;
      for await (const row of rowsAfter(iterator, replay)) {
        report.rows++;
        yield one(row, index++);
      }
      if (members !== null) {
        report.otherIssues.push(...members.orphans);
        for (const [householdId, joined] of members.byId) {
          if (joined.used) continue;
          report.members!.unjoined += joined.members.length;
          const column = members.layout.columns.find((candidate) => candidate.target.kind === 'householdId')!;
          for (const memberRow of joined.rows) {
            report.otherIssues.push(
              cellIssue(
                ctx,
                members.layout,
                memberRow,
                column,
                'unknown_household',
                say(locale, 'unknown_household', { value: householdId.slice(0, 60) }),
                householdId,
                true,
              ),
            );
          }
        }
      }
      if (dwellings !== null) {
        report.otherIssues.push(...dwellings.orphans);
        for (const [householdId, joined] of dwellings.byId) {
          if (joined.used) continue;
          report.dwellings!.unjoined++;
          const column = dwellings.layout.columns.find((candidate) => candidate.target.kind === 'householdId')!;
          report.otherIssues.push(
            cellIssue(
              ctx,
              dwellings.layout,
              joined.row,
              column,
              'unknown_household',
              say(locale, 'unknown_household', { value: householdId.slice(0, 60) }),
              householdId,
              true,
            ),
          );
        }
      }
    },
  };
}
