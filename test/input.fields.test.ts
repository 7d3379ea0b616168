/**
 * The field tables (src/input/fields.ts) are the one description of the input: the zod schemas,
 * the fast path, the JSON Schema and the TypeScript types are generated from them. These tests
 * check that the generated parts say what the table says, that every entry is documented and
 * labelled, and that `isFactValue` agrees with the schema.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { DWELLING_FIELDS, HOUSEHOLD_FIELDS, INCOME_FIELDS, MEMBER_FIELDS, describeFactDomain, getRuleSet, isFactValue } from '../src/index.js';
import type { DwellingFact, DwellingInput, FieldSpec, MemberFact, MemberInput } from '../src/index.js';
import { DWELLING_FACTS, MEMBER_FACTS } from '../src/input/fields.js';
import { dwellingSchema, memberSchema } from '../src/input/schema.js';
import { householdJsonSchema } from '../src/input/json-schema.js';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The TSDoc comment of each property of the object literal `const <name> = { … }` in fields.ts. */
function entryComments(name: string): Map<string, string> {
  const file = ts.createSourceFile('fields.ts', readFileSync(new URL('../src/input/fields.ts', import.meta.url), 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText() === name && node.initializer !== undefined) {
      let literal: ts.Expression = node.initializer;
      while (ts.isSatisfiesExpression(literal) || ts.isAsExpression(literal)) literal = literal.expression;
      if (ts.isObjectLiteralExpression(literal)) {
        for (const property of literal.properties) {
          const docs = ts.getJSDocCommentsAndTags(property).filter(ts.isJSDoc);
          const text = docs.map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '').join('\n');
          out.set(property.name!.getText(), text.replace(/\s+/g, ' ').trim());
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

const TABLES: [string, string, Readonly<Record<string, FieldSpec>>][] = [
  ['member', 'MEMBER', MEMBER_FIELDS],
  ['dwelling', 'DWELLING', DWELLING_FIELDS],
  ['income', 'INCOME', INCOME_FIELDS],
  ['household', 'HOUSEHOLD', HOUSEHOLD_FIELDS],
];

describe('the field tables', () => {
  it.each(TABLES)('%s fields: each entry has TSDoc that starts with its description, and labels in both languages', (_scope, constant, table) => {
    const comments = entryComments(constant);
    expect([...comments.keys()]).toEqual(Object.keys(table));
    for (const [name, spec] of Object.entries(table)) {
      expect(spec.description, name).toMatch(/^\S.*[.)]$/);
      expect(comments.get(name), name).toMatch(new RegExp(`^${spec.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, ' ')}`));
      expect(spec.label.vi.trim(), name).not.toBe('');
      expect(spec.label.en.trim(), name).not.toBe('');
      if (spec.type.kind === 'enum' || spec.type.kind === 'list') {
        expect(Object.keys(spec.type.labels), name).toEqual([...spec.type.values]);
        for (const value of spec.type.values) expect(spec.type.labels[value]!.vi.trim(), `${name}.${value}`).not.toBe('');
      }
    }
    // Labels are column headings: no two fields of a table share one.
    for (const locale of ['vi', 'en'] as const) {
      const labels = Object.values(table).map((spec) => spec.label[locale]);
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });

  it('the tables and the values they name are frozen', () => {
    expect(Object.isFrozen(MEMBER_FIELDS)).toBe(true);
    expect(Object.isFrozen(MEMBER_FIELDS.employment)).toBe(true);
    expect(Object.isFrozen(MEMBER_FIELDS.employment.type)).toBe(true);
    const type = MEMBER_FIELDS.employment.type;
    expect(type.kind === 'enum' && Object.isFrozen(type.values)).toBe(true);
  });

  it('the zod schemas have exactly the fields of the tables, and the JSON Schema their descriptions', () => {
    expect(Object.keys(memberSchema.shape)).toEqual(Object.keys(MEMBER_FIELDS));
    expect(Object.keys(dwellingSchema.shape)).toEqual(Object.keys(DWELLING_FIELDS));
    const json = householdJsonSchema(getRuleSet('vn-2022-2025')) as {
      properties: Record<
        string,
        { description?: string; items?: { properties: Record<string, { description: string }> }; properties?: Record<string, { description: string }> }
      >;
    };
    expect(Object.keys(json.properties)).toEqual(Object.keys(HOUSEHOLD_FIELDS));
    for (const [name, spec] of Object.entries(MEMBER_FIELDS))
      expect(json.properties.members!.items!.properties[name]!.description, name).toBe(spec.description);
    for (const [name, spec] of Object.entries(DWELLING_FIELDS)) expect(json.properties.dwelling!.properties![name]!.description, name).toBe(spec.description);
    for (const name of ['id', 'area', 'size', 'members', 'deprivations', 'dwelling'] as const)
      expect(json.properties[name]!.description, name).toBe(HOUSEHOLD_FIELDS[name].description);
  });

  it('MemberFact and DwellingFact are the fields marked as facts, and keep every fact documented before the table', () => {
    const memberFacts = Object.keys(MEMBER_FIELDS).filter((name) => MEMBER_FIELDS[name as keyof typeof MEMBER_FIELDS].fact === true);
    const dwellingFacts = Object.keys(DWELLING_FIELDS).filter((name) => DWELLING_FIELDS[name as keyof typeof DWELLING_FIELDS].fact === true);
    const documentedMember = [
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
      'birthYear',
      'untreatedIllness',
      'phoneSubscription',
    ] as const;
    const documentedDwelling = ['durability', 'floorArea', 'safeWater', 'hygienicLatrine', 'informationMeans', 'hearsLoudspeaker', 'hygienicWater'] as const;
    expect(MEMBER_FACTS).toEqual(memberFacts);
    expect(DWELLING_FACTS).toEqual(dwellingFacts);
    expect(memberFacts).toEqual(expect.arrayContaining([...documentedMember]));
    expect(dwellingFacts).toEqual(expect.arrayContaining([...documentedDwelling]));
    // Identifiers and the ages (which have their own conditions) are not facts.
    expect(Object.keys(MEMBER_FIELDS).filter((name) => !memberFacts.includes(name))).toEqual(['id', 'age', 'ageMonths']);
    // The same at the type level (a type error here fails `npm run typecheck`).
    const stillFacts: [
      (typeof documentedMember)[number] extends MemberFact ? true : false,
      (typeof documentedDwelling)[number] extends DwellingFact ? true : false,
    ] = [true, true];
    const notFacts: [Extract<MemberFact, 'id' | 'age' | 'ageMonths'> extends never ? true : false] = [true];
    expect([...stillFacts, ...notFacts]).toEqual([true, true, true]);
    const inputKeys: [Same<keyof MemberInput, keyof typeof MEMBER_FIELDS>, Same<keyof DwellingInput, keyof typeof DWELLING_FIELDS>] = [true, true];
    expect(inputKeys).toEqual([true, true]);
  });
});

describe('isFactValue: the domain of a fact, as the schema accepts it', () => {
  const odd = fc.oneof(
    fc.boolean(),
    fc.integer({ min: -5, max: 2300 }),
    fc.double(),
    fc.constantFrom('true', 'false', '', 'unemployd', 'Male', '1.500', '31.5', '0', '-1'),
    fc.constantFrom(...Object.values(MEMBER_FIELDS).flatMap((spec) => (spec.type.kind === 'enum' ? spec.type.values : []))),
    fc.constantFrom(...Object.values(DWELLING_FIELDS).flatMap((spec) => (spec.type.kind === 'enum' || spec.type.kind === 'list' ? spec.type.values : []))),
    fc.constant(null),
    fc.constant([]),
  );

  it('agrees with memberSchema and dwellingSchema for every fact and value (list facts: one entry)', () => {
    const cases = [
      ...Object.keys(MEMBER_FIELDS).map((fact) => ['member', fact] as const),
      ...Object.keys(DWELLING_FIELDS).map((fact) => ['dwelling', fact] as const),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...cases), odd, ([scope, fact], value) => {
        const table = scope === 'member' ? MEMBER_FIELDS : DWELLING_FIELDS;
        const spec = (table as Readonly<Record<string, FieldSpec>>)[fact]!;
        const schema = scope === 'member' ? memberSchema : dwellingSchema;
        const given = spec.type.kind === 'list' ? [value] : value;
        const accepted = value !== null && schema.safeParse({ [fact]: given }).success;
        expect(isFactValue(scope, fact, value)).toBe(spec.fact === true && accepted);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses the misspelled value of the review (unemployd), strings for booleans, and fields that are not facts', () => {
    expect(isFactValue('member', 'employment', 'unemployed')).toBe(true);
    expect(isFactValue('member', 'employment', 'unemployd')).toBe(false);
    expect(isFactValue('member', 'healthInsurance', false)).toBe(true);
    expect(isFactValue('member', 'healthInsurance', 'false')).toBe(false);
    expect(isFactValue('member', 'birthYear', 1850)).toBe(true);
    expect(isFactValue('member', 'birthYear', 1849)).toBe(false);
    expect(isFactValue('member', 'age', 30)).toBe(false); // age has its own conditions
    expect(isFactValue('member', 'id', 'm1')).toBe(false);
    expect(isFactValue('member', 'toString', 'x')).toBe(false);
    expect(isFactValue('member', 'floorArea', '31.5')).toBe(false); // a dwelling fact
    expect(isFactValue('dwelling', 'floorArea', '31.5')).toBe(true);
    expect(isFactValue('dwelling', 'floorArea', '1.500')).toBe(false);
    expect(isFactValue('dwelling', 'informationMeans', 'smartphone')).toBe(true);
    expect(isFactValue('dwelling', 'informationMeans', ['smartphone'])).toBe(false);
    expect(isFactValue('dwelling', 'durability', 'simple')).toBe(true);
  });

  it('describes each domain in words', () => {
    expect(describeFactDomain('member', 'employment')).toBe('one of "wage-worker", "self-employed", "unemployed", "not-in-labour-force"');
    expect(describeFactDomain('member', 'stunted')).toBe('true or false');
    expect(describeFactDomain('member', 'birthYear')).toBe('an integer from 1850 to 2200');
    expect(describeFactDomain('dwelling', 'floorArea')).toBe('a non-negative amount in m²');
    expect(describeFactDomain('dwelling', 'informationMeans')).toBe('one of "television", "radio", "computer", "smartphone", "tablet", "feature-phone"');
    expect(describeFactDomain('member', 'age')).toBeUndefined();
    expect(describeFactDomain('dwelling', 'bogus')).toBeUndefined();
  });
});
