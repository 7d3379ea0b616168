/**
 * `assessFarmHousehold`: is an agriculture, forestry, fishery or salt-making household of
 * average living standard? Its income over the 12 months before the review, from its sources,
 * net of production costs, state social-assistance payments excluded, per person per month,
 * checked against the rule set's average band (Decision 24/2021/QĐ-TTg Art. 2 cl. 2).
 *
 * **Field names.** The official income form's field names are not known to the project: the
 * names here (`sources`, `gross`, `costs`, `kind`) are neutral ones, not the form's.
 *
 * @module
 */
import type { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseOrThrow } from '../input/validate.js';
import { Money, plain } from '../money.js';
import { resolveRuleSet } from '../rules/registry.js';
import type { Area, Citation, IncomeLine, Localized, RuleSet } from '../rules/types.js';
import { FARM_CITATION } from './legal.js';
import { calendarDate, twelveMonthsBefore } from './period.js';
import { reviewSchemas, type ReviewSchemas } from './schema.js';

/** What a farm-income source is (neutral names; the official form's fields are not known). */
export type FarmSourceKind = 'agriculture' | 'forestry' | 'fishery' | 'salt-making' | 'wages' | 'other' | 'state-social-assistance';

/** The household's main occupation: the four that qualify (Decision 24/2021 Art. 2 cl. 2), or `other`. */
export type FarmOccupation = 'agriculture' | 'forestry' | 'fishery' | 'salt-making' | 'other';

/**
 * A household's income over the 12 months before the review, as plain JSON. The names are
 * neutral: the official income form's field names are not known to the project.
 */
export interface FarmIncomeInput {
  /** Your identifier, copied to the result. */
  id?: string | number;
  /** `rural` (nông thôn) or `urban` (thành thị): selects the band. */
  area: Area;
  /** Number of household members (1–200). */
  members: number;
  /** The household's occupation, as a fact you give (the library does not derive it). */
  occupation: FarmOccupation;
  /** Income sources over the 12 months, one entry each (at least one). */
  sources: {
    /** Your name for the source, e.g. `"lúa"`, `"nuôi lợn"`. */
    label: string;
    /** What the source is; `state-social-assistance` is recorded but not counted. Default `other`. */
    kind?: FarmSourceKind;
    /** Gross receipts over the 12 months, VND (number or plain decimal string). */
    gross: number | string;
    /** Production costs of this source over the 12 months, VND; default 0. */
    costs?: number | string;
  }[];
}

/** Options for {@link assessFarmHousehold}. */
export interface FarmAssessmentOptions {
  /** The rule set whose `poverty` and `average-ceiling` lines make the band; default `vn-2022-2025`. */
  ruleSet?: string | RuleSet;
  /** The review date (ISO): gives the 12-month window and must be within the rule set's period. */
  date?: string;
}

/** One source as counted (or excluded), with amounts as plain decimal strings. */
export interface FarmSourceLine {
  /** The source's label as given. */
  readonly label: string;
  /** The source's kind (`other` when not given). */
  readonly kind: FarmSourceKind;
  /** Gross receipts. */
  readonly gross: string;
  /** Production costs. */
  readonly costs: string;
  /** `gross − costs` (negative for a loss). */
  readonly net: string;
}

/** Where the income sits against the average band. */
export type FarmBand = 'at-or-below-poverty-line' | 'average' | 'above-average-ceiling';

