/**
 * Conformance fixtures: `test/fixtures/conformance/<ruleSet>.<slug>.json`, one per case in
 * `conformance-cases.ts`, as language-neutral JSON another implementation can run.
 *
 * A fixture is written only if the library meets the case's hand-stated expectation (category,
 * possible categories, the indicator statuses the case names, per-capita income, low-income
 * worker status); otherwise generation fails. The fixture then records every indicator's status
 * as computed, so implementations can compare indicator by indicator.
 */
import { classify, getRuleSet, listRuleSets } from '../../src/index.js';
import type { Classification } from '../../src/index.js';
import { CASES, type ConformanceCase } from './conformance-cases.js';
import { ruleElements, tagOf } from './elements.js';

/** The JSON shape of a fixture (also described in `docs/guide/auditing-a-result.md`). */
export interface Fixture {
  readonly id: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: string;
  readonly ruleSetFingerprint: string;
  readonly date?: string;
  readonly allowProvisional?: boolean;
  readonly why: string;
  readonly tags: readonly string[];
  readonly household: unknown;
  readonly expected: {
    readonly category: string;
    readonly possibleCategories: readonly string[];
    readonly deprivationCount: number;
    readonly unknownCount: number;
    readonly income: { readonly perCapita: string; readonly band: { readonly above: string | null; readonly atOrBelow: string | null } };
    readonly indicators: readonly { readonly id: string; readonly dimension: string; readonly status: string; readonly source: string }[];
    readonly lowIncomeWorker?: boolean | null;
  };
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Checks a result against a case's hand-stated expectation; returns the problems. */
export function checkCase(c: ConformanceCase, result: Classification): string[] {
  const problems: string[] = [];
  const e = c.expect;
  if (result.category !== e.category) problems.push(`category ${result.category}, expected ${e.category}`);
  const possible = e.possibleCategories ?? (e.category === 'undetermined' ? undefined : [e.category]);
  if (possible !== undefined && !same(result.possibleCategories, possible))
    problems.push(`possibleCategories ${result.possibleCategories.join(',')}, expected ${possible.join(',')}`);
  for (const [id, status] of Object.entries(e.indicators ?? {})) {
    const got = result.indicators.find((indicator) => indicator.id === id)?.status;
    if (got !== status) problems.push(`indicator ${id} ${String(got)}, expected ${status}`);
  }
  if (e.perCapita !== undefined && result.income.perCapita !== e.perCapita) problems.push(`perCapita ${result.income.perCapita}, expected ${e.perCapita}`);
  if (e.lowIncomeWorker !== undefined && result.lowIncomeWorker?.eligible !== e.lowIncomeWorker)
    problems.push(`lowIncomeWorker ${String(result.lowIncomeWorker?.eligible)}, expected ${String(e.lowIncomeWorker)}`);
  return problems;
}

/** Builds the fixture of one case (throws if the library does not meet the case). */
export function buildFixture(c: ConformanceCase): Fixture {
  const ruleSet = getRuleSet(c.ruleSet);
  const known = new Set(ruleElements(ruleSet).map((element) => `${element.kind}/${element.id}`));
  for (const tag of c.tags) if (!known.has(tag)) throw new Error(`case ${c.slug}: tag ${tag} names no element of ${c.ruleSet}`);
  const household = JSON.parse(JSON.stringify(c.household)) as unknown;
  const result = classify(household, {
    ruleSet: c.ruleSet,
    ...(c.date === undefined ? {} : { date: c.date }),
    ...(c.allowProvisional === true ? { allowProvisional: true } : {}),
  });
  const problems = checkCase(c, result);
  if (problems.length > 0) throw new Error(`case ${c.ruleSet}/${c.slug}: the library disagrees with the case:\n- ${problems.join('\n- ')}`);
  return {
    id: `${c.ruleSet}/${c.slug}`,
    ruleSet: c.ruleSet,
    ruleSetVersion: ruleSet.version,
    ruleSetFingerprint: ruleSet.fingerprint,
    ...(c.date === undefined ? {} : { date: c.date }),
    ...(c.allowProvisional === true ? { allowProvisional: true } : {}),
    why: c.why,
    tags: [...new Set(c.tags)].map((tag) => tagOf({ ruleSet: c.ruleSet, kind: tag.split('/')[0]!, id: tag.split('/').slice(1).join('/') })),
    household,
    expected: {
      category: result.category,
      possibleCategories: [...result.possibleCategories],
      deprivationCount: result.deprivationCount,
      unknownCount: result.unknownCount,
      income: { perCapita: result.income.perCapita, band: { ...result.income.band } },
      indicators: result.indicators.map((indicator) => ({
        id: indicator.id,
        dimension: indicator.dimension,
        status: indicator.status,
        source: indicator.source,
      })),
      ...(result.lowIncomeWorker === undefined ? {} : { lowIncomeWorker: result.lowIncomeWorker.eligible }),
    },
  };
}

/** Every fixture file: path → content. Cases for rule sets that are not built in are skipped. */
export function fixtureFiles(): Map<string, string> {
  const builtIn = new Set(listRuleSets().map((ruleSet) => ruleSet.id));
  const files = new Map<string, string>();
  const seen = new Set<string>();
  for (const c of CASES) {
    if (!builtIn.has(c.ruleSet)) continue;
    const name = `${c.ruleSet}.${c.slug}`;
    if (seen.has(name)) throw new Error(`duplicate conformance case ${name}`);
    seen.add(name);
    files.set(`test/fixtures/conformance/${name}.json`, `${JSON.stringify(buildFixture(c), null, 2)}\n`);
  }
  return files;
}
