/**
 * `renderSummary` and `renderChange`: a {@link Summary} or a {@link Change} as plain-text tables
 * in Vietnamese or English — categories, deprivations, Alkire–Foster measures and the robustness
 * table of every cut; with survey options, the weighted estimates for households and persons with
 * standard errors and confidence intervals. Rounding happens here and only here (percentages to 2
 * decimal places half-up, weighted totals to whole households or persons).
 *
 * @module
 */
import { catalogueOf, table } from './table.js';
import { z } from 'zod';
import { fill } from './fill.js';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { formatAmount, Money } from '../money.js';
import type { Locale, MessageCatalogue, RuleSet } from '../rules/types.js';
import type { CountShare, Summary, SummaryFigures, SurveySummary } from '../batch/summarize.js';
import type { Change, ChangeFigures, Difference, LevelChange, MeasureChange } from '../stats/change.js';
import type { Estimate, SurveyDesign, SurveyFigures, SurveyLevel, WeightedMeasure, WeightedShare } from '../stats/survey.js';

/** Options for {@link renderSummary}. */
export interface RenderSummaryOptions {
  /** `vi` (default) or `en`. */
  locale?: Locale;
  /** The rule set, when it is not built in, for its indicator names. */
  ruleSet?: RuleSet;
}

const LABELS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    title: 'Tổng hợp kết quả phân loại',
    ruleSet: 'Bộ quy tắc',
    rows: 'Số dòng',
    classified: 'đã phân loại',
    errors: 'lỗi',
    category: 'Phân loại',
    households: 'Số hộ',
    share: 'Tỷ lệ',
    poor: 'Hộ nghèo',
    'near-poor': 'Hộ cận nghèo',
    'poor-or-near-poor': 'Hộ nghèo và cận nghèo',
    average: 'Hộ có mức sống trung bình',
    'above-average': 'Trên mức sống trung bình',
    undetermined: 'Chưa xác định',
    error: 'Lỗi dữ liệu',
    indicator: 'Chỉ số',
    deprived: 'Thiếu hụt',
    unknown: 'Chưa rõ',
    rate: 'Tỷ lệ',
    amongPnp: 'Trong hộ nghèo, cận nghèo',
    deprivationTable: 'Thiếu hụt theo chỉ số (tỷ lệ trên số hộ đã phân loại; trên số hộ nghèo và cận nghèo)',
    af: 'Alkire–Foster (trọng số bằng nhau 1/{d}, k = {k}/{d}; {n} hộ đủ thông tin, {incomplete} hộ thiếu thông tin không tính)',
    afLine: 'H = {H}   A = {A}   M0 = H × A = {M0}',
    censored: 'Tỷ lệ thiếu hụt đã kiểm duyệt',
    contribution: 'Đóng góp vào M0',
    groups: 'Theo nhóm: {by}',
    group: 'Nhóm',
    missing: '(không có)',
    none: '—',
    cuts: 'Độ vững theo ngưỡng k (số chỉ số thiếu hụt tối thiểu)',
    cutsWeighted: 'Độ vững theo ngưỡng k (tỷ lệ trọng số)',
    atLeast: 'k',
    poorCount: 'Số hộ nghèo đa chiều',
    survey: 'Ước lượng theo quyền số — {unit}',
    household: 'hộ gia đình (tỷ lệ hộ)',
    person: 'nhân khẩu (tỷ lệ người = quyền số × số nhân khẩu)',
    design: 'Thiết kế mẫu: {weight}; {strata}; {psu}; tuyến tính hoá Taylor, đơn vị mẫu cấp 1 chọn có hoàn lại',
    weight: 'quyền số "{name}"',
    unweighted: 'không có quyền số (mỗi dòng = 1)',
    strata: '{count} tầng ("{name}")',
    strataNamed: 'các tầng "{name}"',
    psuNamed: 'các đơn vị mẫu cấp 1 "{name}"',
    ownPsu: 'mỗi hộ là một đơn vị mẫu cấp 1',
    oneStratum: '1 tầng',
    psu: '{count} đơn vị mẫu cấp 1 ("{name}")',
    rowPsu: 'mỗi hộ là một đơn vị mẫu cấp 1 ({count})',
    singletons: '{count} tầng chỉ có 1 đơn vị mẫu cấp 1 (xử lý: {policy})',
    df: 'bậc tự do {df}',
    noSe: 'không tính sai số chuẩn',
    total: 'Tổng có quyền số',
    se: 'Sai số chuẩn',
    ci: 'Khoảng tin cậy {level}',
    afSurvey: 'Alkire–Foster ({name}, k = {k}; tổng có quyền số: {population} hộ đủ thông tin, {incomplete} thiếu thông tin)',
    afSurveyPersons: 'Alkire–Foster ({name}, k = {k}; tổng có quyền số: {population} người đủ thông tin, {incomplete} thiếu thông tin)',
    national: 'đếm số chỉ số, trọng số bằng nhau',
    measure: 'Cách tính',
    unsized: '{count} dòng lỗi không đọc được số nhân khẩu (không tính người)',
    change: 'Thay đổi giữa hai kỳ — {samples}',
    independent: 'hai mẫu độc lập',
    panel: 'mẫu lặp: {matched} trên {units} đơn vị có ở cả hai kỳ',
    before: 'Kỳ trước',
    after: 'Kỳ sau',
    differencePp: 'Thay đổi (điểm %)',
    sePp: 'Sai số chuẩn (điểm %)',
    pp: 'điểm %',
    figure: 'Chỉ tiêu',
    changeUnit: 'Theo {unit}',
    householdsUnit: 'hộ',
    personsUnit: 'nhân khẩu',
  },
  en: {
    title: 'Classification summary',
    ruleSet: 'Rule set',
    rows: 'Rows',
    classified: 'classified',
    errors: 'errors',
    category: 'Category',
    households: 'Households',
    share: 'Share',
    poor: 'Poor',
    'near-poor': 'Near-poor',
    'poor-or-near-poor': 'Poor and near-poor',
    average: 'Average living standard',
    'above-average': 'Above average',
    undetermined: 'Undetermined',
    error: 'Invalid rows',
    indicator: 'Indicator',
    deprived: 'Deprived',
    unknown: 'Unknown',
    rate: 'Rate',
    amongPnp: 'Among poor & near-poor',
    deprivationTable: 'Deprivations by indicator (rate among classified households; among poor and near-poor households)',
    af: 'Alkire–Foster (equal weights 1/{d}, k = {k}/{d}; {n} households with complete data, {incomplete} with unknown indicators left out)',
    afLine: 'H = {H}   A = {A}   M0 = H × A = {M0}',
    censored: 'Censored headcount',
    contribution: 'Contribution to M0',
    groups: 'By group: {by}',
    group: 'Group',
    missing: '(none)',
    none: '—',
    cuts: 'Robustness to the cut k (minimum number of deprivations)',
    cutsWeighted: 'Robustness to the cut k (share of the weights)',
    atLeast: 'k',
    poorCount: 'Multidimensionally poor',
    survey: 'Weighted estimates — {unit}',
    household: 'households (household shares)',
    person: 'persons (person shares: weight × household size)',
    design: 'Design: {weight}; {strata}; {psu}; Taylor linearisation, PSUs with replacement',
    weight: 'weights "{name}"',
    unweighted: 'unweighted (every row 1)',
    strata: '{count} strata ("{name}")',
    strataNamed: 'strata "{name}"',
    psuNamed: 'PSUs "{name}"',
    ownPsu: 'every household its own PSU',
    oneStratum: 'one stratum',
    psu: '{count} PSUs ("{name}")',
    rowPsu: 'every household its own PSU ({count})',
    singletons: '{count} strata with a single PSU (handled: {policy})',
    df: '{df} degrees of freedom',
    noSe: 'no standard errors',
    total: 'Weighted total',
    se: 'SE',
    ci: '{level} CI',
    afSurvey: 'Alkire–Foster ({name}, k = {k}; weighted: {population} households with complete data, {incomplete} incomplete)',
    afSurveyPersons: 'Alkire–Foster ({name}, k = {k}; weighted: {population} persons with complete data, {incomplete} incomplete)',
    national: 'count of indicators, equal weights',
    measure: 'Measure',
    unsized: '{count} failed rows without a readable size (no persons counted)',
    change: 'Change between two rounds — {samples}',
    independent: 'independent samples',
    panel: 'panel: {matched} of {units} units in both rounds',
    before: 'Before',
    after: 'After',
    differencePp: 'Change (pp)',
    sePp: 'SE (pp)',
    pp: 'pp',
    figure: 'Figure',
    changeUnit: '{unit}',
    householdsUnit: 'Households',
    personsUnit: 'Persons',
  },
};

