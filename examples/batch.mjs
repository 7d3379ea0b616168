/**
 * Batch classification and population statistics on SYNTHETIC households (invented data from
 * examples/synthetic.mjs — not real survey data). Needs the built package: `npm run build`.
 *
 *   node examples/batch.mjs [count]
 */
import { classifyMany, renderSummary, summarize } from 'chuan-ngheo';
import { generateHouseholds } from './synthetic.mjs';

const count = Number(process.argv[2] ?? 100_000);
const records = [...generateHouseholds({ seed: 2022, count, unknownRate: 0.002, invalidRate: 0.0005 })];
const rows = classifyMany(records.map((record) => record.household));
const summary = summarize(rows, { by: (_row, index) => records[index].region });

console.log(`SYNTHETIC DATA — ${count.toLocaleString('en-US')} invented households, not real statistics.\n`);
console.log(renderSummary(summary, { locale: 'en' }));
const failed = rows.filter((row) => !row.ok);
if (failed.length > 0) {
  const first = failed[0];
  console.log(
    `\n${failed.length} invalid rows (deliberately generated), e.g. row ${first.index + 1}: ${first.issues[0].path.join('.')} — ${first.issues[0].message}`,
  );
}
