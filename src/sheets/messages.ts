/**
 * The messages of the sheets entry, in Vietnamese and English, keyed by stable issue code.
 * Each message names what the officer sees — the row, the heading as written, the value — and
 * says how to write it instead.
 *
 * @internal
 * @module
 */
import { fill } from '../render/fill.js';
import type { Locale } from '../rules/types.js';

type Catalogue = Readonly<Record<string, string>>;

const vi: Catalogue = {
  // Where (prefixes).
  'at.row': 'Dòng {row}',
  'at.sheetRow': 'Trang «{sheet}», dòng {row}',
  'at.column': ', cột «{column}» ({letter})',
  'at.file': 'Tệp',
  'at.sheet': 'Trang «{sheet}»',

  // File and heading problems.
  not_utf8:
    "tệp không phải UTF-8{guess}. Trong Excel, mở tệp rồi chọn Tệp → Lưu thành → «CSV UTF-8 (Comma delimited) (*.csv)» và đọc lại tệp mới; hoặc đọc tệp với bảng mã của nó (encoding: '{encoding}')",
  'not_utf8.guess': ': có vẻ được lưu bằng bảng mã tiếng Việt của Windows ({encoding})',
  'not_utf8.noguess': ': có vẻ được lưu bằng một bảng mã của Windows',
  encoding_conflict: 'tệp có dấu BOM của {bom} nhưng được yêu cầu đọc với bảng mã {encoding}; bỏ tùy chọn bảng mã để đọc đúng',
  unsupported_encoding: 'bảng mã «{encoding}» không được hỗ trợ; dùng utf-8, windows-1258 hoặc windows-1252',
  undecodable: 'tệp có byte không thuộc bảng mã {encoding} (vị trí {offset}); kiểm tra lại bảng mã hoặc lưu tệp dưới dạng CSV UTF-8',
  empty_file: 'tệp không có dòng tiêu đề (dòng đầu tiên phải là tên các cột)',
  not_xlsx: 'tệp không đọc được như một bảng tính Excel (.xlsx): {detail}',
  sheet_not_found: 'không có trang «{sheet}»; các trang trong tệp: {sheets}',
  unknown_heading:
    'không rõ là dữ liệu gì. Nếu là cột ghi chú, khai báo là cột mang theo (carry) trong bảng ánh xạ cột; nếu là dữ liệu của hộ, đổi tiêu đề thành một tên được nhận biết (xem hướng dẫn)',
  misspelt_heading: 'giống «{suggestion}» nhưng viết khác; sửa tiêu đề thành «{suggestion}», hoặc khai báo cột trong bảng ánh xạ cột',
  duplicate_heading: 'cùng là «{field}» như cột «{other}» ({otherLetter}); chỉ giữ một cột',
  missing_column: 'thiếu cột {what}: thêm cột «{heading}»',
  mapped_heading_missing: 'bảng ánh xạ cột nêu cột «{column}» nhưng tệp không có cột này; các cột trong tệp: {headings}',
  invalid_column_map: 'bảng ánh xạ cột không hợp lệ: {detail}',
  blank_option_required:
    "cần chọn cách đọc ô chỉ số để trống: blank: 'not-deprived' (tệp nhập từ phiếu rà soát, ô trống là không thiếu hụt) hoặc blank: 'unknown' (dữ liệu không rõ nguồn, ô trống là chưa rõ)",
  id_column_required: 'có trang «{sheet}» nhưng trang hộ gia đình không có cột mã hộ để ghép; thêm cột «Mã hộ» vào cả hai trang',
  household_id_column_required: 'thiếu cột mã hộ để ghép với trang hộ gia đình: thêm cột «Mã hộ»',

  // Cell problems.
  blank_required: 'ô để trống; {how}',
  invalid_area: '«{value}» không phải khu vực; ghi «Nông thôn» hoặc «Thành thị»',
  invalid_tick: '«{value}» không phải câu trả lời; ghi «x» nếu thiếu hụt, {notDeprived}',
  'invalid_tick.blank-not-deprived': 'để trống hoặc ghi «0» nếu không thiếu hụt',
  'invalid_tick.blank-unknown': 'ghi «0» nếu không thiếu hụt, để trống nếu chưa rõ',
  invalid_integer: '«{value}» không phải số nguyên {range}; ghi một số như {example}',
  invalid_amount: '«{value}» không phải số tiền hợp lệ; {how}',
  'invalid_amount.plain': 'ghi số không có dấu phân cách như 1500000 (phần thập phân sau dấu chấm: 1500000.5)',
  'invalid_amount.plain-vi': "số này viết theo kiểu Việt Nam: đọc tệp với định dạng số Việt Nam (numberFormat: 'vi'), hoặc ghi {plain}",
  'invalid_amount.vi': 'ghi như 1.500.000 hoặc 1500000 (dấu chấm ngăn nhóm ba chữ số, dấu phẩy trước phần thập phân: 31,5)',
  invalid_boolean: '«{value}» không phải câu trả lời có/không; ghi «có» hoặc «không» (để trống nếu chưa rõ)',
  invalid_choice: '«{value}» không phải một lựa chọn; ghi một trong: {choices}',
  invalid_text: 'giá trị dài quá {max} ký tự',
  duplicate_id: 'mã hộ «{value}» đã có ở dòng {first}; mỗi hộ chỉ một dòng — dòng này không được xếp loại',
  duplicate_dwelling: 'mã hộ «{value}» đã có nhà ở ở dòng {first}; mỗi hộ chỉ một dòng nhà ở',
  income_form: 'thu nhập được ghi ở nhiều cột ({columns}); chỉ ghi ở một cột',
  income_missing: 'chưa có thu nhập: ghi vào một trong các cột {columns}',
  extra_cells: 'có dữ liệu «{value}» ở cột {letter}, ngoài các cột có tiêu đề; thêm tiêu đề hoặc xóa ô',
  unknown_household: 'mã hộ «{value}» không có trong trang hộ gia đình; thành viên này không được ghép vào hộ nào',
  size_mismatch: 'số nhân khẩu là {size} nhưng trang thành viên có {members} người; sửa cho khớp',
  size_required: 'ô để trống; ghi số nhân khẩu (số nguyên từ 1) hoặc liệt kê thành viên ở trang thành viên',
  too_many_members: 'hộ có {count} thành viên, nhiều hơn mức tối đa {max}',
  invalid_household: 'dữ liệu không hợp lệ: {detail}',

  // How to fill a blank required cell.
  'how.area': 'ghi «Nông thôn» hoặc «Thành thị»',
  'how.size': 'ghi số nhân khẩu của hộ (số nguyên từ 1)',
  'how.id': 'ghi mã hộ (cần để ghép với trang thành viên)',
  'how.householdId': 'ghi mã hộ của thành viên',

  // Words used in messages and written files.
  'what.area': 'khu vực (nông thôn/thành thị)',
  'what.size': 'số nhân khẩu',
  'what.income': 'thu nhập',
  'what.householdId': 'mã hộ',
  'range.size': 'từ 1 đến {max}',
  'range.age': 'từ 0 đến 130',
  'range.ageMonths': 'từ 0 đến 11',
  'range.birthYear': 'từ 1850 đến 2200',
  'range.none': '',
};

