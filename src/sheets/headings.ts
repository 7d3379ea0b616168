/**
 * Headings: what each column of a households, members or dwelling sheet holds. The review
 * form's Vietnamese headings are recognised out of the box (indicator names come from the rule
 * set's message catalogue, so they follow the rule set), so are the English ids of the flat
 * CSV layout; matching ignores case, diacritics, spaces and punctuation. Other layouts are
 * described by a column map.
 *
 * @module
 */
import { z } from 'zod';
import type { RuleSet } from '../rules/types.js';
import type { Locale } from '../rules/types.js';
import { columnLetter, say } from './messages.js';
import { editDistance, misspellingLimit, normalizeKey, normalizeWords } from './normalize.js';
import { makeIssue, SheetError, type SheetIssue } from './types.js';

/** The three kinds of sheet: one row per household, per member, or per dwelling. */
export type SheetKind = 'households' | 'members' | 'dwellings';

/** An income column: per person per month, household per month, household per year, or the review form's income-proxy score. */
export type IncomeForm = 'perCapitaMonthly' | 'householdMonthly' | 'householdAnnual' | 'score';
/** Income columns: one of them per household. */
export const INCOME_FORMS: readonly IncomeForm[] = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score'];

/** A member fact a members sheet can hold (a `MemberInput` field). */
export type MemberField =
  | 'age'
  | 'ageMonths'
  | 'birthYear'
  | 'sex'
  | 'employment'
  | 'labourContract'
  | 'healthInsurance'
  | 'inEducationOrTraining'
  | 'educationLevel'
  | 'schoolAttendance'
  | 'stunted'
  | 'underweight'
  | 'dependant'
  | 'monthlySocialAllowance'
  | 'usesInternet'
  | 'untreatedIllness'
  | 'phoneSubscription';

/** Member facts a members sheet can hold (the `MemberInput` fields). */
export const MEMBER_FACTS: readonly MemberField[] = [
  'age',
  'ageMonths',
  'birthYear',
  'sex',
  'employment',
  'labourContract',
  'healthInsurance',
  'inEducationOrTraining',
  'educationLevel',
  'schoolAttendance',
  'stunted',
  'underweight',
  'dependant',
  'monthlySocialAllowance',
  'usesInternet',
  'untreatedIllness',
  'phoneSubscription',
];

/** A dwelling fact (a `DwellingInput` field). */
export type DwellingField = 'durability' | 'floorArea' | 'safeWater' | 'hygienicLatrine' | 'informationMeans' | 'hearsLoudspeaker' | 'hygienicWater';
/** Dwelling facts (the `DwellingInput` fields). */
export const DWELLING_FACTS: readonly DwellingField[] = [
  'durability',
  'floorArea',
  'safeWater',
  'hygienicLatrine',
  'informationMeans',
  'hearsLoudspeaker',
  'hygienicWater',
];

/** Roles of carried columns (not household data, copied to the output). */
export type CarryRole = 'stt' | 'name' | 'village' | 'notes' | 'other';

/** What a column holds. */
export type ColumnTarget =
  | {
      /** The household id (households sheet). */
      readonly kind: 'id';
    }
  | {
      /** The area: "Nông thôn" or "Thành thị". */
      readonly kind: 'area';
    }
  | {
      /** The number of members. */
      readonly kind: 'size';
    }
  | {
      /** An income amount (or score). */
      readonly kind: 'income';
      /** Which form of income. */
      readonly form: IncomeForm;
    }
  | {
      /** A review-form answer (tick) for an indicator. */
      readonly kind: 'indicator';
      /** The indicator id of the rule set, e.g. `health-insurance`. */
      readonly id: string;
    }
  | {
      /** A dwelling fact. */
      readonly kind: 'dwelling';
      /** Which fact. */
      readonly fact: DwellingField;
    }
  | {
      /** A member fact (members sheet). */
      readonly kind: 'member';
      /** Which fact. */
      readonly fact: MemberField;
    }
  | {
      /** The household id a member or dwelling row belongs to. */
      readonly kind: 'householdId';
    }
  | {
      /** The member's own id (members sheet). */
      readonly kind: 'memberId';
    }
  | {
      /** Not household data: copied to the output as written. */
      readonly kind: 'carry';
      /** What the column is (village columns group the summary). */
      readonly role: CarryRole;
    }
  | {
      /** Read and dropped. */
      readonly kind: 'ignore';
    };

