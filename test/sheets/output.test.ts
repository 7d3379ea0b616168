/**
 * What officers get back: the results workbook in English and Vietnamese, with or without
 * explanations and grouping, CSV for Excel in either locale, and what the summary says when the
 * income was a score above its threshold.
 */
import { describe, expect, it } from 'vitest';
import {
  classifySheets,
  readCsv,
  readWorkbook,
  writeResultsCsv,
  writeResultsWorkbook,
  writeTemplate,
  writeWorkbook,
  type CellValue,
  type SheetRun,
} from '../../src/sheets/index.js';
import { getRuleSet } from '../../src/index.js';

const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);
const CSV = [
  `STT,Mã hộ,Thôn,Khu vực,Số nhân khẩu,Điểm A,${IDS.join(',')}`,
  `1,H1,Bản A,Nông thôn,4,120,x,x,x${','.repeat(IDS.length - 3)}`,
  `2,H2,Bản A,Nông thôn,4,150,x${','.repeat(IDS.length - 1)}`,
  `3,H3,,Nông thôn,4,150,x${','.repeat(IDS.length - 1)}`,
  `4,H4,Bản B,Nông thôn,,150,x${','.repeat(IDS.length - 1)}`,
].join('\n');

async function workbookOf(run: SheetRun, options: Parameters<typeof writeResultsWorkbook>[1] = {}): Promise<Record<string, CellValue[][]>> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of writeResultsWorkbook(run, options)) chunks.push(chunk);
  const book = await readWorkbook(new Blob(chunks));
  const out: Record<string, CellValue[][]> = {};
  for (const name of book.sheets) {
    out[name] = [];
    for await (const row of book.table(name).rows) out[name]!.push([...row.cells]);
  }
  return out;
}

const run = (locale: 'vi' | 'en' = 'vi') => classifySheets({ households: readCsv(CSV) }, { blank: 'not-deprived', locale });

describe('the results workbook', () => {
  it('in English: headings, categories, what to check for a score above the threshold, the explanation', async () => {
    const sheets = await workbookOf(await run('en'), { explain: true });
    expect(Object.keys(sheets)).toEqual(['Results', 'Summary', 'Errors']);
    const [heading, h1, h2] = sheets.Results!;
    expect(heading).toEqual([
      'STT',
      'Thôn',
      'Household id',
      'Area',
      'Size',
      'Income per person (VND per person per month)',
      'Category',
      'Deprived indicators',
      'Deprived on',
      'To check',
      'Problems to fix',
      'Explanation',
      'Row in file',
    ]);
    expect(h1!.slice(0, 10)).toEqual(['1', 'Bản A', 'H1', 'Rural', 4, null, 'Poor household', 3, 'Employment; Dependants in the household; Nutrition', null]);
    expect(String(h1![11])).toMatch(/^Result: poor household/);
    expect(h2![6]).toBe('Undetermined');
    expect(h2![9]).toBe(
      'score above the threshold: give the income in money to tell household of average living standard or household above the average living standard (none of the categories) apart',
    );
  });

  it('groups the summary by the village column; a row without a village is counted under "(blank)"; errors are listed', async () => {
    const sheets = await workbookOf(await run('en'));
    expect(sheets.Summary!.slice(0, 5)).toEqual([
      ['Thôn', 'Households in the file', 'Poor', 'Near-poor', 'Average living standard', 'Above average', 'Undetermined', 'Errors (not classified)'],
      ['Bản A', 2, 1, 0, 0, 0, 1, 0],
      ['Bản B', 1, 0, 0, 0, 0, 0, 1],
      ['(blank)', 1, 0, 0, 0, 0, 1, 0],
      ['Total', 4, 1, 0, 0, 0, 2, 1],
    ]);
    expect(sheets.Errors!.slice(1).map((row) => [row[1], row[2], row[5]])).toEqual([[5, 'Số nhân khẩu', 'blank_required']]);
  });

  it('summaryBy: another carried column, or none', async () => {
    const byStt = await workbookOf(await run(), { summaryBy: 'stt' });
    expect(byStt['Tổng hợp']![0]![0]).toBe('STT');
    // Heading, 4 groups, total, a blank row, 3 notes, a blank row, the indicator heading and 12 indicators.
    expect(byStt['Tổng hợp']!).toHaveLength(1 + 4 + 1 + 1 + 3 + 1 + 1 + 12);
    const none = await workbookOf(await run(), { summaryBy: null });
    expect(none['Tổng hợp']!.slice(0, 2)).toEqual([
      [
        null,
        'Số hộ trong tệp',
        'Hộ nghèo',
        'Hộ cận nghèo',
        'Hộ có mức sống trung bình',
        'Hộ trên mức sống trung bình',
        'Chưa xác định',
        'Lỗi (chưa phân loại)',
      ],
      ['Tổng cộng', 4, 1, 0, 0, 0, 2, 1],
    ]);
  });

  it('writes rows the caller has already read (options.results)', async () => {
    const sheetRun = await run();
    const seen: number[] = [];
    async function* tap() {
      for await (const row of sheetRun.results()) {
        seen.push(row.row);
        yield row;
      }
    }
    const sheets = await workbookOf(sheetRun, { results: tap() });
    expect(seen).toEqual([2, 3, 4, 5]);
    expect(sheets['Kết quả']).toHaveLength(5);
  });
});

