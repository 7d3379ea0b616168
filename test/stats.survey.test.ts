/**
 * Survey figures on cases an auditor can work by hand: exact weighted totals (decimal weights,
 * weights beyond 2^53), the standard error of a share, an intensity and M0 under simple random
 * sampling, a stratified two-stage design worked PSU by PSU (and a domain of it), the three
 * treatments of a stratum with a single PSU, and the exact cuts where floating point fails.
 *
 * Hand-worked design (vn-2022-2025; "P" = poor: rural, 1,200,000/month, 3 deprivations; "·" =
 * average: rural, 2,000,000, none):
 *
 *   stratum S1: PSU P1 = { h1 w=2 P, h2 w=2 · },  PSU P2 = { h3 w=4 · }
 *   stratum S2: PSU P3 = { h4 w=1 P },  P4 = { h5 w=1 P },  P5 = { h6 w=2 · }
 *
 * X = Σw = 12, Y = Σw·poor = 4, R = 1/3. e_j = w_j (y_j − R): h1 4/3, h2 −2/3, h3 −4/3,
 * h4 2/3, h5 2/3, h6 −2/3. PSU totals: P1 2/3, P2 −4/3 (S1 mean −1/3, deviations ±1, Σ² = 2,
 * × 2/1 = 4); P3 2/3, P4 2/3, P5 −2/3 (S2 mean 2/9, deviations 4/9, 4/9, −8/9, Σ² = 96/81,
 * × 3/2 = 16/9). V = (4 + 16/9) / 12² = 13/324, SE = √13 / 18.
 */
import { describe, expect, it } from 'vitest';
import { classifyMany, createSummarizer, getRuleSet, summarize, ValidationError, type SummarizeOptions } from '../src/index.js';
import { answers, INDICATOR_IDS as IDS } from './helpers/households.js';
const POOR = { area: 'rural', size: 4, income: { perCapitaMonthly: 1_200_000 }, deprivations: answers(3) };
const AVERAGE = { area: 'rural', size: 2, income: { perCapitaMonthly: 2_000_000 }, deprivations: answers(0) };

interface Unit {
  readonly household: unknown;
  readonly w: string | number;
  readonly stratum?: string;
  readonly psu?: string;
  readonly domain?: string;
}
const rows = (units: readonly Unit[]) => classifyMany(units.map((unit) => unit.household)).map((row, i) => ({ ...row, ...units[i]!, household: undefined }));

const DESIGN: Unit[] = [
  { household: POOR, w: 2, stratum: 'S1', psu: 'P1', domain: 'D' },
  { household: AVERAGE, w: 2, stratum: 'S1', psu: 'P1', domain: 'D' },
  { household: AVERAGE, w: 4, stratum: 'S1', psu: 'P2' },
  { household: POOR, w: 1, stratum: 'S2', psu: 'P3', domain: 'D' },
  { household: POOR, w: 1, stratum: 'S2', psu: 'P4' },
  { household: AVERAGE, w: 2, stratum: 'S2', psu: 'P5' },
];

function issue(run: () => unknown): { path: readonly (string | number)[]; code: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError');
}

const near = (actual: number | null, expected: number): void => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-15 * Math.max(1, expected));
};