/** A column of a sheet, as understood. */
export interface LayoutColumn {
  /** Position, from 0. */
  readonly index: number;
  /** The heading as written in the file. */
  readonly heading: string;
  /** What the column holds. */
  readonly target: ColumnTarget;
}

/** How a sheet's columns were understood. */
export interface SheetLayout {
  /** The sheet's name. */
  readonly sheet: string;
  /** Which kind of sheet. */
  readonly kind: SheetKind;
  /** Every heading, as written (empty headings as `""`). */
  readonly headings: readonly string[];
  /** The columns that hold something (empty columns without a heading are left out). */
  readonly columns: readonly LayoutColumn[];
  /** The carried columns, in file order. */
  readonly carried: readonly LayoutColumn[];
  /** Indicators of the rule set that no column holds (households sheet). */
  readonly missingIndicators: readonly string[];
}

/**
 * A column map for one sheet: heading as written in the file → what it holds. Values: `id`,
 * `area`, `size`, an income form (`perCapitaMonthly`, `householdMonthly`, `householdAnnual`,
 * `score`), an indicator id (`health-insurance`…), a dwelling fact (`floorArea` or
 * `dwelling.floorArea`…), on a members sheet `householdId`, `memberId` and the member facts
 * (`age`, `sex`…); and for columns that are not household data `carry` (or the roles `stt`,
 * `name`, `village`, `notes`) or `ignore`. Headings are matched tolerantly.
 */
export type ColumnMap = Readonly<Record<string, string>>;

/** Column maps for the sheets of a file (what `--columns map.json` holds). */
export interface ColumnMaps {
  /** The households sheet. */
  readonly households?: ColumnMap;
  /** The members sheet. */
  readonly members?: ColumnMap;
  /** The dwelling sheet. */
  readonly dwellings?: ColumnMap;
}

type Alias = readonly [target: ColumnTarget, headings: readonly string[]];

const CARRY = (role: CarryRole): ColumnTarget => ({ kind: 'carry', role });

/** Headings of the village (or residential group) column, as communes write them. */
export const VILLAGE_HEADINGS: readonly string[] = [
  'Thôn',
  'Xóm',
  'Ấp',
  'Bản',
  'Buôn',
  'Làng',
  'Tổ dân phố',
  'Khu phố',
  'Tổ',
  'Thôn/Xóm',
  'Thôn/Tổ dân phố',
  'Thôn/bản',
  'Thôn, tổ dân phố',
  'Thôn/ấp',
  'village',
];

/** Headings of the household-id column (with `id`, or `householdId` on a members or dwelling sheet). */
export const HOUSEHOLD_ID_HEADINGS: readonly string[] = ['Mã hộ', 'Mã số hộ', 'Mã hộ gia đình', 'Mã HGĐ', 'Household id'];

const CARRIED: readonly Alias[] = [
  [CARRY('stt'), ['STT', 'Số TT', 'Số thứ tự', 'TT', 'No.']],
  [CARRY('village'), VILLAGE_HEADINGS],
  [CARRY('notes'), ['Ghi chú', 'notes', 'note']],
  [
    CARRY('other'),
    [
      'Địa chỉ',
      'Dân tộc',
      'Số điện thoại',
      'Điện thoại',
      'Số CCCD',
      'CCCD',
      'Số CMND',
      'Số định danh cá nhân',
      'Xã',
      'Phường',
      'Huyện',
      'Tỉnh',
      'Ngày rà soát',
      'Người rà soát',
      'Tổng số chỉ số thiếu hụt',
      'Số chỉ số thiếu hụt',
      'Điểm B',
      'Điểm B2',
      'Phân loại',
      'Phân loại hộ',
      'Kết quả',
      'Kết quả rà soát',
      'Quan hệ với chủ hộ',
      'Quan hệ',
    ],
  ],
];

const HOUSEHOLD_NAME: Alias = [
  CARRY('name'),
  ['Họ tên chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ', 'Chủ hộ', 'Họ và tên', 'Họ tên', 'name', 'Head of household'],
];

