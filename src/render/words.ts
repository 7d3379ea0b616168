/**
 * Rule data in words a ward officer reads (Vietnamese or English): an indicator's test and its
 * conditions on members and the dwelling, without field names or JSON. Used by `renderDiff`.
 *
 * Every fact of the household schema has words here in both languages (a test checks it against
 * the facts `deriveRuleSet` accepts); a fact without words would be shown as its name in
 * backticks, never dropped.
 *
 * @internal
 * @module
 */
import { formatAmount, Money } from '../money.js';
import type { DwellingCondition, IndicatorTest, Locale, MemberCondition } from '../rules/types.js';
import { fill } from './fill.js';

/** Words for boolean facts: what holds when the fact is true, and when it is false. */
const BOOLEAN: Readonly<Record<Locale, Readonly<Record<string, readonly [string, string]>>>> = {
  vi: {
    labourContract: ['có hợp đồng lao động', 'không có hợp đồng lao động'],
    healthInsurance: ['có bảo hiểm y tế', 'không có bảo hiểm y tế'],
    inEducationOrTraining: ['đang đi học hoặc đào tạo', 'không đi học hoặc đào tạo'],
    certifiedOnTheJob: ['được người sử dụng lao động xác nhận đã qua đào tạo', 'không được xác nhận đã qua đào tạo tại nơi làm việc'],
    stunted: ['bị suy dinh dưỡng thể thấp còi', 'không bị suy dinh dưỡng thể thấp còi'],
    underweight: ['bị suy dinh dưỡng thể nhẹ cân', 'không bị suy dinh dưỡng thể nhẹ cân'],
    dependant: ['là người phụ thuộc', 'không là người phụ thuộc'],
    monthlySocialAllowance: ['hưởng trợ cấp xã hội hằng tháng', 'không hưởng trợ cấp xã hội hằng tháng'],
    disability: ['là người khuyết tật', 'không là người khuyết tật'],
    usesInternet: ['sử dụng dịch vụ internet', 'không sử dụng dịch vụ internet'],
    untreatedIllness: ['ốm đau mà không đi khám chữa bệnh', 'không có lần ốm đau nào mà không đi khám chữa bệnh'],
    phoneSubscription: ['có thuê bao điện thoại', 'không có thuê bao điện thoại'],
    safeWater: ['có nguồn nước sinh hoạt an toàn', 'không có nguồn nước sinh hoạt an toàn'],
    hygienicLatrine: ['dùng nhà tiêu hợp vệ sinh', 'không dùng nhà tiêu hợp vệ sinh'],
    hearsLoudspeaker: ['nghe được hệ thống loa truyền thanh', 'không nghe được hệ thống loa truyền thanh'],
    hygienicWater: ['có nguồn nước hợp vệ sinh', 'không có nguồn nước hợp vệ sinh'],
    wallsDurable: ['có tường bằng vật liệu bền chắc', 'có tường bằng vật liệu không bền chắc'],
    frameDurable: ['có cột, khung bằng vật liệu bền chắc', 'có cột, khung bằng vật liệu không bền chắc'],
    roofDurable: ['có mái bằng vật liệu bền chắc', 'có mái bằng vật liệu không bền chắc'],
  },
  en: {
    labourContract: ['has a labour contract', 'has no labour contract'],
    healthInsurance: ['has health insurance', 'has no health insurance'],
    inEducationOrTraining: ['is in education or training', 'is not in education or training'],
    certifiedOnTheJob: ['is certified by an employer as trained on the job', 'is not certified as trained on the job'],
    stunted: ['is stunted', 'is not stunted'],
    underweight: ['is underweight', 'is not underweight'],
    dependant: ['is a dependant', 'is not a dependant'],
    monthlySocialAllowance: ['receives a monthly social allowance', 'receives no monthly social allowance'],
    disability: ['has a disability', 'has no disability'],
    usesInternet: ['uses internet services', 'does not use internet services'],
    untreatedIllness: ['was ill without seeking treatment', 'was never ill without seeking treatment'],
    phoneSubscription: ['has a telephone subscription', 'has no telephone subscription'],
    safeWater: ['has a safe water source', 'has no safe water source'],
    hygienicLatrine: ['uses a hygienic latrine', 'does not use a hygienic latrine'],
    hearsLoudspeaker: ['can hear the loudspeaker system', 'cannot hear the loudspeaker system'],
    hygienicWater: ['has a hygienic water source', 'has no hygienic water source'],
    wallsDurable: ['has walls of durable materials', 'has walls of non-durable materials'],
    frameDurable: ['has pillars/frame of durable materials', 'has pillars/frame of non-durable materials'],
    roofDurable: ['has a roof of durable materials', 'has a roof of non-durable materials'],
  },
};

