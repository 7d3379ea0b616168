/**
 * Weighted estimates and standard errors against R's `survey` package (Lumley), on the committed
 * two-round survey fixture (test/fixtures/stats/survey.csv, 453 rows: 7 strata — one with a single
 * PSU —, 25 PSUs, decimal weights, sizes, unknown answers, invalid rows). The reference values
 * in test/fixtures/stats/reference.json were written by `Rscript scripts/stats/reference.R` (run by
 * hand; see the script). Every value R gives is compared: estimates to 1e-12, standard errors to
 * a relative 1e-9.
 *
 * Designs (round 1): A strata + PSUs + weights (singleton stratum "adjust"); B the same with
 * "certainty"; C weights only (every household its own PSU); D unweighted simple random sampling;
 * E strata + weights, no PSUs; F PSUs + weights, no strata. Persons (weight × size) for A and C,
 * regions (domains) for A and C. Changes between the rounds: panel by PSU, panel by household id,
 * independent samples.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  classifyMany,
  getRuleSet,
  summarize,
  summarizeChange,
  type ChangeFigures,
  type Difference,
  type Estimate,
  type SummarizeOptions,
  type SurveyFigures,
  type SurveyLevel,
} from '../src/index.js';

const CSV = new URL('./fixtures/stats/survey.csv', import.meta.url);
const REFERENCE = JSON.parse(readFileSync(new URL('./fixtures/stats/reference.json', import.meta.url), 'utf8')) as {
  csvMd5: string;
  values: Record<string, [number, number]>;
};
const IDS = getRuleSet('vn-2022-2025').indicators.map((indicator) => indicator.id);

interface Record_ {
  round: string;
  id: string;
  region: string;
  stratum: string;
  psu: string;
  w: string;
  size: string;
  area: string;
  income: string;
  category: string;
  [answer: string]: string;
}
const records = parse(readFileSync(CSV), { columns: true }) as Record_[];

function household(record: Record_): unknown {
  return {
    id: record.id,
    area: record.area,
    size: Number(record.size),
    income: { perCapitaMonthly: /^\d+$/.test(record.income) ? Number(record.income) : record.income },
    deprivations: Object.fromEntries(
      IDS.map((id) => [id, record[`d_${id.replace(/-/g, '_')}`] === 'NA' ? null : record[`d_${id.replace(/-/g, '_')}`] === '1']),
    ),
  };
}

const round = (n: string) => {
  const own = records.filter((record) => record.round === n);
  // The design fields travel with each row (`{ ...row, w, stratum, … }`), read by name.
  return classifyMany(own.map(household)).map((row, i) => ({ ...row, ...own[i]! }));
};
const ROUND1 = round('1');
const ROUND2 = round('2');

const CUSTOM = { name: 'custom', weights: Object.fromEntries(IDS.map((id, i) => [id, i < 2 ? '1/6' : '1/15'])), k: '1/3' };

/** Our figure for an R key, e.g. `share:poor`, `rate:water`, `H:3`, `custom:cens:telecom`. */
function figure(level: SurveyLevel, key: string): Estimate {
  const [kind, a, b] = key.split(':') as [string, string, string?];
  const index = (id: string): number => IDS.indexOf(id);
  switch (kind) {
    case 'share':
      return a === 'error' ? level.errors : level.categories[a === 'pnp' ? 'poor-or-near-poor' : (a as 'poor')];
    case 'rate':
      return level.indicators[index(a)]!.rate;
    case 'pnp':
      return level.indicators[index(a)]!.rateAmongPoorOrNearPoor;
    case 'H':
    case 'A':
    case 'M0':
      return level.alkireFoster!.cuts[Number(a) - 1]![kind];
    case 'cens':
      return level.alkireFoster!.censored[index(a)]!.headcount;
    case 'custom':
      return a === 'cens' ? level.measures[0]!.censored[index(b!)]!.headcount : level.measures[0]![a as 'H' | 'A' | 'M0'];
    default:
      throw new Error(`unknown reference key ${key}`);
  }
}

function changeFigure(level: ChangeFigures['households'], key: string): { value: string | null; se: number | null } | undefined {
  const difference = differenceOf(level, key);
  return difference === undefined ? undefined : { value: difference.change, se: difference.se };
}

function differenceOf(level: ChangeFigures['households'], key: string): Difference | undefined {
  const [kind, a, b] = key.split(':') as [string, string, string?];
  const index = (id: string): number => IDS.indexOf(id);
  switch (kind) {
    case 'share':
      return a === 'error' ? level.errors : level.categories[a === 'pnp' ? 'poor-or-near-poor' : (a as 'poor')];
    case 'rate':
      return level.indicators[index(a)]!.rate;
    case 'pnp':
      return level.indicators[index(a)]!.rateAmongPoorOrNearPoor;
    case 'H':
    case 'A':
    case 'M0':
      return a === '3' ? level.alkireFoster![kind] : undefined; // changes are given at the official cut
    case 'cens':
      return level.alkireFoster!.censored[index(a)]!.headcount;
    case 'custom':
      return a === 'cens' ? level.measures[0]!.censored[index(b!)]!.headcount : level.measures[0]![a as 'H' | 'A' | 'M0'];
    default:
      throw new Error(`unknown reference key ${key}`);
  }
}