const share = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?$/)
  .nullable();
const countShare = z.object({ count: z.number().int().nonnegative(), share });
const figuresShape = {
  rows: z.number().int().nonnegative(),
  classified: z.number().int().nonnegative(),
  errors: countShare,
  categories: z.object({
    poor: countShare,
    'near-poor': countShare,
    'poor-or-near-poor': countShare,
    average: countShare,
    'above-average': countShare,
    undetermined: countShare,
  }),
  indicators: z.array(
    z.object({
      id: z.string(),
      deprived: z.number(),
      unknown: z.number(),
      rate: share,
      deprivedAmongPoorOrNearPoor: z.number(),
      rateAmongPoorOrNearPoor: share,
    }),
  ),
  alkireFoster: z.object({
    indicators: z.number().int(),
    k: z.number().int(),
    population: z.number(),
    incomplete: z.number(),
    H: share,
    A: share,
    M0: share,
    censored: z.array(z.object({ id: z.string(), headcount: share, contribution: share })),
    cuts: z.array(z.object({ atLeast: z.number().int(), poor: z.number(), H: share, A: share, M0: share })).optional(),
  }),
};
const estimate = z.object({ value: share, se: z.number().nullable(), ci: z.object({ lower: z.number(), upper: z.number() }).nullable() });
const weightedShare = estimate.extend({ total: z.string() });
const weightedMeasure = z.object({
  name: z.string(),
  k: z.string(),
  population: z.string(),
  incomplete: z.string(),
  H: estimate,
  A: estimate,
  M0: estimate,
  censored: z.array(z.object({ id: z.string(), headcount: estimate, contribution: share })),
  cuts: z.array(z.object({ k: z.string(), H: estimate, A: estimate, M0: estimate })),
});
const surveyLevel = z.object({
  unit: z.enum(['household', 'person']),
  total: z.string(),
  errors: weightedShare,
  categories: z.object({
    poor: weightedShare,
    'near-poor': weightedShare,
    'poor-or-near-poor': weightedShare,
    average: weightedShare,
    'above-average': weightedShare,
    undetermined: weightedShare,
  }),
  indicators: z.array(z.object({ id: z.string(), deprived: z.string(), rate: estimate, rateAmongPoorOrNearPoor: estimate })),
  alkireFoster: weightedMeasure.nullable(),
  measures: z.array(weightedMeasure),
  unsized: z.number().optional(),
});
const surveyFigures = z.object({ households: surveyLevel, persons: surveyLevel.optional() });
const design = z.object({
  weight: z.string().nullable(),
  strata: z.string().nullable(),
  psu: z.string().nullable(),
  standardErrors: z.boolean(),
  strataCount: z.number().nullable(),
  psuCount: z.number().nullable(),
  singletonStrata: z.number().nullable(),
  singletonPsu: z.string(),
  degreesOfFreedom: z.number().nullable(),
  confidence: z.string().regex(/^0\.\d+$/),
});

