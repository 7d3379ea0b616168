// The commune review page's worker: everything that reads, classifies and reports runs here, off
// the page's main thread, with the library's own functions — `chuan-ngheo/sheets` (readSheets,
// classifySheets, readPreviousList, readResidentTotals, reviewSheetResult, writeResultsWorkbook,
// writeReviewWorkbook) and `chuan-ngheo` (createReview, reviewReportTables, renderReviewReport):
// the same pipeline as the CLI's `review` command. This worker only wires them and turns their results into messages;
// the page (app.js) only shows what it sends.
//
// Messages in:  { type: 'run', files: { current, previous?, totals? }, options }
//               { type: 'download', which: 'results' | 'report' | 'text' }
// Messages out: { type: 'progress', stage, done, total }
//               { type: 'layout', … } (the columns as understood), { type: 'rows', rows } (chunks),
//               { type: 'done', … } (report tables, counts, errors), { type: 'stopped', … } (a file
//               that cannot be read: heading problems, encoding…), { type: 'file', blob, name }.
import { createClassifier, createReview, renderReviewReport, reviewReportTables } from 'chuan-ngheo';
import {
  classifySheets,
  readPreviousList,
  readResidentTotals,
  readSheets,
  reviewSheetResult,
  SheetError,
  writeResultsWorkbook,
  writeReviewWorkbook,
} from 'chuan-ngheo/sheets';

const GROUP = 'thon';
/** Rows sent to the page per message. */
const CHUNK = 2000;
/** Raw rows of the households sheet kept for showing a failed row's cells (the row being classified is among the last few read). */
const RECENT = 64;

let last = null; // what a download needs: { run, kept, listed, carried, report, tableOptions, name }

const post = (message, transfer) => self.postMessage(message, transfer ?? []);
const now = () => performance.now();

/** Counts line feeds: an upper bound of a CSV file's rows, for the progress bar. */
async function csvRows(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let lines = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) lines++;
  return { lines: lines + 1, bytes };
}

function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Wraps a table: counts the rows read (progress) and keeps the last few rows' cells (errors). */
function watched(table, onRow) {
  const recent = new Map();
  return {
    recent,
    table: {
      name: table.name,
      rows: {
        async *[Symbol.asyncIterator]() {
          for await (const row of table.rows) {
            recent.set(row.row, row.cells);
            if (recent.size > RECENT) recent.delete(recent.keys().next().value);
            onRow(row);
            yield row;
          }
        },
      },
    },
  };
}

/** A layout for the page: each column's heading, letter and what the library understood. */
function describeLayout(layout) {
  if (layout === null) return null;
  return {
    sheet: layout.sheet,
    kind: layout.kind,
    headings: layout.headings,
    columns: layout.columns.map((column) => ({ index: column.index, heading: column.heading, target: column.target })),
    missingIndicators: layout.missingIndicators,
  };
}

function ruleSetInfo(ruleSet) {
  return {
    id: ruleSet.id,
    version: ruleSet.version,
    fingerprint: ruleSet.fingerprint,
    title: ruleSet.messages.vi['ruleSet.title'] ?? ruleSet.title.vi,
    status: ruleSet.status,
    incomePeriod: ruleSet.incomePeriod,
    indicators: ruleSet.indicators.map((indicator) => ({
      id: indicator.id,
      dimension: indicator.dimension,
      name: ruleSet.messages.vi[`indicator.${indicator.id}.name`] ?? indicator.id,
    })),
    dimensions: Object.fromEntries(
      ruleSet.indicators.map((indicator) => [indicator.dimension, ruleSet.messages.vi[`dimension.${indicator.dimension}`] ?? indicator.dimension]),
    ),
  };
}

function plainIssues(issues) {
  return issues.map((issue) => ({
    code: issue.code,
    sheet: issue.sheet,
    row: issue.row,
    column: issue.column,
    letter: issue.letter,
    value: issue.value,
    suggestion: issue.suggestion,
    message: issue.message,
  }));
}

async function openFile(file, options, what) {
  try {
    return { tables: await readSheets(file, options) };
  } catch (error) {
    if (error instanceof SheetError) return { issues: plainIssues(error.issues), what };
    throw error;
  }
}

