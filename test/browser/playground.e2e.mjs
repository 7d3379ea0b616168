#!/usr/bin/env node
// Browser test of the playground page (docs/playground/), in a real Chromium.
//
// A plain node script (not a vitest test, so the unit tests need no browser). It serves docs/
// from a tiny static server on 127.0.0.1 (random port), drives Debian's chromium with
// playwright-core, fills the form for a poor, a near-poor and an undetermined household,
// checks the category, an indicator's citation, the language switch and that a shared URL
// reopens identically, checks that an invalid amount shows its message next to the income
// field, and saves a screenshot per case under test-results/playground/.
//
// Usage: npm run build && npm run playground:build && npm run test:browser
// Env: CHROMIUM_PATH (default /usr/bin/chromium).
import assert from 'node:assert/strict';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const docs = join(root, 'docs');
const outDir = join(root, 'test-results', 'playground');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

for (const needed of [join(docs, 'playground', 'dist', 'playground.js'), join(root, 'dist', 'index.js')]) {
  if (!existsSync(needed)) {
    console.error(`playground e2e: ${needed} is missing; run \`npm run build && npm run playground:build\` first.`);
    process.exit(1);
  }
}
if (!existsSync(executablePath)) {
  console.error(`playground e2e: no browser at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
  process.exit(1);
}

// The library itself, for facts the page must show exactly (the fingerprint).
const library = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const FINGERPRINT = library.getRuleSet('vn-2022-2025').fingerprint;

// Independent expectations, written out by hand from Decree 07/2021/NĐ-CP (not computed by the library).
const CITE_HEALTH_INSURANCE_VI = 'Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm b, Phụ lục, mục 2.2';
const CITE_HEALTH_INSURANCE_EN = 'Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. b, Appendix, item 2.2';
const CITE_EMPLOYMENT_VI = 'Nghị định 07/2021/NĐ-CP, Điều 3, khoản 1, điểm b, Phụ lục, mục 1.1';
const CITE_EMPLOYMENT_EN = 'Decree 07/2021/NĐ-CP, Art. 3, cl. 1, pt. b, Appendix, item 1.1';

// --- Static server --------------------------------------------------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const server = createServer((request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  let file = resolve(docs, `.${path}`);
  if (file !== docs && !file.startsWith(docs + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;
const pageUrl = `${origin}/playground/index.html`;

// --- Browser --------------------------------------------------------------------------------
// Each browser gets a fresh profile directory (--user-data-dir): playwright-core takes it as the
// first argument of launchPersistentContext (it refuses the flag in `args`).
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const profiles = [];
async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
  profiles.push(profile);
  return chromium.launchPersistentContext(profile, { executablePath, args: FLAGS, headless: true, locale: 'vi-VN', viewport: null });
}
mkdirSync(outDir, { recursive: true });
const browser = await launch();
// A second browser with its own profile: the colleague who opens a shared link.
const colleague = await launch();

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A new tab; records page errors and any request that leaves the test server. */
async function openPage(viewport, url = pageUrl, inBrowser = browser) {
  const page = await inBrowser.newPage();
  await page.setViewportSize(viewport);
  const context = { close: () => page.close() };
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.push(`request outside the test server: ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  return { context, page, problems };
}

async function text(page, selector) {
  return (await page.locator(selector).first().textContent())?.trim() ?? '';
}

/** Everything the page shows about the case, to compare a page with its reopened link. */
async function snapshot(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.lang,
    category: document.getElementById('verdict')?.dataset.category,
    headline: document.getElementById('category')?.textContent,
    explanation: document.getElementById('explanation')?.textContent,
    statuses: [...document.querySelectorAll('#indicators > li')].map((li) => `${li.id}=${li.dataset.status}`),
    fingerprint: document.getElementById('fingerprint')?.textContent,
    controls: [...document.querySelectorAll('#case-form input, #case-form select')].map((el) =>
      el.type === 'radio' || el.type === 'checkbox' ? `${el.id}:${el.checked}` : `${el.id}=${el.value}`,
    ),
  }));
}

