/**
 * Runs every conformance fixture (`test/fixtures/conformance/*.json`, generated from
 * `scripts/docs/conformance-cases.ts`) through `classify`. The fixtures are language-neutral:
 * another implementation can run the same files and compare.
 *
 * Test names carry the fixtures' rule tags (`[rule:<ruleSet>/<kind>/<id>]`) for the
 * traceability matrix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, getRuleSet } from '../src/index.js';

interface Fixture {
  id: string;
  ruleSet: string;
  ruleSetVersion: string;
  ruleSetFingerprint: string;
  date?: string;
  allowProvisional?: boolean;
  why: string;
  tags: string[];
  household: unknown;
  expected: {
    category: string;
    possibleCategories: string[];
    deprivationCount: number;
    unknownCount: number;
    income: { perCapita: string; band: { above: string | null; atOrBelow: string | null } };
    indicators: { id: string; dimension: string; status: string; source: string }[];
    lowIncomeWorker?: boolean | null;
  };
}

const DIR = join(import.meta.dirname, 'fixtures', 'conformance');
const fixtures: Fixture[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as Fixture);

describe('conformance fixtures', () => {
  it('there are fixtures, with unique ids, for every rule set they name', () => {
    expect(fixtures.length).toBeGreaterThan(50);
    expect(new Set(fixtures.map((fixture) => fixture.id)).size).toBe(fixtures.length);
    for (const fixture of fixtures) expect(getRuleSet(fixture.ruleSet).id).toBe(fixture.ruleSet);
  });

  it.each(fixtures.map((fixture) => [`${fixture.id} ${fixture.tags.join(' ')}`, fixture] as const))('%s', (_name, fixture) => {
    const result = classify(fixture.household, {
      ruleSet: fixture.ruleSet,
      ...(fixture.date === undefined ? {} : { date: fixture.date }),
      ...(fixture.allowProvisional === true ? { allowProvisional: true } : {}),
    });
    // The fixture was made with exactly this rule data.
    expect(result.ruleSet.fingerprint).toBe(fixture.ruleSetFingerprint);
    expect(result.ruleSet.version).toBe(fixture.ruleSetVersion);
    const e = fixture.expected;
    expect(result.category).toBe(e.category);
    expect(result.possibleCategories).toEqual(e.possibleCategories);
    expect(result.deprivationCount).toBe(e.deprivationCount);
    expect(result.unknownCount).toBe(e.unknownCount);
    expect(result.income.perCapita).toBe(e.income.perCapita);
    expect(result.income.band).toEqual(e.income.band);
    expect(result.indicators.map(({ id, dimension, status, source }) => ({ id, dimension, status, source }))).toEqual(e.indicators);
    if (e.lowIncomeWorker !== undefined) expect(result.lowIncomeWorker?.eligible).toBe(e.lowIncomeWorker);
    // Internal consistency of the fixture itself.
    expect(e.indicators.filter((indicator) => indicator.status === 'deprived')).toHaveLength(e.deprivationCount);
    expect(e.indicators.filter((indicator) => indicator.status === 'unknown')).toHaveLength(e.unknownCount);
    expect(e.category === 'undetermined' ? e.possibleCategories.length > 1 : e.possibleCategories).toEqual(e.category === 'undetermined' ? true : [e.category]);
  });
});
