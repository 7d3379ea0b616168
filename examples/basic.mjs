// The main example: classify one household under Decree 07/2021/NĐ-CP and explain why.
// Run from the repository: npm ci && npm run example
import { classify, explain } from 'chuan-ngheo';

// A rural household of 4, income VND 5,600,000 a month for the whole household,
// with members and dwelling facts from which the 12 indicators are derived.
const household = {
  area: 'rural',
  income: { householdMonthly: '5600000' },
  members: [
    { id: 'Anh', age: 42, sex: 'male', employment: 'wage-worker', labourContract: false, healthInsurance: true, usesInternet: true },
    { id: 'Bình', age: 39, sex: 'female', employment: 'self-employed', healthInsurance: false, educationLevel: 'lower-secondary', usesInternet: false },
    { id: 'Chi', age: 12, sex: 'female', healthInsurance: true, schoolAttendance: 'appropriate-level', stunted: false, underweight: false },
    { id: 'Dũng', age: 4, sex: 'male', healthInsurance: true, schoolAttendance: 'not-attending', stunted: false, underweight: false },
  ],
  dwelling: { durability: 'semi-permanent', floorArea: '36', safeWater: true, hygienicLatrine: true, informationMeans: ['television'], hearsLoudspeaker: true },
  // An answer from the review form wins over what the facts say:
  deprivations: { dependants: false },
};

const result = classify(household, { date: '2025-09-15' });
console.log(`category: ${result.category}  (${result.deprivationCount} deprived, ${result.unknownCount} unknown)`);
console.log(`rule set: ${result.ruleSet.id} v${result.ruleSet.version}  fingerprint ${result.ruleSet.fingerprint.slice(0, 16)}…`);
console.log();
console.log(explain(result)); // Vietnamese (default)
console.log();
console.log(explain(result, { locale: 'en' }));