describe('exact weighted totals', () => {
  const poorTotal = (weights: (string | number)[]) =>
    summarize(rows(weights.map((w) => ({ household: POOR, w }))), { weight: 'w' }).survey!.households.categories.poor.total;

  it('adds decimal weights exactly (0.1 + 0.1 + 0.1 = 0.3, not 0.30000000000000004)', () => {
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3);
    expect(poorTotal(['0.1', '0.1', '0.1'])).toBe('0.3');
    expect(poorTotal([0.1, 0.1, 0.1])).toBe('0.3');
  });

  it('changes scale as weights with more decimal places arrive', () => {
    expect(poorTotal(['1', '0.5', '0.25', '0.125', 3])).toBe('4.875');
  });

  it('stays exact beyond 2^53 (float64 would lose the last digits)', () => {
    expect(9007199254740993 + 1).toBe(9007199254740992); // the literal is already rounded
    expect(poorTotal(['9007199254740993', '1'])).toBe('9007199254740994');
    expect(poorTotal(['4000000000000001', '4000000000000001', '4000000000000001'])).toBe('12000000000000003');
    expect(poorTotal(['0.00000000000000000000000000000000000001', '1'])).toBe('1.00000000000000000000000000000000000001');
  });

  it('a zero weight counts the row in the sample but adds nothing', () => {
    const summary = summarize(
      rows([
        { household: POOR, w: 0 },
        { household: AVERAGE, w: '2.5' },
      ]),
      { weight: 'w' },
    );
    expect(summary.rows).toBe(2);
    expect(summary.survey!.households.categories.poor).toMatchObject({ total: '0', value: '0' });
    expect(summary.survey!.households.total).toBe('2.5');
  });

  it('person level is weight × size, exact', () => {
    const summary = summarize(
      rows([
        { household: POOR, w: '1.5' },
        { household: AVERAGE, w: '0.25' },
      ]),
      {
        weight: 'w',
        size: (row) =>
          (row as { ok: boolean; result?: { category: string } }).ok && (row as { result: { category: string } }).result.category === 'poor' ? 4 : 2,
      },
    );
    const persons = summary.survey!.persons!;
    expect(persons.unit).toBe('person');
    expect(persons.total).toBe('6.5'); // 1.5 × 4 + 0.25 × 2
    expect(persons.categories.poor.total).toBe('6');
    expect(persons.categories.poor.value).toBe('0.92307692307692307692'); // 6 / 6.5
    expect(summary.survey!.households.categories.poor.value).toBe('0.85714285714285714286'); // 1.5 / 1.75
  });
});

describe('standard errors under simple random sampling, by hand', () => {
  it('unweighted share: 1 poor of 4, SE = √(p(1−p)/(n−1)) = 1/4', () => {
    const summary = summarize(rows([{ household: POOR, w: 1 }, ...[1, 2, 3].map(() => ({ household: AVERAGE, w: 1 }))]), { standardErrors: true });
    const poor = summary.survey!.households.categories.poor;
    expect(poor.value).toBe('0.25');
    near(poor.se, 0.25);
    expect(summary.survey!.design).toMatchObject({ weight: null, strataCount: 1, psuCount: 4, degreesOfFreedom: 3, confidence: '0.95' });
    // 95% interval: 0.25 ± 1.959963984540054 × 0.25, clipped at 0.
    expect(poor.ci!.lower).toBe(0);
    near(poor.ci!.upper, 0.25 + 1.959963984540054 * 0.25);
  });

  it('weighted share: w = (1, 3), poor = (1, 0): e = (3/4, −3/4), V = 2 · (9/8) / 16, SE = 3/8', () => {
    const summary = summarize(
      rows([
        { household: POOR, w: 1 },
        { household: AVERAGE, w: 3 },
      ]),
      { weight: 'w' },
    );
    near(summary.survey!.households.categories.poor.se, 0.375);
  });

  it('intensity and M0: counts 3, 3, 6 and 0 of 12 (unweighted): A = 1/3 with SE 1/√162, M0 = 1/4 with SE 1/√96, H = 3/4 with SE 1/4', () => {
    const six = { ...POOR, deprivations: answers(6) };
    const summary = summarize(
      rows([
        { household: POOR, w: 1 },
        { household: POOR, w: 1 },
        { household: six, w: 1 },
        { household: AVERAGE, w: 1 },
      ]),
      { standardErrors: true },
    );
    const af = summary.survey!.households.alkireFoster!;
    expect([af.H.value, af.A.value, af.M0.value]).toEqual(['0.75', '0.33333333333333333333', '0.25']);
    near(af.H.se, 0.25);
    near(af.A.se, 1 / Math.sqrt(162));
    near(af.M0.se, 1 / Math.sqrt(96));
  });

  it('the interval uses the asked confidence level: 90% → z = 1.6448536269514722', () => {
    const summary = summarize(rows([{ household: POOR, w: 1 }, ...[1, 2, 3].map(() => ({ household: AVERAGE, w: 1 }))]), { confidence: 0.9 });
    expect(summary.survey!.design.confidence).toBe('0.9');
    near(summary.survey!.design.z, 1.6448536269514722);
    near(summary.survey!.households.categories.poor.ci!.upper, 0.25 + 1.6448536269514722 * 0.25);
  });
});

