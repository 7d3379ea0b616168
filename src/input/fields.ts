/**
 * The input fields, described once: every household, income, member and dwelling field with its
 * type and domain, whether it may be `null`, its documentation, and a short label in Vietnamese
 * and English that a spreadsheet column or a form can show.
 *
 * Everything else is generated from these tables: the zod schemas (`schema.ts`), the input fast
 * path (`fast.ts`), the JSON Schema (`json-schema.ts`, `schema/*.json`), and the TypeScript types
 * (`MemberInput`, `DwellingInput`, `MemberFact`, `DwellingFact`, the parsed types the engine
 * reads). Adding a fact is one entry in {@link MEMBER_FIELDS} or {@link DWELLING_FIELDS}; the
 * comment on the entry is its TSDoc, and starts with its `description` (a test checks it).
 *
 * Facts are optional: an absent or `null` fact is *unknown*, never assumed.
 *
 * @module
 */
import { amountValue, type Money } from '../money.js';
import type { Localized } from '../rules/types.js';

/**
 * Largest household accepted (members or `size`): a documented bound that keeps work finite.
 *
 * @example
 * ```ts
 * import { MAX_HOUSEHOLD_SIZE } from 'chuan-ngheo';
 * MAX_HOUSEHOLD_SIZE; // 200
 * ```
 */
export const MAX_HOUSEHOLD_SIZE = 200;

/** Longest identifier accepted for a household or member. */
export const MAX_ID_LENGTH = 128;

/** Areas: rural (nông thôn) and urban (thành thị). */
export const AREAS = ['rural', 'urban'] as const;
/** Sex, for the retirement-age roadmap. */
export const SEXES = ['male', 'female'] as const;
/** Employment status of a member. */
export const EMPLOYMENT_STATUSES = ['wage-worker', 'self-employed', 'unemployed', 'not-in-labour-force'] as const;
/** Highest level of education completed, lowest first. */
export const EDUCATION_LEVELS = ['none', 'primary', 'lower-secondary', 'upper-secondary', 'vocational', 'tertiary'] as const;
/** School attendance of a child. */
export const SCHOOL_ATTENDANCE = ['appropriate-level', 'below-level', 'not-attending'] as const;
/** Dwelling durability classes (kiên cố, bán kiên cố, thiếu kiên cố, đơn sơ). */
export const DURABILITY_CLASSES = ['permanent', 'semi-permanent', 'less-permanent', 'simple'] as const;
/** Means of access to information the household may have. */
export const INFORMATION_MEANS = ['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'] as const;

// ---------------------------------------------------------------- the kinds of field

/**
 * The type of a field's values (its domain):
 * - `boolean`: `true` or `false`;
 * - `integer`: a safe integer from `min` to `max` (both inclusive);
 * - `number`: a finite number from `min` to `max` (both inclusive);
 * - `enum`: one of `values` (in their documented order), each with a label;
 * - `amount`: a non-negative JSON number or plain decimal string (no thousands separators), in `unit`;
 * - `list`: an array of at most `maxLength` of `values` (repeats allowed), each with a label;
 * - `id`: a string of 1 to 128 characters or a non-negative safe integer;
 * - `members`, `income`, `answers`, `dwelling`: the household's nested parts (1 to
 *   {@link MAX_HOUSEHOLD_SIZE} members; one income form; indicator answers; the dwelling).
 *
 * @example
 * ```ts
 * import { MEMBER_FIELDS } from 'chuan-ngheo';
 * MEMBER_FIELDS.age.type; // { kind: 'integer', min: 0, max: 130 }
 * ```
 */