/** Names of facts compared by value, and their values. */
const NOUN: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    sex: 'giới tính',
    employment: 'tình trạng việc làm',
    educationLevel: 'trình độ học vấn cao nhất',
    schoolAttendance: 'tình trạng đi học',
    durability: 'mức độ kiên cố của nhà ở',
    informationMeans: 'phương tiện tiếp cận thông tin',
  },
  en: {
    sex: 'sex',
    employment: 'employment',
    educationLevel: 'highest education level',
    schoolAttendance: 'school attendance',
    durability: 'durability of the dwelling',
    informationMeans: 'means of access to information',
  },
};

const VALUE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    male: 'nam',
    female: 'nữ',
    'wage-worker': 'làm công ăn lương',
    'self-employed': 'tự làm',
    unemployed: 'thất nghiệp',
    'not-in-labour-force': 'không tham gia lực lượng lao động',
    none: 'chưa đi học',
    primary: 'tiểu học',
    'lower-secondary': 'trung học cơ sở',
    'upper-secondary': 'trung học phổ thông',
    vocational: 'giáo dục nghề nghiệp',
    tertiary: 'đại học',
    'appropriate-level': 'đi học đúng cấp',
    'below-level': 'đi học thấp hơn cấp phù hợp',
    'not-attending': 'không đi học',
    permanent: 'kiên cố',
    'semi-permanent': 'bán kiên cố',
    'less-permanent': 'thiếu kiên cố',
    simple: 'đơn sơ',
    television: 'tivi',
    radio: 'radio',
    computer: 'máy tính',
    smartphone: 'điện thoại thông minh',
    tablet: 'máy tính bảng',
    'feature-phone': 'điện thoại phổ thông',
  },
  en: {
    male: 'male',
    female: 'female',
    'wage-worker': 'wage worker',
    'self-employed': 'self-employed',
    unemployed: 'unemployed',
    'not-in-labour-force': 'not in the labour force',
    none: 'no schooling',
    primary: 'primary',
    'lower-secondary': 'lower secondary',
    'upper-secondary': 'upper secondary',
    vocational: 'vocational',
    tertiary: 'tertiary',
    'appropriate-level': 'attends the right level',
    'below-level': 'attends a lower level',
    'not-attending': 'not attending',
    permanent: 'permanent',
    'semi-permanent': 'semi-permanent',
    'less-permanent': 'less-permanent',
    simple: 'simple (makeshift)',
    television: 'television',
    radio: 'radio',
    computer: 'computer',
    smartphone: 'smartphone',
    tablet: 'tablet',
    'feature-phone': 'feature phone',
  },
};

const W = {
  vi: {
    and: 'và',
    or: 'hoặc',
    is: '{noun} là {value}',
    oneOf: '{noun} là {values}',
    noneOf: 'không có {values}',
    ifUnknown: '{condition} (nếu chưa rõ: {fallback})',
    atLeast: 'ít nhất {n} trong số: {conditions}',
    notCounted: '{condition} ({values} không được tính)',
    workingAge: 'trong độ tuổi lao động',
    bornFrom: 'sinh từ năm {year} trở về sau',
    ageBetween: 'từ đủ {min} đến {max} tuổi',
    ageFrom: 'từ đủ {min} tuổi trở lên',
    ageUnder: 'dưới {under} tuổi',
    anyAge: 'ở mọi độ tuổi',
    'any-member': 'thiếu hụt khi có ít nhất một thành viên: {condition}',
    'no-member': 'thiếu hụt khi không có thành viên nào: {condition}',
    'member-share-above': 'thiếu hụt khi trên {percent} số thành viên: {condition}',
    'per-member-below': 'thiếu hụt khi diện tích nhà ở bình quân dưới {floor} m²/người',
    dwelling: 'thiếu hụt khi hộ gia đình: {condition}',
    'answer-only': 'chỉ xác định theo câu trả lời trên phiếu rà soát',
  },
  en: {
    and: 'and',
    or: 'or',
    is: '{noun} is {value}',
    oneOf: '{noun} is {values}',
    noneOf: 'has no {values}',
    ifUnknown: '{condition} (if unknown: {fallback})',
    atLeast: 'at least {n} of: {conditions}',
    notCounted: '{condition} ({values} not counted)',
    workingAge: 'of working age',
    bornFrom: 'born in {year} or later',
    ageBetween: 'aged {min} to {max}',
    ageFrom: 'aged {min} or over',
    ageUnder: 'aged under {under}',
    anyAge: 'of any age',
    'any-member': 'deprived when at least one member: {condition}',
    'no-member': 'deprived when no member: {condition}',
    'member-share-above': 'deprived when more than {percent} of the members: {condition}',
    'per-member-below': 'deprived when the floor area is below {floor} m² per member',
    dwelling: 'deprived when the household: {condition}',
    'answer-only': 'decided only by the review-form answer',
  },
} as const;

const code = (text: string): string => `\`${text}\``;

