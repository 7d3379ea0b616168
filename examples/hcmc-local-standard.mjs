// ILLUSTRATION OF THE API FOR OTHER PROVINCES — NOT AN OFFICIAL RULE SET.
//
// Ho Chi Minh City's own standard from 1 October 2024 ships with the library as the local rule
// set `hcmc-2024` (status `local`: chosen by id only, never by date or by default; see
// docs/rules/hcmc-2024.md for its citations and sources). This example shows how another
// province would declare its own standard with deriveRuleSet, starting from the national one:
// here, a yearly income line, one extra answer-only indicator and no average band. The figures
// are modelled on the city's standard; the instrument below is a placeholder, not a legal text.
// A province must cite its own resolution before relying on such a rule set.
//
// Run from the repository: npm run build && node examples/hcmc-local-standard.mjs
import { classify, deriveRuleSet, diffRuleSets, explain, getRuleSet, renderDiff } from 'chuan-ngheo';

const national = getRuleSet('vn-2022-2025');

const local = deriveRuleSet(national, {
  id: 'illustration-province-2025',
  status: 'in-force',
  title: {
    vi: 'Minh hoạ: chuẩn nghèo của một tỉnh, mô phỏng theo chuẩn TP. Hồ Chí Minh (không phải văn bản chính thức)',
    en: 'Illustration: a province standard modelled on Ho Chi Minh City’s (not an official rule set)',
  },
  instrument: {
    id: 'illustration-local-instrument',
    name: { vi: 'Văn bản minh hoạ (không chính thức)', en: 'Illustrative instrument (not official)' },
    title: { vi: 'Chuẩn nghèo địa phương — ví dụ sử dụng thư viện', en: 'Local poverty standard — library usage example' },
    signed: '2024-10-01',
    inForce: '2024-10-01',
    role: { vi: 'Minh hoạ cách khai báo một chuẩn địa phương', en: 'Illustrates how to declare a local standard' },
  },
  citation: {
    paraphrase: {
      vi: 'Hộ nghèo: thu nhập từ 46.000.000 đồng/người/năm trở xuống và thiếu hụt từ 3/13 chỉ số (12 chỉ số quốc gia và bảo hiểm xã hội); hộ cận nghèo: thu nhập như trên và thiếu hụt dưới 3 chỉ số.',
      en: 'Poor: income of VND 46,000,000 per person per year or less and 3 or more of 13 deprivations (the national 12 plus social insurance); near-poor: same income, fewer than 3.',
    },
    confidence: 'B',
    note: { vi: 'Ví dụ minh hoạ API, không phải bộ quy tắc chính thức.', en: 'An illustration of the API, not an official rule set.' },
  },
  effective: { from: '2024-10-01', to: '2025-12-31' },
  incomePeriod: 'year',
  incomeLines: [{ id: 'poverty', amounts: { rural: '46000000', urban: '46000000' } }],
  categoryRules: [
    { category: 'poor', income: { atOrBelow: 'poverty' }, deprivations: 'at-least-cut' },
    { category: 'near-poor', income: { atOrBelow: 'poverty' }, deprivations: 'below-cut' },
    { category: 'above-average', income: { above: 'poverty' } },
  ],
  addIndicators: [
    {
      id: 'social-insurance',
      dimension: 'employment',
      // The threshold is not encoded here: the review-form answer decides.
      test: { kind: 'answer-only', reason: { vi: 'Chỉ theo câu trả lời trên phiếu.', en: 'Decided by the review-form answer only.' } },
      messages: {
        vi: {
          name: 'Bảo hiểm xã hội',
          deprived: 'theo câu trả lời trên phiếu',
          'not-deprived': 'theo câu trả lời trên phiếu',
          unknown: 'chưa có câu trả lời trên phiếu',
        },
        en: { name: 'Social insurance', deprived: 'as answered on the form', 'not-deprived': 'as answered on the form', unknown: 'no answer on the form' },
      },
    },
  ],
  messages: {
    vi: { 'incomeLine.poverty': 'chuẩn nghèo của địa phương' },
    en: { 'incomeLine.poverty': 'local poverty line' },
  },
});

console.log(`${local.id}: ${local.indicators.length} indicators, income per ${local.incomePeriod}, fingerprint ${local.fingerprint.slice(0, 16)}…`);
console.log(
  `derived from ${local.derivedFrom.id} v${local.derivedFrom.version}; base fingerprint unchanged: ${national.fingerprint === getRuleSet('vn-2022-2025').fingerprint}`,
);
console.log();

// An urban household of 4 with VND 170,000,000 a year (42,500,000 per person): above the
// national line (2,000,000 a month = 24,000,000 a year) but below the local one.
const household = {
  area: 'urban',
  size: 4,
  income: { householdAnnual: '170000000' },
  deprivations: { 'social-insurance': true, 'health-insurance': true, water: false, telecom: false, 'housing-area': true },
};

const result = classify(household, { ruleSet: local, date: '2025-03-01' });
console.log(explain(result, { locale: 'en', ruleSet: local }));
console.log();

const { 'social-insurance': _local, ...nationalAnswers } = household.deprivations;
const nationalResult = classify({ ...household, deprivations: nationalAnswers }, { date: '2025-03-01' });
console.log(`Under the national standard: ${nationalResult.category}`);
// The shipped city standard (by id): it also has an average band (above 46 up to 69 million a year).
const cityResult = classify(household, { ruleSet: 'hcmc-2024', date: '2025-03-01' });
console.log(`Under the shipped Ho Chi Minh City standard (hcmc-2024 ${cityResult.ruleSet.version}): ${cityResult.category}`);
console.log();
console.log(
  renderDiff(diffRuleSets(national, local), 'en')
    .split('\n')
    .filter((line) => !line.startsWith('Indicator ') || line.startsWith('Indicators'))
    .join('\n'),
);