describe('a stratified two-stage design, PSU by PSU (module comment)', () => {
  const options: SummarizeOptions = { weight: 'w', strata: 'stratum', psu: 'psu' };

  it('poor share 1/3 with SE √13/18', () => {
    const summary = summarize(rows(DESIGN), options);
    const poor = summary.survey!.households.categories.poor;
    expect(poor.value).toBe('0.33333333333333333333');
    near(poor.se, Math.sqrt(13) / 18);
    expect(summary.survey!.design).toMatchObject({ strata: 'stratum', psu: 'psu', strataCount: 2, psuCount: 5, singletonStrata: 0, degreesOfFreedom: 3 });
  });

  it('a domain is estimated over the whole design: D = {h1, h2, h4}, R = 3/5, SE = √8/25', () => {
    // e: h1 4/5, h2 −6/5, h4 2/5, others 0. S1: P1 −2/5, P2 0 → 2/25 × 2 = 4/25;
    // S2: P3 2/5, P4 0, P5 0 → (16 + 4 + 4)/225 × 3/2 = 4/25. V = (8/25) / 5².
    const summary = summarize(rows(DESIGN), { ...options, by: 'domain' });
    const domain = summary.groups.find((group) => group.key === 'D')!;
    expect(domain.survey!.households.categories.poor.value).toBe('0.6');
    near(domain.survey!.households.categories.poor.se, Math.sqrt(8) / 25);
  });

  it('without PSUs every household is its own PSU: SE = √17/18', () => {
    // S1: e = 4/3, −2/3, −4/3, mean −2/9, Σ dev² = 312/81, × 3/2 = 52/9; S2 as above 16/9.
    // V = (52/9 + 16/9) / 144 = 17/324.
    near(summarize(rows(DESIGN), { weight: 'w', strata: 'stratum' }).survey!.households.categories.poor.se, Math.sqrt(17) / 18);
  });

  it('a stratum whose households all have the same e contributes exactly 0 (no cancellation residue)', () => {
    // Average share 2/10: S1 = { average w=1, average w=1 } → e = 0.8, 0.8; S2 = { poor w=4, failed w=4 } → e = −0.8, −0.8.
    // Σe² − (Σe)²/n leaves ~1e-17 here, whose square root (~1e-9) would be reported as the SE.
    const units = [
      ...rows([
        { household: AVERAGE, w: 1, stratum: 'S1' },
        { household: AVERAGE, w: 1, stratum: 'S1' },
        { household: POOR, w: 4, stratum: 'S2' },
      ]),
      { index: 3, ok: false as const, issues: [], w: 4, stratum: 'S2' },
    ];
    const survey = summarize(units, { weight: 'w', strata: 'stratum' }).survey!;
    expect(survey.households.categories.average.value).toBe('0.2');
    expect(survey.households.categories.average.se).toBe(0);
  });

  it('PSU cells and row cells agree when every household is its own PSU', () => {
    const own = DESIGN.map((unit, i) => ({ ...unit, psu: `u${i}` }));
    const a = summarize(rows(own), options).survey!.households;
    const b = summarize(rows(own), { weight: 'w', strata: 'stratum' }).survey!.households;
    for (const key of ['poor', 'average', 'poor-or-near-poor'] as const) expect(a.categories[key].se! / b.categories[key].se!).toBeCloseTo(1, 12);
    expect(a.alkireFoster!.M0.se! / b.alkireFoster!.M0.se!).toBeCloseTo(1, 12);
  });
});