const HOUSEHOLD_FIELDS: readonly Alias[] = [
  [{ kind: 'id' }, [...HOUSEHOLD_ID_HEADINGS, 'id']],
  [{ kind: 'area' }, ['Khu vực', 'Khu vực (nông thôn/thành thị)', 'Nông thôn/Thành thị', 'Thành thị/Nông thôn', 'Địa bàn', 'area']],
  [{ kind: 'size' }, ['Số nhân khẩu', 'Số khẩu', 'Nhân khẩu', 'Số thành viên', 'Số người trong hộ', 'Quy mô hộ', 'size']],
  [
    { kind: 'income', form: 'perCapitaMonthly' },
    [
      'Thu nhập bình quân đầu người/tháng',
      'Thu nhập bình quân đầu người (đồng/tháng)',
      'Thu nhập bình quân đầu người (đồng/người/tháng)',
      'Thu nhập bình quân người/tháng',
      'Thu nhập bình quân đầu người',
      'Thu nhập bình quân',
      'TNBQ đầu người/tháng',
      'TNBQ/người/tháng',
      'perCapitaMonthly',
    ],
  ],
  [{ kind: 'income', form: 'householdMonthly' }, ['Thu nhập của hộ/tháng', 'Tổng thu nhập của hộ/tháng', 'Thu nhập hộ/tháng', 'householdMonthly']],
  [
    { kind: 'income', form: 'householdAnnual' },
    ['Thu nhập của hộ/năm', 'Tổng thu nhập của hộ/năm', 'Tổng thu nhập của hộ trong 12 tháng', 'Thu nhập hộ/năm', 'householdAnnual'],
  ],
];

const SCORE: Alias = [{ kind: 'income', form: 'score' }, ['Điểm A', 'Điểm B1', 'Điểm thu nhập', 'score']];

const DWELLING_FIELDS: readonly Alias[] = [
  [{ kind: 'dwelling', fact: 'durability' }, ['Loại nhà ở', 'Loại nhà', 'Kết cấu nhà ở', 'durability', 'dwelling.durability']],
  [{ kind: 'dwelling', fact: 'floorArea' }, ['Diện tích nhà ở (m²)', 'Diện tích nhà ở', 'Diện tích ở', 'Diện tích sử dụng', 'floorArea', 'dwelling.floorArea']],
  [{ kind: 'dwelling', fact: 'safeWater' }, ['Có nguồn nước sinh hoạt an toàn', 'Có nước sạch', 'safeWater', 'dwelling.safeWater']],
  [{ kind: 'dwelling', fact: 'hygienicLatrine' }, ['Có nhà tiêu hợp vệ sinh', 'hygienicLatrine', 'dwelling.hygienicLatrine']],
  [{ kind: 'dwelling', fact: 'informationMeans' }, ['Phương tiện thông tin', 'Phương tiện nghe nhìn', 'informationMeans', 'dwelling.informationMeans']],
  [
    { kind: 'dwelling', fact: 'hearsLoudspeaker' },
    ['Nghe được loa truyền thanh', 'Nghe được loa truyền thanh xã/thôn', 'hearsLoudspeaker', 'dwelling.hearsLoudspeaker'],
  ],
  [{ kind: 'dwelling', fact: 'hygienicWater' }, ['Có nguồn nước hợp vệ sinh', 'hygienicWater', 'dwelling.hygienicWater']],
];

const HOUSEHOLD_ID: Alias = [{ kind: 'householdId' }, [...HOUSEHOLD_ID_HEADINGS, 'householdId']];