const en: Catalogue = {
  'at.row': 'Row {row}',
  'at.sheetRow': 'Sheet "{sheet}", row {row}',
  'at.column': ', column "{column}" ({letter})',
  'at.file': 'File',
  'at.sheet': 'Sheet "{sheet}"',

  not_utf8:
    'the file is not UTF-8{guess}. In Excel, open it and choose File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)", then read the new file; or read the file in its code page (encoding: \'{encoding}\')',
  'not_utf8.guess': ': it looks saved in the Windows Vietnamese code page ({encoding})',
  'not_utf8.noguess': ': it looks saved in a Windows code page',
  encoding_conflict: 'the file starts with a {bom} byte-order mark but was to be read as {encoding}; leave out the encoding option',
  unsupported_encoding: 'encoding "{encoding}" is not supported; use utf-8, windows-1258 or windows-1252',
  undecodable: 'the file has bytes that are not {encoding} (at byte {offset}); check the encoding, or save the file as CSV UTF-8',
  empty_file: 'the file has no heading row (the first row must name the columns)',
  not_xlsx: 'the file cannot be read as an Excel workbook (.xlsx): {detail}',
  sheet_not_found: 'there is no sheet "{sheet}"; the sheets are: {sheets}',
  unknown_heading:
    'is not a known column. If it is a note, declare it as carried (carry) in the column map; if it is household data, rename it to a recognised heading (see the guide)',
  misspelt_heading: 'looks like "{suggestion}" but is written differently; rename it "{suggestion}", or declare the column in the column map',
  duplicate_heading: 'is "{field}" like column "{other}" ({otherLetter}); keep one of them',
  missing_column: 'there is no {what} column: add a column "{heading}"',
  mapped_heading_missing: 'the column map names a column "{column}" that the file does not have; the file has: {headings}',
  invalid_column_map: 'the column map is not valid: {detail}',
  blank_option_required:
    "choose how blank indicator cells are read: blank: 'not-deprived' (typed from review forms, an empty box is not deprived) or blank: 'unknown' (data of unknown origin)",
  id_column_required: 'there is a sheet "{sheet}" but the households sheet has no household-id column to join on; add a "Mã hộ" (household id) column to both',
  household_id_column_required: 'there is no household-id column to join with the households sheet: add a "Mã hộ" (household id) column',

  blank_required: 'the cell is blank; {how}',
  invalid_area: '"{value}" is not an area; write "Nông thôn" (rural) or "Thành thị" (urban)',
  invalid_tick: '"{value}" is not an answer; write "x" when deprived, {notDeprived}',
  'invalid_tick.blank-not-deprived': 'leave it blank or write "0" when not deprived',
  'invalid_tick.blank-unknown': 'write "0" when not deprived, leave it blank when unknown',
  invalid_integer: '"{value}" is not a whole number {range}; write a number such as {example}',
  invalid_amount: '"{value}" is not a valid amount; {how}',
  'invalid_amount.plain': 'write it without separators, such as 1500000 (decimals after a point: 1500000.5)',
  'invalid_amount.plain-vi': "it is written the Vietnamese way: read the file with Vietnamese numbers (numberFormat: 'vi'), or write {plain}",
  'invalid_amount.vi': 'write it as 1.500.000 or 1500000 (dots between groups of three digits, a comma before decimals: 31,5)',
  invalid_boolean: '"{value}" is not a yes/no answer; write "có" (yes) or "không" (no), blank when unknown',
  invalid_choice: '"{value}" is not one of the choices; write one of: {choices}',
  invalid_text: 'the value is longer than {max} characters',
  duplicate_id: 'household id "{value}" is already on row {first}; one row per household — this row is not classified',
  duplicate_dwelling: 'household id "{value}" already has a dwelling on row {first}; one dwelling row per household',
  income_form: 'the income is written in several columns ({columns}); write it in one',
  income_missing: 'no income: write it in one of the columns {columns}',
  extra_cells: 'has data "{value}" in column {letter}, outside the headed columns; add a heading or clear the cell',
  unknown_household: 'household id "{value}" is not on the households sheet; this member is not joined to any household',
  size_mismatch: 'the size is {size} but the members sheet lists {members}; make them agree',
  size_required: 'the cell is blank; write the number of members (a whole number from 1) or list the members on the members sheet',
  too_many_members: 'the household has {count} members, more than the maximum of {max}',
  invalid_household: 'the data is not valid: {detail}',

  'how.area': 'write "Nông thôn" (rural) or "Thành thị" (urban)',
  'how.size': 'write the number of members (a whole number from 1)',
  'how.id': 'write the household id (needed to join the members sheet)',
  'how.householdId': "write the member's household id",

  'what.area': 'area (rural/urban)',
  'what.size': 'household size',
  'what.income': 'income',
  'what.householdId': 'household id',
  'range.size': 'from 1 to {max}',
  'range.age': 'from 0 to 130',
  'range.ageMonths': 'from 0 to 11',
  'range.birthYear': 'from 1850 to 2200',
  'range.none': '',
};

const CATALOGUES = { vi, en } as const;

/** A message of the sheets entry in `locale`, placeholders filled. */
export function say(locale: Locale, key: string, values: Readonly<Record<string, string>> = {}): string {
  const template = CATALOGUES[locale][key] ?? CATALOGUES.en[key] ?? key;
  return fill(template, values)
    .replace(/ {2,}/g, ' ')
    .replace(/ ([;,.])/g, '$1');
}

/** The spreadsheet letter of a 0-based column index: 0 → `A`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