function closeSe(ours: number | null, reference: number): void {
  expect(ours).not.toBeNull();
  expect(Math.abs(ours! - reference)).toBeLessThanOrEqual(1e-9 * reference + 1e-13);
}

/** Compares every reference value under `prefix` (e.g. `A/households/`) with `pick(key)`; returns how many. */
function compare(prefix: string, pick: (key: string) => { value: string | null; se: number | null } | undefined): number {
  let compared = 0;
  for (const [key, [estimate, se]] of Object.entries(REFERENCE.values)) {
    if (!key.startsWith(prefix) || key.slice(prefix.length).includes('/')) continue;
    const ours = pick(key.slice(prefix.length));
    if (ours === undefined) continue;
    expect(ours.value, key).not.toBeNull();
    expect(Math.abs(Number(ours.value) - estimate), key).toBeLessThanOrEqual(1e-12);
    closeSe(ours.se, se);
    compared++;
  }
  return compared;
}

const DESIGNS: Record<string, SummarizeOptions> = {
  A: { weight: 'w', size: 'size', strata: 'stratum', psu: 'psu', by: 'region' },
  B: { weight: 'w', strata: 'stratum', psu: 'psu', singletonPsu: 'certainty' },
  C: { weight: 'w', size: 'size', by: 'region' },
  D: { standardErrors: true },
  E: { weight: 'w', strata: 'stratum' },
  F: { weight: 'w', psu: 'psu' },
};

describe('the reference fixture', () => {
  it('reference.json was computed from the committed survey.csv', () => {
    expect(createHash('md5').update(readFileSync(CSV)).digest('hex')).toBe(REFERENCE.csvMd5);
  });

  it('the library classifies every fixture row as the category R was given', () => {
    const categories = [...ROUND1, ...ROUND2].map((row) => (row.ok ? row.result.category : 'error'));
    expect(categories).toEqual(records.map((record) => record.category));
    expect(categories.filter((category) => category === 'error').length).toBeGreaterThan(3);
  });
});

describe.each(Object.entries(DESIGNS))('design %s against R survey', (name, options) => {
  const summary = summarize(ROUND1, { ...options, measures: [CUSTOM] });
  const survey = summary.survey!;

  it('households: every figure and standard error R gives', () => {
    expect(compare(`${name}/households/`, (key) => figure(survey.households, key))).toBeGreaterThan(80);
  });

  if (options.size !== undefined) {
    it('persons (weight × size): every figure and standard error', () => {
      expect(compare(`${name}/persons/`, (key) => figure(survey.persons!, key))).toBeGreaterThan(80);
    });
  }

  if (options.by !== undefined) {
    it('regions as domains of the whole design (svyby)', () => {
      let compared = 0;
      for (const group of summary.groups)
        compared += compare(`${name}/households/group:${group.key}/`, (key) => figure((group.survey as SurveyFigures).households, key));
      expect(compared).toBeGreaterThan(240);
    });
  }
});

describe('changes between the rounds against R survey (svyby covmat + svycontrast)', () => {
  const base = { weight: 'w', strata: 'stratum', measures: [CUSTOM] } as const;

  it('panel matched by PSU: households and persons', () => {
    const change = summarizeChange(ROUND1, ROUND2, { ...base, psu: 'psu', size: 'size', samples: 'panel' });
    expect(change.samples).toBe('panel');
    expect(change.matched).toBe(25);
    expect(compare('change/panel-psu/households/', (key) => changeFigure(change.households, key))).toBeGreaterThan(60);
    expect(compare('change/panel-psu/persons/', (key) => changeFigure(change.persons!, key))).toBeGreaterThan(60);
  });

  it('panel matched by household id (no PSU): the covariance from the matched households', () => {
    const change = summarizeChange(ROUND1, ROUND2, { ...base, samples: 'panel', id: 'id' });
    expect(change.matched).toBeGreaterThan(150);
    expect(change.matched).toBeLessThan(ROUND1.length);
    expect(compare('change/panel-id/households/', (key) => changeFigure(change.households, key))).toBeGreaterThan(60);
  });

  it('independent samples: V = V1 + V2', () => {
    const change = summarizeChange(ROUND1, ROUND2, { ...base, psu: 'psu' });
    expect(change.matched).toBeNull();
    expect(compare('change/independent/households/', (key) => changeFigure(change.households, key))).toBeGreaterThan(60);
  });
});