export type FieldType =
  | {
      /** `true` or `false`. */
      readonly kind: 'boolean';
    }
  | {
      /** A safe integer within the bounds. */
      readonly kind: 'integer' | 'number';
      /** Smallest value accepted. */
      readonly min: number;
      /** Largest value accepted. */
      readonly max: number;
    }
  | {
      /** One of `values`. */
      readonly kind: 'enum';
      /** The values, in their documented order. */
      readonly values: readonly string[];
      /** A short label per value, in both languages. */
      readonly labels: Readonly<Record<string, Localized>>;
    }
  | {
      /** A list of `values`. */
      readonly kind: 'list';
      /** The values an entry may take, in their documented order. */
      readonly values: readonly string[];
      /** A short label per value, in both languages. */
      readonly labels: Readonly<Record<string, Localized>>;
      /** Most entries accepted. */
      readonly maxLength: number;
    }
  | {
      /** A non-negative decimal amount. */
      readonly kind: 'amount';
      /** What the amount is, as error messages name it (`amount`, `floor area`). */
      readonly noun: string;
      /** Its unit (`đồng`, `m²`). */
      readonly unit: string;
      /** How to write it, in English (the JSON Schema states the same as patterns). */
      readonly format: string;
    }
  | {
      /** An identifier, or one of the household's nested parts. */
      readonly kind: 'id' | 'members' | 'income' | 'answers' | 'dwelling';
    };

/**
 * One input field: its type, whether it may be `null` or must be given, its documentation and
 * its label.
 *
 * @example
 * ```ts
 * import { MEMBER_FIELDS } from 'chuan-ngheo';
 * const spec = MEMBER_FIELDS.healthInsurance;
 * spec.label.vi;  // 'Có bảo hiểm y tế'
 * spec.nullable;  // true
 * ```
 */
export interface FieldSpec {
  /** The type of its values (see {@link FieldType}). */
  readonly type: FieldType;
  /** Whether `null` is accepted (it means *unknown*, as an absent field does). */
  readonly nullable: boolean;
  /** Whether the field must be given (only the household's `area` and `income`). */
  readonly required?: boolean;
  /** Whether rule-set conditions can name it as a `fact` (see `MemberFact`, `DwellingFact`). */
  readonly fact?: boolean;
  /** What it means, in English (also the JSON Schema `description`). */
  readonly description: string;
  /** A short label for a column heading or a form field. */
  readonly label: Localized;
}

// Constructors for the table entries' types (each keeps its literal types for the TS types).
const BOOLEAN = { kind: 'boolean' } as const;
const ID = { kind: 'id' } as const;
const integer = (min: number, max: number) => ({ kind: 'integer', min, max }) as const;
const number = (min: number, max: number) => ({ kind: 'number', min, max }) as const;
const oneOf = <const V extends readonly string[]>(values: V, labels: { readonly [K in V[number]]: Localized }) => ({ kind: 'enum', values, labels }) as const;
const listOf = <const V extends readonly string[]>(values: V, labels: { readonly [K in V[number]]: Localized }, maxLength: number) =>
  ({ kind: 'list', values, labels, maxLength }) as const;
const MONEY = {
  kind: 'amount',
  noun: 'amount',
  unit: 'đồng',
  format: 'Non-negative amount: a JSON number or a plain decimal string such as "1500000" or "1999999.99" (no thousands separators).',
} as const;
const AREA_M2 = {
  kind: 'amount',
  noun: 'floor area',
  unit: 'm²',
  format: 'Non-negative area in m²: a JSON number or a plain decimal string such as "36" or "31.5".',
} as const;

const label = (vi: string, en: string): Localized => ({ vi, en });

// ---------------------------------------------------------------- the tables

