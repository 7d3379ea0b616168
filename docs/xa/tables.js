// The report tables of a review, laid out for the page and for the report workbook: the figures
// are the library's (`ReviewReport` from `createReview(…).finish()`), copied cell by cell; this
// module only names the rows and columns (the words of the library's `renderReviewReport`) and
// formats counts and rates (rates rounded half-up to 2 places for display, as the library's text
// report does; the exact decimal stays in the cell's `exact`).
//
// A library function returning these tables (e.g. `reviewReportTables(report, { locale })`, used by
// `renderReviewReport`, a report-workbook writer and this page) would remove this layout copy.
import { Decimal } from 'decimal.js';

const Exact = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

/** 1234567 → "1.234.567"; null → "—". */
export function formatCount(value) {
  if (value === null || value === undefined) return '—';
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "0.0123456" → "1,23%" (half-up); null → "—". */
export function formatRate(share) {
  if (share === null || share === undefined) return '—';
  return `${new Exact(share).times(100).toDecimalPlaces(2).toFixed(2).replace('.', ',')}%`;
}

const count = (value) => ({ kind: 'count', value, text: formatCount(value) });
const rate = (share) => ({ kind: 'rate', value: share, text: formatRate(share) });
const text = (value) => ({ kind: 'text', value, text: value });

/** The movement tables' columns: the figure, a short heading, and the full words (as the library's text report). */
const POOR_STEPS = [
  ['start', 'Đầu kỳ', 'Hộ nghèo đầu kỳ'],
  ['escapedToNearPoor', 'Thoát nghèo → cận nghèo', 'Giảm: thoát nghèo, thành hộ cận nghèo'],
  ['escapedAboveNearPoorLine', 'Thoát nghèo, vượt chuẩn cận nghèo', 'Giảm: thoát nghèo, vượt chuẩn cận nghèo'],
  ['notInThisYearsFile', 'Không có trong tệp năm nay', 'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay'],
  ['undetermined', 'Chưa xác định', 'Giảm khác: kết quả năm nay chưa xác định'],
  ['notClassified', 'Không phân loại được', 'Giảm khác: không phân loại được (dữ liệu không hợp lệ)'],
  ['fromNearPoor', 'Từ cận nghèo', 'Tăng: hộ cận nghèo thành hộ nghèo'],
  ['rePoor', 'Tái nghèo', 'Tăng: hộ tái nghèo'],
  ['newlyPoor', 'Phát sinh mới', 'Tăng: hộ nghèo phát sinh mới'],
  ['notOnPreviousList', 'Không có trong danh sách năm trước', 'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)'],
  ['end', 'Cuối kỳ', 'Hộ nghèo cuối kỳ'],
];
const NEAR_STEPS = [
  ['start', 'Đầu kỳ', 'Hộ cận nghèo đầu kỳ'],
  ['becamePoor', 'Thành hộ nghèo', 'Giảm: trở thành hộ nghèo'],
  ['escapedNearPoverty', 'Thoát cận nghèo', 'Giảm: thoát cận nghèo'],
  ['notInThisYearsFile', 'Không có trong tệp năm nay', 'Giảm khác: có trong danh sách năm trước, không có trong tệp năm nay'],
  ['undetermined', 'Chưa xác định', 'Giảm khác: kết quả năm nay chưa xác định'],
  ['notClassified', 'Không phân loại được', 'Giảm khác: không phân loại được (dữ liệu không hợp lệ)'],
  ['fromPoor', 'Từ hộ nghèo', 'Tăng: hộ nghèo thành hộ cận nghèo'],
  ['newlyNearPoor', 'Phát sinh mới', 'Tăng: hộ cận nghèo phát sinh mới'],
  ['notOnPreviousList', 'Không có trong danh sách năm trước', 'Tăng khác: không có trong danh sách năm trước (hộ mới đến, tách hộ…)'],
  ['end', 'Cuối kỳ', 'Hộ cận nghèo cuối kỳ'],
];

/** The groups of the report (villages, in the library's order) and the whole commune, last. */
function unitRows(report) {
  const rows = report.groups.map((group) => ({ label: group.key[group.level - 1] ?? '(không ghi thôn)', level: group.level, figures: group }));
  rows.push({ label: 'Toàn xã', level: 0, figures: report });
  return rows;
}

/**
 * The tables of a review report.
 *
 * @param report - The library's `ReviewReport`.
 * @param options - `indicatorName(id)`, `unitHeading` (e.g. "Thôn"), `hasPrevious` (movement tables only with last year's list).
 * @returns Tables `{ id, title, head, rows: [{ label, level, cells }], notes }`.
 */
export function reportTables(report, { indicatorName, unitHeading = 'Đơn vị', hasPrevious }) {
  const units = unitRows(report);
  const tables = [];
  const notes1 = [
    'Tỷ lệ tính trên tổng số hộ dân cư của thôn, xã (tệp số hộ dân cư), không phải trên số hộ được rà soát.',
    'Hộ chưa xác định và hộ không phân loại được không được tính vào hộ nghèo hay cận nghèo (không đoán).',
  ];
  const seen = new Set();
  for (const unit of units) {
    const why = unit.figures.results.ratesWithheld;
    if (why !== null && !seen.has(why.words.vi)) {
      seen.add(why.words.vi);
      notes1.push(`Không tính tỷ lệ (${unit.label}): ${why.words.vi}`);
    }
  }
  tables.push({
    id: 'results',
    title: '1. Kết quả rà soát',
    head: [unitHeading, 'Hộ dân cư', 'Nhân khẩu', 'Hộ rà soát', 'Hộ nghèo', 'Tỷ lệ', 'Hộ cận nghèo', 'Tỷ lệ', 'Nghèo + cận nghèo', 'Tỷ lệ', 'Chưa xác định', 'Không phân loại được'],
    rows: units.map(({ label, level, figures }) => {
      const r = figures.results;
      return {
        label,
        level,
        cells: [
          count(r.residents?.households ?? null),
          count(r.residents?.persons ?? null),
          count(figures.reviewed),
          count(r.poor.households),
          rate(r.poor.householdRate),
          count(r.nearPoor.households),
          rate(r.nearPoor.householdRate),
          count(r.poorOrNearPoor.households),
          rate(r.poorOrNearPoor.householdRate),
          count(r.undetermined),
          count(r.notClassified),
        ],
      };
    }),
    notes: notes1,
  });
  if (hasPrevious) {
    for (const [id, title, steps, pick, pendingWords] of [
      ['poor-movement', '2. Biến động hộ nghèo', POOR_STEPS, (f) => f.poorMovement, 'có thể là hộ nghèo'],
      ['near-poor-movement', '3. Biến động hộ cận nghèo', NEAR_STEPS, (f) => f.nearPoorMovement, 'có thể là hộ cận nghèo'],
    ]) {
      const last = steps.length;
      const formula = `(${last}) = (1) − (2) − (3) − (4) − (5) − (6) ${steps.slice(6, -1).map((_, i) => `+ (${i + 7})`).join(' ')}`;
      const pending = pick(report).pending;
      const extra = [];
      if (id === 'near-poor-movement' && report.groupChanged > 0) extra.push(`${formatCount(report.groupChanged)} hộ đổi đơn vị so với danh sách năm trước (tính vào đơn vị năm nay).`);
      if (id === 'near-poor-movement' && report.notInThisYearsFile.none > 0) extra.push(`${formatCount(report.notInThisYearsFile.none)} hộ trong danh sách năm trước ở mức "không nghèo" không có trong tệp năm nay (không rà soát lại).`);
      tables.push({
        id,
        title,
        head: [unitHeading, ...steps.map(([, short], i) => `(${i + 1}) ${short}`)],
        rows: units.map(({ label, level, figures }) => ({ label, level, cells: steps.map(([field]) => count(pick(figures)[field])) })),
        legend: steps.map(([, , full], i) => `(${i + 1}) ${full}`),
        notes: [formula, ...(pending > 0 ? [`Chưa tính: ${formatCount(pending)} hộ (chưa xác định hoặc không phân loại được) ${pendingWords}.`] : []), ...extra],
      });
    }
  }
  const poor = report.deprivations.poor;
  const near = report.deprivations.nearPoor;
  tables.push({
    id: 'deprivations',
    title: `${hasPrevious ? '4' : '2'}. Thiếu hụt các dịch vụ xã hội cơ bản của hộ nghèo, hộ cận nghèo cuối kỳ (toàn xã)`,
    head: ['Chỉ số', 'Hộ nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ', 'Hộ cận nghèo thiếu hụt', 'Tỷ lệ', 'Chưa rõ'],
    rows: [
      ...poor.indicators.map((row, i) => {
        const other = near.indicators[i];
        return { label: indicatorName(row.id), level: 1, id: row.id, cells: [count(row.deprived), rate(row.rate), count(row.unknown), count(other.deprived), rate(other.rate), count(other.unknown)] };
      }),
      { label: 'Tổng số thiếu hụt', level: 0, cells: [count(poor.deprivations), text(''), text(''), count(near.deprivations), text(''), text('')] },
      { label: 'Số hộ', level: 0, cells: [count(poor.households), text(''), text(''), count(near.households), text(''), text('')] },
    ],
    notes: ['Tỷ lệ: số hộ thiếu hụt chỉ số đó trên số hộ nghèo (hoặc cận nghèo) cuối kỳ.'],
  });
  if (hasPrevious) {
    tables.push({
      id: 'missing',
      title: '5. Hộ nghèo, hộ cận nghèo có trong danh sách năm trước nhưng không có trong tệp năm nay',
      head: ['Mã hộ', unitHeading, 'Năm trước'],
      rows: report.missing.map((household) => ({ label: household.id, level: 1, cells: [text(household.group.map((value) => value ?? '—').join(' / ') || '—'), text(household.status === 'poor' ? 'Hộ nghèo' : 'Hộ cận nghèo')] })),
      notes: report.missing.length === 0 ? ['Không có.'] : [],
    });
  }
  return tables;
}

/** A table as rows of plain cells for the report workbook (counts as numbers, rates as text). */
export function tableRows(table) {
  const rows = [];
  rows.push(table.head);
  for (const row of table.rows) rows.push([row.label, ...row.cells.map((cell) => (cell.kind === 'count' ? cell.value : cell.text))]);
  const notes = [...(table.legend ?? []), ...table.notes];
  if (notes.length > 0) rows.push([]);
  for (const note of notes) rows.push([note]);
  return rows;
}