/** Opens the page's own URL in a new browser context (as a colleague would) and compares. */
async function assertReopensIdentically(page, viewport) {
  const before = await snapshot(page);
  const url = page.url();
  assert.match(url, /#case=[A-Za-z0-9_-]+$/, 'the case is in the URL hash');
  const shared = await page.inputValue('#share-url');
  assert.equal(shared, url, 'the share box shows the current URL');
  const other = await openPage(viewport, url, colleague);
  try {
    const after = await snapshot(other.page);
    assert.deepEqual(after, before, 'the shared URL reopens the same case and result');
    assert.deepEqual(other.problems, []);
  } finally {
    await other.context.close();
  }
  return before;
}

async function assertNoHorizontalScroll(page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
}

async function shoot(page, name) {
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });
}

// --- Cases ----------------------------------------------------------------------------------
const cases = [];
const test = (name, fn) => cases.push({ name, fn });

test('poor household (review-form answers, household monthly income, desktop)', async () => {
  const { context, page, problems } = await openPage(DESKTOP);
  try {
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal(await text(page, 'h1'), 'Thử phân loại hộ theo chuẩn nghèo đa chiều');
    assert.equal(await text(page, 'label[for="income-amount"]'), 'Số tiền (đồng)');
    await page.check('#area-rural');
    await page.check('#income-form-householdMonthly');
    await page.fill('#income-amount', '4800000');
    await page.fill('#size', '4');
    await page.check('#ans-employment-deprived');
    await page.check('#ans-health-insurance-deprived');
    await page.check('#ans-water-deprived');
    await page.check('#ans-sanitation-not-deprived');

    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'poor');
    assert.equal(await text(page, '#category'), 'Hộ nghèo');
    assert.match(await text(page, '#per-capita'), /1\.200\.000 đồng\/người\/tháng/);
    assert.equal(await page.getAttribute('#ind-health-insurance', 'data-status'), 'deprived');
    assert.equal(await text(page, '#ind-health-insurance .status'), 'Thiếu hụt');
    assert.ok((await text(page, '#ind-health-insurance .cite-ref')).startsWith(CITE_HEALTH_INSURANCE_VI), 'Vietnamese citation of health insurance');
    assert.equal(await text(page, '#ind-health-insurance .evidence'), 'theo câu trả lời trên phiếu rà soát');
    assert.equal(await page.getAttribute('#ind-sanitation', 'data-status'), 'not-deprived');
    assert.equal(await page.getAttribute('#ind-nutrition', 'data-status'), 'unknown');
    assert.equal(await text(page, '#fingerprint'), FINGERPRINT);
    assert.equal(await text(page, '#ruleset-version'), library.getRuleSet('vn-2022-2025').version);
    assert.equal(await page.evaluate(() => document.getElementById('rule-card').href), `${origin}/rules/vn-2022-2025.md`);
    if (existsSync(join(docs, 'rules', 'vn-2022-2025.md'))) {
      const card = await page.request.get(`${origin}/rules/vn-2022-2025.md`);
      assert.equal(card.status(), 200, 'the rule card the link points to is served');
      assert.match(await card.text(), /vn-2022-2025/);
    } else {
      console.log('    (docs/rules/vn-2022-2025.md not generated yet: only the link target was checked)');
    }
    assert.match(await text(page, '#explanation'), /^Kết quả: hộ nghèo/);
    assert.match(await text(page, '#verdict .basis'), /Điều 3, khoản 2, điểm a/);
    // Notes written for auditors are hidden from what an officer shows a household, until asked for.
    assert.equal(await page.locator('#verdict .basis .note').count(), 0, 'no auditor note by default');
    assert.doesNotMatch(await text(page, '#explanation'), /bản tin tiếng Anh/);
    await page.check('#audit-notes');
    assert.match(await text(page, '#verdict .basis .note'), /bản tin tiếng Anh viết "hoặc"/);
    assert.match(await text(page, '#verdict .basis .cite-ref'), /điểm a \(cách đọc của dự án\)/);
    await page.uncheck('#audit-notes');
    assert.equal(await page.locator('#verdict .basis .note').count(), 0, 'hidden again');

    // Language switch: labels, result, evidence, citation and explanation in English.
    await page.selectOption('#lang', 'en');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await text(page, 'label[for="income-amount"]'), 'Amount (VND)');
    assert.equal(await text(page, '#category'), 'Poor household');
    assert.ok((await text(page, '#ind-health-insurance .cite-ref')).startsWith(CITE_HEALTH_INSURANCE_EN), 'English citation of health insurance');
    assert.equal(await text(page, '#ind-health-insurance .evidence'), 'as answered on the review form');
    assert.match(await text(page, '#explanation'), /^Result: poor household/);
    assert.equal(await page.inputValue('#income-amount'), '4800000', 'values survive the language switch');

    await page.selectOption('#lang', 'vi');
    assert.equal(await text(page, '#category'), 'Hộ nghèo');
    const shown = await assertReopensIdentically(page, DESKTOP);
    assert.equal(shown.category, 'poor');
    await shoot(page, '1-poor-desktop');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('near-poor household (members and dwelling facts, urban, phone)', async () => {
  const { context, page, problems } = await openPage(PHONE);
  try {
    await page.check('#area-urban');
    await page.fill('#income-amount', '1900000');
    await page.check('#input-mode-facts');
    const member = async (i, facts) => {
      for (const [field, value] of Object.entries(facts)) {
        const id = `#m-${i}-${field}`;
        if ((await page.locator(id).evaluate((el) => el.tagName)) === 'SELECT') await page.selectOption(id, value);
        else await page.fill(id, value);
      }
    };
    await member(0, {
      age: '42',
      sex: 'male',
      employment: 'self-employed',
      healthInsurance: 'yes',
      educationLevel: 'lower-secondary',
      monthlySocialAllowance: 'no',
      usesInternet: 'yes',
    });
    await page.click('#add-member');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'm-1-age', 'focus moves to the new member');
    await member(1, {
      age: '39',
      sex: 'female',
      employment: 'wage-worker',
      labourContract: 'no',
      healthInsurance: 'yes',
      educationLevel: 'upper-secondary',
      monthlySocialAllowance: 'no',
      usesInternet: 'yes',
    });
    await page.click('#add-member');
    await member(2, { age: '10', healthInsurance: 'yes', schoolAttendance: 'appropriate-level', stunted: 'no', underweight: 'no' });
    await page.click('#add-member');
    await member(3, { age: '70' });
    assert.equal(await page.locator('.members fieldset.member').count(), 4);
    await page.click('#remove-member-3');
    assert.equal(await page.locator('.members fieldset.member').count(), 3);
    await page.selectOption('#d-durability', 'semi-permanent');
    await page.fill('#d-floorArea', '36');
    await page.selectOption('#d-safeWater', 'yes');
    await page.selectOption('#d-hygienicLatrine', 'yes');
    await page.check('#info-known');
    await page.check('#d-means-television');
    await page.check('#d-means-smartphone');
    await page.selectOption('#d-hearsLoudspeaker', 'yes');

    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'near-poor');
    assert.equal(await text(page, '#category'), 'Hộ cận nghèo');
    assert.equal(await page.getAttribute('#ind-employment', 'data-status'), 'deprived');
    assert.match(await text(page, '#ind-employment .evidence'), /^thành viên số 2 trong độ tuổi lao động/);
    assert.ok((await text(page, '#ind-employment .cite-ref')).startsWith(CITE_EMPLOYMENT_VI), 'Vietnamese citation of employment');
    assert.equal(await page.getAttribute('#ind-housing-area', 'data-status'), 'not-deprived');
    assert.match(await text(page, '#ind-housing-area .evidence'), /^12 m²\/người/);
    assert.equal(await page.locator('#indicators > li[data-status="unknown"]').count(), 0, 'every indicator decided from the facts');
    assert.match(await text(page, '#verdict .summary'), /^Thiếu hụt 1\/12 chỉ số/);

    await page.selectOption('#lang', 'en');
    assert.equal(await text(page, '#category'), 'Near-poor household');
    assert.match(await text(page, '#ind-employment .evidence'), /^member 2 of working age/);
    assert.ok((await text(page, '#ind-employment .cite-ref')).startsWith(CITE_EMPLOYMENT_EN), 'English citation of employment');
    assert.equal(await text(page, 'label[for="m-0-age"]'), 'Age (completed years)');
    await page.selectOption('#lang', 'vi');

    const shown = await assertReopensIdentically(page, PHONE);
    assert.equal(shown.category, 'near-poor');
    await assertNoHorizontalScroll(page);
    await shoot(page, '2-near-poor-phone');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('undetermined household (annual income, rule set chosen by review date, phone)', async () => {
  const { context, page, problems } = await openPage(PHONE);
  try {
    await page.check('#income-form-householdAnnual');
    await page.fill('#income-amount', '50400000');
    await page.fill('#size', '3');
    await page.check('#ans-health-insurance-deprived');
    await page.check('#ans-housing-area-deprived');
    await page.check('#ans-water-not-deprived');
    await page.check('#std-mode-date');

    // Typed key by key: a date in 2021 selects the 2016–2020 standard (10 indicators), and the
    // form is rebuilt without losing the caret.
    await page.locator('#date').pressSequentially('2021-10-15');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'date', 'focus stays in the date field');
    assert.equal(await page.inputValue('#date'), '2021-10-15');
    assert.equal(await page.locator('fieldset.answer').count(), 10);
    assert.match(await text(page, '#ruleset-title'), /vn-2016-2020/);
    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'average', '1,400,000 rural is above the 2016–2020 near-poverty line');

    await page.locator('#date').selectText();
    await page.keyboard.type('2025-09-01');
    assert.equal(await page.inputValue('#date'), '2025-09-01');
    assert.equal(await page.locator('fieldset.answer').count(), 12);

    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'undetermined');
    assert.equal(await text(page, '#category'), 'Chưa xác định');
    assert.equal(await text(page, '#possible'), 'Có thể là: hộ nghèo hoặc hộ cận nghèo.');
    assert.match(await text(page, '#per-capita'), /1\.400\.000 đồng\/người\/tháng/);
    assert.match(await text(page, '#ruleset-title'), /vn-2022-2025/);
    assert.equal(await page.locator('#indicators > li[data-status="unknown"]').count(), 9);
    assert.ok((await text(page, '#ind-health-insurance .cite-ref')).startsWith(CITE_HEALTH_INSURANCE_VI));
    assert.match(await text(page, '#explanation'), /^Kết quả: chưa xác định — có thể là hộ nghèo hoặc hộ cận nghèo/);

    await page.selectOption('#lang', 'en');
    assert.equal(await text(page, '#category'), 'Undetermined');
    assert.equal(await text(page, '#possible'), 'Could be: poor household or near-poor household.');
    assert.ok((await text(page, '#ind-health-insurance .cite-ref')).startsWith(CITE_HEALTH_INSURANCE_EN));
    await page.selectOption('#lang', 'vi');

    const shown = await assertReopensIdentically(page, PHONE);
    assert.equal(shown.category, 'undetermined');
    await assertNoHorizontalScroll(page);
    await shoot(page, '3-undetermined-phone');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('invalid amount: the message is next to the income field, in the chosen language', async () => {
  const { context, page, problems } = await openPage(PHONE);
  try {
    // A new, empty case asks for the income; it flags nothing yet.
    assert.equal(await text(page, '#verdict'), 'Nhập thu nhập để xem kết quả.');
    assert.equal(await page.locator('.field-error:not([hidden])').count(), 0);
    // With an income but no household size, the size field says so.
    await page.fill('#income-amount', '1500000');
    assert.equal(await text(page, '#err-size'), 'Hãy nhập số nhân khẩu (số nguyên từ 1 trở lên) hoặc thêm thành viên.');
    await page.fill('#size', '2');
    assert.ok(await page.locator('#err-size').isHidden());
    await page.fill('#income-amount', '1.500.000');
    const error = page.locator('#err-income');
    assert.ok(await error.isVisible(), 'the income error is shown');
    assert.equal(await text(page, '#err-income'), '"1.500.000" có dấu phân cách hàng nghìn; hãy viết liền "1500000".');
    assert.equal(await page.getAttribute('#err-income .issue', 'data-code'), 'invalid_amount');
    assert.equal(await page.getAttribute('#err-income .issue', 'data-path'), 'income.perCapitaMonthly');
    assert.ok(
      await page.evaluate(() => document.getElementById('income-amount').closest('.field').contains(document.getElementById('err-income'))),
      'next to the field',
    );
    assert.equal(await page.getAttribute('#income-amount', 'aria-invalid'), 'true');
    assert.match((await page.getAttribute('#income-amount', 'aria-describedby')) ?? '', /\berr-income\b/);
    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'invalid');
    assert.equal(await page.locator('.field-error:not([hidden])').count(), 1, 'only the income field has an error');
    // The result panel lists the problem too, with a link that moves focus to the field.
    await page.click('#issue-list a[href="#income-amount"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'income-amount');

    await page.selectOption('#lang', 'en');
    assert.match(await text(page, '#err-income'), /thousands separators/);
    assert.equal(await page.getAttribute('#income-amount', 'aria-invalid'), 'true');
    await shoot(page, '4-invalid-amount-phone-en');
    await page.selectOption('#lang', 'vi');

    await page.fill('#income-amount', '1.500');
    assert.equal(await page.getAttribute('#err-income .issue', 'data-code'), 'ambiguous_amount');
    assert.match(await text(page, '#err-income'), /dễ hiểu nhầm/);
    await shoot(page, '4-invalid-amount-phone-vi');

    await page.fill('#income-amount', '1500000');
    assert.ok(await error.isHidden(), 'the message goes away once the amount is valid');
    assert.equal(await page.getAttribute('#income-amount', 'aria-invalid'), null);
    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'undetermined');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('review score (income: { score }): offered exactly where the library accepts it', async () => {
  // The library decides: a rule set accepts the score unless it refuses the key or the score.
  let supported;
  try {
    library.classify({ area: 'rural', size: 1, income: { score: 0 } }, { ruleSet: 'vn-2022-2025' });
    supported = true;
  } catch (error) {
    supported = !error.issues?.some((issue) => issue.path[0] === 'income' && ['unrecognized_keys', 'score_not_supported', 'income_form'].includes(issue.code));
  }
  const { context, page, problems } = await openPage(PHONE);
  try {
    assert.equal(await page.locator('#income-form-score').count(), supported ? 1 : 0, `score option ${supported ? 'shown' : 'hidden'}`);
    if (supported) {
      // Circular 07/2021: rural score A ≤ 140 stands for income at or below the poverty line.
      await page.check('#income-form-score');
      await page.fill('#income-amount', '120');
      await page.fill('#size', '4');
      for (const id of ['employment', 'health-insurance', 'water']) await page.check(`#ans-${id}-deprived`);
      assert.equal(await page.getAttribute('#verdict', 'data-category'), 'poor');
      assert.ok(await page.locator('#score').isVisible());
      assert.match(await text(page, '#score'), /^Điểm 120, ngưỡng 140/);
      assert.equal(await page.locator('#per-capita').count(), 0, 'a score shows no per-capita income');
      await assertReopensIdentically(page, PHONE);
      await shoot(page, '5-score-phone');
    } else {
      console.log('    (this build of the library accepts no review score for vn-2022-2025: the option is hidden)');
    }
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('example buttons load their cases; "clear all" empties the form', async () => {
  const { context, page, problems } = await openPage(DESKTOP);
  try {
    for (const [button, category] of [
      ['#example-poor', 'poor'],
      ['#example-near-poor', 'near-poor'],
      ['#example-undetermined', 'undetermined'],
    ]) {
      await page.click(button);
      assert.equal(await page.getAttribute('#verdict', 'data-category'), category, button);
    }
    await page.click('#reset');
    assert.equal(await page.inputValue('#income-amount'), '');
    assert.equal(await text(page, '#verdict'), 'Nhập thu nhập để xem kết quả.');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('keyboard and labels: skip link, radios by arrow keys, every control labelled', async () => {
  const { context, page, problems } = await openPage(DESKTOP);
  try {
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip', 'the skip link comes first');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'result');
    assert.equal(new URL(page.url()).hash.startsWith('#case='), true, 'the skip link leaves the case in the hash');

    await page.focus('#area-rural');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.isChecked('#area-urban'), true, 'arrow keys choose the area');
    await page.focus('#income-amount');
    await page.keyboard.type('2000000');
    await page.focus('#size');
    await page.keyboard.type('1');
    for (const id of ['employment', 'dependants', 'nutrition']) {
      await page.focus(`#ans-${id}-unknown`);
      await page.keyboard.press('ArrowLeft'); // unknown → not deprived
      await page.keyboard.press('ArrowLeft'); // → deprived
    }
    assert.equal(await page.getAttribute('#verdict', 'data-category'), 'poor', '2,000,000 urban is at the line: poor with 3 deprivations');

    await page.check('#input-mode-facts');
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, button')]
        .filter((el) => el.type !== 'hidden')
        .filter((el) => !(el.labels?.length > 0 || el.getAttribute('aria-label') || (el.tagName === 'BUTTON' && el.textContent.trim() !== '')))
        .map((el) => el.id || el.outerHTML.slice(0, 80)),
    );
    assert.deepEqual(unlabelled, [], 'every control has a label');
    const radiosOutsideFieldset = await page.evaluate(() =>
      [...document.querySelectorAll('input[type=radio]')].filter((el) => !el.closest('fieldset')?.querySelector('legend')).map((el) => el.id),
    );
    assert.deepEqual(radiosOutsideFieldset, [], 'every radio group has a fieldset with a legend');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the verdict stays in view: beside the form on a desktop, in a bar at the top on a phone', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    const { context, page, problems } = await openPage(viewport);
    try {
      await page.click('#example-near-poor');
      await page.click('#add-member');
      await page.click('#add-member');
      // Editing the last member, far down the form.
      await page.fill('#m-4-age', '8');
      await page.locator('#m-4-age').scrollIntoViewIfNeeded();
      const inView = (selector) =>
        page.evaluate((selector) => {
          const rect = document.querySelector(selector).getBoundingClientRect();
          return rect.height > 0 && rect.top >= -1 && rect.bottom <= window.innerHeight + 1;
        }, selector);
      assert.ok((await page.evaluate(() => window.scrollY)) > 1500, 'the form was scrolled far down');
      // What the officer sees while editing (the viewport, not the whole page).
      await page.screenshot({ path: join(outDir, viewport === DESKTOP ? '6-verdict-in-view-desktop.png' : '6-verdict-in-view-phone.png') });
      if (viewport === DESKTOP) {
        assert.equal(await inView('#verdict'), true, 'the verdict beside the form stays in view');
        assert.equal(await page.locator('#bar-category').isVisible(), false, 'no second verdict on a desktop');
      } else {
        assert.equal(await inView('#verdict-bar'), true, 'the bar at the top stays in view');
        assert.match(await text(page, '#bar-category'), /^Chưa xác định\. Có thể là: hộ nghèo hoặc hộ cận nghèo\.$/);
        // The bar comes before the form, and its links move to the sections.
        assert.ok(
          await page.evaluate(
            () => document.getElementById('verdict-bar').compareDocumentPosition(document.getElementById('case-form')) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        );
        await page.click('#verdict-bar a[href="#indicators-heading"]');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'indicators-heading');
        assert.equal(await inView('#indicators-heading'), true);
        await assertNoHorizontalScroll(page);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  }
});

test("a member's error names the member; the amount is echoed the way officers write it", async () => {
  const { context, page, problems } = await openPage(PHONE);
  try {
    assert.equal(await text(page, '#hint-income-amount'), 'Số đồng, viết liền các chữ số: 1500000 cho 1.500.000 đồng (không gõ dấu chấm ngăn hàng nghìn).');
    await page.fill('#income-amount', '4800000');
    await page.check('#income-form-householdMonthly');
    await page.check('#input-mode-facts');
    await page.click('#add-member');
    await page.click('#add-member');
    await page.fill('#m-2-age', '200');
    assert.equal(await text(page, '#err-m-2-age'), 'Thành viên 3: tuổi — không được lớn hơn 130.');
    assert.equal(await text(page, '#issue-list li'), 'Thành viên 3: tuổi — không được lớn hơn 130.');
    assert.equal(await page.locator('#amount-read').isHidden(), true, 'no echo while the case is not valid');
    await page.fill('#m-2-age', '20');
    for (const i of [0, 1]) await page.fill(`#m-${i}-age`, '40');
    assert.equal(await text(page, '#amount-read'), 'Đã đọc: 4.800.000 đồng.');
    await page.selectOption('#lang', 'en');
    await page.fill('#m-1-age', '-1');
    assert.match(await text(page, '#err-m-1-age'), /^Member 2: age — /);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('print: one A4 page with the household, the verdict and every indicator with its basis and citation', async () => {
  const { context, page, problems } = await openPage(DESKTOP);
  try {
    await page.click('#example-near-poor');
    await page.click('#add-member');
    await page.click('#add-member');
    await page.fill('#m-3-age', '70');
    await page.fill('#m-4-age', '8');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('#case-form').isVisible(), false, 'the form is not printed');
    assert.equal(await page.locator('#print-sheet').isVisible(), true);
    assert.match(await text(page, '#print-sheet'), /Khu vực: Thành thị/);
    assert.match(await text(page, '#print-verdict'), /^Chưa xác định\./);
    assert.equal(await page.locator('#print-indicators tbody tr').count(), 12);
    assert.ok(
      (await text(page, '#print-indicators tbody tr:nth-child(4) td:nth-child(4)')).startsWith(CITE_HEALTH_INSURANCE_VI),
      'each indicator with its citation',
    );
    await shoot(page, '7-print');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.equal(pages, 1, `one A4 page (got ${pages})`);
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('#print-sheet').isVisible(), false, 'the sheet is for print only');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('notes for auditors are behind the "for auditors" box (an officer shows the page to a household)', async () => {
  const { context, page, problems } = await openPage(DESKTOP);
  try {
    await page.click('#example-poor');
    assert.equal(await page.locator('#result .note').count(), 0, 'no auditor note by default');
    assert.doesNotMatch(await text(page, '#result'), /bản tin tiếng Anh/);
    await page.check('#audit-notes');
    assert.ok((await page.locator('#result .note').count()) > 0, 'the notes once asked for');
    assert.match(await text(page, '#verdict .basis .note'), /bản tin tiếng Anh/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'audit-notes', 'focus stays on the box');
    await page.uncheck('#audit-notes');
    assert.equal(await page.locator('#result .note').count(), 0, 'hidden again');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

// --- Run ------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
try {
  for (const { name, fn } of cases) {
    try {
      await fn();
      passed++;
      console.log(`✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(
        `✗ ${name}\n    ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 6)
          .join('\n    ')}`,
      );
    }
  }
} finally {
  await browser.close();
  await colleague.close();
  await new Promise((done) => server.close(done));
  for (const profile of profiles) rmSync(profile, { recursive: true, force: true });
}
console.log(`screenshots: ${outDir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