const MEMBER_FIELDS: readonly Alias[] = [
  [{ kind: 'memberId' }, ['Mã thành viên', 'Mã nhân khẩu', 'memberId', 'id']],
  [CARRY('name'), ['Họ và tên', 'Họ tên', 'Tên', 'Họ tên thành viên', 'name']],
  [{ kind: 'member', fact: 'age' }, ['Tuổi', 'age']],
  [{ kind: 'member', fact: 'ageMonths' }, ['Số tháng tuổi lẻ', 'Tháng tuổi lẻ', 'ageMonths']],
  [{ kind: 'member', fact: 'birthYear' }, ['Năm sinh', 'birthYear']],
  [{ kind: 'member', fact: 'sex' }, ['Giới tính', 'sex']],
  [{ kind: 'member', fact: 'employment' }, ['Tình trạng việc làm', 'Việc làm', 'employment']],
  [{ kind: 'member', fact: 'labourContract' }, ['Có hợp đồng lao động', 'Hợp đồng lao động', 'labourContract']],
  [{ kind: 'member', fact: 'healthInsurance' }, ['Có bảo hiểm y tế', 'Có BHYT', 'Bảo hiểm y tế', 'BHYT', 'healthInsurance']],
  [{ kind: 'member', fact: 'inEducationOrTraining' }, ['Đang đi học hoặc đào tạo', 'Đang đi học/đào tạo', 'Đang đi học', 'inEducationOrTraining']],
  [{ kind: 'member', fact: 'educationLevel' }, ['Trình độ học vấn', 'Trình độ giáo dục', 'Bằng cấp cao nhất', 'Trình độ', 'educationLevel']],
  [{ kind: 'member', fact: 'schoolAttendance' }, ['Tình trạng đi học', 'schoolAttendance']],
  [{ kind: 'member', fact: 'stunted' }, ['Suy dinh dưỡng thấp còi', 'Thấp còi', 'stunted']],
  [{ kind: 'member', fact: 'underweight' }, ['Suy dinh dưỡng nhẹ cân', 'Nhẹ cân', 'underweight']],
  [{ kind: 'member', fact: 'dependant' }, ['Người phụ thuộc', 'Là người phụ thuộc', 'dependant']],
  [
    { kind: 'member', fact: 'monthlySocialAllowance' },
    ['Hưởng trợ cấp xã hội hằng tháng', 'Hưởng trợ cấp xã hội hàng tháng', 'Trợ cấp xã hội hằng tháng', 'monthlySocialAllowance'],
  ],
  [{ kind: 'member', fact: 'usesInternet' }, ['Sử dụng internet', 'Dùng internet', 'usesInternet']],
  [{ kind: 'member', fact: 'untreatedIllness' }, ['Ốm đau không đi khám chữa bệnh', 'untreatedIllness']],
  [{ kind: 'member', fact: 'phoneSubscription' }, ['Có thuê bao điện thoại', 'phoneSubscription']],
];

/** Extra Vietnamese headings for indicators, by id (used only when the rule set has the id). */
const INDICATOR_EXTRA: Readonly<Record<string, readonly string[]>> = {
  dependants: ['Người phụ thuộc', 'Tỷ lệ người phụ thuộc'],
  'health-insurance': ['BHYT'],
  'adult-education': ['Trình độ giáo dục người lớn', 'Giáo dục người lớn'],
  'school-attendance': ['Trẻ em đi học', 'Tình trạng đi học'],
  'housing-quality': ['Chất lượng nhà'],
  'housing-area': ['Diện tích nhà ở bình quân', 'Diện tích bình quân đầu người'],
  water: ['Nước sinh hoạt', 'Nguồn nước'],
  sanitation: ['Nhà tiêu', 'Nhà vệ sinh'],
  telecom: ['Dịch vụ viễn thông', 'Viễn thông'],
  'information-access': ['Tiếp cận thông tin', 'Phương tiện tiếp cận thông tin'],
};

/** Words an indicator heading may start with: "Thiếu hụt …", "Chỉ số …". */
const INDICATOR_PREFIXES = ['thieu hut ve ', 'thieu hut ', 'thieu ', 'chi so ', 'deprived '];

/** A sheet's heading dictionary, built once per rule set and sheet kind. */
export interface HeadingDictionary {
  readonly kind: SheetKind;
  /** Normalised key → target. */
  readonly byKey: ReadonlyMap<string, ColumnTarget>;
  /** Every alias with its key, for suggestions. */
  readonly aliases: readonly { readonly key: string; readonly heading: string; readonly target: ColumnTarget }[];
  /** Indicator ids of the rule set. */
  readonly indicators: readonly string[];
  /** The canonical (first Vietnamese) heading of a target. */
  canonical(target: ColumnTarget): string;
}

/** A stable name of a target, e.g. `area`, `indicator:water`, `carry:village`. */
export function targetName(target: ColumnTarget): string {
  switch (target.kind) {
    case 'income':
      return target.form;
    case 'indicator':
      return `indicator:${target.id}`;
    case 'dwelling':
      return `dwelling.${target.fact}`;
    case 'member':
      return target.fact;
    case 'carry':
      return target.role === 'other' ? 'carry' : target.role;
    default:
      return target.kind;
  }
}