const HEADING_CODES = ['unknown_heading', 'misspelt_heading', 'duplicate_heading'];
/** File-level codes that are still about the columns (a column missing, or needed for the members sheet). */
const COLUMN_CODES = ['missing_column', 'id_column_required', 'household_id_column_required', 'invalid_column_map', 'mapped_heading_missing'];

/** The rule set the files are classified under: the one in force on the review date (as classifySheets chooses it). */
function ruleSetOf(date) {
  return createClassifier({ date }).ruleSet;
}

/**
 * When only headings stopped the run: the layout the library gives with those headings set
 * aside, for showing every column and what it was understood as. If setting them aside leaves
 * no area or income column, they stand in for those (`placeholders`: shown as not understood) —
 * for display only: nothing is classified with this layout.
 */
async function probeLayout(open, classifyOptions, issues) {
  const problems = issues.filter((issue) => HEADING_CODES.includes(issue.code) && issue.column !== undefined);
  if (problems.length === 0 || problems.length !== issues.length) return null;
  const base = { ...(classifyOptions.columns?.households ?? {}) };
  for (const issue of problems) base[issue.column] = 'ignore';
  const attempt = async (columns) =>
    (await classifySheets({ households: (await open()).households }, { ...classifyOptions, columns: { households: columns } })).layout;
  try {
    return { layout: describeLayout(await attempt(base)), placeholders: [] };
  } catch (error) {
    if (!(error instanceof SheetError) || !error.issues.every((issue) => issue.code === 'missing_column')) return null;
  }
  const stand = ['area', 'perCapitaMonthly', 'size'];
  const map = { ...base };
  const placeholders = [];
  problems.slice(0, stand.length).forEach((issue, i) => {
    map[issue.column] = stand[i];
    placeholders.push(issue.column);
  });
  try {
    return { layout: describeLayout(await attempt(map)), placeholders };
  } catch (error) {
    if (error instanceof SheetError) return null;
    throw error;
  }
}