/** The result of {@link assessFarmHousehold}: plain, JSON-serialisable data. */
export interface FarmAssessment {
  /** The household's `id`, when it had one. */
  readonly householdId?: string | number;
  /** The occupation, as given. */
  readonly occupation: FarmOccupation;
  /** Whether the occupation is one of agriculture, forestry, fishery, salt-making. */
  readonly occupationQualifies: boolean;
  /** The area, as given. */
  readonly area: Area;
  /** Household members, as given. */
  readonly members: number;
  /** The 12 months before the review date (both inclusive), or `null` without a date. */
  readonly window: {
    /** First day, ISO `YYYY-MM-DD`. */
    readonly from: string;
    /** Last day (the day before the review), ISO `YYYY-MM-DD`. */
    readonly to: string;
  } | null;
  /** Sources counted. */
  readonly counted: readonly FarmSourceLine[];
  /** Sources left out: state social-assistance payments. */
  readonly excluded: readonly FarmSourceLine[];
  /** Net income of the household over the 12 months: the sum of the counted `net`s (may be negative). */
  readonly netIncome: string;
  /** `netIncome / members / 12` (or `/ members` for a yearly rule set), exact or rounded to 4 places (see `perCapitaExact`). */
  readonly perCapita: string;
  /** False when the division does not terminate; comparisons never use the rounded value. */
  readonly perCapitaExact: boolean;
  /** The rule set's income period (`month` for `vn-2022-2025`). */
  readonly period: 'month' | 'year';
  /** Where the per-capita income sits: at or below the poverty line, in the band, above its ceiling. */
  readonly band: FarmBand;
  /** The lines for the area, VND per person per period. */
  readonly lines: {
    /** The poverty line (the band's exclusive floor). */
    readonly poverty: string;
    /** The average-living ceiling (inclusive). */
    readonly averageCeiling: string;
  };
  /** `occupationQualifies` and `band === 'average'`: an average-living farm household. */
  readonly averageLiving: boolean;
  /** The verdict in words. */
  readonly words: Localized;
  /** The rule set of the band. */
  readonly ruleSet: {
    /** Rule-set id. */
    readonly id: string;
    /** Version of its rule data. */
    readonly version: string;
    /** Its fingerprint. */
    readonly fingerprint: string;
  };
  /** The procedure (Decision 24/2021 Art. 2 cl. 2), and the two lines' own citations. */
  readonly citations: {
    /** Decision 24/2021/QĐ-TTg Art. 2 cl. 2. */
    readonly procedure: Citation;
    /** Where the poverty line is set. */
    readonly poverty: Citation;
    /** Where the average-living ceiling is set. */
    readonly averageCeiling: Citation;
  };
}

const qualifies = (occupation: FarmOccupation): boolean => occupation !== 'other';

/** The rule set's band lines, or a ValidationError. @internal */
export function averageBand(ruleSet: RuleSet): { poverty: IncomeLine; ceiling: IncomeLine } {
  const poverty = ruleSet.incomeLines.find((line) => line.id === 'poverty');
  const ceiling = ruleSet.incomeLines.find((line) => line.id === 'average-ceiling');
  if (poverty === undefined || ceiling === undefined) {
    throw new ValidationError([
      {
        path: ['ruleSet'],
        code: 'no_average_band',
        message: `${ruleSet.id} has no average-living band (income lines "poverty" and "average-ceiling"); use a rule set that defines it, e.g. vn-2022-2025`,
      },
    ]);
  }
  return { poverty, ceiling };
}

function words(band: FarmBand, qualifies: boolean): Localized {
  if (!qualifies)
    return {
      vi: 'không thuộc diện xét: nghề của hộ không phải nông, lâm, ngư, diêm nghiệp',
      en: 'not eligible: the household does not work in agriculture, forestry, fishery or salt-making',
    };
  if (band === 'average')
    return {
      vi: 'hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình',
      en: 'agriculture, forestry, fishery or salt-making household of average living standard',
    };
  if (band === 'at-or-below-poverty-line')
    return {
      vi: 'thu nhập từ chuẩn nghèo trở xuống: không thuộc mức sống trung bình (xem xét rà soát hộ nghèo, cận nghèo)',
      en: 'income at or below the poverty line: not of average living standard (consider the poor/near-poor review)',
    };
  return { vi: 'thu nhập trên mức trần của mức sống trung bình', en: 'income above the average-living ceiling' };
}

/** The per-capita income for display: exact or rounded half-up to 4 places. */
function perCapitaOf(net: InstanceType<typeof Money>, divisor: number): { value: string; exact: boolean } {
  const quotient = net.div(divisor);
  const rounded = quotient.toDecimalPlaces(20);
  if (rounded.times(divisor).eq(net)) return { value: plain(rounded), exact: true };
  return { value: plain(quotient.toDecimalPlaces(4)), exact: false };
}