const MEMBER = {
  /**
   * Your identifier for the member (shown in explanations instead of the position). A non-empty
   * string of at most 128 characters, or a non-negative integer.
   */
  id: {
    type: ID,
    nullable: false,
    description: 'Your identifier for the member (shown in explanations instead of the position).',
    label: label('Mã thành viên', 'Member id'),
  },
  /** Age in completed years at the review date. An integer from 0 to 130. */
  age: { type: integer(0, 130), nullable: true, description: 'Age in completed years at the review date.', label: label('Tuổi', 'Age') },
  /** Months since the last birthday (0–11); decides working age in the year the retirement age is reached. */
  ageMonths: {
    type: integer(0, 11),
    nullable: true,
    description: 'Months since the last birthday (0–11); decides working age in the year the retirement age is reached.',
    label: label('Số tháng từ sinh nhật gần nhất', 'Months since last birthday'),
  },
  /** Sex, for the statutory retirement age (working age). `male` or `female`. */
  sex: {
    type: oneOf(SEXES, { male: label('Nam', 'Male'), female: label('Nữ', 'Female') }),
    nullable: true,
    fact: true,
    description: 'Sex, for the statutory retirement age (working age).',
    label: label('Giới tính', 'Sex'),
  },
  /**
   * wage-worker: works for wages or salary; self-employed: own-account, employer or family
   * worker; unemployed: able and willing to work but has no job; not-in-labour-force: studying,
   * retired, unable to work.
   */
  employment: {
    type: oneOf(EMPLOYMENT_STATUSES, {
      'wage-worker': label('Làm công ăn lương', 'Wage worker'),
      'self-employed': label('Tự làm', 'Self-employed'),
      unemployed: label('Thất nghiệp', 'Unemployed'),
      'not-in-labour-force': label('Không tham gia lực lượng lao động', 'Not in the labour force'),
    }),
    nullable: true,
    fact: true,
    description:
      'wage-worker: works for wages or salary; self-employed: own-account, employer or family worker; unemployed: able and willing to work but has no job; not-in-labour-force: studying, retired, unable to work.',
    label: label('Tình trạng việc làm', 'Employment status'),
  },
  /** For a wage-worker: has a labour contract. */
  labourContract: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'For a wage-worker: has a labour contract.',
    label: label('Có hợp đồng lao động', 'Has a labour contract'),
  },
  /** Has health insurance (bảo hiểm y tế) now. */
  healthInsurance: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Has health insurance (bảo hiểm y tế) now.',
    label: label('Có bảo hiểm y tế', 'Has health insurance'),
  },
  /** Currently in school, college, university or a training course. */
  inEducationOrTraining: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Currently in school, college, university or a training course.',
    label: label('Đang đi học hoặc đào tạo', 'In education or training'),
  },
  /**
   * Highest level completed: none, primary (tiểu học), lower-secondary (THCS), upper-secondary
   * (THPT), vocational (a vocational-education qualification: sơ cấp, trung cấp, cao đẳng),
   * tertiary (university). See `EDUCATION_LEVELS`.
   */
  educationLevel: {
    type: oneOf(EDUCATION_LEVELS, {
      none: label('Chưa tốt nghiệp tiểu học', 'None'),
      primary: label('Tiểu học', 'Primary'),
      'lower-secondary': label('Trung học cơ sở', 'Lower secondary'),
      'upper-secondary': label('Trung học phổ thông', 'Upper secondary'),
      vocational: label('Giáo dục nghề nghiệp (sơ cấp, trung cấp, cao đẳng)', 'Vocational'),
      tertiary: label('Đại học trở lên', 'Tertiary'),
    }),
    nullable: true,
    fact: true,
    description:
      'Highest level completed: none, primary (tiểu học), lower-secondary (THCS), upper-secondary (THPT), vocational (a vocational-education qualification: sơ cấp, trung cấp, cao đẳng), tertiary (university).',
    label: label('Trình độ học vấn cao nhất', 'Highest education completed'),
  },
  /**
   * A worker certified by an employer as trained on the job (được người sử dụng lao động xác
   * nhận đã qua đào tạo); meets the qualification expected from 18 to 30 (2022–2025 adult education).
   */
  certifiedOnTheJob: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description:
      'A worker certified by an employer as trained on the job (được người sử dụng lao động xác nhận đã qua đào tạo); meets the qualification expected from 18 to 30 (2022–2025 adult education).',
    label: label('Được người sử dụng lao động xác nhận đã qua đào tạo', 'Certified as trained on the job'),
  },
  /**
   * For a child: attends the level appropriate to their age (appropriate-level), attends a lower
   * level (below-level), or does not attend (not-attending).
   */
  schoolAttendance: {
    type: oneOf(SCHOOL_ATTENDANCE, {
      'appropriate-level': label('Đi học đúng cấp học', 'At the level for their age'),
      'below-level': label('Đi học thấp hơn cấp học', 'Below the level for their age'),
      'not-attending': label('Không đi học', 'Not attending'),
    }),
    nullable: true,
    fact: true,
    description:
      'For a child: attends the level appropriate to their age (appropriate-level), attends a lower level (below-level), or does not attend (not-attending).',
    label: label('Tình trạng đi học', 'School attendance'),
  },
  /** Child is stunted: low height-for-age (suy dinh dưỡng thể thấp còi). */
  stunted: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Child is stunted: low height-for-age (suy dinh dưỡng thể thấp còi).',
    label: label('Suy dinh dưỡng thể thấp còi', 'Stunted'),
  },
  /** Child is underweight: low weight-for-age (suy dinh dưỡng thể nhẹ cân). */
  underweight: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Child is underweight: low weight-for-age (suy dinh dưỡng thể nhẹ cân).',
    label: label('Suy dinh dưỡng thể nhẹ cân', 'Underweight'),
  },
  /**
   * Counts as a dependant (người phụ thuộc) under the review guidance. Wins over the default:
   * children under 16, and elderly (60 or over) or disabled people receiving a monthly social
   * allowance.
   */
  dependant: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description:
      'Counts as a dependant (người phụ thuộc) under the review guidance. Wins over the default: children under 16, and elderly (60 or over) or disabled people receiving a monthly social allowance.',
    label: label('Là người phụ thuộc', 'Is a dependant'),
  },
  /** Receives a monthly social allowance (trợ cấp xã hội hằng tháng); with an age of 60 or over or a disability, a dependant by default. */
  monthlySocialAllowance: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Receives a monthly social allowance (trợ cấp xã hội hằng tháng); with an age of 60 or over or a disability, a dependant by default.',
    label: label('Hưởng trợ cấp xã hội hằng tháng', 'Receives a monthly social allowance'),
  },
  /** Has a disability (người khuyết tật); with a monthly social allowance, a dependant by default. */
  disability: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Has a disability (người khuyết tật); with a monthly social allowance, a dependant by default.',
    label: label('Là người khuyết tật', 'Has a disability'),
  },
  /** Uses internet services (any device, any connection). */
  usesInternet: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Uses internet services (any device, any connection).',
    label: label('Sử dụng dịch vụ internet', 'Uses the internet'),
  },
  /**
   * Year of birth. Used where a standard counts a birth cohort (2016–2020 adult education: born
   * 1986 or later); when absent, it is inferred from age and the review year, and stays unknown
   * when that is ambiguous. An integer from 1850 to 2200.
   */
  birthYear: {
    type: integer(1850, 2200),
    nullable: true,
    fact: true,
    description:
      'Year of birth. Used where a standard counts a birth cohort (2016–2020 adult education: born 1986 or later); when absent, it is inferred from age and the review year, and stays unknown when that is ambiguous.',
    label: label('Năm sinh', 'Year of birth'),
  },
  /**
   * In the 12 months before the review was ill (bedridden, or unable to work or study) and did
   * not seek medical treatment (2016–2020 access to health services).
   */
  untreatedIllness: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description:
      'In the 12 months before the review was ill (bedridden, or unable to work or study) and did not seek medical treatment (2016–2020 access to health services).',
    label: label('Ốm đau nhưng không khám chữa bệnh', 'Ill without medical treatment'),
  },
  /** Has a telephone (mobile or fixed-line) subscription (2016–2020 telecom indicator). */
  phoneSubscription: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Has a telephone (mobile or fixed-line) subscription (2016–2020 telecom indicator).',
    label: label('Có thuê bao điện thoại', 'Has a phone subscription'),
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

