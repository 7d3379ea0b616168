// Reading the two side files of a commune's review: last year's list and the resident totals per
// village. The library has no reader for them yet (its review functions take plain records:
// `PreviousRecord`, `ResidentTotal`), so this module maps a table read by `chuan-ngheo/sheets`
// (CSV or XLSX, any of Excel's ways of saving) to those records: headings matched tolerantly,
// statuses read from the words officers write, every cell it cannot read reported with its row.
// It decides nothing about households: statuses are copied as written, never inferred.
//
// STOPGAP: this belongs in the library (e.g. `readPreviousList(table)` / `readResidentTotals(table)`
// in `chuan-ngheo/sheets`, shared with the CLI's `review --previous … --totals …`); when the
// library has it, this file goes and the worker calls the library instead.

/** Normalised words: no diacritics, đ → d, lower case, punctuation as spaces. */
export function words(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const key = (text) => words(text).replace(/ /g, '');

const ID = ['Mã hộ', 'Mã số hộ', 'Mã hộ gia đình', 'Mã HGĐ', 'id', 'Household id', 'householdId'].map(key);
const VILLAGE = ['Thôn', 'Xóm', 'Ấp', 'Bản', 'Buôn', 'Làng', 'Tổ dân phố', 'Khu phố', 'Tổ', 'Thôn/Xóm', 'Thôn/Tổ dân phố', 'Thôn/bản', 'Thôn, tổ dân phố', 'Thôn/ấp', 'village'].map(key);
const NAME = ['Họ tên chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ', 'Chủ hộ', 'Họ và tên', 'Họ tên', 'name'].map(key);
/**
 * A status heading, optionally with its year: "Phân loại", "Tình trạng năm trước", "Kết quả rà soát
 * năm 2024"… (the CLI's `review --previous` reads the same headings, without the year).
 */
const STATUS = /^(?:phan loai(?: ho)?|ket qua(?: ra soat)?|tinh trang|loai ho|danh sach|status)(?: nam truoc| (?:nam )?(\d{4}))?$/;
/** A column of one year's status: "Năm 2023", "2023". */
const YEAR = /^(?:nam )?(\d{4})$/;
const HOUSEHOLDS = /^(?:tong )?so ho(?: dan cu)?$|^ho dan cu$|^tong so ho dan cu$|^households$/;
const PERSONS = /^(?:tong )?so nhan khau(?: dan cu)?$|^nhan khau$|^persons$/;
/** Village cells that stand for the whole commune in a totals file (a blank village cell too, as the CLI reads it). */
const WHOLE = new Set(['', 'toan xa', 'ca xa', 'tong', 'tong cong', 'tong so', 'xa', 'toan phuong', 'toan thi tran', 'total'].map((w) => w.replace(/ /g, '')));

/** Status words (a blank status cell is "none", as the CLI reads it: not on the list as poor or near-poor). */
const STATUS_WORDS = new Map([
  ['', 'none'],
  ...['ho ngheo', 'ngheo', 'poor', 'hn'].map((w) => [w, 'poor']),
  ...['ho can ngheo', 'can ngheo', 'near poor', 'hcn', 'cn'].map((w) => [w, 'near-poor']),
  ...[
    'khong',
    'none',
    'khong ngheo',
    'thoat ngheo',
    'ho thoat ngheo',
    'thoat can ngheo',
    'ho thoat can ngheo',
    'ho co muc song trung binh',
    'co muc song trung binh',
    'trung binh',
    'ho tren muc song trung binh',
    'tren muc song trung binh',
    'khong thuoc ho ngheo can ngheo',
    // The words of the library's results workbook ("Phân loại"), so last year's results file can be this year's list.
    'ho khong thuoc dien ngheo can ngheo hay co muc song trung binh',
  ].map((w) => [w, 'none']),
]);

const written = (cell) => (cell === null || cell === undefined ? '' : String(cell).trim());

/** Finds the heading row: the first of the first 30 rows with a cell `wanted(key, words)` accepts. */
async function headed(table, wanted) {
  const rows = [];
  let heading = null;
  for await (const row of table.rows) {
    if (heading === null) {
      if (row.cells.some((cell) => written(cell) !== '' && wanted(key(written(cell)), words(written(cell))))) heading = row;
      else if (rows.length >= 30) break;
      else rows.push(row);
      continue;
    }
    rows.push(row);
  }
  return heading === null ? null : { heading, rows: rows.filter((row) => row.row > heading.row) };
}

function issue(row, column, value, message) {
  return { row, column, value, message: `Dòng ${row}${column ? `, cột «${column}»` : ''}: ${message}` };
}

/**
 * Last year's list → `PreviousRecord`s: household id, status (from a status column, else the
 * latest year column), earlier years as history, the village as the group.
 *
 * @param table - A table from `readSheets` (households sheet or CSV).
 * @param groupField - The grouping field name of the review (the village), or null.
 * @returns `{ records: [{ row, record }], issues, year, headings }` — `year` from a heading such as
 *   "Phân loại năm 2024", else null.
 */
export async function readPreviousList(table, groupField) {
  const found = await headed(table, (k) => ID.includes(k));
  if (found === null) return { records: [], issues: [{ message: `Không tìm thấy dòng tiêu đề có cột «Mã hộ» trong «${table.name}» (30 dòng đầu).` }], year: null };
  const headings = found.heading.cells.map(written);
  const at = (list) => headings.findIndex((h) => list.includes(key(h)));
  const idIndex = at(ID);
  const villageIndex = at(VILLAGE);
  let statusIndex = -1;
  let year = null;
  const years = [];
  headings.forEach((h, index) => {
    const w = words(h);
    const status = STATUS.exec(w);
    if (status !== null && statusIndex === -1) {
      statusIndex = index;
      if (status[1] !== undefined) year = Number(status[1]);
      return;
    }
    const y = YEAR.exec(w);
    if (y !== null) years.push({ index, year: Number(y[1]) });
  });
  if (statusIndex === -1 && years.length > 0) {
    const latest = years.reduce((a, b) => (b.year > a.year ? b : a));
    statusIndex = latest.index;
    year = latest.year;
  }
  if (statusIndex === -1) {
    return { records: [], issues: [{ message: `«${table.name}»: không có cột tình trạng năm trước (ví dụ «Phân loại năm 2024», «Kết quả rà soát», «Năm 2024»); các tiêu đề: ${headings.filter(Boolean).map((h) => `«${h}»`).join(', ')}.` }], year: null };
  }
  const history = years.filter((entry) => entry.index !== statusIndex && (year === null || entry.year < year));
  const records = [];
  const issues = [];
  for (const { row, cells } of found.rows) {
    if (cells.every((cell) => written(cell) === '')) continue;
    const id = written(cells[idIndex]);
    const raw = written(cells[statusIndex]);
    if (id === '') {
      issues.push(issue(row, headings[idIndex], '', 'ô «Mã hộ» để trống; dòng này không được dùng.'));
      continue;
    }
    const status = STATUS_WORDS.get(words(raw));
    if (status === undefined) {
      issues.push(issue(row, headings[statusIndex], raw, `«${raw}» không phải tình trạng đã công nhận; ghi «Hộ nghèo», «Hộ cận nghèo» hoặc «Không» (ô trống là «Không»).`));
      continue;
    }
    const record = { id, status };
    const earlier = [];
    for (const entry of history) {
      const value = written(cells[entry.index]);
      if (value === '') continue;
      const past = STATUS_WORDS.get(words(value));
      if (past === undefined) issues.push(issue(row, headings[entry.index], value, `«${value}» không phải tình trạng; năm ${entry.year} của hộ này không được dùng.`));
      else earlier.push({ year: entry.year, status: past });
    }
    if (earlier.length > 0) record.history = earlier;
    if (groupField !== null && villageIndex !== -1) record.group = { [groupField]: written(cells[villageIndex]) || null };
    records.push({ row, record });
  }
  return { records, issues, year, headings };
}

function count(cell) {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 0 ? cell : undefined;
  const text = written(cell);
  if (/^\d{1,3}(?:[. \u00a0]\d{3})+$/.test(text)) return Number(text.replace(/\D/g, ''));
  if (/^\d+$/.test(text)) return Number(text);
  return undefined;
}

/**
 * Resident totals per village → `ResidentTotal`s (a "Toàn xã"/"Tổng cộng" row is the whole commune).
 *
 * @param table - A table from `readSheets`.
 * @param groupField - The grouping field (village) of the review, or null when the file has no village column.
 * @returns `{ totals: [{ row, total }], issues }`.
 */
export async function readResidentTotals(table, groupField) {
  const found = await headed(table, (k, w) => VILLAGE.includes(k) || HOUSEHOLDS.test(w));
  if (found === null) return { totals: [], issues: [{ message: `Không tìm thấy dòng tiêu đề có cột «Thôn» hoặc «Tổng số hộ dân cư» trong «${table.name}» (30 dòng đầu).` }] };
  const headings = found.heading.cells.map(written);
  const villageIndex = headings.findIndex((h) => VILLAGE.includes(key(h)));
  const householdsIndex = headings.findIndex((h) => HOUSEHOLDS.test(words(h)));
  const personsIndex = headings.findIndex((h) => PERSONS.test(words(h)));
  if (householdsIndex === -1) {
    return { totals: [], issues: [{ message: `«${table.name}»: không có cột số hộ dân cư (ví dụ «Tổng số hộ dân cư», «Số hộ»); các tiêu đề: ${headings.filter(Boolean).map((h) => `«${h}»`).join(', ')}.` }] };
  }
  const totals = [];
  const issues = [];
  for (const { row, cells } of found.rows) {
    if (cells.every((cell) => written(cell) === '')) continue;
    const village = written(cells[villageIndex]);
    const households = count(cells[householdsIndex]);
    if (households === undefined) {
      issues.push(issue(row, headings[householdsIndex], written(cells[householdsIndex]), 'số hộ phải là số nguyên không âm, ví dụ 142.'));
      continue;
    }
    const total = { households };
    if (personsIndex !== -1 && written(cells[personsIndex]) !== '') {
      const persons = count(cells[personsIndex]);
      if (persons === undefined) issues.push(issue(row, headings[personsIndex], written(cells[personsIndex]), 'số nhân khẩu phải là số nguyên không âm; dòng này chỉ dùng số hộ.'));
      else total.persons = persons;
    }
    const whole = WHOLE.has(key(village));
    if (!whole && groupField === null) {
      issues.push(issue(row, headings[villageIndex], village, 'tệp rà soát không có cột thôn, nên số hộ từng thôn không dùng được (chỉ dùng dòng «Toàn xã»).'));
      continue;
    }
    totals.push({ row, total: { group: whole ? {} : { [groupField]: village }, ...total } });
  }
  return { totals, issues };
}