/** The fields of a {@link Summary} that renderSummary reads (other fields are allowed). */
const summarySchema = z.object({
  ...figuresShape,
  ruleSet: z.object({ id: z.string(), version: z.string(), fingerprint: z.string() }).nullable(),
  by: z.string().nullable(),
  groups: z.array(z.object({ ...figuresShape, key: z.string().nullable(), survey: surveyFigures.optional() })),
  survey: surveyFigures.extend({ design }).optional(),
});

function count(value: number, locale: Locale): string {
  return formatAmount(String(value), locale);
}

function percent(share: string | null, locale: Locale): string {
  if (share === null) return LABELS[locale].none!;
  const text = new Money(share).times(100).toDecimalPlaces(2).toFixed(2);
  return `${locale === 'vi' ? text.replace('.', ',') : text}%`;
}

function decimal(value: string | null, locale: Locale): string {
  if (value === null) return LABELS[locale].none!;
  const text = new Money(value).toDecimalPlaces(4).toFixed(4);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

function localNumber(text: string, locale: Locale): string {
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** A share in [0, 1] (a float) as a percentage with 2 places. */
function floatPercent(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return LABELS[locale].none!;
  return `${localNumber(new Money(value).times(100).toDecimalPlaces(2).toFixed(2), locale)}%`;
}

/** A weighted total rounded half-up to a whole number, grouped. */
function wholeTotal(value: string, locale: Locale): string {
  return formatAmount(new Money(value).toDecimalPlaces(0).toFixed(0), locale);
}

function interval(estimate: Estimate, locale: Locale, show: (v: number) => string = (v) => floatPercent(v, locale)): string {
  return estimate.ci === null ? LABELS[locale].none! : `${show(estimate.ci.lower)} – ${show(estimate.ci.upper)}`;
}

function floatDecimal(value: number | null, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return LABELS[locale].none!;
  return localNumber(new Money(value).toDecimalPlaces(4).toFixed(4), locale);
}

/** The confidence level as a percentage: `0.95` → `95%`. */
function level(confidence: string, locale: Locale): string {
  return `${localNumber(new Money(confidence).times(100).toFixed(), locale)}%`;
}

/** An indicator's name from the rule set's catalogue (its id when the catalogue has none). */
function indicatorName(catalogue: MessageCatalogue): (id: string) => string {
  return (id) => catalogue[`indicator.${id}.name`] ?? id;
}

const CATEGORIES = ['poor', 'near-poor', 'poor-or-near-poor', 'average', 'above-average', 'undetermined'] as const;

function figuresLines(figures: SummaryFigures, locale: Locale, catalogue: MessageCatalogue, whole: boolean, confidence: string): string[] {
  const l = LABELS[locale];
  const name = indicatorName(catalogue);
  const categoryRow = (label: string, cell: CountShare): string[] => [label, count(cell.count, locale), percent(cell.share, locale)];
  const lines: string[] = [];
  lines.push(
    `${l.rows!}: ${count(figures.rows, locale)} (${l.classified!} ${count(figures.classified, locale)}; ${l.errors!} ${count(figures.errors.count, locale)})`,
  );
  lines.push('');
  lines.push(
    ...table([
      [l.category!, l.households!, l.share!],
      ...CATEGORIES.map((category) => categoryRow(l[category]!, figures.categories[category])),
      categoryRow(l.error!, figures.errors),
    ]),
  );
  if (figures.indicators.length > 0) {
    lines.push('', l.deprivationTable!);
    lines.push(
      ...table([
        [l.indicator!, l.deprived!, l.rate!, l.unknown!, l.amongPnp!, l.rate!],
        ...figures.indicators.map((indicator) => [
          name(indicator.id),
          count(indicator.deprived, locale),
          percent(indicator.rate, locale),
          count(indicator.unknown, locale),
          count(indicator.deprivedAmongPoorOrNearPoor, locale),
          percent(indicator.rateAmongPoorOrNearPoor, locale),
        ]),
      ]),
    );
    const af = figures.alkireFoster;
    lines.push('', fill(l.af!, { d: String(af.indicators), k: String(af.k), n: count(af.population, locale), incomplete: count(af.incomplete, locale) }));
    lines.push(fill(l.afLine!, { H: percent(af.H, locale), A: percent(af.A, locale), M0: decimal(af.M0, locale) }));
    lines.push(
      ...table([
        [l.indicator!, l.censored!, l.contribution!],
        ...af.censored.map((indicator) => [name(indicator.id), percent(indicator.headcount, locale), percent(indicator.contribution, locale)]),
      ]),
    );
    if (whole && af.cuts !== undefined && af.cuts.length > 0) {
      lines.push('', l.cuts!);
      lines.push(
        ...table([
          [l.atLeast!, l.poorCount!, 'H', 'A', 'M0'],
          ...af.cuts.map((cut) => [
            `${cut.atLeast}/${af.indicators}`,
            count(cut.poor, locale),
            percent(cut.H, locale),
            percent(cut.A, locale),
            decimal(cut.M0, locale),
          ]),
        ]),
      );
    }
  }
  if (figures.survey !== undefined) lines.push(...surveyLines(figures.survey, locale, catalogue, whole, confidence));
  return lines;
}

function estimateCells(estimate: Estimate, locale: Locale): string[] {
  return [percent(estimate.value, locale), floatPercent(estimate.se, locale), interval(estimate, locale)];
}

function designLine(design: SurveyDesign, locale: Locale): string {
  const l = LABELS[locale];
  const weight = design.weight === null ? l.unweighted! : fill(l.weight!, { name: design.weight });
  if (!design.standardErrors) {
    const strata = design.strata === null ? l.oneStratum! : fill(l.strataNamed!, { name: design.strata });
    const psu = design.psu === null ? l.ownPsu! : fill(l.psuNamed!, { name: design.psu });
    return `${fill(l.design!, { weight, strata, psu })} — ${l.noSe!}`;
  }
  // With standard errors the counts are numbers.
  const strata = design.strata === null ? l.oneStratum! : fill(l.strata!, { count: count(design.strataCount!, locale), name: design.strata });
  const psu =
    design.psu === null
      ? fill(l.rowPsu!, { count: count(design.psuCount!, locale) })
      : fill(l.psu!, { count: count(design.psuCount!, locale), name: design.psu });
  const parts = [fill(l.design!, { weight, strata, psu })];
  if (design.singletonStrata! > 0) parts.push(fill(l.singletons!, { count: count(design.singletonStrata!, locale), policy: design.singletonPsu }));
  parts.push(fill(l.df!, { df: count(design.degreesOfFreedom!, locale) }));
  return parts.join('; ');
}

function measureLines(
  measure: WeightedMeasure,
  unit: SurveyLevel['unit'],
  locale: Locale,
  catalogue: MessageCatalogue,
  confidence: string,
  whole: boolean,
): string[] {
  const l = LABELS[locale];
  const name = indicatorName(catalogue);
  const title = measure.name === 'count' ? l.national! : measure.name;
  const k = measure.atLeast === undefined ? measure.k : `${measure.atLeast}/${measure.censored.length}`;
  const lines = [
    '',
    fill(unit === 'household' ? l.afSurvey! : l.afSurveyPersons!, {
      name: title,
      k,
      population: wholeTotal(measure.population, locale),
      incomplete: wholeTotal(measure.incomplete, locale),
    }),
  ];
  const ci = fill(l.ci!, { level: level(confidence, locale) });
  lines.push(
    ...table([
      ['', l.share!, l.se!, ci],
      ['H', ...estimateCells(measure.H, locale)],
      ['A', ...estimateCells(measure.A, locale)],
      ['M0', decimal(measure.M0.value, locale), floatDecimal(measure.M0.se, locale), interval(measure.M0, locale, (v) => floatDecimal(v, locale))],
    ]),
  );
  if (!whole) return lines;
  lines.push('');
  lines.push(
    ...table([
      [l.indicator!, l.censored!, l.se!, ci, l.contribution!],
      ...measure.censored.map((indicator) => [name(indicator.id), ...estimateCells(indicator.headcount, locale), percent(indicator.contribution, locale)]),
    ]),
  );
  if (measure.cuts.length > 1) {
    lines.push('', measure.name === 'count' ? l.cuts! : l.cutsWeighted!);
    lines.push(
      ...table([
        [l.atLeast!, 'H', l.se!, 'A', l.se!, 'M0', l.se!],
        ...measure.cuts.map((cut) => [
          cut.atLeast === undefined ? cut.k : `${cut.atLeast}/${measure.censored.length}`,
          percent(cut.H.value, locale),
          floatPercent(cut.H.se, locale),
          percent(cut.A.value, locale),
          floatPercent(cut.A.se, locale),
          decimal(cut.M0.value, locale),
          floatDecimal(cut.M0.se, locale),
        ]),
      ]),
    );
  }
  return lines;
}

function levelLines(level_: SurveyLevel, locale: Locale, catalogue: MessageCatalogue, confidence: string, whole: boolean): string[] {
  const l = LABELS[locale];
  const name = indicatorName(catalogue);
  const ci = fill(l.ci!, { level: level(confidence, locale) });
  const row = (label: string, cell: WeightedShare): string[] => [label, wholeTotal(cell.total, locale), ...estimateCells(cell, locale)];
  const lines = ['', fill(l.survey!, { unit: level_.unit === 'household' ? l.household! : l.person! })];
  if (level_.unsized !== undefined && level_.unsized > 0) lines.push(fill(l.unsized!, { count: count(level_.unsized, locale) }));
  lines.push(
    ...table([
      [l.category!, l.total!, l.share!, l.se!, ci],
      ...CATEGORIES.map((category) => row(l[category]!, level_.categories[category])),
      row(l.error!, level_.errors),
    ]),
  );
  if (whole && level_.indicators.length > 0) {
    lines.push('', l.deprivationTable!);
    lines.push(
      ...table([
        [l.indicator!, l.deprived!, l.rate!, l.se!, l.amongPnp!, l.se!],
        ...level_.indicators.map((indicator) => [
          name(indicator.id),
          wholeTotal(indicator.deprived, locale),
          percent(indicator.rate.value, locale),
          floatPercent(indicator.rate.se, locale),
          percent(indicator.rateAmongPoorOrNearPoor.value, locale),
          floatPercent(indicator.rateAmongPoorOrNearPoor.se, locale),
        ]),
      ]),
    );
  }
  if (level_.alkireFoster !== null) lines.push(...measureLines(level_.alkireFoster, level_.unit, locale, catalogue, confidence, whole));
  for (const measure of level_.measures) lines.push(...measureLines(measure, level_.unit, locale, catalogue, confidence, whole));
  return lines;
}

function surveyLines(survey: SurveyFigures, locale: Locale, catalogue: MessageCatalogue, whole: boolean, confidence: string): string[] {
  const lines = levelLines(survey.households, locale, catalogue, confidence, whole);
  if (survey.persons !== undefined) lines.push(...levelLines(survey.persons, locale, catalogue, confidence, whole));
  return lines;
}

/**
 * Renders a summary as plain-text tables: rows read, the category table, the deprivation
 * table, the Alkire–Foster measures with the robustness table of every cut k = 1…d, and (when
 * grouped) one line per group followed by each group's tables. With survey figures
 * (`summarize(…, { weight, size, strata, psu, measures })`) it adds the design line and, for
 * households and then persons, the weighted totals, shares, standard errors and confidence
 * intervals of every category, the weighted deprivation table, H, A and M0 of the national
 * measure and of each other weighting with their censored headcounts and robustness tables, and
 * a weighted overview of the groups. Percentages are rounded half-up to 2 decimal places, M0 to 4,
 * weighted totals to whole households or persons; counts are grouped (`1.234.567` in Vietnamese,
 * `1,234,567` in English). For JSON output, serialise the summary itself.
 *
 * @param summary - A result of `summarize` or `createSummarizer().finish()`.
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` when it is not built in.
 * @returns Multi-line text.
 * @throws {@link ValidationError} when `summary` is not a summary.
 * @example
 * ```ts
 * import { classifyMany, summarize, renderSummary } from 'chuan-ngheo';
 * const rows = classifyMany([
 *   { area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 },
 *     deprivations: { employment: true, 'health-insurance': true, water: true } },
 *   { area: 'urban', size: 2, income: { perCapitaMonthly: 2500000 } },
 * ]);
 * const text = renderSummary(summarize(rows, { weight: (_row, i) => ['150.5', '80'][i] }), { locale: 'en' });
 * // The sample: 1 household of 2; weighted: 150.5 of 230.5 (the total rounded to 151).
 * /Poor\s+1\s+50\.00%/.test(text);   // true
 * /Poor\s+151\s+65\.29%/.test(text); // true
 * text.includes('Weighted estimates — households (household shares)'); // true
 * ```
 */
export function renderSummary(summary: Summary, options: RenderSummaryOptions = {}): string {
  if (summary === null || typeof summary !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'renderSummary takes a summary from summarize or createSummarizer().finish()' }]);
  if (options === null || typeof options !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'options must be an object such as { locale: "en" }' }]);
  parseOrThrow(summarySchema, summary);
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const l = LABELS[locale];
  const catalogue = catalogueOf(summary.ruleSet, locale, options.ruleSet);
  const head =
    summary.ruleSet === null
      ? l.title!
      : `${l.title!} — ${l.ruleSet!} ${summary.ruleSet.id} ${summary.ruleSet.version} (${summary.ruleSet.fingerprint.slice(0, 12)}…)`;
  const survey = (summary as { survey?: SurveySummary }).survey;
  const confidence = survey?.design.confidence ?? '0.95';
  const lines = [head];
  if (survey !== undefined) lines.push(designLine(survey.design, locale));
  lines.push(...figuresLines(summary, locale, catalogue, true, confidence));
  if (summary.groups.length > 0) {
    const label = (key: string | null): string => (key === null ? l.missing! : key);
    lines.push('', fill(l.groups!, { by: summary.by ?? '' }));
    lines.push(
      ...table([
        [l.group!, l.rows!, l.poor!, l['near-poor']!, l['poor-or-near-poor']!, l.error!, 'M0'],
        ...summary.groups.map((group) => [
          label(group.key),
          count(group.rows, locale),
          percent(group.categories.poor.share, locale),
          percent(group.categories['near-poor'].share, locale),
          percent(group.categories['poor-or-near-poor'].share, locale),
          count(group.errors.count, locale),
          decimal(group.alkireFoster.M0, locale),
        ]),
      ]),
    );
    if (survey !== undefined) {
      for (const unit of ['households', 'persons'] as const) {
        if (survey[unit] === undefined) continue;
        lines.push('', fill(l.survey!, { unit: unit === 'households' ? l.household! : l.person! }));
        lines.push(
          ...table([
            [l.group!, l.total!, l.poor!, l.se!, l['poor-or-near-poor']!, l.se!, 'M0', l.se!],
            ...summary.groups.map((group) => {
              // Every group has the survey figures of the summary (households, and persons when sized).
              const level_ = group.survey![unit]!;
              const m0 = level_.alkireFoster?.M0;
              return [
                label(group.key),
                wholeTotal(level_.total, locale),
                percent(level_.categories.poor.value, locale),
                floatPercent(level_.categories.poor.se, locale),
                percent(level_.categories['poor-or-near-poor'].value, locale),
                floatPercent(level_.categories['poor-or-near-poor'].se, locale),
                decimal(m0?.value ?? null, locale),
                floatDecimal(m0?.se ?? null, locale),
              ];
            }),
          ]),
        );
      }
    }
    for (const group of summary.groups) {
      lines.push('', `== ${l.group!}: ${label(group.key)} ==`, ...figuresLines(group, locale, catalogue, false, confidence));
    }
  }
  return lines.join('\n');
}