/** Builds the heading dictionary of a sheet kind for a rule set. */
export function headingDictionary(kind: SheetKind, ruleSet: RuleSet): HeadingDictionary {
  const list: Alias[] = [];
  const indicators = ruleSet.indicators.map((indicator) => indicator.id);
  if (kind === 'households') {
    list.push(...HOUSEHOLD_FIELDS);
    if (ruleSet.incomeScore !== undefined) list.push(SCORE);
    for (const id of indicators) {
      const names = [ruleSet.messages.vi[`indicator.${id}.name`], ruleSet.messages.en[`indicator.${id}.name`], id, ...(INDICATOR_EXTRA[id] ?? [])].filter(
        (name): name is string => typeof name === 'string' && name !== '',
      );
      list.push([{ kind: 'indicator', id }, names]);
    }
    list.push(...DWELLING_FIELDS, HOUSEHOLD_NAME, ...CARRIED);
  } else if (kind === 'members') {
    list.push(HOUSEHOLD_ID, ...MEMBER_FIELDS, ...CARRIED);
  } else {
    list.push(
      HOUSEHOLD_ID,
      ...DWELLING_FIELDS.map(([target, headings]) => [target, headings.filter((heading) => !heading.startsWith('dwelling.'))] as Alias),
      ...CARRIED,
    );
  }
  const byKey = new Map<string, ColumnTarget>();
  const aliases: { key: string; heading: string; target: ColumnTarget }[] = [];
  const canonical = new Map<string, string>();
  for (const [target, headings] of list) {
    const name = targetName(target);
    if (!canonical.has(name)) canonical.set(name, headings[0]!);
    for (const heading of headings) {
      const key = normalizeKey(heading);
      if (key === '' || byKey.has(key)) continue; // the first (more specific) meaning wins
      byKey.set(key, target);
      aliases.push({ key, heading, target });
    }
  }
  return {
    kind,
    byKey,
    aliases,
    indicators,
    canonical: (target) => canonical.get(targetName(target)) ?? targetName(target),
  };
}

/** Parses a column-map value (see {@link ColumnMap}) for a sheet kind; `null` when unknown. */
export function parseTarget(value: string, kind: SheetKind, dictionary: HeadingDictionary): ColumnTarget | null {
  const name = value.trim();
  if (name === 'ignore') return { kind: 'ignore' };
  if (name === 'carry') return CARRY('other');
  if (name === 'stt' || name === 'name' || name === 'village' || name === 'notes') return CARRY(name);
  const bare = name.startsWith('dwelling.') ? name.slice('dwelling.'.length) : name;
  if (kind !== 'members' && (DWELLING_FACTS as readonly string[]).includes(bare)) return { kind: 'dwelling', fact: bare as DwellingField };
  if (kind === 'households') {
    if (name === 'id' || name === 'area' || name === 'size') return { kind: name };
    if ((INCOME_FORMS as readonly string[]).includes(name)) return { kind: 'income', form: name as IncomeForm };
    const indicator = name.startsWith('indicator:') ? name.slice('indicator:'.length) : name;
    if (dictionary.indicators.includes(indicator)) return { kind: 'indicator', id: indicator };
    return null;
  }
  if (name === 'householdId') return { kind: 'householdId' };
  if (kind === 'members') {
    if (name === 'memberId' || name === 'id') return { kind: 'memberId' };
    if ((MEMBER_FACTS as readonly string[]).includes(name)) return { kind: 'member', fact: name as MemberField };
  }
  return null;
}

/** The target names a column map may use for a sheet kind, for messages. */
function knownTargets(kind: SheetKind, dictionary: HeadingDictionary): string[] {
  const common = ['carry', 'stt', 'name', 'village', 'notes', 'ignore'];
  if (kind === 'households') return ['id', 'area', 'size', ...INCOME_FORMS, ...dictionary.indicators, ...DWELLING_FACTS, ...common];
  if (kind === 'members') return ['householdId', 'memberId', ...MEMBER_FACTS, ...common];
  return ['householdId', ...DWELLING_FACTS, ...common];
}