function valueWord(value: unknown, locale: Locale): string {
  return typeof value === 'string' ? (VALUE[locale][value] ?? code(value)) : code(String(value));
}

function list(values: readonly unknown[], locale: Locale): string {
  const words = values.map((value) => valueWord(value, locale));
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} ${W[locale].or} ${words[words.length - 1]!}`;
}

/** One comparison of a fact: `có bảo hiểm y tế`, `tình trạng việc làm là thất nghiệp`. */
function factWords(fact: string, condition: Record<string, unknown>, locale: Locale): string {
  const w = W[locale];
  const noun = NOUN[locale][fact] ?? code(fact);
  if ('equals' in condition) {
    const pair = BOOLEAN[locale][fact];
    if (typeof condition['equals'] === 'boolean')
      return pair === undefined ? `${code(fact)} = ${String(condition['equals'])}` : pair[condition['equals'] ? 0 : 1];
    return fill(w.is, { noun, value: valueWord(condition['equals'], locale) });
  }
  if (Array.isArray(condition['in'])) return fill(w.oneOf, { noun, values: list(condition['in'], locale) });
  if (Array.isArray(condition['includesNoneOf'])) return fill(w.noneOf, { values: list(condition['includesNoneOf'], locale) });
  return code(fact);
}

function ageWords(age: { min?: number; max?: number }, locale: Locale): string {
  const w = W[locale];
  if (age.min !== undefined && age.max !== undefined) return fill(w.ageBetween, { min: String(age.min), max: String(age.max) });
  if (age.min !== undefined) return fill(w.ageFrom, { min: String(age.min) });
  if (age.max !== undefined) return fill(w.ageUnder, { under: String(age.max + 1) });
  return w.anyAge;
}

/** A member or dwelling condition in words; compound parts inside a compound are bracketed. */
export function conditionWords(condition: MemberCondition | DwellingCondition, locale: Locale, nested = false): string {
  const c = condition as Record<string, unknown>;
  const w = W[locale];
  const parts = (c['all'] ?? c['any']) as readonly (MemberCondition | DwellingCondition)[] | undefined;
  if (Array.isArray(parts)) {
    const text = parts.map((part) => conditionWords(part, locale, true)).join(` ${Array.isArray(c['all']) ? w.and : w.or} `);
    return nested && parts.length > 1 ? `(${text})` : text;
  }
  if (typeof c['atLeast'] === 'number' && Array.isArray(c['of'])) {
    const counted = (c['of'] as readonly (MemberCondition | DwellingCondition)[]).map((part) => conditionWords(part, locale, true)).join('; ');
    const text = fill(w.atLeast, { n: String(c['atLeast']), conditions: counted });
    return nested ? `(${text})` : text;
  }
  if (c['age'] !== undefined) return ageWords(c['age'] as { min?: number; max?: number }, locale);
  if (c['workingAge'] === true) return w.workingAge;
  if (typeof c['bornFrom'] === 'number') return fill(w.bornFrom, { year: String(c['bornFrom']) });
  if (typeof c['fact'] === 'string') {
    let text = factWords(c['fact'], c, locale);
    if (Array.isArray(c['notCounted']) && c['notCounted'].length > 0)
      text = fill(w.notCounted, { condition: text, values: list(c['notCounted'], locale).replace(` ${w.or} `, ', ') });
    return c['ifUnknown'] === undefined ? text : fill(w.ifUnknown, { condition: text, fallback: conditionWords(c['ifUnknown'] as MemberCondition, locale) });
  }
  return code(JSON.stringify(condition));
}

function percent(share: string, locale: Locale): string {
  const text = new Money(share).times(100).toFixed();
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

/** An indicator's test in words: when a household is deprived. */
export function testWords(test: IndicatorTest, locale: Locale): string {
  const w = W[locale];
  switch (test.kind) {
    case 'any-member':
    case 'no-member':
    case 'dwelling':
      return fill(w[test.kind], { condition: conditionWords(test.where, locale) });
    case 'member-share-above':
      return fill(w['member-share-above'], { condition: conditionWords(test.where, locale), percent: percent(test.share, locale) });
    case 'per-member-below':
      return fill(w['per-member-below'], { floor: formatAmount(test.floor, locale) });
    case 'answer-only':
      return w['answer-only'];
    default:
      return code(JSON.stringify(test));
  }
}

/** Whether every fact name has words in both languages (boolean facts: both sides; others: a noun). */
export function hasWords(fact: string, kind: 'boolean' | 'value'): boolean {
  return (['vi', 'en'] as const).every((locale) => (kind === 'boolean' ? BOOLEAN[locale][fact] !== undefined : NOUN[locale][fact] !== undefined));
}

/** Whether a value has a word in both languages. */
export function hasValueWord(value: string): boolean {
  return VALUE.vi[value] !== undefined && VALUE.en[value] !== undefined;
}
