/**
 * Mutation testing, group by group (stryker.groups.json): each group mutates a few files and
 * runs only the tests that exercise them, so a full run takes tens of minutes on 2 cores
 * instead of hours (most engine mutants are "static" — the built-in rule sets are defined
 * while modules load — and each static mutant reruns the whole selected suite).
 *
 *   npm run mutation                 # every group, then a summary table
 *   npm run mutation -- money hash   # some groups
 *
 * Reports: reports/mutation/<group>.json and .html, and reports/mutation/summary.md (per file:
 * mutants, killed, timeout, survived, no coverage, score). Exits 1 when a file scores below the
 * break threshold of stryker.config.json.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const { groups } = JSON.parse(readFileSync('stryker.groups.json', 'utf8'));
const { thresholds } = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !groups.some((group) => group.name === name));
if (unknown.length > 0) {
  console.error(`unknown group(s): ${unknown.join(', ')}; known: ${groups.map((group) => group.name).join(', ')}`);
  process.exit(2);
}
const selected = wanted.length === 0 ? groups : groups.filter((group) => wanted.includes(group.name));

mkdirSync('reports/mutation', { recursive: true });
const rows = [];
for (const group of selected) {
  const started = Date.now();
  console.log(`\n── ${group.name}: ${group.mutate.join(', ')} (${group.tests === null ? 'default suite' : `${group.tests.length} test files`})`);
  const run = spawnSync('npx', ['stryker', 'run', '--mutate', group.mutate.join(','), '--reporters', 'clear-text,json,html'], {
    stdio: 'inherit',
    env: { ...process.env, STRYKER_GROUP: group.name },
  });
  const seconds = Math.round((Date.now() - started) / 1000);
  copyFileSync('reports/mutation/mutation.json', `reports/mutation/${group.name}.json`);
  copyFileSync('reports/mutation/index.html', `reports/mutation/${group.name}.html`);
  const report = JSON.parse(readFileSync(`reports/mutation/${group.name}.json`, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
    const killed = count('Killed');
    const timeout = count('Timeout');
    const survived = count('Survived');
    const noCoverage = count('NoCoverage');
    const valid = killed + timeout + survived + noCoverage;
    rows.push({
      group: group.name,
      file,
      mutants: mutants.length,
      killed,
      timeout,
      survived,
      noCoverage,
      score: valid === 0 ? 100 : ((killed + timeout) / valid) * 100,
      seconds,
    });
  }
  if (run.status !== 0) console.log(`(stryker exited ${run.status} for ${group.name})`);
}

const lines = [
  '| Group | File | Mutants | Killed | Timeout | Survived | No coverage | Score | Group time |',
  '|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (row) =>
      `| ${row.group} | \`${row.file}\` | ${row.mutants} | ${row.killed} | ${row.timeout} | ${row.survived} | ${row.noCoverage} | **${row.score.toFixed(2)} %** | ${Math.floor(row.seconds / 60)} min ${row.seconds % 60} s |`,
  ),
];
writeFileSync('reports/mutation/summary.md', `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n(reports/mutation/summary.md)`);
const below = rows.filter((row) => row.score < thresholds.break);
if (below.length > 0) {
  console.error(`below the break threshold (${thresholds.break} %): ${below.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