function lookup(words: string, dictionary: HeadingDictionary): ColumnTarget | undefined {
  const key = words.replace(/ /g, '');
  const direct = dictionary.byKey.get(key);
  if (direct !== undefined) return direct;
  // "1.1. Việc làm", "a) Việc làm": numbering before the name.
  const unnumbered = words.replace(/^(?:(?:\d+|[a-z])\s)+(?=\D)/, '');
  if (unnumbered !== words) {
    const found = dictionary.byKey.get(unnumbered.replace(/ /g, ''));
    if (found !== undefined) return found;
  }
  for (const prefix of INDICATOR_PREFIXES) {
    if (!unnumbered.startsWith(prefix)) continue;
    const found = dictionary.byKey.get(unnumbered.slice(prefix.length).replace(/ /g, ''));
    if (found !== undefined && found.kind === 'indicator') return found;
  }
  return undefined;
}

/** The nearest known heading of data (not a carried column), when the key is close enough to be a misspelling. */
function nearest(key: string, dictionary: HeadingDictionary): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const alias of dictionary.aliases) {
    if (alias.target.kind === 'carry') continue;
    const limit = misspellingLimit(Math.min(alias.key.length, key.length));
    if (limit === 0) continue;
    const distance = editDistance(key, alias.key, limit);
    if (distance <= limit && distance < bestDistance) {
      bestDistance = distance;
      best = alias.heading;
    }
  }
  return best;
}