const difference = z.object({
  before: share,
  after: share,
  change: share,
  se: z.number().nullable(),
  ci: z.object({ lower: z.number(), upper: z.number() }).nullable(),
});
const measureChange = z.object({
  name: z.string(),
  H: difference,
  A: difference,
  M0: difference,
  censored: z.array(z.object({ id: z.string(), headcount: difference })),
});
const levelChange = z.object({
  unit: z.enum(['household', 'person']),
  categories: z.object({
    poor: difference,
    'near-poor': difference,
    'poor-or-near-poor': difference,
    average: difference,
    'above-average': difference,
    undetermined: difference,
  }),
  errors: difference,
  indicators: z.array(z.object({ id: z.string(), rate: difference, rateAmongPoorOrNearPoor: difference })),
  alkireFoster: measureChange.nullable(),
  measures: z.array(measureChange),
});
const changeFigures = { households: levelChange, persons: levelChange.optional() };
/** The fields of a {@link Change} that renderChange reads. */
const roundSchema = summarySchema.extend({ survey: surveyFigures.extend({ design }) });
const changeSchema = z
  .object({
    ...changeFigures,
    samples: z.enum(['independent', 'panel']),
    matched: z.number().int().nonnegative().nullable(),
    units: z.number().int().nonnegative().nullable(),
    before: roundSchema,
    after: roundSchema,
    groups: z.array(z.object({ ...changeFigures, key: z.string().nullable() })),
  })
  .refine((change) => change.samples !== 'panel' || (change.matched !== null && change.units !== null), {
    path: ['matched'],
    message: 'a panel change has matched and units counts',
  });