describe('CSV for Excel', () => {
  it('uses "," and a decimal point in English, ";" and a decimal comma in Vietnamese', async () => {
    const text = async (locale: 'vi' | 'en', delimiter?: ',' | ';' | '\t') => {
      const sheetRun = await classifySheets({ households: readCsv('Khu vực,Số nhân khẩu,Thu nhập của hộ/tháng\nThành thị,3,7000000\n') }, { blank: 'unknown' });
      let out = '';
      for await (const line of writeResultsCsv(sheetRun, delimiter === undefined ? { locale } : { locale, delimiter })) out += line;
      return out.split('\r\n')[1];
    };
    // 7,000,000 ÷ 3 does not terminate: shown rounded to 4 places.
    expect(await text('en')).toBe('Urban,3,2333333.3333,Household of average living standard,0,,,,2');
    expect(await text('vi')).toBe('Thành thị;3;2333333,3333;Hộ có mức sống trung bình;0;;;;2');
    expect(await text('vi', '\t')).toBe('Thành thị\t3\t2333333,3333\tHộ có mức sống trung bình\t0\t\t\t\t2');
  });
});

describe('the template and workbooks', () => {
  it('the template follows the rule set given (by id or object)', async () => {
    const byId = await readWorkbook(writeTemplate({ ruleSet: 'vn-2016-2020', rows: 10 }));
    const heading = [];
    for await (const row of byId.table('Hộ gia đình').rows) heading.push(...row.cells);
    expect(heading).toHaveLength(7 + getRuleSet('vn-2016-2020').indicators.length + 1);
    expect((await readWorkbook(writeTemplate({ ruleSet: getRuleSet('vn-2022-2025') }))).sheets).toHaveLength(3);
  });

  it('sheet names are made valid and unique; async rows are refused by writeWorkbook', async () => {
    const bytes = writeWorkbook([
      { name: 'Kết quả: thôn [1]/2', rows: [['a']] },
      { name: 'kết quả- thôn -1--2', rows: [] },
      { name: '', rows: [[1.5, true, null, undefined, '', Number.NaN]], columns: [{ width: 10 }, {}] },
    ]);
    expect((await readWorkbook(bytes)).sheets).toEqual(['Kết quả- thôn -1--2', 'kết quả- thôn -1--2 (2)', 'Sheet']);
    async function* rows() {
      yield ['x'];
    }
    expect(() => writeWorkbook([{ name: 'A', rows: rows() }])).toThrow(/streamWorkbook/);
  });
});