async function run({ files, options }) {
  const started = now();
  last = null;
  const timing = {};
  const csvOptions = { locale: 'vi' };
  if (options.encoding && options.encoding !== 'auto') csvOptions.encoding = options.encoding;
  try {
    ruleSetOf(options.date);
  } catch (error) {
    if (!error.issues) throw error;
    return post({
      type: 'stopped',
      stage: 'options',
      issues: error.issues.map((issue) => ({
        code: issue.code,
        message:
          issue.code === 'no_rule_set_for_date'
            ? `Không có chuẩn nghèo nào áp dụng vào ngày rà soát ${options.date}.`
            : issue.code === 'invalid_date'
              ? `Ngày rà soát «${options.date}» không phải là một ngày có thật (viết năm-tháng-ngày, ví dụ 2025-10-20).`
              : issue.message,
      })),
    });
  }

  // This year's file: its size for the progress bar, then its tables.
  post({ type: 'progress', stage: 'read', done: 0, total: 0 });
  const head = new Uint8Array(await files.current.slice(0, 4).arrayBuffer());
  const zip = isZip(head);
  let input = files.current;
  let total = 0;
  if (!zip) {
    const counted = await csvRows(files.current);
    total = counted.lines;
    input = counted.bytes;
  }
  const opened = await openFile(input, { ...csvOptions, name: files.current.name }, 'current');
  if (opened.issues) return post({ type: 'stopped', stage: 'open', file: 'current', issues: opened.issues });
  const tables = opened.tables;
  // (A workbook's rows are not counted beforehand: reading a sheet twice would cost a third of the
  // run. Its progress shows the rows read, with no total; see the README.)
  timing.open = Math.round(now() - started);

  let read = 0;
  let lastPost = 0;
  const watch = watched(tables.households, () => {
    read++;
    const t = now();
    if (t - lastPost > 100) {
      lastPost = t;
      post({ type: 'progress', stage: 'classify', done: read, total });
    }
  });

  const classifyOptions = { blank: options.blank, numberFormat: options.numberFormat, locale: 'vi', date: options.date };
  if (options.columns && Object.keys(options.columns).length > 0) classifyOptions.columns = { households: options.columns };
  let run;
  try {
    run = await classifySheets({ households: watch.table, members: tables.members, dwellings: tables.dwellings }, classifyOptions);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    // A heading problem: the layout as far as it can be understood, so the page can offer a fix.
    const issues = plainIssues(error.issues);
    // Problems of the file itself (its encoding, its format) are not about columns.
    if (!issues.some((issue) => issue.column !== undefined || COLUMN_CODES.includes(issue.code)))
      return post({ type: 'stopped', stage: 'open', file: 'current', issues });
    const probe = await probeLayout(() => readSheets(input, { ...csvOptions, name: files.current.name }), classifyOptions, issues);
    return post({
      type: 'stopped',
      stage: 'layout',
      file: 'current',
      issues,
      layout: probe?.layout ?? null,
      placeholders: probe?.placeholders ?? [],
      ruleSet: ruleSetInfo(ruleSetOf(options.date)),
    });
  }
  const layout = run.layout;
  const nameColumn = layout.carried.findIndex((column) => column.target.role === 'name');
  const villageColumn = layout.carried.findIndex((column) => column.target.role === 'village');
  const hasId = layout.columns.some((column) => column.target.kind === 'id');
  const groupField = villageColumn === -1 ? null : GROUP;
  post({
    type: 'layout',
    layout: describeLayout(layout),
    memberLayout: describeLayout(run.memberLayout),
    dwellingLayout: describeLayout(run.dwellingLayout),
    ruleSet: ruleSetInfo(run.ruleSet),
    village: villageColumn === -1 ? null : layout.carried[villageColumn].heading,
  });

  // Last year's list and the resident totals (optional), read by the library.
  const sideIssues = { previous: [], totals: [] };
  const sideOptions = (file) => ({ ...csvOptions, by: groupField === null ? [] : [groupField], name: file.name });
  const readSide = async (reader, file, which) => {
    try {
      const read = await reader(file, sideOptions(file));
      sideIssues[which].push(...plainIssues(read.issues));
      return read;
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      sideIssues[which].push(...plainIssues(error.issues));
      return null;
    }
  };
  const previous = files.previous ? await readSide(readPreviousList, files.previous, 'previous') : null;
  const totalsRead = files.totals ? await readSide(readResidentTotals, files.totals, 'totals') : null;
  const totals = totalsRead === null ? [] : totalsRead.totals.map(({ total }) => total);
  const hasPrevious = previous !== null && previous.records.length > 0;
  const reviewYear = Number(options.date.slice(0, 4));
  // Last year's list: the year and date typed by the officer, else the year in its heading ("Phân loại
  // năm 2024"), else the year before the review; the date, else 31 December of that year (or the
  // review date, if earlier).
  if (options.previousYear && !/^\d{4}$/.test(options.previousYear))
    return post({
      type: 'stopped',
      stage: 'options',
      issues: [{ code: 'invalid_year', message: `Năm của danh sách năm trước «${options.previousYear}» phải là một năm, ví dụ 2024.` }],
    });
  if (options.previousDate && !/^\d{4}-\d{2}-\d{2}$/.test(options.previousDate))
    return post({
      type: 'stopped',
      stage: 'options',
      issues: [{ code: 'invalid_date', message: `Ngày công nhận danh sách năm trước «${options.previousDate}» viết năm-tháng-ngày, ví dụ 2024-12-25.` }],
    });
  const listYear = options.previousYear ? Number(options.previousYear) : (previous?.year ?? reviewYear - 1);
  if (hasPrevious && !hasId) sideIssues.previous.push({ message: 'Tệp năm nay không có cột «Mã hộ», nên không ghép được với danh sách năm trước.' });

  let review;
  // (Without a date typed by the officer, the library dates the list 31 December of its year, or the review day if earlier.)
  const reviewOptions = {
    date: options.date,
    previousList: { year: listYear, ...(options.previousDate ? { date: options.previousDate } : {}) },
    by: groupField === null ? [] : [groupField],
    ruleSet: run.ruleSet,
  };
  if (totals.length > 0) reviewOptions.totals = totals;
  try {
    review = createReview(reviewOptions);
  } catch (error) {
    if (!error.issues) throw error;
    const words = {
      previous_after_review: `Danh sách năm trước (năm ${listYear}${options.previousDate ? `, công nhận ngày ${options.previousDate}` : ''}) không thể sau ngày rà soát ${options.date}: kiểm tra năm và ngày công nhận (mục «Thêm tuỳ chọn»).`,
      invalid_date: `Ngày công nhận danh sách năm trước «${options.previousDate}» không phải là một ngày có thật.`,
    };
    return post({
      type: 'stopped',
      stage: 'options',
      issues: error.issues.map((issue) => ({ code: issue.code, message: words[issue.code] ?? issue.message })),
    });
  }
  if (hasPrevious && hasId) {
    for (const { row, record } of previous.records) {
      try {
        review.addPrevious(record);
      } catch (error) {
        if (!error.issues) throw error;
        sideIssues.previous.push({ row, message: `Dòng ${row}: ${error.issues.map((issue) => issue.message).join('; ')}.` });
      }
    }
  }

  // The households: classified by the library, reviewed by the library, sent in chunks.
  const kept = [];
  // The rows of the list sheet of the report workbook (writeReviewWorkbook), one per row of the file.
  const listed = [];
  const failures = [];
  const kinds = {};
  let chunk = [];
  const indicatorIndex = new Map(run.ruleSet.indicators.map((indicator, i) => [indicator.id, i]));
  const flush = () => {
    if (chunk.length > 0) post({ type: 'rows', rows: chunk });
    chunk = [];
  };
  let reviewProblems = 0;
  const classifyStarted = now();
  const results = run.results();
  for (;;) {
    let next;
    try {
      next = await results.next();
    } catch (error) {
      // The file goes wrong after its first rows (bytes that do not decode, a damaged workbook).
      if (error instanceof SheetError) return post({ type: 'stopped', stage: 'open', file: 'current', issues: plainIssues(error.issues) });
      throw error;
    }
    if (next.done) break;
    const item = next.value;
    kept.push(item);
    const name = nameColumn === -1 ? '' : item.carried[nameColumn];
    const village = villageColumn === -1 ? '' : item.carried[villageColumn];
    const row = { row: item.row, id: item.id ?? '', name, village, cat: 'error', possible: [], dep: null, deprived: [], unknown: [], prev: null, kind: null };
    if (item.ok) {
      const result = item.result;
      row.cat = result.category;
      row.possible = result.category === 'undetermined' ? result.possibleCategories : [];
      row.dep = result.deprivationCount;
      result.indicators.forEach((indicator) => {
        if (indicator.status === 'deprived') row.deprived.push(indicatorIndex.get(indicator.id));
        else if (indicator.status === 'unknown') row.unknown.push(indicatorIndex.get(indicator.id));
      });
    } else {
      const cells = watch.recent.get(item.row) ?? null;
      failures.push({ row: item.row, id: item.id ?? '', name, village, cells, issues: plainIssues(item.issues) });
    }
    // The review, as the CLI does it (reviewSheetResult): a failed row counts as "not classified",
    // a second row of an id is counted under its own key, a row without an id is not matched.
    try {
      const listRow = reviewSheetResult(review, item, groupField === null ? undefined : { [GROUP]: village === '' ? null : village });
      listed.push(listRow);
      const reviewed = listRow.review;
      if (reviewed !== null) {
        // (A second row of an id is not matched with last year's list: no status shown.)
        row.prev = hasPrevious && reviewed.id === item.id ? reviewed.previous.status : null;
        row.kind = hasPrevious ? reviewed.kind : null;
        if (hasPrevious) kinds[reviewed.kind] ??= reviewed.words.vi;
      }
    } catch (error) {
      if (!error.issues) throw error;
      reviewProblems++;
    }
    chunk.push(row);
    if (chunk.length >= CHUNK) flush();
  }
  // Last year's poor and near-poor households not in this year's file: listed, never dropped.
  for (const missing of review.settle()) {
    if (!hasPrevious) break;
    kinds[missing.kind] ??= missing.words.vi;
    chunk.push({
      row: null,
      id: missing.id,
      name: '',
      village: missing.group[0] ?? '',
      cat: 'missing',
      possible: [],
      dep: null,
      deprived: [],
      unknown: [],
      prev: missing.previous.status,
      kind: missing.kind,
    });
  }
  flush();
  const report = review.finish();
  timing.classify = Math.round(now() - classifyStarted);
  post({ type: 'progress', stage: 'report', done: read, total: read });

  const indicatorName = (id) => run.ruleSet.messages.vi[`indicator.${id}.name`] ?? id;
  const tableOptions = {
    locale: 'vi',
    ruleSet: run.ruleSet,
    unitHeading: villageColumn === -1 ? 'Đơn vị' : layout.carried[villageColumn].heading,
    totalLabel: 'Toàn xã',
    noValueLabel: '(không ghi thôn)',
    movement: hasPrevious,
  };
  const tablesOut = reviewReportTables(report, tableOptions);
  // The list sheet needs last year's list (its status and transition columns); without it the results workbook is the list.
  last = {
    run,
    kept,
    listed: hasPrevious ? listed : null,
    carried: layout.carried.map((column) => column.heading),
    report,
    tableOptions,
    name: files.current.name.replace(/\.[^.]+$/, ''),
  };
  timing.total = Math.round(now() - started);
  post({
    type: 'done',
    sheetReport: { ...run.report, otherIssues: plainIssues(run.report.otherIssues) },
    failures,
    kinds,
    hasPrevious,
    previous: previous === null ? null : { read: previous.records.length, year: listYear, date: report.previousList.date, headings: previous.headings ?? [] },
    totals: totals.length,
    sideIssues,
    reviewProblems,
    tables: tablesOut,
    review: { date: report.review.date, words: report.review.words.vi, transitions: report.transitions, missing: report.missing.length },
    charts: {
      villages: report.groups
        .filter((group) => group.level === 1)
        .map((group) => ({ label: group.key[0] ?? '(không ghi thôn)', poor: group.results.poor.households, nearPoor: group.results.nearPoor.households })),
      indicators: report.deprivations.poor.indicators.map((row, i) => ({
        id: row.id,
        label: indicatorName(row.id),
        poor: row.deprived,
        nearPoor: report.deprivations.nearPoor.indicators[i].deprived,
      })),
    },
    timing,
  });
}