describe('a stratum with a single PSU', () => {
  // Add stratum S3 with one PSU: { h7 w=3 P }. Now X = 15, Y = 7, R = 7/15.
  // S1: e = 16/15, −14/15, −28/15; PSUs 2/15, −28/15, deviations ±1 → 4.
  // S2: e = 8/15, 8/15, −14/15; deviations 22/45, 22/45, −44/45 → 2904/2025 × 3/2 = 484/225.
  // S3: e = 3 (1 − 7/15) = 8/5.
  //   certainty: no contribution, V = (4 + 484/225) / 15² = 1384/50625;
  //   adjust: the PSU is centred at the overall mean of 0, adds (8/5)² = 576/225: V = 1960/50625.
  const singleton = [...DESIGN, { household: POOR, w: 3, stratum: 'S3', psu: 'P6' }];
  const se = (policy: 'adjust' | 'certainty') => summarize(rows(singleton), { weight: 'w', strata: 'stratum', psu: 'psu', singletonPsu: policy }).survey!;

  it('certainty: contributes nothing (SE √1384 / 225)', () => near(se('certainty').households.categories.poor.se, Math.sqrt(1384) / 225));

  it('adjust (the default): centred at the overall mean (SE √1960 / 225), and counted in the design', () => {
    near(se('adjust').households.categories.poor.se, Math.sqrt(1960) / 225);
    expect(se('adjust').design).toMatchObject({ singletonStrata: 1, singletonPsu: 'adjust', strataCount: 3, psuCount: 6 });
    near(summarize(rows(singleton), { weight: 'w', strata: 'stratum', psu: 'psu' }).survey!.households.categories.poor.se, Math.sqrt(1960) / 225);
  });

  it('fail: a ValidationError naming the stratum', () => {
    expect(issue(() => summarize(rows(singleton), { weight: 'w', strata: 'stratum', psu: 'psu', singletonPsu: 'fail' }))).toMatchObject({
      path: ['strata', 'S3'],
      code: 'singleton_psu',
    });
  });
});

describe('cuts compared exactly (floating point puts 6/12 below 1/2)', () => {
  let sum = 0;
  for (let i = 0; i < 6; i++) sum += 1 / 12;
  const six = { ...POOR, income: { perCapitaMonthly: 4_000_000 }, deprivations: answers(6) };
  const nine = { ...POOR, income: { perCapitaMonthly: 4_000_000 }, deprivations: answers(9) };
  const summary = summarize(
    rows([
      { household: six, w: 1 },
      { household: nine, w: 1 },
    ]),
    {
      measures: [
        { name: 'half', weights: 'equal', k: 0.5 },
        { name: 'three-quarters', weights: 'equal', k: '3/4', cuts: ['1/2', 0.75] },
      ],
    },
  );

  it('the trap is real: six twelfths summed in float64 are less than one half', () => expect(sum < 0.5).toBe(true));

  it('a household with exactly 6 of 12 deprivations is poor at k = 6 (count) and k = 1/2 (weights)', () => {
    expect(summary.alkireFoster.cuts[5]).toMatchObject({ atLeast: 6, poor: 2, H: '1' });
    expect(summary.survey!.households.alkireFoster!.cuts[5]).toMatchObject({ k: '1/2', atLeast: 6, poor: '2' });
    expect(summary.survey!.households.measures[0]).toMatchObject({ name: 'half', k: '1/2', poor: '2' });
  });

  it('exactly 9 of 12 is poor at k = 9 and k = 3/4; 6 is not', () => {
    expect(summary.alkireFoster.cuts[8]).toMatchObject({ atLeast: 9, poor: 1, H: '0.5' });
    const measure = summary.survey!.households.measures[1]!;
    expect(measure.cuts.map((cut) => [cut.k, cut.poor])).toEqual([
      ['1/2', '2'],
      ['3/4', '1'],
    ]);
    expect(measure.H.value).toBe('0.5');
    expect(measure.A.value).toBe('0.75');
  });
});