/**
 * Assesses one household under the farm-household procedure (Decision 24/2021/QĐ-TTg Art. 2
 * cl. 2): income over the 12 months before the review from every source, net of production
 * costs (`gross − costs` per source, a loss counts as negative), state social-assistance
 * payments (`kind: 'state-social-assistance'`) excluded, per person per month, compared
 * **exactly** with the rule set's band: above the `poverty` line and at or below the
 * `average-ceiling` ("trên … đến …"). The occupation is a fact you give.
 *
 * The official income form's field names are not known to the project: `sources`, `gross`,
 * `costs` and `kind` are neutral names, not the form's.
 *
 * @param input - The household's income form as plain JSON ({@link FarmIncomeInput}).
 * @param options - The rule set (default `vn-2022-2025`) and the review date.
 * @returns The assessment, with the sources counted and excluded and the citations.
 * @throws {@link ValidationError} for invalid input (path and code per field), a date outside
 *   the rule set's period (`date_outside_rule_set`), or a rule set without an average band
 *   (`no_average_band`).
 * @example
 * ```ts
 * import { assessFarmHousehold } from 'chuan-ngheo';
 * const result = assessFarmHousehold({
 *   area: 'rural', members: 4, occupation: 'agriculture',
 *   sources: [
 *     { label: 'lúa', kind: 'agriculture', gross: 96000000, costs: 30000000 },
 *     { label: 'nuôi lợn', kind: 'agriculture', gross: 40000000, costs: 22000000 },
 *     { label: 'trợ cấp xã hội', kind: 'state-social-assistance', gross: 6000000 },
 *   ],
 * }, { date: '2025-10-01' });
 * result.netIncome;     // '84000000'
 * result.perCapita;     // '1750000'
 * result.band;          // 'average'
 * result.averageLiving; // true
 * result.window;        // { from: '2024-10-01', to: '2025-09-30' }
 * ```
 */
export function assessFarmHousehold(input: unknown, options: FarmAssessmentOptions = {}): FarmAssessment {
  const ruleSet = resolveRuleSet(options.ruleSet ?? 'vn-2022-2025');
  let window: FarmAssessment['window'] = null;
  if (options.date !== undefined) {
    if (calendarDate(options.date) === null) {
      throw new ValidationError([{ path: ['date'], code: 'invalid_date', message: 'date must be a calendar date written YYYY-MM-DD, e.g. "2025-10-01"' }]);
    }
    if (options.date < ruleSet.effective.from || options.date > ruleSet.effective.to) {
      throw new ValidationError([
        {
          path: ['date'],
          code: 'date_outside_rule_set',
          message: `the date ${options.date} is outside ${ruleSet.id} (${ruleSet.effective.from} – ${ruleSet.effective.to})`,
        },
      ]);
    }
    window = twelveMonthsBefore(options.date);
  }
  return assessParsed(parseOrThrow(reviewSchemas().farmIncomeSchema, input), ruleSet, window);
}

type ParsedFarm = z.output<ReviewSchemas['farmIncomeSchema']>;

/** Assessment of an already validated form. @internal */
export function assessParsed(form: ParsedFarm, ruleSet: RuleSet, window: FarmAssessment['window']): FarmAssessment {
  const { poverty, ceiling } = averageBand(ruleSet);
  const counted: FarmSourceLine[] = [];
  const excluded: FarmSourceLine[] = [];
  let net = new Money(0);
  for (const source of form.sources) {
    const costs = source.costs ?? new Money(0);
    const line: FarmSourceLine = {
      label: source.label,
      kind: source.kind ?? 'other',
      gross: plain(source.gross),
      costs: plain(costs),
      net: plain(source.gross.minus(costs)),
    };
    if (line.kind === 'state-social-assistance') excluded.push(line);
    else {
      counted.push(line);
      net = net.plus(source.gross.minus(costs));
    }
  }
  const months = ruleSet.incomePeriod === 'month' ? 12 : 1;
  const divisor = form.members * months;
  const povertyAmount = poverty.amounts[form.area];
  const ceilingAmount = ceiling.amounts[form.area];
  // Exact: per-capita > line  ⇔  net > line × members × months (no rounded quotient is compared).
  const band: FarmBand = net.lte(new Money(povertyAmount).times(divisor))
    ? 'at-or-below-poverty-line'
    : net.lte(new Money(ceilingAmount).times(divisor))
      ? 'average'
      : 'above-average-ceiling';
  const occupationQualifies = qualifies(form.occupation);
  const perCapita = perCapitaOf(net, divisor);
  return {
    ...(form.id === undefined ? {} : { householdId: form.id }),
    occupation: form.occupation,
    occupationQualifies,
    area: form.area,
    members: form.members,
    window,
    counted,
    excluded,
    netIncome: plain(net),
    perCapita: perCapita.value,
    perCapitaExact: perCapita.exact,
    period: ruleSet.incomePeriod,
    band,
    lines: { poverty: povertyAmount, averageCeiling: ceilingAmount },
    averageLiving: occupationQualifies && band === 'average',
    words: words(band, occupationQualifies),
    ruleSet: { id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint },
    citations: { procedure: FARM_CITATION, poverty: poverty.citation, averageCeiling: ceiling.citation },
  };
}