/** A number with `places` decimals, localised, with a real minus sign; `signed` adds + to positives. */
function fixed(value: number | string | null, places: number, locale: Locale, signed = false, scale = 1): string {
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return LABELS[locale].none!;
  const text = new Money(value).times(scale).toDecimalPlaces(places).toFixed(places);
  const negative = text.startsWith('-') && /[1-9]/.test(text);
  const digits = localNumber(text.replace(/^-/, ''), locale);
  return negative ? `−${digits}` : signed ? `+${digits}` : digits;
}

function differenceRow(label: string, cell: Difference, locale: Locale, m0: boolean): string[] {
  // Shares before and after in %, the change, its SE and interval in percentage points; M0 as a decimal.
  const places = m0 ? 4 : 2;
  const scale = m0 ? 1 : 100;
  const value = (v: string | null): string => (m0 ? decimal(v, locale) : percent(v, locale));
  const ci =
    cell.ci === null ? LABELS[locale].none! : `${fixed(cell.ci.lower, places, locale, false, scale)} – ${fixed(cell.ci.upper, places, locale, false, scale)}`;
  return [label, value(cell.before), value(cell.after), fixed(cell.change, places, locale, true, scale), fixed(cell.se, places, locale, false, scale), ci];
}

function changeLevelLines(level_: LevelChange, locale: Locale, catalogue: MessageCatalogue, confidence: string, whole: boolean): string[] {
  const l = LABELS[locale];
  const name = indicatorName(catalogue);
  const ci = fill(l.ci!, { level: level(confidence, locale) });
  const header = [
    fill(l.changeUnit!, { unit: level_.unit === 'household' ? l.householdsUnit! : l.personsUnit! }),
    l.before!,
    l.after!,
    l.differencePp!,
    l.sePp!,
    `${ci} (${l.pp!})`,
  ];
  const rows: string[][] = [header];
  for (const category of CATEGORIES) rows.push(differenceRow(l[category]!, level_.categories[category], locale, false));
  rows.push(differenceRow(l.error!, level_.errors, locale, false));
  const measures: MeasureChange[] = [...(level_.alkireFoster === null ? [] : [level_.alkireFoster]), ...level_.measures];
  for (const measure of measures) {
    const suffix = measure.name === 'count' ? '' : ` (${measure.name})`;
    rows.push(
      differenceRow(`H${suffix}`, measure.H, locale, false),
      differenceRow(`A${suffix}`, measure.A, locale, false),
      differenceRow(`M0${suffix}`, measure.M0, locale, true),
    );
  }
  const lines = table(rows);
  if (whole && level_.indicators.length > 0) {
    lines.push('', l.deprivationTable!);
    lines.push(
      ...table([[l.indicator!, ...header.slice(1)], ...level_.indicators.map((indicator) => differenceRow(name(indicator.id), indicator.rate, locale, false))]),
    );
    if (level_.alkireFoster !== null) {
      lines.push('', l.censored!);
      lines.push(
        ...table([
          [l.indicator!, ...header.slice(1)],
          ...level_.alkireFoster.censored.map((indicator) => differenceRow(name(indicator.id), indicator.headcount, locale, false)),
        ]),
      );
    }
  }
  return lines;
}