describe('other indicator weightings', () => {
  it('nested weights for vn-2022-2025 (6 dimensions of 2 indicators) are the equal weights 1/12', () => {
    const summary = summarize(rows([{ household: POOR, w: 1 }]), { measures: [{ name: 'nested', weights: 'nested' }] });
    const nested = summary.survey!.households.measures[0]!;
    expect(nested.censored.map((indicator) => indicator.weight)).toEqual(IDS.map(() => '1/12'));
    expect(nested.k).toBe('1/4'); // default: the rule set's cut 3/12
    expect(nested.H).toEqual(summary.survey!.households.alkireFoster!.H);
  });

  it('nested weights with unequal dimensions: vn-2016-2020 dimension sizes give each dimension 1/5', () => {
    const ruleSet = getRuleSet('vn-2016-2020');
    const summary = summarize([], { ruleSet, measures: [{ name: 'nested', weights: 'nested' }] });
    const weights = summary.survey!.households.measures[0]!.censored.map((indicator) => indicator.weight);
    const dimensions = new Map<string, number>();
    for (const indicator of ruleSet.indicators) dimensions.set(indicator.dimension, (dimensions.get(indicator.dimension) ?? 0) + 1);
    expect(weights).toEqual(ruleSet.indicators.map((indicator) => `1/${dimensions.size * dimensions.get(indicator.dimension)!}`));
  });

  it('custom weights: the weighted score is compared with k exactly and contributions add up to 1', () => {
    // employment and dependants 1/6 each, the other ten 1/15: POOR (employment, dependants, nutrition)
    // scores 1/6 + 1/6 + 1/15 = 2/5 ≥ 1/3; answers(2) scores exactly 1/3.
    const weights = Object.fromEntries(IDS.map((id, i) => [id, i < 2 ? '1/6' : '1/15']));
    const two = { ...POOR, deprivations: answers(2) };
    const summary = summarize(
      rows([
        { household: POOR, w: 1 },
        { household: two, w: 1 },
        { household: AVERAGE, w: 2 },
      ]),
      { weight: 'w', measures: [{ name: 'custom', weights, k: '1/3' }] },
    );
    const custom = summary.survey!.households.measures[0]!;
    expect(custom.poor).toBe('2');
    expect(custom.H.value).toBe('0.5');
    expect(custom.A.value).toBe('0.36666666666666666667'); // (2/5 + 1/3) / 2 = 11/30
    expect(custom.censoredScore).toBe('0.73333333333333333333'); // 11/15
    const contributions = custom.censored.map((indicator) => indicator.contribution!).reduce((a, b) => a + Number(b), 0);
    expect(contributions).toBeCloseTo(1, 15);
  });

  it('refuses weights that do not add up to 1, unknown or missing indicators, and bad cuts', () => {
    const third = Object.fromEntries(IDS.map((id) => [id, 0.0833]));
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: third }] }))).toMatchObject({
      path: ['measures', 0, 'weights'],
      code: 'invalid_value',
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: { ...third, nope: 1 } }] }))).toMatchObject({
      path: ['measures', 0, 'weights', 'nope'],
      code: 'unknown_indicator',
    });
    const { water: _water, ...missing } = Object.fromEntries(IDS.map((id) => [id, '1/11']));
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: missing }] }))).toMatchObject({
      path: ['measures', 0, 'weights', 'water'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', k: 0 }] }))).toMatchObject({
      path: ['measures', 0, 'k'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', k: '4/3' }] }))).toMatchObject({
      path: ['measures', 0, 'k'],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'x', weights: 'equal', cuts: ['abc'] }] }))).toMatchObject({
      path: ['measures', 0, 'cuts', 0],
    });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'count', weights: 'equal' }] }))).toMatchObject({
      path: ['measures', 0, 'name'],
    });
    expect(
      issue(() =>
        summarize([], {
          ruleSet: 'vn-2022-2025',
          measures: [
            { name: 'a', weights: 'equal' },
            { name: 'a', weights: 'nested' },
          ],
        }),
      ),
    ).toMatchObject({ path: ['measures', 1, 'name'] });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'a', weights: 'heavy' as never }] }))).toMatchObject({
      path: ['measures', 0, 'weights'],
    });
    // 1/2, 1/4, …, 1/2048, 1/2048 add up to 1 but give 2,049 distinct scores (more than 256).
    const halving = Object.fromEntries(IDS.map((id, i) => [id, `1/${2 ** Math.min(i + 1, 11)}`]));
    const many = (): unknown => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'halving', weights: halving }] });
    expect(issue(many).path).toEqual(['measures', 0, 'weights']);
    expect(() => many()).toThrow(/more than 256 distinct/);
    // A common denominator above 1,000,000.
    const big = Object.fromEntries(IDS.map((id, i) => [id, i === 0 ? '1000002/1000003' : i === 1 ? '1/1000003' : '0']));
    expect(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [{ name: 'big', weights: big }] })).toThrow(/larger than 1,000,000/);
  });
});