async function* fromArray(items, onItem) {
  let i = 0;
  for (const item of items) {
    yield item;
    if (++i % 500 === 0) onItem(i);
  }
}

async function download({ which }) {
  if (last === null) return post({ type: 'file-error', message: 'Chưa có kết quả để tải.' });
  const { run, kept, listed, carried, report, tableOptions, name } = last;
  if (which === 'results') {
    const chunks = [];
    const results = fromArray(kept, (done) => post({ type: 'progress', stage: 'write', done, total: kept.length }));
    for await (const chunk of writeResultsWorkbook(run, { results, locale: 'vi' })) chunks.push(chunk);
    post({ type: 'progress', stage: 'write', done: kept.length, total: kept.length });
    return post({
      type: 'file',
      which,
      name: `${name}-ket-qua.xlsx`,
      blob: new Blob(chunks, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    });
  }
  if (which === 'report') {
    // As the CLI's `review --out x.xlsx`: the household list (next year's list, readable by readPreviousList), then the report tables.
    const bytes = writeReviewWorkbook({ report, ...(listed === null ? {} : { households: listed, carried }) }, tableOptions);
    return post({
      type: 'file',
      which,
      name: `${name}-bao-cao.xlsx`,
      blob: new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    });
  }
  if (which === 'text') {
    return post({
      type: 'file',
      which,
      name: `${name}-bao-cao.txt`,
      blob: new Blob(['\uFEFF', renderReviewReport(report, tableOptions)], { type: 'text/plain;charset=utf-8' }),
    });
  }
}

self.onmessage = (event) => {
  const message = event.data;
  const task = message.type === 'run' ? run(message) : message.type === 'download' ? download(message) : Promise.resolve();
  task.catch((error) => post({ type: 'failed', message: String(error?.stack ?? error) }));
};
post({ type: 'ready' });