const DWELLING = {
  /** permanent (kiên cố), semi-permanent (bán kiên cố), less-permanent (thiếu kiên cố), simple (đơn sơ). */
  durability: {
    type: oneOf(DURABILITY_CLASSES, {
      permanent: label('Kiên cố', 'Permanent'),
      'semi-permanent': label('Bán kiên cố', 'Semi-permanent'),
      'less-permanent': label('Thiếu kiên cố', 'Less permanent'),
      simple: label('Đơn sơ', 'Simple'),
    }),
    nullable: true,
    fact: true,
    description: 'permanent (kiên cố), semi-permanent (bán kiên cố), less-permanent (thiếu kiên cố), simple (đơn sơ).',
    label: label('Mức độ kiên cố của nhà ở', 'Durability of the dwelling'),
  },
  /** The walls (tường) are of durable materials; with the frame and the roof, decides housing quality when the durability class is not given. */
  wallsDurable: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'The walls (tường) are of durable materials; with the frame and the roof, decides housing quality when the durability class is not given.',
    label: label('Tường bằng vật liệu bền chắc', 'Durable walls'),
  },
  /** The pillars or frame (cột, khung) are of durable materials; one of the three main structures. */
  frameDurable: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'The pillars or frame (cột, khung) are of durable materials; one of the three main structures.',
    label: label('Cột, khung bằng vật liệu bền chắc', 'Durable pillars or frame'),
  },
  /** The roof (mái) is of durable materials; one of the three main structures. */
  roofDurable: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'The roof (mái) is of durable materials; one of the three main structures.',
    label: label('Mái bằng vật liệu bền chắc', 'Durable roof'),
  },
  /**
   * Living floor area of the dwelling in m² (a non-negative decimal). A JSON number or a plain
   * decimal string such as `"36"` or `"31.5"`.
   */
  floorArea: {
    type: AREA_M2,
    nullable: true,
    fact: true,
    description: 'Living floor area of the dwelling in m² (a non-negative decimal).',
    label: label('Diện tích nhà ở (m²)', 'Floor area (m²)'),
  },
  /** Has access to a safe domestic water source. The 2022–2025 concept (an toàn); see `hygienicWater` for 2016–2020. */
  safeWater: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Has access to a safe domestic water source.',
    label: label('Có nguồn nước sinh hoạt an toàn', 'Has safe domestic water'),
  },
  /** Uses a hygienic latrine. */
  hygienicLatrine: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Uses a hygienic latrine.',
    label: label('Sử dụng nhà tiêu hợp vệ sinh', 'Uses a hygienic latrine'),
  },
  /** Means of access to information the household has; [] for none. Entries from `INFORMATION_MEANS`, at most 24. */
  informationMeans: {
    type: listOf(
      INFORMATION_MEANS,
      {
        television: label('Ti vi', 'Television'),
        radio: label('Radio', 'Radio'),
        computer: label('Máy vi tính', 'Computer'),
        smartphone: label('Điện thoại thông minh', 'Smartphone'),
        tablet: label('Máy tính bảng', 'Tablet'),
        'feature-phone': label('Điện thoại di động thường', 'Feature phone'),
      },
      INFORMATION_MEANS.length * 4,
    ),
    nullable: true,
    fact: true,
    description: 'Means of access to information the household has; [] for none.',
    label: label('Phương tiện tiếp cận thông tin', 'Means of access to information'),
  },
  /** Can hear the commune/village loudspeaker system. */
  hearsLoudspeaker: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description: 'Can hear the commune/village loudspeaker system.',
    label: label('Nghe được hệ thống loa truyền thanh', 'Hears the loudspeaker system'),
  },
  /**
   * Has a hygienic (hợp vệ sinh) domestic water source — the 2016–2020 concept. It is a separate
   * fact from safeWater (an toàn, 2022–2025): give both when comparing standards.
   */
  hygienicWater: {
    type: BOOLEAN,
    nullable: true,
    fact: true,
    description:
      'Has a hygienic (hợp vệ sinh) domestic water source — the 2016–2020 concept. It is a separate fact from safeWater (an toàn, 2022–2025): give both when comparing standards.',
    label: label('Có nguồn nước sinh hoạt hợp vệ sinh', 'Has hygienic domestic water'),
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

const INCOME = {
  /** VND per person per month. */
  perCapitaMonthly: {
    type: MONEY,
    nullable: false,
    description: 'VND per person per month.',
    label: label('Thu nhập bình quân đầu người/tháng (đồng)', 'Income per person per month (VND)'),
  },
  /** VND for the whole household per month. */
  householdMonthly: {
    type: MONEY,
    nullable: false,
    description: 'VND for the whole household per month.',
    label: label('Thu nhập của hộ/tháng (đồng)', 'Household income per month (VND)'),
  },
  /** VND for the whole household over 12 months. */
  householdAnnual: {
    type: MONEY,
    nullable: false,
    description: 'VND for the whole household over 12 months.',
    label: label('Thu nhập của hộ trong 12 tháng (đồng)', 'Household income over 12 months (VND)'),
  },
  /** Income-proxy score from the review form (Circular 07/2021/TT-BLĐTBXH, điểm A / B1), for rule sets that define score thresholds. */
  score: {
    type: number(0, 100000),
    nullable: false,
    description: 'Income-proxy score from the review form (Circular 07/2021/TT-BLĐTBXH, điểm A / B1), for rule sets that define score thresholds.',
    label: label('Điểm thu nhập (phiếu B1)', 'Income-proxy score'),
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

const HOUSEHOLD = {
  /** Your identifier for the household (copied to the result). */
  id: { type: ID, nullable: false, description: 'Your identifier for the household (copied to the result).', label: label('Mã hộ', 'Household id') },
  /** rural (nông thôn) or urban (thành thị). */
  area: {
    type: oneOf(AREAS, { rural: label('Nông thôn', 'Rural'), urban: label('Thành thị', 'Urban') }),
    nullable: false,
    required: true,
    description: 'rural (nông thôn) or urban (thành thị).',
    label: label('Khu vực', 'Area'),
  },
  /** Number of members; may be omitted when members are listed. */
  size: {
    type: integer(1, MAX_HOUSEHOLD_SIZE),
    nullable: false,
    description: 'Number of members; may be omitted when members are listed.',
    label: label('Số nhân khẩu', 'Household size'),
  },
  /** The members, for indicators derived from member facts. */
  members: {
    type: { kind: 'members' },
    nullable: false,
    description: 'The members, for indicators derived from member facts.',
    label: label('Thành viên', 'Members'),
  },
  /** Income in exactly one form. */
  income: { type: { kind: 'income' }, nullable: false, required: true, description: 'Income in exactly one form.', label: label('Thu nhập', 'Income') },
  /** Answers per indicator as on the review form. */
  deprivations: {
    type: { kind: 'answers' },
    nullable: false,
    description: 'Answers per indicator as on the review form.',
    label: label('Trả lời theo chỉ số', 'Indicator answers'),
  },
  /** Facts about the dwelling, for the housing, water, sanitation and information indicators. */
  dwelling: {
    type: { kind: 'dwelling' },
    nullable: false,
    description: 'Facts about the dwelling, for the housing, water, sanitation and information indicators.',
    label: label('Nhà ở', 'Dwelling'),
  },
} as const satisfies Readonly<Record<string, FieldSpec>>;

/** The member table with its literal types (for the derived TypeScript types). @internal */
export type MemberTable = typeof MEMBER;
/** The dwelling table with its literal types. @internal */
export type DwellingTable = typeof DWELLING;
/** The income table with its literal types. @internal */
export type IncomeTable = typeof INCOME;
/** The household table with its literal types. @internal */
export type HouseholdTable = typeof HOUSEHOLD;

/**
 * A member field name (`id`, `age`, `ageMonths`, and every {@link MemberFact}).
 *
 * @example
 * ```ts
 * import type { MemberField } from 'chuan-ngheo';
 * const column: MemberField = 'healthInsurance';
 * ```
 */
export type MemberField = MemberFieldNames;
/** @inline */
type MemberFieldNames = keyof MemberTable;

/**
 * A dwelling field name (every one is a {@link DwellingFact}).
 *
 * @example
 * ```ts
 * import type { DwellingField } from 'chuan-ngheo';
 * const column: DwellingField = 'floorArea';
 * ```
 */
export type DwellingField = DwellingFieldNames;
/** @inline */
type DwellingFieldNames = keyof DwellingTable;

/**
 * An income form.
 *
 * @example
 * ```ts
 * import type { IncomeField } from 'chuan-ngheo';
 * const form: IncomeField = 'householdMonthly';
 * ```
 */
export type IncomeField = IncomeFieldNames;
/** @inline */
type IncomeFieldNames = keyof IncomeTable;

/**
 * A top-level household field name.
 *
 * @example
 * ```ts
 * import type { HouseholdField } from 'chuan-ngheo';
 * const field: HouseholdField = 'area';
 * ```
 */
export type HouseholdField = HouseholdFieldNames;
/** @inline */
type HouseholdFieldNames = keyof HouseholdTable;

/**
 * The member fields, in the order a form or spreadsheet should show them.
 *
 * @example
 * ```ts
 * import { MEMBER_FIELDS } from 'chuan-ngheo';
 * MEMBER_FIELDS.age.label;  // { vi: 'Tuổi', en: 'Age' }
 * MEMBER_FIELDS.employment.type.kind;  // 'enum'
 * Object.keys(MEMBER_FIELDS).length;  // 20
 * ```
 */
export const MEMBER_FIELDS: { readonly [K in MemberField]: FieldSpec } = deepFreeze(MEMBER);

/**
 * The dwelling fields.
 *
 * @example
 * ```ts
 * import { DWELLING_FIELDS } from 'chuan-ngheo';
 * DWELLING_FIELDS.floorArea.label.vi;  // 'Diện tích nhà ở (m²)'
 * DWELLING_FIELDS.informationMeans.type.kind;  // 'list'
 * ```
 */
export const DWELLING_FIELDS: { readonly [K in DwellingField]: FieldSpec } = deepFreeze(DWELLING);

/**
 * The income forms: give exactly one (`score` only for rule sets with score thresholds).
 *
 * @example
 * ```ts
 * import { INCOME_FIELDS } from 'chuan-ngheo';
 * INCOME_FIELDS.perCapitaMonthly.label.en;  // 'Income per person per month (VND)'
 * ```
 */
export const INCOME_FIELDS: { readonly [K in IncomeField]: FieldSpec } = deepFreeze(INCOME);

/**
 * The top-level household fields (`members`, `income`, `deprivations` and `dwelling` are the
 * nested parts described by the other tables and the rule set's indicators).
 *
 * @example
 * ```ts
 * import { HOUSEHOLD_FIELDS } from 'chuan-ngheo';
 * HOUSEHOLD_FIELDS.size.label.vi;  // 'Số nhân khẩu'
 * HOUSEHOLD_FIELDS.area.required;  // true
 * ```
 */
export const HOUSEHOLD_FIELDS: { readonly [K in HouseholdField]: FieldSpec } = deepFreeze(HOUSEHOLD);

/** The raw tables, for the generators in this folder (same objects as the exported ones). @internal */
export const TABLES = { member: MEMBER, dwelling: DWELLING, income: INCOME, household: HOUSEHOLD } as const;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// ---------------------------------------------------------------- derived types

/** Fields that rule conditions can name. */
type FactNames<F> = { [K in keyof F]: F[K] extends { readonly fact: true } ? K : never }[keyof F];

/** Member facts rule conditions can name (derived from the table). @internal */
export type MemberFactNames = FactNames<MemberTable>;
/** Dwelling facts rule conditions can name (derived from the table). @internal */
export type DwellingFactNames = FactNames<DwellingTable>;

const factsOf = <F extends Readonly<Record<string, FieldSpec>>>(table: F): readonly FactNames<F>[] =>
  Object.freeze(Object.keys(table).filter((name) => table[name]!.fact === true) as FactNames<F>[]);

/** The member facts rule conditions can name, in table order (e.g. for `z.enum`). @internal */
export const MEMBER_FACTS: readonly MemberFactNames[] = factsOf(MEMBER);
/** The dwelling facts rule conditions can name, in table order. @internal */
export const DWELLING_FACTS: readonly DwellingFactNames[] = factsOf(DWELLING);

/** The TypeScript type of a value as given, by field type. */
type ValueIn<T> = T extends { readonly kind: 'boolean' }
  ? boolean
  : T extends { readonly kind: 'integer' | 'number' }
    ? number
    : T extends { readonly kind: 'enum'; readonly values: readonly (infer V)[] }
      ? V
      : T extends { readonly kind: 'list'; readonly values: readonly (infer V)[] }
        ? V[]
        : T extends { readonly kind: 'amount' }
          ? number | string
          : T extends { readonly kind: 'id' }
            ? string | number
            : never;

/** The TypeScript type of a value once validated (amounts become exact decimals). */
type ValueOut<T> = T extends { readonly kind: 'amount' } ? Money : ValueIn<T>;

type NullOf<S> = S extends { readonly nullable: true } ? null : never;

/** A field as given: optional, and `null` where the table allows it. @internal */
export type FieldInput<S extends FieldSpec> = ValueIn<S['type']> | NullOf<S>;
/** A field once validated. @internal */
export type FieldOutput<S extends FieldSpec> = ValueOut<S['type']> | NullOf<S>;

/** An object of optional fields as given (keeps each entry's TSDoc). @internal */
export type InputOf<F extends Readonly<Record<string, FieldSpec>>> = { -readonly [K in keyof F]?: ValueIn<F[K]['type']> | NullOf<F[K]> };
/** An object of optional fields once validated. @internal */
export type OutputOf<F extends Readonly<Record<string, FieldSpec>>> = { -readonly [K in keyof F]?: ValueOut<F[K]['type']> | NullOf<F[K]> };

// ---------------------------------------------------------------- domains

/**
 * Where a fact lives: on a member or on the dwelling.
 *
 * @example
 * ```ts
 * import type { FactScope } from 'chuan-ngheo';
 * const scope: FactScope = 'dwelling';
 * ```
 */
export type FactScope = 'member' | 'dwelling';

/**
 * The types of the fields marked as facts: what conditions compare with `equals`, `in` and
 * `includesNoneOf` (no table marks an identifier, a nested part or a `number` field as a fact).
 */
type FactType =
  | Extract<FieldType, { readonly kind: 'boolean' | 'enum' | 'list' | 'amount' }>
  | { readonly kind: 'integer'; readonly min: number; readonly max: number };

/** Fails to compile if a table marks as a fact a field whose type is not a {@link FactType}. */
type FactTypesChecked<T extends true> = T;
// biome-ignore lint/correctness/noUnusedVariables: a compile-time check, never used as a type
type FactTypesAreComparable = FactTypesChecked<MemberTable[MemberFactNames]['type'] | DwellingTable[DwellingFactNames]['type'] extends FactType ? true : false>;

function factType(scope: FactScope, fact: string): FactType | undefined {
  const table: Readonly<Record<string, FieldSpec>> = scope === 'member' ? MEMBER : DWELLING;
  if (!Object.hasOwn(table, fact)) return undefined;
  const spec = table[fact]!;
  return spec.fact === true ? (spec.type as FactType) : undefined;
}

/**
 * Whether `value` is in the domain of a member or dwelling fact that rule conditions can name
 * (`equals`, `in`, `includesNoneOf`): `true`/`false` for a boolean fact, one of the values for an
 * enum, an integer within the bounds, a valid amount; for a list fact (`informationMeans`), one
 * of the values its entries may take. `false` for a field that is not such a fact (`id`, `age`,
 * an unknown name).
 *
 * @example
 * ```ts
 * import { isFactValue } from 'chuan-ngheo';
 * isFactValue('member', 'employment', 'unemployed'); // true
 * isFactValue('member', 'employment', 'unemployd');  // false
 * isFactValue('dwelling', 'informationMeans', 'radio'); // true
 * isFactValue('member', 'healthInsurance', 'true');  // false
 * ```
 */
export function isFactValue(scope: FactScope, fact: string, value: unknown): boolean {
  const type = factType(scope, fact);
  if (type === undefined) return false;
  switch (type.kind) {
    case 'boolean':
      return value === true || value === false;
    case 'integer':
      return Number.isSafeInteger(value) && (value as number) >= type.min && (value as number) <= type.max;
    case 'enum':
    case 'list':
      return typeof value === 'string' && type.values.includes(value);
    case 'amount':
      return amountValue(value) !== undefined;
  }
}

/**
 * The domain of a member or dwelling fact in words, for messages: e.g. `one of "male",
 * "female"` (for a list fact, the values its entries take, as {@link isFactValue} checks them);
 * `undefined` when it is not a fact rule conditions can name.
 *
 * @example
 * ```ts
 * import { describeFactDomain } from 'chuan-ngheo';
 * describeFactDomain('member', 'sex'); // 'one of "male", "female"'
 * describeFactDomain('member', 'birthYear'); // 'an integer from 1850 to 2200'
 * describeFactDomain('member', 'age'); // undefined
 * ```
 */
export function describeFactDomain(scope: FactScope, fact: string): string | undefined {
  const type = factType(scope, fact);
  if (type === undefined) return undefined;
  switch (type.kind) {
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `an integer from ${type.min} to ${type.max}`;
    case 'enum':
    case 'list':
      // A condition on a list fact names the values its entries take.
      return `one of ${type.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'amount':
      return `a non-negative amount in ${type.unit}`;
  }
}