describe('survey values are checked: a ValidationError at the row', () => {
  const two = () =>
    rows([
      { household: POOR, w: 1 },
      { household: AVERAGE, w: 1 },
    ]);

  it.each([
    ['a negative weight', -1],
    ['NaN', Number.NaN],
    ['an exponent', '1e3'],
    ['thousands separators', '1,000'],
    ['a boolean', true],
  ])('refuses %s as a weight', (_what, w) => {
    expect(
      issue(() =>
        summarize(
          two().map((row, i) => (i === 1 ? { ...row, w } : row)),
          { weight: 'w' },
        ),
      ),
    ).toMatchObject({ path: [1, 'weight'], code: 'invalid_weight' });
  });

  it('a missing weight, size, stratum or PSU', () => {
    expect(issue(() => summarize(two(), { weight: 'nope' }))).toMatchObject({ path: [0, 'weight'], code: 'invalid_weight' });
    expect(issue(() => summarize(two(), { size: 'nope' }))).toMatchObject({ path: [0, 'size'], code: 'invalid_size' });
    expect(issue(() => summarize(two(), { strata: 'nope' }))).toMatchObject({ path: [0, 'strata'], code: 'invalid_design' });
    expect(issue(() => summarize(two(), { psu: () => '' }))).toMatchObject({ path: [0, 'psu'], code: 'invalid_design' });
  });

  it('a throwing weight function', () => {
    expect(
      issue(() =>
        summarize(two(), {
          weight: () => {
            throw new Error('no weight');
          },
        }),
      ),
    ).toMatchObject({ path: [0, 'weight'] });
  });

  it('a failed row without a readable size counts no persons (unsized), a classified one is refused', () => {
    const summary = summarize([...two(), { index: 2, ok: false, issues: [] }], { size: (_row, i) => (i === 2 ? 'many' : 3) });
    expect(summary.survey!.persons).toMatchObject({ unsized: 1, total: '6' });
    expect(issue(() => summarize(two(), { size: () => 0 }))).toMatchObject({ path: [0, 'size'] });
  });

  it('bad survey options', () => {
    expect(issue(() => summarize([], { weight: 3 as never }))).toMatchObject({ path: ['weight'] });
    expect(issue(() => summarize([], { standardErrors: 'yes' as never }))).toMatchObject({ path: ['standardErrors'] });
    expect(issue(() => summarize([], { singletonPsu: 'drop' as never }))).toMatchObject({ path: ['singletonPsu'] });
    expect(issue(() => summarize([], { confidence: 1 }))).toMatchObject({ path: ['confidence'] });
    expect(issue(() => summarize([], { confidence: 'high' }))).toMatchObject({ path: ['confidence'] });
    expect(issue(() => summarize([], { measures: {} as never }))).toMatchObject({ path: ['measures'] });
    expect(issue(() => summarize([], { ruleSet: 'vn-2022-2025', measures: [null as never] }))).toMatchObject({ path: ['measures', 0] });
  });

  it('a weight given to add() needs the weight option; fields must be an object', () => {
    const summarizer = createSummarizer({ size: 'size' });
    expect(issue(() => summarizer.add(two()[0]!, undefined, { weight: 2 }))).toMatchObject({ path: [0, 'weight'] });
    expect(issue(() => summarizer.add(two()[0]!, undefined, 'w' as never))).toMatchObject({ path: [0] });
  });
});