/** Options for {@link resolveLayout}. */
export interface LayoutOptions {
  readonly sheet: string;
  readonly kind: SheetKind;
  readonly dictionary: HeadingDictionary;
  readonly columns?: ColumnMap | undefined;
  /** `error` (default): an unknown heading is an error; `carry`: it is carried (a misspelt data heading is still an error). */
  readonly unknownHeadings?: 'error' | 'carry' | undefined;
  readonly locale: Locale;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/**
 * Understands a heading row: each column's target, the carried columns, and every problem
 * (unknown, misspelt or duplicated headings, a column map naming a heading the file lacks),
 * all at once.
 *
 * @throws {@link SheetError} listing every heading problem.
 */
export function resolveLayout(headingCells: readonly unknown[], row: number, options: LayoutOptions): SheetLayout {
  const { dictionary, kind, sheet, locale } = options;
  const headings = headingCells.map(cellText);
  const issues: SheetIssue[] = [];
  const mapped = new Map<string, ColumnTarget>();
  if (options.columns !== undefined) {
    for (const [heading, value] of Object.entries(options.columns)) {
      const target = typeof value === 'string' ? parseTarget(value, kind, dictionary) : null;
      if (target === null) {
        issues.push(
          makeIssue(
            locale,
            'invalid_column_map',
            { sheet },
            say(locale, 'invalid_column_map', {
              detail: `«${heading}» → «${String(value).slice(0, 60)}»; ${locale === 'vi' ? 'các giá trị' : 'values'}: ${knownTargets(kind, dictionary).join(', ')}`,
            }),
          ),
        );
        continue;
      }
      mapped.set(normalizeKey(heading), target);
    }
    for (const heading of Object.keys(options.columns)) {
      const key = normalizeKey(heading);
      if (!headings.some((written) => normalizeKey(written) === key)) {
        issues.push(
          makeIssue(
            locale,
            'mapped_heading_missing',
            { sheet, column: heading },
            say(locale, 'mapped_heading_missing', {
              column: heading,
              headings: headings
                .filter((h) => h !== '')
                .map((h) => `«${h}»`)
                .join(', '),
            }),
          ),
        );
      }
    }
  }
  const columns: LayoutColumn[] = [];
  const seen = new Map<string, LayoutColumn>();
  headings.forEach((heading, index) => {
    if (heading === '') return; // an unheaded column: its cells are checked row by row
    const words = normalizeWords(heading);
    const key = words.replace(/ /g, '');
    let target = mapped.get(key) ?? lookup(words, dictionary);
    if (target === undefined) {
      const suggestion = nearest(key, dictionary);
      if (suggestion !== undefined) {
        issues.push(
          makeIssue(locale, 'misspelt_heading', { sheet, row, column: heading, index }, say(locale, 'misspelt_heading', { suggestion }), { suggestion }),
        );
        return;
      }
      if (options.unknownHeadings !== 'carry') {
        issues.push(makeIssue(locale, 'unknown_heading', { sheet, row, column: heading, index }, say(locale, 'unknown_heading')));
        return;
      }
      target = CARRY('other');
    }
    const column: LayoutColumn = { index, heading, target };
    if (target.kind !== 'carry' && target.kind !== 'ignore') {
      const name = targetName(target);
      const other = seen.get(name);
      if (other !== undefined) {
        issues.push(
          makeIssue(
            locale,
            'duplicate_heading',
            { sheet, row, column: heading, index },
            say(locale, 'duplicate_heading', { field: dictionary.canonical(target), other: other.heading, otherLetter: columnLetter(other.index) }),
          ),
        );
        return;
      }
      seen.set(name, column);
    }
    columns.push(column);
  });
  const has = (predicate: (target: ColumnTarget) => boolean): boolean => columns.some((column) => predicate(column.target));
  const missing = (what: string, target: ColumnTarget): void => {
    issues.push(
      makeIssue(
        locale,
        'missing_column',
        { sheet, row },
        say(locale, 'missing_column', { what: say(locale, `what.${what}`), heading: dictionary.canonical(target) }),
      ),
    );
  };
  if (kind === 'households' && issues.length === 0) {
    if (!has((t) => t.kind === 'area')) missing('area', { kind: 'area' });
    if (!has((t) => t.kind === 'income')) missing('income', { kind: 'income', form: 'perCapitaMonthly' });
  }
  if (kind !== 'households' && issues.length === 0 && !has((t) => t.kind === 'householdId')) {
    issues.push(makeIssue(locale, 'household_id_column_required', { sheet, row }, say(locale, 'household_id_column_required')));
  }
  if (issues.length > 0) throw new SheetError(issues);
  const present = new Set(columns.filter((column) => column.target.kind === 'indicator').map((column) => (column.target as { id: string }).id));
  return Object.freeze({
    sheet,
    kind,
    headings: Object.freeze(headings),
    columns: Object.freeze(columns),
    carried: Object.freeze(columns.filter((column) => column.target.kind === 'carry')),
    missingIndicators: Object.freeze(kind === 'households' ? dictionary.indicators.filter((id) => !present.has(id)) : []),
  });
}

const columnMapSchema = z.record(z.string().min(1).max(200), z.string().min(1).max(200));
const columnMapsSchema = z.union([
  z.strictObject({ households: columnMapSchema.optional(), members: columnMapSchema.optional(), dwellings: columnMapSchema.optional() }),
  columnMapSchema,
]);

/**
 * Checks a column-map file's content (what `--columns map.json` holds): either
 * `{ "households": {…}, "members": {…}, "dwellings": {…} }`, or one flat map for the households
 * sheet. Each map goes from a heading as written in the file to what the column holds (see
 * {@link ColumnMap}); the targets are checked when a file is read.
 *
 * @param value - The parsed JSON.
 * @param locale - Language of the error message.
 * @returns The column maps.
 * @throws {@link SheetError} `invalid_column_map` when the shape is wrong.
 * @example
 * ```ts
 * import { parseColumnMaps } from 'chuan-ngheo/sheets';
 * parseColumnMaps({ 'Mã số': 'id', 'KV': 'area', 'Số người': 'size', 'TN/người': 'perCapitaMonthly' });
 * // { households: { 'Mã số': 'id', KV: 'area', 'Số người': 'size', 'TN/người': 'perCapitaMonthly' } }
 * parseColumnMaps({ members: { 'Mã HGĐ': 'householdId' } }).members; // { 'Mã HGĐ': 'householdId' }
 * parseColumnMaps({ households: ['id'] }); // throws SheetError (invalid_column_map)
 * ```
 */
export function parseColumnMaps(value: unknown, locale: Locale = 'vi'): ColumnMaps {
  const parsed = columnMapsSchema.safeParse(value);
  if (!parsed.success) {
    const detail =
      locale === 'vi'
        ? 'cần một đối tượng JSON { "households": { "tiêu đề trong tệp": "trường" }, "members": {…}, "dwellings": {…} }, hoặc một bảng { "tiêu đề": "trường" } cho trang hộ gia đình'
        : 'expected a JSON object { "households": { "heading in the file": "field" }, "members": {…}, "dwellings": {…} }, or one map { "heading": "field" } for the households sheet';
    throw new SheetError([makeIssue(locale, 'invalid_column_map', {}, say(locale, 'invalid_column_map', { detail }))]);
  }
  const data = parsed.data as Record<string, unknown>;
  const nested = Object.keys(data).length > 0 && Object.values(data).every((entry) => typeof entry === 'object');
  if (nested) return data as ColumnMaps;
  return { households: data as ColumnMap };
}