function changeLines(figures: ChangeFigures, locale: Locale, catalogue: MessageCatalogue, confidence: string, whole: boolean): string[] {
  const lines = ['', ...changeLevelLines(figures.households, locale, catalogue, confidence, whole)];
  if (figures.persons !== undefined) lines.push('', ...changeLevelLines(figures.persons, locale, catalogue, confidence, whole));
  return lines;
}

/**
 * Renders a {@link Change} as plain-text tables: for households (and persons), each category
 * share, H, A and M0 before and after, the change (percentage points; M0 to 4 places), its
 * standard error and confidence interval; the deprivation rates and censored headcounts; and the
 * same per group.
 *
 * @param change - A result of `summarizeChange`.
 * @param options - `locale` (`vi` default, or `en`); `ruleSet` when it is not built in.
 * @returns Multi-line text.
 * @throws {@link ValidationError} when `change` is not a change from `summarizeChange`.
 * @example
 * ```ts
 * import { classifyMany, renderChange, summarizeChange } from 'chuan-ngheo';
 * const poor = { area: 'rural', size: 4, income: { perCapitaMonthly: 1000000 },
 *   deprivations: { employment: true, 'health-insurance': true, water: true } };
 * const average = { area: 'rural', size: 4, income: { perCapitaMonthly: 2000000 } };
 * const change = summarizeChange(classifyMany([poor, poor, average]), classifyMany([poor, average, average]));
 * const text = renderChange(change, { locale: 'en' });
 * text.split('\n')[0]; // 'Change between two rounds — independent samples'
 * ```
 */