describe('streaming and options', () => {
  it('add(row, key, fields) gives the same survey figures as field options', () => {
    const units = rows(DESIGN);
    const summarizer = createSummarizer({ weight: 'weight', strata: 'stratum', psu: 'psu' });
    for (const row of units) summarizer.add(row, undefined, { weight: row.w, stratum: row.stratum, psu: row.psu });
    const streamed = summarizer.finish().survey!;
    const direct = summarize(units, { weight: 'w', strata: 'stratum', psu: 'psu' }).survey!;
    expect(streamed.households).toEqual(direct.households);
  });

  it('standardErrors: false gives exact weighted figures without SEs or design counts', () => {
    const survey = summarize(rows(DESIGN), { weight: 'w', strata: 'stratum', psu: 'psu', standardErrors: false }).survey!;
    expect(survey.households.categories.poor).toEqual({ total: '4', value: '0.33333333333333333333', se: null, ci: null });
    expect(survey.design).toMatchObject({ standardErrors: false, psuCount: null, degreesOfFreedom: null });
  });

  it('no survey option: no survey part (the plain summary is unchanged)', () => {
    expect(summarize(rows(DESIGN)).survey).toBeUndefined();
  });

  it('before any rule set is known: categories only, no AF figures', () => {
    const survey = summarize([{ index: 0, ok: false, issues: [] }], { weight: () => '2' }).survey!;
    expect(survey.households.errors).toMatchObject({ total: '2', value: '1' });
    expect(survey.households.alkireFoster).toBeNull();
    expect(survey.households.indicators).toEqual([]);
  });

  it('failed rows before the first classified row are kept when the rule set becomes known', () => {
    const summary = summarize([{ index: 0, ok: false, issues: [] }, ...rows([{ household: POOR, w: 1 }])], {
      weight: () => '1.5',
      strata: () => 's',
      psu: (_row, i) => `p${i}`,
    });
    expect(summary.survey!.households).toMatchObject({ total: '3' });
    expect(summary.survey!.households.errors).toMatchObject({ total: '1.5', value: '0.5' });
    expect(summary.survey!.households.categories.poor).toMatchObject({ total: '1.5', value: '0.5' });
    near(summary.survey!.households.categories.poor.se, 0.5);
  });

  it('a missing-key group started late keeps the earlier rows in its survey figures', () => {
    const units = rows(DESIGN);
    const summarizer = createSummarizer({ weight: 'w' });
    units.forEach((row, i) => summarizer.add(row, i < 3 ? undefined : 'late'));
    const summary = summarizer.finish();
    const missing = summary.groups.find((group) => group.key === null)!;
    expect(missing.survey!.households.total).toBe('8');
    expect(summary.groups.find((group) => group.key === 'late')!.survey!.households.total).toBe('4');
  });
});
