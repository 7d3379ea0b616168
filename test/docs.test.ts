/**
 * The documentation generators (`scripts/docs/`): rule data rendered in words, rule cards that
 * match the rule sets and their fingerprints, the result schema against real results.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as lib from '../src/index.js';
import { classify, listRuleSets } from '../src/index.js';
import { parseAmount } from '../src/money.js';
import { CASES } from '../scripts/docs/conformance-cases.js';
import { findExamples, findGuideExamples, findMarkdownExamples, runExample } from '../scripts/docs/doctest.js';
import { ruleElements, tagOf } from '../scripts/docs/elements.js';
import { buildFixture, checkCase } from '../scripts/docs/fixtures.js';
import { classificationSchema } from '../scripts/docs/result-schema.js';
import { canonicalFile, ruleCard } from '../scripts/docs/rule-cards.js';
import { householdJsonSchema, resultJsonSchema } from '../scripts/docs/schemas.js';
import { analyse, readReport, tagUses, type VitestReport } from '../scripts/docs/traceability.js';
import { categoryRuleWords, indicatorTest, memberCondition, percent } from '../scripts/docs/words.js';

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('rule data in words', () => {
  it('renders ages, facts and connectives from the condition data', () => {
    expect(memberCondition({ all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] }, 'en')).toBe('aged 6+ AND `healthInsurance` = false');
    expect(memberCondition({ all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] }, 'vi')).toBe(
      'từ đủ 6 tuổi trở lên VÀ `healthInsurance` = false',
    );
    expect(memberCondition({ any: [{ age: { max: 15 } }, { fact: 'stunted', equals: true }] }, 'en')).toBe('aged under 16 (age ≤ 15) OR `stunted` = true');
    expect(memberCondition({ all: [{ workingAge: true }, { any: [{ fact: 'employment', equals: 'unemployed' }, { bornFrom: 1986 }] }] }, 'en')).toBe(
      'of working age AND (`employment` = unemployed OR born in 1986 or later)',
    );
  });

  it('renders shares as exact percentages and keeps the strict/inclusive side explicit', () => {
    expect(percent('0.5')).toBe('50');
    expect(percent('0.333')).toBe('33.3');
    expect(percent('1')).toBe('100');
    expect(indicatorTest({ kind: 'per-member-below', fact: 'floorArea', floor: '8' }, 'en')).toContain('< 8 (strictly less; exactly 8 is not deprived)');
    expect(indicatorTest({ kind: 'member-share-above', share: '0.5', where: { fact: 'dependant', equals: true } }, 'en')).toContain('more than 50% (> 0.5)');
  });

  it('renders an unknown test kind as its JSON instead of dropping it', () => {
    const text = indicatorTest({ kind: 'future-kind', x: 1 } as never, 'en');
    expect(text).toContain('future-kind');
    expect(text).toContain('"x":1');
  });

  it('states the 2022–2025 poor rule as income ≤ line AND ≥ 3 deprivations', () => {
    const ruleSet = listRuleSets().find((candidate) => candidate.id === 'vn-2022-2025')!;
    const poor = ruleSet.categoryRules.find((rule) => rule.category === 'poor')!;
    expect(categoryRuleWords(ruleSet, poor, 'en')).toBe('income ≤ income poverty line (1,500,000 rural / 2,000,000 urban) AND deprivations ≥ 3');
  });
});

describe.each(listRuleSets().map((ruleSet) => [ruleSet.id, ruleSet] as const))('rule card %s', (_id, ruleSet) => {
  const card = ruleCard(ruleSet);

  it('its canonical JSON hashes to the fingerprint', () => {
    expect(sha256(canonicalFile(ruleSet))).toBe(ruleSet.fingerprint);
    expect(card).toContain(ruleSet.fingerprint);
  });

  it('has a row with the test words and tag for every indicator, C rows visibly marked', () => {
    for (const indicator of ruleSet.indicators) {
      const rows = card
        .split('\n')
        .filter((line) => line.includes(tagOf({ ruleSet: ruleSet.id, kind: 'indicator', id: indicator.id })) && line.startsWith('|'));
      expect(rows).toHaveLength(2); // vi and en
      expect(rows[1]).toContain(indicatorTest(indicator.test, 'en').replace(/\|/g, '\\|'));
      if (indicator.citation.confidence === 'C') {
        expect(rows[0]).toContain('chưa đối chiếu từng chữ');
        expect(rows[1]).toContain('not yet checked word for word');
      } else {
        expect(rows[1]).not.toContain('not yet checked');
      }
    }
  });

  it('names every income line amount and every category rule', () => {
    for (const line of ruleSet.incomeLines) expect(card).toContain(line.amounts.rural.replace(/\B(?=(\d{3})+(?!\d))/g, ','));
    ruleSet.categoryRules.forEach((rule, index) =>
      expect(card).toContain(tagOf({ ruleSet: ruleSet.id, kind: 'categoryRule', id: `${index}-${rule.category}` })),
    );
  });

  it('its household JSON Schema lists exactly the rule set’s indicator ids', () => {
    const schema = householdJsonSchema(ruleSet) as { properties: { deprivations: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.deprivations.properties)).toEqual(ruleSet.indicators.map((indicator) => indicator.id));
  });
});

describe('household JSON Schema', () => {
  it('accepts exactly the amount strings the library accepts', () => {
    const schema = householdJsonSchema(listRuleSets()[0]!) as {
      properties: { income: { properties: { perCapitaMonthly: { anyOf: [unknown, { pattern: string; maxLength: number; not: { pattern: string } }] } } } };
    };
    const rule = schema.properties.income.properties.perCapitaMonthly.anyOf[1];
    const accepts = (text: string): boolean =>
      new RegExp(rule.pattern, 'u').test(text) && !new RegExp(rule.not.pattern, 'u').test(text) && text.length <= rule.maxLength;
    const samples = [
      '0',
      '1500000',
      '1999999.99',
      '0.5',
      '1.500',
      '1.500.000',
      '12.345',
      '1.5',
      '1500.000',
      '01',
      '-1',
      '1e6',
      '1,5',
      '1 500',
      '',
      ' 1',
      '1.',
      '.5',
      '9'.repeat(41),
    ];
    for (const text of samples) expect(accepts(text), text).toBe(parseAmount(text).ok);
  });
});

describe('result schema', () => {
  const dir = join(import.meta.dirname, 'fixtures', 'conformance');
  const fixtures = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as { household: unknown; ruleSet: string; date?: string; allowProvisional?: boolean });

  it('accepts every conformance result (strict: no field missing from the schema)', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const result = classify(fixture.household, {
        ruleSet: fixture.ruleSet,
        ...(fixture.date === undefined ? {} : { date: fixture.date }),
        allowProvisional: fixture.allowProvisional === true,
      });
      const parsed = classificationSchema.safeParse(JSON.parse(JSON.stringify(result)));
      expect(parsed.success ? [] : z.prettifyError(parsed.error)).toEqual([]);
    }
  });

  it('rejects a result with an unknown field or a wrong category', () => {
    const result = JSON.parse(JSON.stringify(classify({ area: 'rural', size: 1, income: { perCapitaMonthly: 1 } }))) as Record<string, unknown>;
    expect(classificationSchema.safeParse(result).success).toBe(true);
    expect(classificationSchema.safeParse({ ...result, extra: 1 }).success).toBe(false);
    expect(classificationSchema.safeParse({ ...result, category: 'rich' }).success).toBe(false);
  });

  it('is emitted as draft 2020-12 JSON Schema', () => {
    const schema = resultJsonSchema() as { $schema: string; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toContain('category');
  });
});

describe('conformance cases', () => {
  it('have unique slugs per rule set, and tags that name elements of their rule set', () => {
    const names = CASES.map((c) => `${c.ruleSet}/${c.slug}`);
    expect(new Set(names).size).toBe(names.length);
    for (const c of CASES) {
      const ruleSet = listRuleSets().find((candidate) => candidate.id === c.ruleSet);
      expect(ruleSet, c.ruleSet).toBeDefined();
      const known = new Set(ruleElements(ruleSet!).map((element) => `${element.kind}/${element.id}`));
      for (const tag of c.tags) expect(known.has(tag), `${c.slug}: ${tag}`).toBe(true);
    }
  });

  it('a fixture is refused when the library disagrees with the hand-written expectation', () => {
    const c = CASES.find((candidate) => candidate.slug === 'rural-exactly-at-poverty-line-3-deprivations' && candidate.ruleSet === 'vn-2022-2025')!;
    expect(buildFixture(c).expected.category).toBe('poor');
    expect(() => buildFixture({ ...c, expect: { category: 'near-poor' } })).toThrow(/disagrees/);
    const result = classify(c.household, { ruleSet: c.ruleSet });
    expect(checkCase({ ...c, expect: { category: 'poor', indicators: { water: 'not-deprived' } } }, result)).toEqual([
      'indicator water deprived, expected not-deprived',
    ]);
  });
});

describe('traceability (from the vitest JSON report: only passing tests count)', () => {
  const file = join(import.meta.dirname, 'example.test.ts');
  const report: VitestReport = {
    testResults: [
      {
        name: file,
        assertionResults: [
          { ancestorTitles: ['[rule:vn-2022-2025/indicator/housing-area] housing area'], title: 'exactly 8 m² is not deprived', status: 'passed' },
          { ancestorTitles: [], title: `built at run time: ${'[rule:vn-2022-2025/indicator/water]'}`, status: 'passed' },
          { ancestorTitles: [], title: '[rule:vn-2022-2025/indicator/telecom] a failing test', status: 'failed' },
          { ancestorTitles: [], title: '[rule:vn-2022-2025/indicator/sanitation] a skipped test', status: 'skipped' },
          { ancestorTitles: [], title: '[rule:vn-2022-2025/indicator/no-such-indicator] a tag naming nothing', status: 'passed' },
        ],
      },
    ],
  };

  it('names every element of every rule set with a citation', () => {
    const analysis = analyse(report);
    expect(analysis.uncited).toEqual([]);
    expect(analysis.elements).toHaveLength(listRuleSets().flatMap(ruleElements).length);
  });

  it('counts the tags of passing tests (describe titles included, names built at run time too), never failing or skipped ones', () => {
    const uses = tagUses(report);
    expect(uses.get('[rule:vn-2022-2025/indicator/housing-area]')).toEqual([{ file: 'test/example.test.ts', count: 1 }]);
    expect(uses.get('[rule:vn-2022-2025/indicator/water]')).toEqual([{ file: 'test/example.test.ts', count: 1 }]);
    expect(uses.has('[rule:vn-2022-2025/indicator/telecom]')).toBe(false);
    expect(uses.has('[rule:vn-2022-2025/indicator/sanitation]')).toBe(false);
    const analysis = analyse(report);
    expect(analysis.untested.map(tagOf)).toContain('[rule:vn-2022-2025/indicator/telecom]');
    expect(analysis.untested.map(tagOf)).not.toContain('[rule:vn-2022-2025/indicator/housing-area]');
    expect(analysis.unknownTags.map((unknown) => unknown.tag)).toEqual(['[rule:vn-2022-2025/indicator/no-such-indicator]']);
  });

  it('without a report it says how to write one', () => {
    expect(() => readReport(join(import.meta.dirname, 'no-such-report.json'))).toThrow(/--reporter=json --outputFile\.json=reports\/vitest\.json/);
  });
});

describe('API examples (TSDoc @example), README and guide examples state real output', () => {
  const root = join(import.meta.dirname, '..');
  const examples = [...findExamples(root), ...findGuideExamples(root), ...findMarkdownExamples(root, 'README.md')];

  it('finds the public examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });

  it.each(examples.map((example) => [`${example.name} (${example.where})`, example] as const))('%s', async (_name, example) => {
    const { problems } = await runExample(example, lib as unknown as Record<string, unknown>);
    expect(problems).toEqual([]);
  });

  it('the checker catches a wrong stated value, and an output written as prose is a problem, not skipped', async () => {
    const wrong = await runExample(
      {
        where: 'x',
        name: 'x',
        code: "import { listRuleSets } from 'chuan-ngheo';\nlistRuleSets().length; // 99\nlistRuleSets().length; // many\nlistRuleSets().length; // 4 rule sets\n",
      },
      lib as unknown as Record<string, unknown>,
    );
    expect(wrong.problems).toHaveLength(3);
    const about = (text: string) => wrong.problems.find((problem) => problem.startsWith(text)) ?? '';
    expect(about('listRuleSets().length; // 99')).toContain('got 4');
    expect(about('listRuleSets().length; // many')).toContain('not a value the doctest can compare');
    expect(about('listRuleSets().length; // 4 rule sets')).toContain('not a value the doctest can compare');
  });

  it('the stale example of issue 11 fails: console.log with the output as prose on the next line', async () => {
    const stale = await runExample(
      {
        where: 'x',
        name: 'x',
        code: "import { classify, explain } from 'chuan-ngheo';\nconst result = classify({ area: 'rural', size: 4, income: { perCapitaMonthly: 1200000 } });\nconsole.log(explain(result, { locale: 'en' }).split('\\n')[0]);\n// Result: poor household — under the Multidimensional poverty standard 2022–2025 (vn-2022-2025, version 1.0.0).\n",
      },
      lib as unknown as Record<string, unknown>,
    );
    expect(stale.problems).toHaveLength(1);
    expect(stale.problems[0]).toContain('not a value the doctest can compare');
  });

  it('an output written over several comment lines after the expression is compared', async () => {
    const code =
      "import { listRuleSets } from 'chuan-ngheo';\nlistRuleSets().map((r) => r.id);\n// ['vn-2016-2020',\n//  'vn-2022-2025',\n//  'vn-2027-2030', 'hcmc-2024']\nlistRuleSets().map((r) => r.status);\n// → ['superseded', 'in-force',\n//    'in force']\n";
    const result = await runExample({ where: 'x', name: 'x', code }, lib as unknown as Record<string, unknown>);
    expect(result.checks).toBe(2);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain("got [ 'superseded', 'in-force', 'provisional', 'local' ]");
  });

  it('a stated throw is checked: the error name and the issue code', async () => {
    const throwing = await runExample(
      {
        where: 'x',
        name: 'x',
        code: "import { getRuleSet } from 'chuan-ngheo';\ngetRuleSet('nope'); // throws ValidationError (unknown_rule_set)\ngetRuleSet('nope'); // throws ValidationError (invalid_date)\ngetRuleSet('vn-2022-2025'); // throws ValidationError\n",
      },
      lib as unknown as Record<string, unknown>,
    );
    expect(throwing.checks).toBe(3);
    expect(throwing.problems).toEqual([
      "getRuleSet('nope'); // throws ValidationError (invalid_date): no issue with code invalid_date",
      "getRuleSet('vn-2022-2025'); // throws ValidationError: did not throw",
    ]);
  });
});