export function renderChange(change: Change, options: RenderSummaryOptions = {}): string {
  if (change === null || typeof change !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'renderChange takes a change from summarizeChange' }]);
  if (options === null || typeof options !== 'object')
    throw new ValidationError([{ path: [], code: 'invalid_type', message: 'options must be an object such as { locale: "en" }' }]);
  parseOrThrow(changeSchema, change);
  const locale: Locale = options.locale === 'en' ? 'en' : 'vi';
  const l = LABELS[locale];
  const catalogue = catalogueOf(change.before.ruleSet, locale, options.ruleSet);
  // Both rounds of a change are summarised with survey figures and standard errors.
  const design_ = change.before.survey!.design;
  const samples =
    change.samples === 'panel' ? fill(l.panel!, { matched: count(change.matched!, locale), units: count(change.units!, locale) }) : l.independent!;
  const lines = [fill(l.change!, { samples }), designLine(design_, locale)];
  const confidence = design_.confidence;
  lines.push(...changeLines(change, locale, catalogue, confidence, true));
  if (change.groups.length > 0) {
    lines.push('', fill(l.groups!, { by: change.before.by ?? change.after.by ?? '' }));
    for (const group of change.groups)
      lines.push('', `== ${l.group!}: ${group.key === null ? l.missing! : group.key} ==`, ...changeLines(group, locale, catalogue, confidence, false));
  }
  return lines.join('\n');
}
