#!/usr/bin/env node
'use strict';

var promises = require('fs/promises');
var util = require('util');
var decimal_js = require('decimal.js');
var zod = require('zod');
var fs = require('fs');
var events = require('events');
var stream = require('stream');

var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/errors.ts
function formatPath(path) {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out === "" ? "(input)" : out;
}
var ValidationError = class extends Error {
  /** Every problem found, in input order. */
  issues;
  /**
   * Creates the error from the issues found (the library does this; you rarely need to).
   *
   * @param issues - Every problem found; copied and frozen. The message names the first one
   *   and how many more there are.
   */
  constructor(issues) {
    const first = issues[0];
    const head = first === void 0 ? "Invalid input" : `${formatPath(first.path)}: ${first.message}`;
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? "s" : ""})` : "";
    super(`Invalid household input \u2014 ${head}${more}`);
    this.name = "ValidationError";
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue, path: Object.freeze([...issue.path]) })));
  }
};
var Money = decimal_js.Decimal.clone({ precision: 60, rounding: decimal_js.Decimal.ROUND_HALF_UP, toExpNeg: -100, toExpPos: 100 });
var PLAIN_DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
var LEADING_ZERO_DECIMAL = /^\d+(?:\.\d+)?$/;
var DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+$/;
var COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
var SPACE_GROUPED = /^\d{1,3}(?:[ \u00a0]\d{3})+$/;
var MAX_AMOUNT_LENGTH = 40;
var HOW = 'write it as a number or a plain decimal string such as 1500000 or "1500000.50" (no thousands separators, no currency)';
function parseAmount(input, what = "amount", unit = "\u0111\u1ED3ng") {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, code: "invalid_amount", message: `${what} must be a finite number; ${HOW}` };
    if (input < 0) return { ok: false, code: "invalid_amount", message: `${what} must not be negative; ${HOW}` };
    return { ok: true, value: new Money(input === 0 ? 0 : input) };
  }
  if (typeof input === "string") {
    if (input.length === 0) return { ok: false, code: "invalid_amount", message: `${what} is an empty string; ${HOW}` };
    if (input.length <= MAX_AMOUNT_LENGTH && PLAIN_DECIMAL.test(input)) {
      if (DOT_GROUPED.test(input)) {
        return {
          ok: false,
          code: "ambiguous_amount",
          message: `${what} "${input}" looks like Vietnamese thousands grouping; dots are decimal points here. Write "${input.replace(/\./g, "")}" for ${input.replace(/\./g, "")} ${unit}`
        };
      }
      return { ok: true, value: new Money(input) };
    }
    if (input.length > MAX_AMOUNT_LENGTH) return { ok: false, code: "invalid_amount", message: `${what} is longer than ${MAX_AMOUNT_LENGTH} characters; ${HOW}` };
    if (DOT_GROUPED.test(input) || COMMA_GROUPED.test(input) || SPACE_GROUPED.test(input)) {
      return { ok: false, code: "invalid_amount", message: `${what} "${input}" uses thousands separators; write "${input.replace(/[.,  \u00a0](?=\d{3}(?:\D|$))/g, "")}" instead` };
    }
    if (LEADING_ZERO_DECIMAL.test(input)) return { ok: false, code: "invalid_amount", message: `${what} "${input}" has leading zeros; ${HOW}` };
    if (input.startsWith("-")) return { ok: false, code: "invalid_amount", message: `${what} must not be negative; ${HOW}` };
    return { ok: false, code: "invalid_amount", message: `${what} "${input.length > 40 ? `${input.slice(0, 40)}\u2026` : input}" is not a plain decimal amount; ${HOW}` };
  }
  return { ok: false, code: "invalid_amount", message: `${what} must be a number or a string, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}; ${HOW}` };
}
function plain(value) {
  return value.toFixed();
}
function formatAmount(value, locale) {
  const [int = "", frac] = value.split(".");
  const group2 = locale === "vi" ? "." : ",";
  const point = locale === "vi" ? "," : ".";
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group2);
  return frac === void 0 ? grouped : `${grouped}${point}${frac}`;
}
function divideForDisplay(numerator, divisor) {
  if (divisor === 1) return { value: numerator, exact: true };
  const point = numerator.indexOf(".");
  const intDigits = point === -1 ? numerator : numerator.slice(0, point);
  const fracDigits = point === -1 ? "" : numerator.slice(point + 1);
  let remainder = 0;
  let intPart = "";
  for (let i2 = 0; i2 < intDigits.length; i2++) {
    remainder = remainder * 10 + (intDigits.charCodeAt(i2) - 48);
    const digit = Math.floor(remainder / divisor);
    remainder -= digit * divisor;
    if (intPart !== "" || digit !== 0) intPart += String(digit);
  }
  if (intPart === "") intPart = "0";
  let frac = "";
  let i = 0;
  while (i < 24 && (remainder !== 0 || i < fracDigits.length)) {
    remainder = remainder * 10 + (i < fracDigits.length ? fracDigits.charCodeAt(i) - 48 : 0);
    const digit = Math.floor(remainder / divisor);
    remainder -= digit * divisor;
    frac += String(digit);
    i++;
  }
  const exact = remainder === 0 && frac.length - fracDigits.length <= 20;
  if (exact) {
    frac = frac.replace(/0+$/, "");
    return { value: frac === "" ? intPart : `${intPart}.${frac}`, exact: true };
  }
  const keep = frac.slice(0, 4).padEnd(4, "0");
  const roundUp = frac.charCodeAt(4) - 48 >= 5;
  if (!roundUp) return { value: `${intPart}.${keep}`, exact: false };
  const digits = (intPart + keep).split("").map((c) => c.charCodeAt(0) - 48);
  let k = digits.length - 1;
  while (k >= 0) {
    if (digits[k] < 9) {
      digits[k]++;
      break;
    }
    digits[k] = 0;
    k--;
  }
  let all = digits.join("");
  if (k < 0) all = `1${all}`;
  return { value: `${all.slice(0, -4)}.${all.slice(-4)}`, exact: false };
}
var MAX_HOUSEHOLD_SIZE = 200;
var MAX_ID_LENGTH = 128;
function makeAmountSchema(what, unit, description) {
  return zod.z.custom(() => true).transform((value, ctx) => {
    const parsed = parseAmount(value, what, unit);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: "custom", message: parsed.message, input: value, params: { code: parsed.code } });
    return zod.z.NEVER;
  }).meta({ type: ["number", "string"], description });
}
var amountSchema = makeAmountSchema(
  "amount",
  "\u0111\u1ED3ng",
  'Non-negative amount: a JSON number or a plain decimal string such as "1500000" or "1999999.99" (no thousands separators).'
);
var floorAreaSchema = makeAmountSchema("floor area", "m\xB2", 'Non-negative area in m\xB2: a JSON number or a plain decimal string such as "36" or "31.5".');
var fact = (schema, description) => schema.nullish().describe(description);
var idSchema = zod.z.union([zod.z.string().min(1).max(MAX_ID_LENGTH), zod.z.int().min(0)]);
var SEXES = ["male", "female"];
var EMPLOYMENT_STATUSES = ["wage-worker", "self-employed", "unemployed", "not-in-labour-force"];
var EDUCATION_LEVELS = ["none", "primary", "lower-secondary", "upper-secondary", "vocational", "tertiary"];
var SCHOOL_ATTENDANCE = ["appropriate-level", "below-level", "not-attending"];
var DURABILITY_CLASSES = ["permanent", "semi-permanent", "less-permanent", "simple"];
var INFORMATION_MEANS = ["television", "radio", "computer", "smartphone", "tablet", "feature-phone"];
var memberSchema = zod.z.strictObject({
  id: idSchema.optional().describe("Your identifier for the member (shown in explanations instead of the position)."),
  age: fact(zod.z.int().min(0).max(130), "Age in completed years at the review date."),
  ageMonths: fact(zod.z.int().min(0).max(11), "Months since the last birthday (0\u201311); decides working age in the year the retirement age is reached."),
  sex: fact(zod.z.enum(SEXES), "Sex, for the statutory retirement age (working age)."),
  employment: fact(
    zod.z.enum(EMPLOYMENT_STATUSES),
    "wage-worker: works for wages or salary; self-employed: own-account, employer or family worker; unemployed: able and willing to work but has no job; not-in-labour-force: studying, retired, unable to work."
  ),
  labourContract: fact(zod.z.boolean(), "For a wage-worker: has a labour contract."),
  healthInsurance: fact(zod.z.boolean(), "Has health insurance (b\u1EA3o hi\u1EC3m y t\u1EBF) now."),
  inEducationOrTraining: fact(zod.z.boolean(), "Currently in school, college, university or a training course."),
  educationLevel: fact(
    zod.z.enum(EDUCATION_LEVELS),
    "Highest level completed: none, primary (ti\u1EC3u h\u1ECDc), lower-secondary (THCS), upper-secondary (THPT), vocational (a vocational-education qualification: s\u01A1 c\u1EA5p, trung c\u1EA5p, cao \u0111\u1EB3ng), tertiary (university)."
  ),
  schoolAttendance: fact(
    zod.z.enum(SCHOOL_ATTENDANCE),
    "For a child: attends the level appropriate to their age (appropriate-level), attends a lower level (below-level), or does not attend (not-attending)."
  ),
  stunted: fact(zod.z.boolean(), "Child is stunted: low height-for-age (suy dinh d\u01B0\u1EE1ng th\u1EC3 th\u1EA5p c\xF2i)."),
  underweight: fact(zod.z.boolean(), "Child is underweight: low weight-for-age (suy dinh d\u01B0\u1EE1ng th\u1EC3 nh\u1EB9 c\xE2n)."),
  dependant: fact(
    zod.z.boolean(),
    "Counts as a dependant (ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c) under the review guidance. Wins over the default: children under 16 and people receiving a monthly social allowance."
  ),
  monthlySocialAllowance: fact(zod.z.boolean(), "Receives a monthly social allowance as an elderly or disabled person (used for the default dependant rule)."),
  usesInternet: fact(zod.z.boolean(), "Uses internet services (any device, any connection)."),
  birthYear: fact(
    zod.z.int().min(1850).max(2200),
    "Year of birth. Used where a standard counts a birth cohort (2016\u20132020 adult education: born 1986 or later); when absent, it is inferred from age and the review year, and stays unknown when that is ambiguous."
  ),
  untreatedIllness: fact(
    zod.z.boolean(),
    "In the 12 months before the review was ill (bedridden, or unable to work or study) and did not seek medical treatment (2016\u20132020 access to health services)."
  ),
  phoneSubscription: fact(zod.z.boolean(), "Has a telephone (mobile or fixed-line) subscription (2016\u20132020 telecom indicator).")
});
var dwellingSchema = zod.z.strictObject({
  durability: fact(
    zod.z.enum(DURABILITY_CLASSES),
    "permanent (ki\xEAn c\u1ED1), semi-permanent (b\xE1n ki\xEAn c\u1ED1), less-permanent (thi\u1EBFu ki\xEAn c\u1ED1), simple (\u0111\u01A1n s\u01A1)."
  ),
  floorArea: fact(floorAreaSchema, "Living floor area of the dwelling in m\xB2 (a non-negative decimal)."),
  safeWater: fact(zod.z.boolean(), "Has access to a safe domestic water source."),
  hygienicLatrine: fact(zod.z.boolean(), "Uses a hygienic latrine."),
  informationMeans: fact(
    zod.z.array(zod.z.enum(INFORMATION_MEANS)).max(INFORMATION_MEANS.length * 4),
    "Means of access to information the household has; [] for none."
  ),
  hearsLoudspeaker: fact(zod.z.boolean(), "Can hear the commune/village loudspeaker system."),
  hygienicWater: fact(
    zod.z.boolean(),
    "Has a hygienic (h\u1EE3p v\u1EC7 sinh) domestic water source \u2014 the 2016\u20132020 concept. It is a separate fact from safeWater (an to\xE0n, 2022\u20132025): give both when comparing standards."
  )
});
var INCOME_FORMS = "perCapitaMonthly, householdMonthly or householdAnnual";
function buildIncomeSchema(score) {
  const forms = score ? `${INCOME_FORMS}, or score` : INCOME_FORMS;
  return zod.z.strictObject({
    perCapitaMonthly: amountSchema.optional().describe("VND per person per month."),
    householdMonthly: amountSchema.optional().describe("VND for the whole household per month."),
    householdAnnual: amountSchema.optional().describe("VND for the whole household over 12 months."),
    score: zod.z.number().min(0).max(1e5).optional().describe("Income-proxy score from the review form (Circular 07/2021/TT-BL\u0110TBXH, \u0111i\u1EC3m A / B1), for rule sets that define score thresholds.")
  }).superRefine((income, ctx) => {
    if (income.score !== void 0 && !score) {
      ctx.addIssue({
        code: "custom",
        path: ["score"],
        message: "this rule set defines no income-proxy score thresholds; give the income in money: perCapitaMonthly, householdMonthly or householdAnnual",
        params: { code: "score_not_supported" }
      });
      return;
    }
    let given = 0;
    if (income.perCapitaMonthly !== void 0) given++;
    if (income.householdMonthly !== void 0) given++;
    if (income.householdAnnual !== void 0) given++;
    if (income.score !== void 0) given++;
    if (given !== 1) {
      ctx.addIssue({
        code: "custom",
        message: given === 0 ? `give the income in exactly one form: ${forms}` : `give the income in exactly one form, not several: ${forms}`,
        params: { code: "income_form" }
      });
    }
  });
}
function buildHouseholdSchema(indicatorIds, options = {}) {
  const answer = zod.z.boolean().nullable().optional().describe("true: deprived; false: not deprived; null or absent: unknown.");
  const shape = {};
  for (const id2 of indicatorIds) shape[id2] = answer;
  const deprivations = zod.z.strictObject(shape).describe("Answers per indicator as on the review form.");
  return zod.z.strictObject({
    id: idSchema.optional().describe("Your identifier for the household (copied to the result)."),
    area: zod.z.enum(["rural", "urban"]).describe("rural (n\xF4ng th\xF4n) or urban (th\xE0nh th\u1ECB)."),
    size: zod.z.int().min(1).max(MAX_HOUSEHOLD_SIZE).optional().describe("Number of members; may be omitted when members are listed."),
    members: zod.z.array(memberSchema).min(1).max(MAX_HOUSEHOLD_SIZE).optional().describe("The members, for indicators derived from member facts."),
    income: buildIncomeSchema(options.score === true),
    deprivations: deprivations.optional(),
    dwelling: dwellingSchema.optional()
  }).superRefine((household, ctx) => {
    if (household.size === void 0 && household.members === void 0) {
      ctx.addIssue({ code: "custom", path: ["size"], message: "give size (an integer \u2265 1) or list the members", params: { code: "size_required" } });
    } else if (household.size !== void 0 && household.members !== void 0 && household.members.length !== household.size) {
      ctx.addIssue({
        code: "custom",
        path: ["size"],
        message: `size is ${household.size} but ${household.members.length} member${household.members.length === 1 ? " is" : "s are"} listed; give one or make them agree`,
        params: { code: "size_mismatch" }
      });
    }
  });
}

// src/household/fast.ts
var isPlainObject = (value) => {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};
var nullishBoolean = (value) => value === true || value === false || value === null || value === void 0;
var nullishInt = (min, max) => (value) => value === null || value === void 0 || typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
var nullishEnum = (values) => (value) => value === null || value === void 0 || typeof value === "string" && values.includes(value);
var id = (value) => value === void 0 || typeof value === "string" && value.length >= 1 && value.length <= MAX_ID_LENGTH || typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
var MEMBER_FIELDS = {
  id,
  age: nullishInt(0, 130),
  ageMonths: nullishInt(0, 11),
  sex: nullishEnum(SEXES),
  employment: nullishEnum(EMPLOYMENT_STATUSES),
  labourContract: nullishBoolean,
  healthInsurance: nullishBoolean,
  inEducationOrTraining: nullishBoolean,
  educationLevel: nullishEnum(EDUCATION_LEVELS),
  schoolAttendance: nullishEnum(SCHOOL_ATTENDANCE),
  stunted: nullishBoolean,
  underweight: nullishBoolean,
  dependant: nullishBoolean,
  monthlySocialAllowance: nullishBoolean,
  usesInternet: nullishBoolean,
  birthYear: nullishInt(1850, 2200),
  untreatedIllness: nullishBoolean,
  phoneSubscription: nullishBoolean
};
var DWELLING_FIELDS = {
  durability: nullishEnum(DURABILITY_CLASSES),
  safeWater: nullishBoolean,
  hygienicLatrine: nullishBoolean,
  hearsLoudspeaker: nullishBoolean,
  hygienicWater: nullishBoolean,
  informationMeans: (value) => {
    if (value === null || value === void 0) return true;
    if (!Array.isArray(value) || value.length > INFORMATION_MEANS.length * 4) return false;
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return false;
      const item = value[i];
      if (typeof item !== "string" || !INFORMATION_MEANS.includes(item)) return false;
    }
    return true;
  }
};
var TOP_KEYS = /* @__PURE__ */ new Set(["id", "area", "size", "members", "income", "deprivations", "dwelling"]);
var INCOME_KEYS = /* @__PURE__ */ new Set(["perCapitaMonthly", "householdMonthly", "householdAnnual"]);
function checkFields(value, fields2) {
  if (!isPlainObject(value)) return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(fields2, key)) return false;
    if (!fields2[key](value[key])) return false;
  }
  return true;
}
function amount(value) {
  if (typeof value !== "number" && typeof value !== "string") return void 0;
  const parsed = parseAmount(value);
  return parsed.ok ? parsed.value : void 0;
}
function fastParse(input, indicatorIds) {
  if (!isPlainObject(input)) return void 0;
  for (const key in input) if (!TOP_KEYS.has(key)) return void 0;
  const { area, size, members, income, deprivations, dwelling } = input;
  if (area !== "rural" && area !== "urban") return void 0;
  if (!id(input.id)) return void 0;
  if (size !== void 0 && !(typeof size === "number" && Number.isInteger(size) && size >= 1 && size <= MAX_HOUSEHOLD_SIZE)) return void 0;
  if (members !== void 0) {
    if (!Array.isArray(members) || members.length < 1 || members.length > MAX_HOUSEHOLD_SIZE) return void 0;
    if (size !== void 0 && size !== members.length) return void 0;
    for (let i = 0; i < members.length; i++) {
      if (!(i in members) || !checkFields(members[i], MEMBER_FIELDS)) return void 0;
    }
  } else if (size === void 0) return void 0;
  if (!isPlainObject(income)) return void 0;
  let form;
  for (const key in income) {
    if (!INCOME_KEYS.has(key) || form !== void 0) return void 0;
    form = key;
  }
  if (form === void 0) return void 0;
  const money = amount(income[form]);
  if (money === void 0) return void 0;
  if (deprivations !== void 0) {
    if (!isPlainObject(deprivations)) return void 0;
    for (const key in deprivations) {
      if (!indicatorIds.has(key)) return void 0;
      const answer = deprivations[key];
      if (answer !== true && answer !== false && answer !== null && answer !== void 0) return void 0;
    }
  }
  let parsedDwelling;
  if (dwelling !== void 0) {
    if (!isPlainObject(dwelling)) return void 0;
    let floorArea;
    for (const key in dwelling) {
      if (key === "floorArea") {
        const value = dwelling[key];
        if (value === null || value === void 0) floorArea = value;
        else {
          floorArea = amount(value);
          if (floorArea === void 0) return void 0;
        }
      } else if (!Object.prototype.hasOwnProperty.call(DWELLING_FIELDS, key) || !DWELLING_FIELDS[key](dwelling[key])) return void 0;
    }
    parsedDwelling = floorArea === void 0 || floorArea === null ? dwelling : { ...dwelling, floorArea };
  }
  const parsed = { area, income: { [form]: money } };
  if (input.id !== void 0) parsed.id = input.id;
  if (size !== void 0) parsed.size = size;
  if (members !== void 0) parsed.members = members;
  if (deprivations !== void 0) parsed.deprivations = deprivations;
  if (parsedDwelling !== void 0) parsed.dwelling = parsedDwelling;
  return parsed;
}

// src/rules/sha256.ts
var K = new Uint32Array([
  1116352408,
  1899447441,
  3049323471,
  3921009573,
  961987163,
  1508970993,
  2453635748,
  2870763221,
  3624381080,
  310598401,
  607225278,
  1426881987,
  1925078388,
  2162078206,
  2614888103,
  3248222580,
  3835390401,
  4022224774,
  264347078,
  604807628,
  770255983,
  1249150122,
  1555081692,
  1996064986,
  2554220882,
  2821834349,
  2952996808,
  3210313671,
  3336571891,
  3584528711,
  113926993,
  338241895,
  666307205,
  773529912,
  1294757372,
  1396182291,
  1695183700,
  1986661051,
  2177026350,
  2456956037,
  2730485921,
  2820302411,
  3259730800,
  3345764771,
  3516065817,
  3600352804,
  4094571909,
  275423344,
  430227734,
  506948616,
  659060556,
  883997877,
  958139571,
  1322822218,
  1537002063,
  1747873779,
  1955562222,
  2024104815,
  2227730452,
  2361852424,
  2428436474,
  2756734187,
  3204031479,
  3329325298
]);
var H0 = [1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225];
function compress(h, w, bytes, end) {
  let h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7];
  for (let off = 0; off + 64 <= end; off += 64) {
    for (let t = 0; t < 16; t++) {
      const i = off + t * 4;
      w[t] = bytes[i] << 24 | bytes[i + 1] << 16 | bytes[i + 2] << 8 | bytes[i + 3];
    }
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15];
      const y = w[t - 2];
      const s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ x >>> 3;
      const s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ y >>> 10;
      w[t] = w[t - 16] + s0 + w[t - 7] + s1 | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, k = h7;
    for (let t = 0; t < 64; t++) {
      const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      const ch = e & f ^ ~e & g;
      const t1 = k + S1 + ch + K[t] + w[t] | 0;
      const S0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      const maj = a & b ^ a & c ^ b & c;
      const t2 = S0 + maj | 0;
      k = g;
      g = f;
      f = e;
      e = d + t1 | 0;
      d = c;
      c = b;
      b = a;
      a = t1 + t2 | 0;
    }
    h0 = h0 + a | 0;
    h1 = h1 + b | 0;
    h2 = h2 + c | 0;
    h3 = h3 + d | 0;
    h4 = h4 + e | 0;
    h5 = h5 + f | 0;
    h6 = h6 + g | 0;
    h7 = h7 + k | 0;
  }
  h[0] = h0;
  h[1] = h1;
  h[2] = h2;
  h[3] = h3;
  h[4] = h4;
  h[5] = h5;
  h[6] = h6;
  h[7] = h7;
}
function sha256Hex(bytes) {
  const n = bytes.length;
  const h = new Uint32Array(H0);
  const w = new Uint32Array(64);
  const full = n - n % 64;
  compress(h, w, bytes, full);
  const rest = n - full;
  const tail = new Uint8Array(rest < 56 ? 64 : 128);
  tail.set(bytes.subarray(full));
  tail[rest] = 128;
  const end = tail.length;
  const high = Math.floor(n / 536870912);
  const low = n << 3 >>> 0;
  tail[end - 8] = high >>> 24;
  tail[end - 7] = high >>> 16;
  tail[end - 6] = high >>> 8;
  tail[end - 5] = high;
  tail[end - 4] = low >>> 24;
  tail[end - 3] = low >>> 16;
  tail[end - 2] = low >>> 8;
  tail[end - 1] = low;
  compress(h, w, tail, end);
  let hex = "";
  for (let i = 0; i < 8; i++) hex += (h[i] >>> 0).toString(16).padStart(8, "0");
  return hex;
}
function utf8Encode(text) {
  const out = new Uint8Array(text.length * 3);
  let p = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      out[p++] = c;
      continue;
    }
    if (c < 2048) {
      out[p++] = 192 | c >> 6;
      out[p++] = 128 | c & 63;
      continue;
    }
    if (c >= 55296 && c <= 57343) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c <= 56319 && next >= 56320 && next <= 57343) {
        const cp = 65536 + (c - 55296 << 10) + (next - 56320);
        i++;
        out[p++] = 240 | cp >> 18;
        out[p++] = 128 | cp >> 12 & 63;
        out[p++] = 128 | cp >> 6 & 63;
        out[p++] = 128 | cp & 63;
        continue;
      }
      c = 65533;
    }
    out[p++] = 224 | c >> 12;
    out[p++] = 128 | c >> 6 & 63;
    out[p++] = 128 | c & 63;
  }
  return out.subarray(0, p);
}

// src/rules/fingerprint.ts
function isPlainObject2(value) {
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
function isPlainArray(value) {
  if (!Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto !== null && Object.getPrototypeOf(Object.getPrototypeOf(proto)) === null;
}
function describe(value) {
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "bigint") return "a bigint";
  if (typeof value === "number") return String(value);
  if (value === void 0) return "undefined";
  const ctor = value.constructor;
  return typeof ctor === "function" && ctor.name !== "" ? `an instance of ${ctor.name}` : "a non-plain object";
}
function fail(path, value) {
  throw new TypeError(`canonicalJson: ${path} is ${describe(value)}; only plain JSON data (objects, arrays, strings, finite numbers, booleans, null) is allowed`);
}
function write(value, path, ancestors) {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) fail(path, value);
      return JSON.stringify(value);
    case "object":
      break;
    default:
      fail(path, value);
  }
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: ${path} is a cycle (an object that contains itself)`);
  let out;
  ancestors.add(value);
  if (isPlainArray(value)) {
    out = "[";
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ",";
      out += write(value[i], `${path}[${i}]`, ancestors);
    }
    out += "]";
  } else if (isPlainObject2(value)) {
    if (Object.getOwnPropertySymbols(value).length > 0) throw new TypeError(`canonicalJson: ${path} has symbol keys; only plain JSON data is allowed`);
    const record = value;
    const keys = Object.keys(record).sort();
    out = "{";
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === void 0) continue;
      if (!first) out += ",";
      first = false;
      out += JSON.stringify(key) + ":" + write(item, `${path}${JSON.stringify([key])}`, ancestors);
    }
    out += "}";
  } else {
    fail(path, value);
  }
  ancestors.delete(value);
  return out;
}
function canonicalJson(value) {
  return write(value, "(root)", /* @__PURE__ */ new Set());
}
function fingerprint(value) {
  return sha256Hex(utf8Encode(canonicalJson(value)));
}

// src/rules/define.ts
function deepFreeze(value) {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}
function clone(value) {
  return JSON.parse(JSON.stringify(value));
}
var DECIMAL = /^(?:0|[1-9]\d*)(?:\.\d+)?$/;
function compareDecimalStrings(a, b) {
  const [ai = "", af = ""] = a.split(".");
  const [bi = "", bf = ""] = b.split(".");
  if (ai.length !== bi.length) return ai.length - bi.length;
  if (ai !== bi) return ai < bi ? -1 : 1;
  const len = Math.max(af.length, bf.length);
  const ap = af.padEnd(len, "0");
  const bp = bf.padEnd(len, "0");
  return ap === bp ? 0 : ap < bp ? -1 : 1;
}
function checkRuleSetData(data, messages) {
  const problems = [];
  const lineIds = data.incomeLines.map((line) => line.id);
  if (new Set(lineIds).size !== lineIds.length) problems.push("income line ids are not unique");
  for (const area of ["rural", "urban"]) {
    for (let i = 0; i < data.incomeLines.length; i++) {
      const amount2 = data.incomeLines[i].amounts[area];
      if (!DECIMAL.test(amount2)) problems.push(`income line ${lineIds[i]} (${area}) is not a plain decimal: ${amount2}`);
      else if (i > 0 && compareDecimalStrings(data.incomeLines[i - 1].amounts[area], amount2) >= 0) {
        problems.push(`income lines are not strictly ascending (${area}) at ${lineIds[i]}`);
      }
    }
  }
  if (!Number.isInteger(data.deprivationCut.atLeast) || data.deprivationCut.atLeast < 1) problems.push("deprivation cut must be an integer \u2265 1");
  const positions = data.incomeLines.length + 1;
  for (const rule of data.categoryRules) {
    for (const ref3 of [rule.income.above, rule.income.atOrBelow]) {
      if (ref3 !== void 0 && !lineIds.includes(ref3)) problems.push(`category rule ${rule.category} refers to unknown income line ${ref3}`);
    }
  }
  for (let position = 0; position < positions; position++) {
    for (const cutMet of [false, true]) {
      const matching = data.categoryRules.filter((rule) => ruleMatches(rule, position, cutMet, lineIds));
      if (matching.length !== 1) {
        problems.push(
          `${matching.length} category rules apply at income position ${position} with the deprivation cut ${cutMet ? "met" : "not met"} (exactly one must)`
        );
      }
    }
  }
  const dimensionIds = new Set(data.dimensions.map((dimension2) => dimension2.id));
  if (dimensionIds.size !== data.dimensions.length) problems.push("dimension ids are not unique");
  const indicatorIds = data.indicators.map((indicator4) => indicator4.id);
  if (new Set(indicatorIds).size !== indicatorIds.length) problems.push("indicator ids are not unique");
  for (const indicator4 of data.indicators) {
    if (!dimensionIds.has(indicator4.dimension)) problems.push(`indicator ${indicator4.id} is in unknown dimension ${indicator4.dimension}`);
    if (indicator4.test.kind === "member-share-above" && !DECIMAL.test(indicator4.test.share)) problems.push(`indicator ${indicator4.id}: share is not a plain decimal`);
    if (indicator4.test.kind === "per-member-below" && !DECIMAL.test(indicator4.test.floor)) problems.push(`indicator ${indicator4.id}: floor is not a plain decimal`);
  }
  if (data.deprivationCut.atLeast > data.indicators.length) problems.push("deprivation cut is larger than the number of indicators");
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  if (!ISO.test(data.effective.from) || !ISO.test(data.effective.to) || data.effective.from > data.effective.to) problems.push("effective period must be two ISO dates, from \u2264 to");
  if (!["in-force", "superseded", "provisional"].includes(data.status)) problems.push(`unknown status ${String(data.status)}`);
  if (data.incomeScore !== void 0) {
    if (!lineIds.includes(data.incomeScore.line)) problems.push(`income score refers to unknown income line ${data.incomeScore.line}`);
    for (const area of ["rural", "urban"]) {
      if (!DECIMAL.test(data.incomeScore.thresholds[area])) problems.push(`income score threshold (${area}) is not a plain decimal`);
    }
  }
  if (data.lowIncomeWorker !== void 0 && !lineIds.includes(data.lowIncomeWorker.atOrBelow)) {
    problems.push(`low-income-worker rule refers to unknown income line ${data.lowIncomeWorker.atOrBelow}`);
  }
  if (messages !== void 0) {
    for (const key of requiredMessageKeys(data)) {
      for (const locale of ["vi", "en"]) {
        if (typeof messages[locale][key] !== "string" || messages[locale][key] === "") problems.push(`message ${key} is missing in ${locale}`);
      }
    }
  }
  return problems;
}
function requiredMessageKeys(data) {
  const keys = ["ruleSet.title"];
  for (const dimension2 of data.dimensions) keys.push(`dimension.${dimension2.id}`);
  for (const line of data.incomeLines) keys.push(`incomeLine.${line.id}`);
  for (const indicator4 of data.indicators) {
    for (const part of ["name", "deprived", "not-deprived", "unknown"]) keys.push(`indicator.${indicator4.id}.${part}`);
  }
  return keys;
}
function ruleMatches(rule, position, cutMet, lineIds) {
  if (rule.income.above !== void 0 && !(position > lineIds.indexOf(rule.income.above))) return false;
  if (rule.income.atOrBelow !== void 0 && !(position <= lineIds.indexOf(rule.income.atOrBelow))) return false;
  if (rule.deprivations === "at-least-cut" && !cutMet) return false;
  if (rule.deprivations === "below-cut" && cutMet) return false;
  return true;
}
function defineRuleSet(data, messages) {
  const problems = checkRuleSetData(data, messages);
  if (problems.length > 0) throw new Error(`Rule set ${data.id} is not sound:
- ${problems.join("\n- ")}`);
  const copy = clone(data);
  const print = fingerprint(copy);
  const ruleSet = deepFreeze({ ...copy, fingerprint: print, messages: clone(messages) });
  DEFINED.add(ruleSet);
  return ruleSet;
}
var DEFINED = /* @__PURE__ */ new WeakSet();
function isDefinedRuleSet(value) {
  return typeof value === "object" && value !== null && DEFINED.has(value);
}

// src/household/validate.ts
function toIssues(zodIssues) {
  const issues = [];
  for (const issue of zodIssues) {
    const path = issue.path.map((part) => typeof part === "symbol" ? String(part) : part);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        issues.push({ path: [...path, key], code: "unrecognized_keys", message: `unknown field "${key.slice(0, 60)}"` + hint(path) });
      }
    } else if (issue.code === "custom") {
      const code = issue.params?.code ?? "custom";
      issues.push({ path, code, message: issue.message });
    } else {
      issues.push({ path, code: issue.code, message: issue.message });
    }
  }
  return issues;
}
function hint(path) {
  const last = path[path.length - 1];
  if (last === "deprivations") return " (not an indicator of this rule set)";
  return "";
}
function parseOrThrow(schema, input) {
  let result;
  try {
    result = schema.safeParse(input);
  } catch (error) {
    throw new ValidationError([{ path: [], code: "unreadable_input", message: `the input could not be read as JSON data (${error instanceof Error ? error.message.slice(0, 100) : "unknown error"})` }]);
  }
  if (result.success) return result.data;
  throw new ValidationError(toIssues(result.error.issues));
}

// src/rules/evaluate.ts
var F = 0;
var T = 1;
var U = 2;
function retirementMonths(roadmap, year) {
  if (year <= roadmap.baseYear) return roadmap.baseMonths;
  return Math.min(roadmap.capMonths, roadmap.baseMonths + roadmap.stepMonths * (year - roadmap.baseYear));
}
function ageContext(workingAge, fromYear, toYear) {
  const male = [retirementMonths(workingAge.retirement.male, fromYear), retirementMonths(workingAge.retirement.male, toYear)];
  const female = [retirementMonths(workingAge.retirement.female, fromYear), retirementMonths(workingAge.retirement.female, toYear)];
  return { minMonths: workingAge.minAge * 12, male, female, any: [Math.min(male[0], female[0]), Math.max(male[1], female[1])], years: [fromYear, toYear] };
}
function and(tests) {
  return (a, b) => {
    let result = T;
    for (const test of tests) {
      const value = test(a, b);
      if (value === F) return F;
      if (value === U) result = U;
    }
    return result;
  };
}
function or(tests) {
  return (a, b) => {
    let result = F;
    for (const test of tests) {
      const value = test(a, b);
      if (value === T) return T;
      if (value === U) result = U;
    }
    return result;
  };
}
function compileMemberCondition(condition) {
  if ("all" in condition) return and(condition.all.map(compileMemberCondition));
  if ("any" in condition) return or(condition.any.map(compileMemberCondition));
  if ("age" in condition) {
    const min = condition.age.min ?? 0;
    const max = condition.age.max ?? Number.POSITIVE_INFINITY;
    return (member) => {
      const age = member.age;
      if (age === void 0 || age === null) return U;
      return age >= min && age <= max ? T : F;
    };
  }
  if ("workingAge" in condition) {
    return (member, ctx) => {
      const age = member.age;
      if (age === void 0 || age === null) return U;
      const months = member.ageMonths;
      const low = age * 12 + (months ?? 0);
      const high = age * 12 + (months ?? 11);
      const bounds = member.sex === "male" ? ctx.male : member.sex === "female" ? ctx.female : ctx.any;
      if (high < ctx.minMonths || low >= bounds[1]) return F;
      if (low >= ctx.minMonths && high < bounds[0]) return T;
      return U;
    };
  }
  if ("bornFrom" in condition) {
    const from = condition.bornFrom;
    return (member, ctx) => {
      const birthYear = member.birthYear;
      if (birthYear !== void 0 && birthYear !== null) return birthYear >= from ? T : F;
      const age = member.age;
      if (age === void 0 || age === null) return U;
      const earliest = ctx.years[0] - age - 1;
      const latest = ctx.years[1] - age;
      if (earliest >= from) return T;
      if (latest < from) return F;
      return U;
    };
  }
  const fact2 = condition.fact;
  if ("in" in condition) {
    const values = condition.in;
    return (member) => {
      const value = member[fact2];
      if (value === void 0 || value === null) return U;
      return values.includes(value) ? T : F;
    };
  }
  const expected = condition.equals;
  const fallback = condition.ifUnknown === void 0 ? void 0 : compileMemberCondition(condition.ifUnknown);
  return (member, ctx) => {
    const value = member[fact2];
    if (value === void 0 || value === null) return fallback === void 0 ? U : fallback(member, ctx);
    return value === expected ? T : F;
  };
}
function compileDwellingCondition(condition) {
  if ("all" in condition) return and(condition.all.map(compileDwellingCondition));
  if ("any" in condition) return or(condition.any.map(compileDwellingCondition));
  const fact2 = condition.fact;
  if ("includesNoneOf" in condition) {
    const listed = condition.includesNoneOf;
    return (dwelling) => {
      const value = dwelling[fact2];
      if (value === void 0 || value === null) return U;
      if (!Array.isArray(value)) return U;
      for (const item of value) if (listed.includes(item)) return F;
      return T;
    };
  }
  if ("in" in condition) {
    const values = condition.in;
    return (dwelling) => {
      const value = dwelling[fact2];
      if (value === void 0 || value === null) return U;
      return values.includes(value) ? T : F;
    };
  }
  const expected = condition.equals;
  return (dwelling) => {
    const value = dwelling[fact2];
    if (value === void 0 || value === null) return U;
    return value === expected ? T : F;
  };
}
var NONE = Object.freeze({ status: U, evidence: Object.freeze({ basis: "none" }) });
function ref(member, index) {
  return member.id === void 0 ? { index } : { index, id: member.id };
}
function displayRatio(numerator, denominator) {
  return divideForDisplay(numerator.toFixed(), denominator);
}
function compileIndicatorTest(indicator4) {
  const test = indicator4.test;
  switch (test.kind) {
    case "answer-only": {
      const outcome = Object.freeze({ status: U, evidence: Object.freeze({ basis: "answer-required", reason: test.reason }) });
      return () => outcome;
    }
    case "any-member":
    case "no-member": {
      const where = compileMemberCondition(test.where);
      const deprivedWhenFound = test.kind === "any-member";
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === void 0) return NONE;
        const found = [];
        const unknown = [];
        for (let i = 0; i < members.length; i++) {
          const member = members[i];
          const value = where(member, ctx);
          if (value === T) found.push(ref(member, i));
          else if (value === U) unknown.push(ref(member, i));
        }
        let status;
        if (found.length > 0) status = deprivedWhenFound ? T : F;
        else if (unknown.length > 0) status = U;
        else status = deprivedWhenFound ? F : T;
        return { status, evidence: { basis: "members", members: found, unknownMembers: unknown } };
      };
    }
    case "member-share-above": {
      const where = compileMemberCondition(test.where);
      const [whole = "0", fraction = ""] = test.share.split(".");
      const denominator = 10 ** fraction.length;
      const numerator = Number(whole) * denominator + Number(fraction || "0");
      const threshold = test.share;
      return (household, _size, ctx) => {
        const members = household.members;
        if (members === void 0) return NONE;
        const found = [];
        const unknown = [];
        for (let i = 0; i < members.length; i++) {
          const member = members[i];
          const value = where(member, ctx);
          if (value === T) found.push(ref(member, i));
          else if (value === U) unknown.push(ref(member, i));
        }
        const n = members.length;
        let status;
        if (found.length * denominator > numerator * n) status = T;
        else if ((found.length + unknown.length) * denominator <= numerator * n) status = F;
        else status = U;
        const share = divideForDisplay(String(found.length), n);
        return {
          status,
          evidence: { basis: "members", members: found, unknownMembers: unknown, count: found.length, size: n, value: share.value, valueExact: share.exact, threshold }
        };
      };
    }
    case "per-member-below": {
      const floor = new Money(test.floor);
      const floorTimes = [];
      const fact2 = test.fact;
      const threshold = test.floor;
      return (household, size) => {
        const dwelling = household.dwelling;
        const area = dwelling?.[fact2];
        if (dwelling === void 0 || area === void 0 || area === null) {
          return dwelling === void 0 ? NONE : { status: U, evidence: { basis: "dwelling", facts: { [fact2]: null }, size, threshold } };
        }
        const bound = floorTimes[size] ??= floor.times(size);
        const status = area.lt(bound) ? T : F;
        const perMember = displayRatio(area, size);
        return {
          status,
          evidence: { basis: "dwelling", facts: { [fact2]: area.toFixed() }, size, value: perMember.value, valueExact: perMember.exact, threshold }
        };
      };
    }
    case "dwelling": {
      const where = compileDwellingCondition(test.where);
      const facts = dwellingFacts(test.where);
      return (household) => {
        const dwelling = household.dwelling;
        if (dwelling === void 0) return NONE;
        const consulted = {};
        for (const fact2 of facts) consulted[fact2] = dwelling[fact2] ?? null;
        return { status: where(dwelling), evidence: { basis: "dwelling", facts: consulted } };
      };
    }
  }
}
function dwellingFacts(condition) {
  if ("all" in condition) return condition.all.flatMap(dwellingFacts);
  if ("any" in condition) return condition.any.flatMap(dwellingFacts);
  return [condition.fact];
}

// src/rules/compile.ts
var cache = /* @__PURE__ */ new WeakMap();
function compile(ruleSet) {
  const cached = cache.get(ruleSet);
  if (cached !== void 0) return cached;
  const lineIds = ruleSet.incomeLines.map((line) => line.id);
  const table2 = [];
  for (let position = 0; position <= lineIds.length; position++) {
    const pick = (cutMet) => {
      const rule = ruleSet.categoryRules.find((candidate) => ruleMatches(candidate, position, cutMet, lineIds));
      if (rule === void 0) throw new Error(`Rule set ${ruleSet.id} has no category rule at position ${position}`);
      return rule;
    };
    table2.push([pick(false), pick(true)]);
  }
  const fromYear = Number(ruleSet.effective.from.slice(0, 4));
  const toYear = Number(ruleSet.effective.to.slice(0, 4));
  const byYear = /* @__PURE__ */ new Map();
  const lineAmounts = {
    rural: ruleSet.incomeLines.map((line) => new Money(line.amounts.rural)),
    urban: ruleSet.incomeLines.map((line) => new Money(line.amounts.urban))
  };
  const scaled = { rural: /* @__PURE__ */ new Map(), urban: /* @__PURE__ */ new Map() };
  const summary = Object.freeze({
    id: ruleSet.id,
    version: ruleSet.version,
    status: ruleSet.status,
    title: ruleSet.title,
    instruments: Object.freeze(ruleSet.instruments.map((instrument) => Object.freeze({ id: instrument.id, name: instrument.name }))),
    effective: ruleSet.effective,
    incomePeriod: ruleSet.incomePeriod,
    fingerprint: ruleSet.fingerprint
  });
  const compiled = {
    ruleSet,
    summary,
    schema: buildHouseholdSchema(
      ruleSet.indicators.map((indicator4) => indicator4.id),
      { score: ruleSet.incomeScore !== void 0 }
    ),
    lines: ruleSet.incomeLines,
    lineAmounts,
    linesTimes(area, divisor) {
      if (divisor === 1) return lineAmounts[area];
      let amounts = scaled[area].get(divisor);
      if (amounts === void 0) {
        amounts = lineAmounts[area].map((amount2) => amount2.times(divisor));
        scaled[area].set(divisor, amounts);
      }
      return amounts;
    },
    periodMonths: ruleSet.incomePeriod === "year" ? 12 : 1,
    table: table2,
    cut: ruleSet.deprivationCut.atLeast,
    cutCitation: ruleSet.deprivationCut.citation,
    indicators: ruleSet.indicators,
    indicatorIds: new Set(ruleSet.indicators.map((indicator4) => indicator4.id)),
    tests: ruleSet.indicators.map(compileIndicatorTest),
    defaultAgeContext: ageContext(ruleSet.workingAge, fromYear, toYear),
    ageContextFor(year) {
      let context = byYear.get(year);
      if (context === void 0) {
        context = ageContext(ruleSet.workingAge, year, year);
        byYear.set(year, context);
      }
      return context;
    }
  };
  if (ruleSet.incomeScore !== void 0) {
    const rule = ruleSet.incomeScore;
    compiled.score = {
      rule,
      lineIndex: lineIds.indexOf(rule.line),
      thresholds: { rural: new Money(rule.thresholds.rural), urban: new Money(rule.thresholds.urban) }
    };
  }
  if (ruleSet.lowIncomeWorker !== void 0) {
    const rule = ruleSet.lowIncomeWorker;
    compiled.lowIncomeWorker = { rule, lineIndex: lineIds.indexOf(rule.atOrBelow) };
  }
  cache.set(ruleSet, compiled);
  return compiled;
}
var CATEGORY_ORDER = Object.freeze(["poor", "near-poor", "average", "above-average"]);

// src/rules/vn-2016-2020/instruments.ts
var DECISION_59_2015 = {
  id: "decision-59-2015",
  name: { vi: "Quy\u1EBFt \u0111\u1ECBnh 59/2015/Q\u0110-TTg", en: "Decision 59/2015/Q\u0110-TTg" },
  title: {
    vi: "V\u1EC1 vi\u1EC7c ban h\xE0nh chu\u1EA9n ngh\xE8o ti\u1EBFp c\u1EADn \u0111a chi\u1EC1u \xE1p d\u1EE5ng cho giai \u0111o\u1EA1n 2016\u20132020",
    en: "Promulgating the multidimensional poverty standard for the 2016\u20132020 period"
  },
  signed: "2015-11-19",
  inForce: "2016-01-05",
  role: {
    vi: "Chu\u1EA9n ngh\xE8o v\xE0 chu\u1EA9n c\u1EADn ngh\xE8o v\u1EC1 thu nh\u1EADp, 5 d\u1ECBch v\u1EE5 x\xE3 h\u1ED9i c\u01A1 b\u1EA3n v\xE0 10 ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t, ti\xEAu ch\xED h\u1ED9 ngh\xE8o, c\u1EADn ngh\xE8o, m\u1EE9c s\u1ED1ng trung b\xECnh (\u0110i\u1EC1u 1, \u0110i\u1EC1u 2).",
    en: "Poverty and near-poverty income lines, 5 basic social services and 10 deprivation indicators, criteria for poor, near-poor and average-living households (Art. 1, Art. 2)."
  }
};
var DECREE_07_2021_FOR_2021 = {
  id: "decree-07-2021",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP", en: "Decree 07/2021/N\u0110-CP" },
  title: {
    vi: "Quy \u0111\u1ECBnh chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2021\u20132025",
    en: "Multidimensional poverty standards for the 2021\u20132025 period"
  },
  signed: "2021-01-27",
  inForce: "2021-03-15",
  role: {
    vi: "N\u0103m 2021 ti\u1EBFp t\u1EE5c \xE1p d\u1EE5ng chu\u1EA9n ngh\xE8o theo Quy\u1EBFt \u0111\u1ECBnh 59/2015/Q\u0110-TTg (\u0110i\u1EC1u 2).",
    en: "Keeps the standard of Decision 59/2015/Q\u0110-TTg in use for 2021 (Art. 2)."
  }
};
var LABOUR_CODE_2012 = {
  id: "labour-code-2012",
  name: { vi: "B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng 2012 (Lu\u1EADt 10/2012/QH13)", en: "Labour Code 2012 (Law 10/2012/QH13)" },
  title: { vi: "B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng", en: "Labour Code" },
  signed: "2012-06-18",
  inForce: "2013-05-01",
  role: {
    vi: "Tu\u1ED5i ngh\u1EC9 h\u01B0u nam 60, n\u1EEF 55 (\u0110i\u1EC1u 187), \xE1p d\u1EE5ng \u0111\u1EBFn h\u1EBFt n\u0103m 2020.",
    en: "Retirement age 60 for men and 55 for women (Art. 187), until the end of 2020."
  }
};
var DECREE_135_2020_FOR_2021 = {
  id: "decree-135-2020",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 135/2020/N\u0110-CP", en: "Decree 135/2020/N\u0110-CP" },
  title: { vi: "Quy \u0111\u1ECBnh v\u1EC1 tu\u1ED5i ngh\u1EC9 h\u01B0u", en: "On retirement age" },
  signed: "2020-11-18",
  inForce: "2021-01-01",
  role: {
    vi: "Tu\u1ED5i ngh\u1EC9 h\u01B0u n\u0103m 2021: nam 60 tu\u1ED5i 3 th\xE1ng, n\u1EEF 55 tu\u1ED5i 4 th\xE1ng (\u0110i\u1EC1u 4).",
    en: "Retirement age in 2021: men 60 years 3 months, women 55 years 4 months (Art. 4)."
  }
};

// src/rules/vn-2016-2020/data.ts
function cite(instrument, where, confidence, paraphrase, note) {
  return {
    instrument: { id: instrument.id, name: instrument.name },
    ...where,
    paraphrase,
    confidence,
    ...note === void 0 ? {} : { note }
  };
}
var art = (article, clause, point) => ({
  article,
  ...clause === void 0 ? {} : { clause },
  ...point === void 0 ? {} : { point }
});
var INDICATORS = art("1", "2", "b");
var UNCHECKED = {
  vi: "Ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t theo di\u1EC5n gi\u1EA3i ph\u1ED5 bi\u1EBFn; ch\u01B0a \u0111\u1ED1i chi\u1EBFu t\u1EEBng ch\u1EEF v\u1EDBi v\u0103n b\u1EA3n ch\xEDnh th\u1EE9c (Quy\u1EBFt \u0111\u1ECBnh 59/2015/Q\u0110-TTg v\xE0 h\u01B0\u1EDBng d\u1EABn r\xE0 so\xE1t).",
  en: "Threshold as widely reported; not yet checked word for word against the official text (Decision 59/2015/Q\u0110-TTg and the review guidance)."
};
var VN_2016_2020_DATA = {
  id: "vn-2016-2020",
  version: "1.0.0",
  status: "superseded",
  title: {
    vi: "Chu\u1EA9n ngh\xE8o ti\u1EBFp c\u1EADn \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2016\u20132020 (\xE1p d\u1EE5ng \u0111\u1EBFn h\u1EBFt n\u0103m 2021)",
    en: "Multidimensional poverty standard 2016\u20132020 (applied until the end of 2021)"
  },
  instruments: [DECISION_59_2015, DECREE_07_2021_FOR_2021, LABOUR_CODE_2012, DECREE_135_2020_FOR_2021],
  effective: {
    from: "2016-01-01",
    to: "2021-12-31",
    citations: [
      cite(DECISION_59_2015, {}, "A", {
        vi: "Chu\u1EA9n ngh\xE8o ti\u1EBFp c\u1EADn \u0111a chi\u1EC1u \xE1p d\u1EE5ng cho giai \u0111o\u1EA1n 2016\u20132020.",
        en: "Multidimensional poverty standard applied for the 2016\u20132020 period."
      }, {
        vi: "Quy\u1EBFt \u0111\u1ECBnh c\xF3 hi\u1EC7u l\u1EF1c t\u1EEB 05/01/2016; th\u01B0 vi\u1EC7n \xE1p d\u1EE5ng cho c\u1EA3 giai \u0111o\u1EA1n t\u1EEB 01/01/2016.",
        en: "The Decision is in force from 5 Jan 2016; the library applies it to the whole period from 1 Jan 2016."
      }),
      cite(DECREE_07_2021_FOR_2021, art("2"), "A", {
        vi: "N\u0103m 2021 ti\u1EBFp t\u1EE5c \xE1p d\u1EE5ng chu\u1EA9n ngh\xE8o theo Quy\u1EBFt \u0111\u1ECBnh 59/2015/Q\u0110-TTg.",
        en: "In 2021 the standard of Decision 59/2015/Q\u0110-TTg continues to apply."
      })
    ]
  },
  incomePeriod: "month",
  incomeLines: [
    {
      id: "poverty",
      amounts: { rural: "700000", urban: "900000" },
      citation: cite(DECISION_59_2015, art("1", "1", "a"), "A", {
        vi: "Chu\u1EA9n ngh\xE8o: 700.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF n\xF4ng th\xF4n; 900.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF th\xE0nh th\u1ECB.",
        en: "Poverty line: VND 700,000 per person per month in rural areas; VND 900,000 in urban areas."
      })
    },
    {
      id: "near-poverty",
      amounts: { rural: "1000000", urban: "1300000" },
      citation: cite(DECISION_59_2015, art("1", "1", "b"), "A", {
        vi: "Chu\u1EA9n c\u1EADn ngh\xE8o: 1.000.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF n\xF4ng th\xF4n; 1.300.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF th\xE0nh th\u1ECB.",
        en: "Near-poverty line: VND 1,000,000 per person per month in rural areas; VND 1,300,000 in urban areas."
      })
    },
    {
      id: "average-ceiling",
      amounts: { rural: "1500000", urban: "1950000" },
      citation: cite(DECISION_59_2015, art("2", "3"), "B", {
        vi: "H\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng tr\xEAn 1.000.000 \u0111\u1EBFn 1.500.000 \u0111\u1ED3ng (n\xF4ng th\xF4n), tr\xEAn 1.300.000 \u0111\u1EBFn 1.950.000 \u0111\u1ED3ng (th\xE0nh th\u1ECB).",
        en: "Average living standard: monthly per-capita income above VND 1,000,000 up to 1,500,000 (rural), above 1,300,000 up to 1,950,000 (urban)."
      })
    }
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(DECISION_59_2015, art("2", "1"), "A", {
      vi: "Thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 \u0111o l\u01B0\u1EDDng m\u1EE9c \u0111\u1ED9 thi\u1EBFu h\u1EE5t ti\u1EBFp c\u1EADn c\xE1c d\u1ECBch v\u1EE5 x\xE3 h\u1ED9i c\u01A1 b\u1EA3n tr\u1EDF l\xEAn.",
      en: "Deprived on 3 or more of the indicators of access to basic social services."
    })
  },
  categoryRules: [
    {
      category: "poor",
      income: { atOrBelow: "poverty" },
      citation: cite(DECISION_59_2015, art("2", "1"), "A", {
        vi: "H\u1ED9 ngh\xE8o (ti\xEAu ch\xED th\u1EE9 nh\u1EA5t): thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB chu\u1EA9n ngh\xE8o tr\u1EDF xu\u1ED1ng, kh\xF4ng x\xE9t s\u1ED1 ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t.",
        en: "Poor (first branch): monthly per-capita income at or below the poverty line, whatever the deprivations."
      })
    },
    {
      category: "poor",
      income: { above: "poverty", atOrBelow: "near-poverty" },
      deprivations: "at-least-cut",
      citation: cite(DECISION_59_2015, art("2", "1"), "A", {
        vi: "H\u1ED9 ngh\xE8o (ti\xEAu ch\xED th\u1EE9 hai): thu nh\u1EADp tr\xEAn chu\u1EA9n ngh\xE8o \u0111\u1EBFn chu\u1EA9n c\u1EADn ngh\xE8o V\xC0 thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn.",
        en: "Poor (second branch): income above the poverty line up to the near-poverty line AND deprived on 3 or more indicators."
      })
    },
    {
      category: "near-poor",
      income: { above: "poverty", atOrBelow: "near-poverty" },
      deprivations: "below-cut",
      citation: cite(DECISION_59_2015, art("2", "2"), "A", {
        vi: "H\u1ED9 c\u1EADn ngh\xE8o: thu nh\u1EADp tr\xEAn chu\u1EA9n ngh\xE8o \u0111\u1EBFn chu\u1EA9n c\u1EADn ngh\xE8o V\xC0 thi\u1EBFu h\u1EE5t d\u01B0\u1EDBi 03 ch\u1EC9 s\u1ED1.",
        en: "Near-poor: income above the poverty line up to the near-poverty line AND deprived on fewer than 3 indicators."
      })
    },
    {
      category: "average",
      income: { above: "near-poverty", atOrBelow: "average-ceiling" },
      citation: cite(DECISION_59_2015, art("2", "3"), "B", {
        vi: "H\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: thu nh\u1EADp tr\xEAn chu\u1EA9n c\u1EADn ngh\xE8o \u0111\u1EBFn 1.500.000 \u0111\u1ED3ng (n\xF4ng th\xF4n) ho\u1EB7c 1.950.000 \u0111\u1ED3ng (th\xE0nh th\u1ECB); kh\xF4ng x\xE9t ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t.",
        en: "Average living standard: income above the near-poverty line up to VND 1,500,000 (rural) or 1,950,000 (urban); deprivations are not considered."
      })
    },
    {
      category: "above-average",
      income: { above: "average-ceiling" },
      citation: cite(DECISION_59_2015, art("2"), "B", {
        vi: "Thu nh\u1EADp tr\xEAn m\u1EE9c tr\u1EA7n c\u1EE7a h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: kh\xF4ng thu\u1ED9c h\u1ED9 ngh\xE8o, c\u1EADn ngh\xE8o hay m\u1EE9c s\u1ED1ng trung b\xECnh.",
        en: "Income above the average-living ceiling: neither poor, near-poor nor average living standard."
      })
    }
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2020, baseMonths: 720, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2020, baseMonths: 660, stepMonths: 4, capMonths: 720 }
    },
    citation: cite(LABOUR_CODE_2012, { article: "187" }, "A", {
      vi: "\u0110\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng: t\u1EEB \u0111\u1EE7 15 tu\u1ED5i \u0111\u1EBFn tu\u1ED5i ngh\u1EC9 h\u01B0u. Tu\u1ED5i ngh\u1EC9 h\u01B0u: nam 60, n\u1EEF 55 \u0111\u1EBFn h\u1EBFt n\u0103m 2020; n\u0103m 2021: nam 60 tu\u1ED5i 3 th\xE1ng, n\u1EEF 55 tu\u1ED5i 4 th\xE1ng (Ngh\u1ECB \u0111\u1ECBnh 135/2020/N\u0110-CP, \u0110i\u1EC1u 4).",
      en: "Working age: from 15 full years up to the retirement age. Retirement age: men 60, women 55 until the end of 2020; in 2021 men 60 years 3 months, women 55 years 4 months (Decree 135/2020/N\u0110-CP Art. 4)."
    }, {
      vi: "Kh\xF4ng ch\u1EC9 s\u1ED1 n\xE0o c\u1EE7a chu\u1EA9n 2016\u20132020 d\xF9ng \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng; d\u1EEF li\u1EC7u c\xF3 \u0111\u1EC3 \u0111\u1EA7y \u0111\u1EE7 v\xE0 \u0111\u1EC3 so s\xE1nh.",
      en: "No indicator of the 2016\u20132020 standard uses working age; the data is here for completeness and comparison."
    })
  },
  dimensions: [
    { id: "health", citation: cite(DECISION_59_2015, art("1", "2", "a"), "A", { vi: "D\u1ECBch v\u1EE5 y t\u1EBF: ti\u1EBFp c\u1EADn c\xE1c d\u1ECBch v\u1EE5 y t\u1EBF; b\u1EA3o hi\u1EC3m y t\u1EBF.", en: "Health: access to health services; health insurance." }) },
    { id: "education", citation: cite(DECISION_59_2015, art("1", "2", "a"), "A", { vi: "D\u1ECBch v\u1EE5 gi\xE1o d\u1EE5c: tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn; t\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em.", en: "Education: adult education; children's school attendance." }) },
    { id: "housing", citation: cite(DECISION_59_2015, art("1", "2", "a"), "A", { vi: "Nh\xE0 \u1EDF: ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF; di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi.", en: "Housing: housing quality; floor area per person." }) },
    { id: "water-sanitation", citation: cite(DECISION_59_2015, art("1", "2", "a"), "A", { vi: "N\u01B0\u1EDBc s\u1EA1ch v\xE0 v\u1EC7 sinh: ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t; h\u1ED1 x\xED/nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh.", en: "Clean water and sanitation: domestic water source; hygienic latrine." }) },
    { id: "information", citation: cite(DECISION_59_2015, art("1", "2", "a"), "A", { vi: "Th\xF4ng tin: s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng; t\xE0i s\u1EA3n ph\u1EE5c v\u1EE5 ti\u1EBFp c\u1EADn th\xF4ng tin.", en: "Information: use of telecom services; assets for access to information." }) }
  ],
  indicators: [
    {
      id: "health-access",
      dimension: "health",
      test: { kind: "any-member", where: { fact: "untreatedIllness", equals: true } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 c\xF3 ng\u01B0\u1EDDi b\u1ECB \u1ED1m \u0111au nh\u01B0ng kh\xF4ng \u0111i kh\xE1m ch\u1EEFa b\u1EC7nh (\u1ED1m \u0111au l\xE0 b\u1ECB b\u1EC7nh/ch\u1EA5n th\u01B0\u01A1ng n\u1EB7ng \u0111\u1EBFn m\u1EE9c ph\u1EA3i n\u1EB1m m\u1ED9t ch\u1ED7, ho\u1EB7c kh\xF4ng tham gia \u0111\u01B0\u1EE3c c\xE1c ho\u1EA1t \u0111\u1ED9ng b\xECnh th\u01B0\u1EDDng: \u0111i h\u1ECDc, \u0111i l\xE0m).",
        en: "A member was ill (bedridden, or unable to go to work or school) and did not seek medical treatment."
      }, UNCHECKED)
    },
    {
      id: "health-insurance",
      dimension: "health",
      test: { kind: "any-member", where: { all: [{ age: { min: 6 } }, { fact: "healthInsurance", equals: false }] } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 th\xE0nh vi\xEAn t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn hi\u1EC7n kh\xF4ng c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF.",
        en: "At least one member aged 6 or over has no health insurance."
      }, UNCHECKED)
    },
    {
      id: "adult-education",
      dimension: "education",
      test: {
        kind: "any-member",
        where: {
          all: [
            { age: { min: 15 } },
            { bornFrom: 1986 },
            { fact: "inEducationOrTraining", equals: false },
            { fact: "educationLevel", in: ["none", "primary"] }
          ]
        }
      },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 th\xE0nh vi\xEAn t\u1EEB 15 tu\u1ED5i tr\u1EDF l\xEAn, sinh t\u1EEB n\u0103m 1986 tr\u1EDF l\u1EA1i \u0111\xE2y, kh\xF4ng t\u1ED1t nghi\u1EC7p trung h\u1ECDc c\u01A1 s\u1EDF v\xE0 hi\u1EC7n kh\xF4ng \u0111i h\u1ECDc.",
        en: "At least one member aged 15 or over, born in 1986 or later, has not completed lower-secondary school and is not in school."
      }, UNCHECKED)
    },
    {
      id: "school-attendance",
      dimension: "education",
      test: { kind: "any-member", where: { all: [{ age: { min: 5, max: 14 } }, { fact: "schoolAttendance", equals: "not-attending" }] } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 tr\u1EBB em trong \u0111\u1ED9 tu\u1ED5i \u0111i h\u1ECDc (5\u201314 tu\u1ED5i) hi\u1EC7n kh\xF4ng \u0111i h\u1ECDc.",
        en: "At least one child of school age (5\u201314) is not in school."
      }, UNCHECKED)
    },
    {
      id: "housing-quality",
      dimension: "housing",
      test: { kind: "dwelling", where: { fact: "durability", in: ["less-permanent", "simple"] } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 \u0111ang s\u1ED1ng trong nh\xE0 thi\u1EBFu ki\xEAn c\u1ED1 ho\u1EB7c nh\xE0 \u0111\u01A1n s\u01A1.",
        en: "The household lives in a less-permanent or simple dwelling."
      }, UNCHECKED)
    },
    {
      id: "housing-area",
      dimension: "housing",
      test: { kind: "per-member-below", fact: "floorArea", floor: "8" },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi c\u1EE7a h\u1ED9 nh\u1ECF h\u01A1n 8 m\xB2.",
        en: "Floor area per member is below 8 m\xB2 (strictly less)."
      }, UNCHECKED)
    },
    {
      id: "water",
      dimension: "water-sanitation",
      test: { kind: "dwelling", where: { fact: "hygienicWater", equals: false } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 kh\xF4ng \u0111\u01B0\u1EE3c ti\u1EBFp c\u1EADn ngu\u1ED3n n\u01B0\u1EDBc h\u1EE3p v\u1EC7 sinh.",
        en: "The household has no access to a hygienic domestic water source."
      }, UNCHECKED)
    },
    {
      id: "sanitation",
      dimension: "water-sanitation",
      test: { kind: "dwelling", where: { fact: "hygienicLatrine", equals: false } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 kh\xF4ng s\u1EED d\u1EE5ng h\u1ED1 x\xED/nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh.",
        en: "The household does not use a hygienic latrine."
      }, UNCHECKED)
    },
    {
      id: "telecom",
      dimension: "information",
      test: { kind: "no-member", where: { any: [{ fact: "phoneSubscription", equals: true }, { fact: "usesInternet", equals: true }] } },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 kh\xF4ng c\xF3 th\xE0nh vi\xEAn n\xE0o s\u1EED d\u1EE5ng thu\xEA bao \u0111i\u1EC7n tho\u1EA1i v\xE0 internet.",
        en: "No member of the household has a telephone subscription or uses the internet."
      }, UNCHECKED)
    },
    {
      id: "information-access",
      dimension: "information",
      test: {
        kind: "dwelling",
        where: {
          all: [
            { fact: "informationMeans", includesNoneOf: ["television", "radio", "computer"] },
            { fact: "hearsLoudspeaker", equals: false }
          ]
        }
      },
      citation: cite(DECISION_59_2015, INDICATORS, "C", {
        vi: "H\u1ED9 kh\xF4ng c\xF3 t\xE0i s\u1EA3n n\xE0o trong s\u1ED1: ti vi, radio, m\xE1y t\xEDnh; v\xE0 kh\xF4ng nghe \u0111\u01B0\u1EE3c h\u1EC7 th\u1ED1ng loa \u0111\xE0i truy\u1EC1n thanh x\xE3/th\xF4n.",
        en: "The household has none of: television, radio, computer; and cannot hear the commune/village loudspeaker system."
      }, UNCHECKED)
    }
  ]
};

// src/rules/vn-2016-2020/messages.en.ts
var messagesEn = {
  "ruleSet.title": "Multidimensional poverty standard 2016\u20132020",
  "incomeLine.poverty": "poverty line",
  "incomeLine.near-poverty": "near-poverty line",
  "incomeLine.average-ceiling": "ceiling of the average-living band",
  "dimension.health": "Health",
  "dimension.education": "Education",
  "dimension.housing": "Housing",
  "dimension.water-sanitation": "Clean water and sanitation",
  "dimension.information": "Information",
  "indicator.health-access.name": "Access to health services",
  "indicator.health-access.deprived": "{members} was ill and did not seek medical treatment",
  "indicator.health-access.not-deprived": "no member was ill without seeking medical treatment",
  "indicator.health-access.unknown": "not known whether {unknownMembers} was ill without seeking treatment",
  "indicator.health-insurance.name": "Health insurance",
  "indicator.health-insurance.deprived": "{members} aged 6 or over has no health insurance",
  "indicator.health-insurance.not-deprived": "every member aged 6 or over has health insurance",
  "indicator.health-insurance.unknown": "age or health insurance not known for {unknownMembers}",
  "indicator.adult-education.name": "Adult education",
  "indicator.adult-education.deprived": "{members} aged 15 or over, born in 1986 or later, has not completed lower-secondary school and is not in school",
  "indicator.adult-education.not-deprived": "no member aged 15 or over born in 1986 or later is out of school without lower-secondary completion",
  "indicator.adult-education.unknown": "age, year of birth, schooling or education level not known for {unknownMembers}",
  "indicator.school-attendance.name": "Children's school attendance",
  "indicator.school-attendance.deprived": "{members} aged 5\u201314 is not in school",
  "indicator.school-attendance.not-deprived": "every child aged 5\u201314 is in school",
  "indicator.school-attendance.unknown": "age or school attendance not known for {unknownMembers}",
  "indicator.housing-quality.name": "Housing quality",
  "indicator.housing-quality.deprived": "the dwelling is {fact:durability}",
  "indicator.housing-quality.not-deprived": "the dwelling is {fact:durability}",
  "indicator.housing-quality.unknown": "the type of dwelling is not known",
  "indicator.housing-area.name": "Floor area per person",
  "indicator.housing-area.deprived": "{value} m\xB2 per member, below {threshold} m\xB2",
  "indicator.housing-area.not-deprived": "{value} m\xB2 per member, at least {threshold} m\xB2",
  "indicator.housing-area.unknown": "the floor area is not known",
  "indicator.water.name": "Domestic water source",
  "indicator.water.deprived": "no access to a hygienic domestic water source",
  "indicator.water.not-deprived": "has a hygienic domestic water source",
  "indicator.water.unknown": "not known whether the water source is hygienic",
  "indicator.sanitation.name": "Hygienic latrine",
  "indicator.sanitation.deprived": "does not use a hygienic latrine",
  "indicator.sanitation.not-deprived": "uses a hygienic latrine",
  "indicator.sanitation.unknown": "the latrine is not known",
  "indicator.telecom.name": "Use of telecom services",
  "indicator.telecom.deprived": "no member has a telephone subscription or uses the internet",
  "indicator.telecom.not-deprived": "{members} has a telephone subscription or uses the internet",
  "indicator.telecom.unknown": "not known whether {unknownMembers} has a telephone subscription or uses the internet",
  "indicator.information-access.name": "Assets for access to information",
  "indicator.information-access.deprived": "has no television, radio or computer and cannot hear the commune/village loudspeaker",
  "indicator.information-access.not-deprived": "has a television, radio or computer, or can hear the commune/village loudspeaker",
  "indicator.information-access.unknown": "information assets or loudspeaker reach not known"
};

// src/rules/vn-2016-2020/messages.vi.ts
var messagesVi = {
  "ruleSet.title": "Chu\u1EA9n ngh\xE8o ti\u1EBFp c\u1EADn \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2016\u20132020",
  "incomeLine.poverty": "chu\u1EA9n ngh\xE8o",
  "incomeLine.near-poverty": "chu\u1EA9n c\u1EADn ngh\xE8o",
  "incomeLine.average-ceiling": "m\u1EE9c tr\u1EA7n c\u1EE7a h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh",
  "dimension.health": "Y t\u1EBF",
  "dimension.education": "Gi\xE1o d\u1EE5c",
  "dimension.housing": "Nh\xE0 \u1EDF",
  "dimension.water-sanitation": "N\u01B0\u1EDBc s\u1EA1ch v\xE0 v\u1EC7 sinh",
  "dimension.information": "Th\xF4ng tin",
  "indicator.health-access.name": "Ti\u1EBFp c\u1EADn c\xE1c d\u1ECBch v\u1EE5 y t\u1EBF",
  "indicator.health-access.deprived": "{members} b\u1ECB \u1ED1m \u0111au nh\u01B0ng kh\xF4ng \u0111i kh\xE1m ch\u1EEFa b\u1EC7nh",
  "indicator.health-access.not-deprived": "kh\xF4ng c\xF3 th\xE0nh vi\xEAn \u1ED1m \u0111au m\xE0 kh\xF4ng \u0111i kh\xE1m ch\u1EEFa b\u1EC7nh",
  "indicator.health-access.unknown": "ch\u01B0a bi\u1EBFt {unknownMembers} c\xF3 \u1ED1m \u0111au m\xE0 kh\xF4ng \u0111i kh\xE1m ch\u1EEFa b\u1EC7nh kh\xF4ng",
  "indicator.health-insurance.name": "B\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.deprived": "{members} t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn kh\xF4ng c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.not-deprived": "m\u1ECDi th\xE0nh vi\xEAn t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn \u0111\u1EC1u c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i ho\u1EB7c b\u1EA3o hi\u1EC3m y t\u1EBF c\u1EE7a {unknownMembers}",
  "indicator.adult-education.name": "Tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn",
  "indicator.adult-education.deprived": "{members} t\u1EEB 15 tu\u1ED5i tr\u1EDF l\xEAn, sinh t\u1EEB n\u0103m 1986 tr\u1EDF l\u1EA1i \u0111\xE2y, ch\u01B0a t\u1ED1t nghi\u1EC7p trung h\u1ECDc c\u01A1 s\u1EDF v\xE0 hi\u1EC7n kh\xF4ng \u0111i h\u1ECDc",
  "indicator.adult-education.not-deprived": "kh\xF4ng c\xF3 th\xE0nh vi\xEAn t\u1EEB 15 tu\u1ED5i tr\u1EDF l\xEAn sinh t\u1EEB n\u0103m 1986 ch\u01B0a t\u1ED1t nghi\u1EC7p trung h\u1ECDc c\u01A1 s\u1EDF m\xE0 kh\xF4ng \u0111i h\u1ECDc",
  "indicator.adult-education.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i, n\u0103m sinh, vi\u1EC7c \u0111i h\u1ECDc ho\u1EB7c tr\xECnh \u0111\u1ED9 c\u1EE7a {unknownMembers}",
  "indicator.school-attendance.name": "T\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em",
  "indicator.school-attendance.deprived": "{members} trong \u0111\u1ED9 tu\u1ED5i 5\u201314 hi\u1EC7n kh\xF4ng \u0111i h\u1ECDc",
  "indicator.school-attendance.not-deprived": "m\u1ECDi tr\u1EBB em 5\u201314 tu\u1ED5i \u0111\u1EC1u \u0111ang \u0111i h\u1ECDc",
  "indicator.school-attendance.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i ho\u1EB7c vi\u1EC7c \u0111i h\u1ECDc c\u1EE7a {unknownMembers}",
  "indicator.housing-quality.name": "Ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF",
  "indicator.housing-quality.deprived": "nh\xE0 \u1EDF {fact:durability}",
  "indicator.housing-quality.not-deprived": "nh\xE0 \u1EDF {fact:durability}",
  "indicator.housing-quality.unknown": "ch\u01B0a bi\u1EBFt lo\u1EA1i nh\xE0 \u1EDF",
  "indicator.housing-area.name": "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
  "indicator.housing-area.deprived": "{value} m\xB2/ng\u01B0\u1EDDi, nh\u1ECF h\u01A1n {threshold} m\xB2",
  "indicator.housing-area.not-deprived": "{value} m\xB2/ng\u01B0\u1EDDi, t\u1EEB {threshold} m\xB2 tr\u1EDF l\xEAn",
  "indicator.housing-area.unknown": "ch\u01B0a bi\u1EBFt di\u1EC7n t\xEDch nh\xE0 \u1EDF",
  "indicator.water.name": "Ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t",
  "indicator.water.deprived": "kh\xF4ng ti\u1EBFp c\u1EADn \u0111\u01B0\u1EE3c ngu\u1ED3n n\u01B0\u1EDBc h\u1EE3p v\u1EC7 sinh",
  "indicator.water.not-deprived": "c\xF3 ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t h\u1EE3p v\u1EC7 sinh",
  "indicator.water.unknown": "ch\u01B0a bi\u1EBFt ngu\u1ED3n n\u01B0\u1EDBc c\xF3 h\u1EE3p v\u1EC7 sinh kh\xF4ng",
  "indicator.sanitation.name": "H\u1ED1 x\xED/nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.deprived": "kh\xF4ng s\u1EED d\u1EE5ng h\u1ED1 x\xED/nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.not-deprived": "s\u1EED d\u1EE5ng h\u1ED1 x\xED/nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.unknown": "ch\u01B0a bi\u1EBFt v\u1EC1 h\u1ED1 x\xED/nh\xE0 ti\xEAu",
  "indicator.telecom.name": "S\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng",
  "indicator.telecom.deprived": "kh\xF4ng c\xF3 th\xE0nh vi\xEAn n\xE0o s\u1EED d\u1EE5ng thu\xEA bao \u0111i\u1EC7n tho\u1EA1i ho\u1EB7c internet",
  "indicator.telecom.not-deprived": "{members} s\u1EED d\u1EE5ng thu\xEA bao \u0111i\u1EC7n tho\u1EA1i ho\u1EB7c internet",
  "indicator.telecom.unknown": "ch\u01B0a bi\u1EBFt {unknownMembers} c\xF3 thu\xEA bao \u0111i\u1EC7n tho\u1EA1i ho\u1EB7c d\xF9ng internet kh\xF4ng",
  "indicator.information-access.name": "T\xE0i s\u1EA3n ph\u1EE5c v\u1EE5 ti\u1EBFp c\u1EADn th\xF4ng tin",
  "indicator.information-access.deprived": "kh\xF4ng c\xF3 ti vi, radio, m\xE1y t\xEDnh v\xE0 kh\xF4ng nghe \u0111\u01B0\u1EE3c loa \u0111\xE0i truy\u1EC1n thanh x\xE3/th\xF4n",
  "indicator.information-access.not-deprived": "c\xF3 ti vi, radio ho\u1EB7c m\xE1y t\xEDnh, ho\u1EB7c nghe \u0111\u01B0\u1EE3c loa \u0111\xE0i truy\u1EC1n thanh x\xE3/th\xF4n",
  "indicator.information-access.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 t\xE0i s\u1EA3n ti\u1EBFp c\u1EADn th\xF4ng tin ho\u1EB7c loa \u0111\xE0i truy\u1EC1n thanh"
};

// src/rules/vn-2016-2020/index.ts
var vn20162020 = defineRuleSet(VN_2016_2020_DATA, { vi: messagesVi, en: messagesEn });

// src/rules/vn-2022-2025/instruments.ts
var DECREE_07_2021 = {
  id: "decree-07-2021",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP", en: "Decree 07/2021/N\u0110-CP" },
  title: {
    vi: "Quy \u0111\u1ECBnh chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2021\u20132025",
    en: "Multidimensional poverty standards for the 2021\u20132025 period"
  },
  signed: "2021-01-27",
  inForce: "2021-03-15",
  role: {
    vi: "Chu\u1EA9n thu nh\u1EADp, 6 chi\u1EC1u v\xE0 12 ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t, ti\xEAu ch\xED h\u1ED9 ngh\xE8o, c\u1EADn ngh\xE8o, m\u1EE9c s\u1ED1ng trung b\xECnh (\u0110i\u1EC1u 3 v\xE0 Ph\u1EE5 l\u1EE5c).",
    en: "Income line, 6 dimensions and 12 deprivation indicators, criteria for poor, near-poor and average-living households (Art. 3 and Appendix)."
  }
};
var DECREE_351_2025 = {
  id: "decree-351-2025",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 351/2025/N\u0110-CP", en: "Decree 351/2025/N\u0110-CP" },
  title: {
    vi: "Quy \u0111\u1ECBnh chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2026\u20132030",
    en: "Multidimensional poverty standards for the 2026\u20132030 period"
  },
  signed: "2025-12-30",
  inForce: "2025-12-30",
  role: {
    vi: "Ti\u1EBFp t\u1EE5c \xE1p d\u1EE5ng chu\u1EA9n ngh\xE8o theo \u0110i\u1EC1u 3 Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP \u0111\u1EBFn h\u1EBFt ng\xE0y 31/12/2026.",
    en: "Keeps the standard of Decree 07/2021/N\u0110-CP Art. 3 in use until 31 Dec 2026."
  }
};
var LABOUR_CODE_2019 = {
  id: "labour-code-2019",
  name: { vi: "B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng 2019 (Lu\u1EADt 45/2019/QH14)", en: "Labour Code 2019 (Law 45/2019/QH14)" },
  title: { vi: "B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng", en: "Labour Code" },
  signed: "2019-11-20",
  inForce: "2021-01-01",
  role: {
    vi: "Tu\u1ED5i ngh\u1EC9 h\u01B0u theo l\u1ED9 tr\xECnh (\u0110i\u1EC1u 169), d\xF9ng \u0111\u1EC3 x\xE1c \u0111\u1ECBnh \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng.",
    en: "Retirement-age roadmap (Art. 169), used for working age."
  }
};
var DECREE_135_2020 = {
  id: "decree-135-2020",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 135/2020/N\u0110-CP", en: "Decree 135/2020/N\u0110-CP" },
  title: { vi: "Quy \u0111\u1ECBnh v\u1EC1 tu\u1ED5i ngh\u1EC9 h\u01B0u", en: "On retirement age" },
  signed: "2020-11-18",
  inForce: "2021-01-01",
  role: {
    vi: "Tu\u1ED5i ngh\u1EC9 h\u01B0u c\u1EE7a ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong \u0111i\u1EC1u ki\u1EC7n lao \u0111\u1ED9ng b\xECnh th\u01B0\u1EDDng theo t\u1EEBng n\u0103m (\u0110i\u1EC1u 4).",
    en: "Retirement age under normal working conditions, year by year (Art. 4)."
  }
};
var CIRCULAR_07_2021 = {
  id: "circular-07-2021",
  name: { vi: "Th\xF4ng t\u01B0 07/2021/TT-BL\u0110TBXH", en: "Circular 07/2021/TT-BL\u0110TBXH" },
  title: {
    vi: "H\u01B0\u1EDBng d\u1EABn ph\u01B0\u01A1ng ph\xE1p r\xE0 so\xE1t, ph\xE2n lo\u1EA1i h\u1ED9 ngh\xE8o, h\u1ED9 c\u1EADn ngh\xE8o; x\xE1c \u0111\u1ECBnh thu nh\u1EADp c\u1EE7a h\u1ED9 l\xE0m n\xF4ng nghi\u1EC7p, l\xE2m nghi\u1EC7p, ng\u01B0 nghi\u1EC7p v\xE0 di\xEAm nghi\u1EC7p c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh giai \u0111o\u1EA1n 2022\u20132025 v\xE0 m\u1EABu bi\u1EC3u b\xE1o c\xE1o",
    en: "Guidance on the method of reviewing and classifying poor and near-poor households for 2022\u20132025, and report forms"
  },
  signed: "2021-07-18",
  inForce: "2021-09-01",
  role: {
    vi: "Phi\u1EBFu r\xE0 so\xE1t: \u0111i\u1EC3m \u01B0\u1EDBc l\u01B0\u1EE3ng thu nh\u1EADp (\u0111i\u1EC3m A/B1) v\xE0 ng\u01B0\u1EE1ng \u0111i\u1EC3m t\u01B0\u01A1ng \u1EE9ng v\u1EDBi chu\u1EA9n thu nh\u1EADp.",
    en: "Review forms: the income-proxy score (score A/B1) and the score thresholds that stand for the income line."
  }
};
var DECREE_30_2025 = {
  id: "decree-30-2025",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 30/2025/N\u0110-CP", en: "Decree 30/2025/N\u0110-CP" },
  title: {
    vi: "S\u1EEDa \u0111\u1ED5i, b\u1ED5 sung m\u1ED9t s\u1ED1 \u0111i\u1EC1u c\u1EE7a Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP quy \u0111\u1ECBnh chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2021\u20132025",
    en: "Amending Decree 07/2021/N\u0110-CP on the multidimensional poverty standards for 2021\u20132025"
  },
  signed: "2025-02-24",
  inForce: "2025-02-24",
  role: {
    vi: "B\u1ED5 sung chu\u1EA9n ng\u01B0\u1EDDi lao \u0111\u1ED9ng c\xF3 thu nh\u1EADp th\u1EA5p: ng\u01B0\u1EDDi lao \u0111\u1ED9ng thu\u1ED9c h\u1ED9 kh\xF4ng ngh\xE8o, kh\xF4ng c\u1EADn ngh\xE8o c\xF3 thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng \u0111\u1EBFn 2.250.000 \u0111\u1ED3ng (n\xF4ng th\xF4n), 3.000.000 \u0111\u1ED3ng (th\xE0nh th\u1ECB).",
    en: "Adds the low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income up to VND 2,250,000 (rural) or 3,000,000 (urban)."
  }
};

// src/rules/vn-2022-2025/data.ts
function cite2(instrument, where, confidence, paraphrase, note) {
  return {
    instrument: { id: instrument.id, name: instrument.name },
    ...where,
    paraphrase,
    confidence,
    ...note === void 0 ? {} : { note }
  };
}
var art3 = (clause, point) => point === void 0 ? { article: "3", clause } : { article: "3", clause, point };
var appendix = (item) => ({ article: "3", clause: "1", point: "b", appendix: "", item });
var UNCHECKED2 = {
  vi: "Ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t theo di\u1EC5n gi\u1EA3i ph\u1ED5 bi\u1EBFn; ch\u01B0a \u0111\u1ED1i chi\u1EBFu t\u1EEBng ch\u1EEF v\u1EDBi v\u0103n b\u1EA3n ch\xEDnh th\u1EE9c trong Ph\u1EE5 l\u1EE5c.",
  en: "Threshold as widely reported; not yet checked word for word against the official Appendix text."
};
var VN_2022_2025_DATA = {
  id: "vn-2022-2025",
  // 1.1.0: adds the effective-period citations, the review tool's score thresholds (Circular
  // 07/2021) and the low-income-worker rule (Decree 30/2025); categories are unchanged.
  version: "1.1.0",
  status: "in-force",
  title: {
    vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2022\u20132025 (\xE1p d\u1EE5ng \u0111\u1EBFn h\u1EBFt n\u0103m 2026)",
    en: "Multidimensional poverty standard 2022\u20132025 (applied until the end of 2026)"
  },
  instruments: [DECREE_07_2021, DECREE_351_2025, LABOUR_CODE_2019, DECREE_135_2020, CIRCULAR_07_2021, DECREE_30_2025],
  effective: {
    from: "2022-01-01",
    to: "2026-12-31",
    citations: [
      cite2(DECREE_07_2021, { article: "3" }, "A", {
        vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2022\u20132025.",
        en: "Multidimensional poverty standard for the 2022\u20132025 period."
      }),
      cite2(DECREE_351_2025, {}, "A", {
        vi: "Ti\u1EBFp t\u1EE5c \xE1p d\u1EE5ng chu\u1EA9n ngh\xE8o theo \u0110i\u1EC1u 3 Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP \u0111\u1EBFn h\u1EBFt ng\xE0y 31/12/2026.",
        en: "The standard of Decree 07/2021/N\u0110-CP Art. 3 continues to apply until 31 Dec 2026."
      }, {
        vi: "Ch\u01B0a x\xE1c \u0111\u1ECBnh \u0111i\u1EC1u, kho\u1EA3n c\u1EE5 th\u1EC3 c\u1EE7a Ngh\u1ECB \u0111\u1ECBnh 351/2025/N\u0110-CP.",
        en: "The article and clause of Decree 351/2025/N\u0110-CP are not yet identified."
      })
    ]
  },
  incomePeriod: "month",
  incomeLines: [
    {
      id: "poverty",
      amounts: { rural: "1500000", urban: "2000000" },
      citation: cite2(DECREE_07_2021, art3("1", "a"), "A", {
        vi: "Chu\u1EA9n thu nh\u1EADp: 1.500.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF n\xF4ng th\xF4n; 2.000.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF th\xE0nh th\u1ECB.",
        en: "Income line: VND 1,500,000 per person per month in rural areas; VND 2,000,000 in urban areas."
      })
    },
    {
      id: "average-ceiling",
      amounts: { rural: "2250000", urban: "3000000" },
      citation: cite2(DECREE_07_2021, art3("2", "c"), "A", {
        vi: "H\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng tr\xEAn 1.500.000 \u0111\u1EBFn 2.250.000 \u0111\u1ED3ng (n\xF4ng th\xF4n), tr\xEAn 2.000.000 \u0111\u1EBFn 3.000.000 \u0111\u1ED3ng (th\xE0nh th\u1ECB).",
        en: "Average living standard: monthly per-capita income above VND 1,500,000 up to 2,250,000 (rural), above 2,000,000 up to 3,000,000 (urban)."
      })
    }
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite2(DECREE_07_2021, art3("2", "a"), "A", {
      vi: "Thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 \u0111o l\u01B0\u1EDDng m\u1EE9c \u0111\u1ED9 thi\u1EBFu h\u1EE5t d\u1ECBch v\u1EE5 x\xE3 h\u1ED9i c\u01A1 b\u1EA3n tr\u1EDF l\xEAn.",
      en: "Deprived on 3 or more of the indicators of basic social services."
    })
  },
  categoryRules: [
    {
      category: "poor",
      income: { atOrBelow: "poverty" },
      deprivations: "at-least-cut",
      citation: cite2(DECREE_07_2021, art3("2", "a"), "A", {
        vi: "H\u1ED9 ngh\xE8o: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB chu\u1EA9n thu nh\u1EADp tr\u1EDF xu\u1ED1ng V\xC0 thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn.",
        en: "Poor: monthly per-capita income at or below the income line AND deprived on 3 or more indicators."
      }, {
        vi: 'M\u1ED9t s\u1ED1 b\u1EA3n tin ti\u1EBFng Anh vi\u1EBFt "ho\u1EB7c": sai \u2014 v\u0103n b\u1EA3n d\xF9ng "v\xE0".',
        en: 'Some English news reports say "or": wrong \u2014 the decree says "and".'
      })
    },
    {
      category: "near-poor",
      income: { atOrBelow: "poverty" },
      deprivations: "below-cut",
      citation: cite2(DECREE_07_2021, art3("2", "b"), "A", {
        vi: "H\u1ED9 c\u1EADn ngh\xE8o: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB chu\u1EA9n thu nh\u1EADp tr\u1EDF xu\u1ED1ng V\xC0 thi\u1EBFu h\u1EE5t d\u01B0\u1EDBi 03 ch\u1EC9 s\u1ED1.",
        en: "Near-poor: monthly per-capita income at or below the income line AND deprived on fewer than 3 indicators."
      })
    },
    {
      category: "average",
      income: { above: "poverty", atOrBelow: "average-ceiling" },
      citation: cite2(DECREE_07_2021, art3("2", "c"), "A", {
        vi: "H\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: thu nh\u1EADp tr\xEAn chu\u1EA9n thu nh\u1EADp \u0111\u1EBFn 1,5 l\u1EA7n chu\u1EA9n; kh\xF4ng x\xE9t ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t.",
        en: "Average living standard: income above the line up to 1.5 times the line; deprivations are not considered."
      })
    },
    {
      category: "above-average",
      income: { above: "average-ceiling" },
      citation: cite2(DECREE_07_2021, art3("2"), "A", {
        vi: "Thu nh\u1EADp tr\xEAn m\u1EE9c tr\u1EA7n c\u1EE7a h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh: kh\xF4ng thu\u1ED9c h\u1ED9 ngh\xE8o, c\u1EADn ngh\xE8o hay m\u1EE9c s\u1ED1ng trung b\xECnh.",
        en: "Income above the average-living ceiling: neither poor, near-poor nor average living standard."
      })
    }
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2021, baseMonths: 723, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2021, baseMonths: 664, stepMonths: 4, capMonths: 720 }
    },
    citation: cite2(DECREE_135_2020, { article: "4", clause: "1" }, "A", {
      vi: "\u0110\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng: t\u1EEB \u0111\u1EE7 15 tu\u1ED5i \u0111\u1EBFn tu\u1ED5i ngh\u1EC9 h\u01B0u. Tu\u1ED5i ngh\u1EC9 h\u01B0u: nam 60 tu\u1ED5i 3 th\xE1ng n\u0103m 2021, m\u1ED7i n\u0103m t\u0103ng 3 th\xE1ng \u0111\u1EBFn 62 tu\u1ED5i (2028); n\u1EEF 55 tu\u1ED5i 4 th\xE1ng n\u0103m 2021, m\u1ED7i n\u0103m t\u0103ng 4 th\xE1ng \u0111\u1EBFn 60 tu\u1ED5i (2035).",
      en: "Working age: from 15 full years up to the retirement age. Retirement age: men 60 years 3 months in 2021, +3 months a year to 62 (2028); women 55 years 4 months in 2021, +4 months a year to 60 (2035)."
    }, {
      vi: "B\u1ED9 lu\u1EADt Lao \u0111\u1ED9ng 2019, \u0110i\u1EC1u 169 kho\u1EA3n 2. Khi ch\u1EC9 bi\u1EBFt s\u1ED1 tu\u1ED5i tr\xF2n, ng\u01B0\u1EDDi c\xF3 tu\u1ED5i ngh\u1EC9 h\u01B0u r\u01A1i v\xE0o n\u0103m tu\u1ED5i \u0111\xF3 \u0111\u01B0\u1EE3c coi l\xE0 ch\u01B0a x\xE1c \u0111\u1ECBnh (tr\u1EEB khi cho bi\u1EBFt s\u1ED1 th\xE1ng).",
      en: "Labour Code 2019 Art. 169 cl. 2. When only completed years are known and the retirement age falls within that year of age, working age is unknown (unless the months are given)."
    })
  },
  dimensions: [
    { id: "employment", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u vi\u1EC7c l\xE0m: ch\u1EC9 s\u1ED1 vi\u1EC7c l\xE0m; ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c trong h\u1ED9 gia \u0111\xECnh.", en: "Employment dimension: employment; dependants in the household." }) },
    { id: "health", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u y t\u1EBF: dinh d\u01B0\u1EE1ng; b\u1EA3o hi\u1EC3m y t\u1EBF.", en: "Health dimension: nutrition; health insurance." }) },
    { id: "education", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u gi\xE1o d\u1EE5c: tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn; t\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em.", en: "Education dimension: adult education; children's school attendance." }) },
    { id: "housing", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u nh\xE0 \u1EDF: ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF; di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi.", en: "Housing dimension: housing quality; floor area per person." }) },
    { id: "water-sanitation", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u n\u01B0\u1EDBc sinh ho\u1EA1t v\xE0 v\u1EC7 sinh: ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t; nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh.", en: "Water and sanitation dimension: domestic water source; hygienic latrine." }) },
    { id: "information", citation: cite2(DECREE_07_2021, art3("1", "b"), "A", { vi: "Chi\u1EC1u th\xF4ng tin: s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng; ph\u01B0\u01A1ng ti\u1EC7n ph\u1EE5c v\u1EE5 ti\u1EBFp c\u1EADn th\xF4ng tin.", en: "Information dimension: use of telecom services; means of access to information." }) }
  ],
  indicators: [
    {
      id: "employment",
      dimension: "employment",
      test: {
        kind: "any-member",
        where: {
          all: [
            { workingAge: true },
            { any: [{ fact: "employment", equals: "unemployed" }, { all: [{ fact: "employment", equals: "wage-worker" }, { fact: "labourContract", equals: false }] }] }
          ]
        }
      },
      citation: cite2(DECREE_07_2021, appendix("1.1"), "B", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 ng\u01B0\u1EDDi trong \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng \u0111ang th\u1EA5t nghi\u1EC7p, ho\u1EB7c l\xE0m c\xF4ng vi\u1EC7c c\xF3 ti\u1EC1n c\xF4ng, ti\u1EC1n l\u01B0\u01A1ng nh\u01B0ng kh\xF4ng c\xF3 h\u1EE3p \u0111\u1ED3ng lao \u0111\u1ED9ng.",
        en: "At least one member of working age is unemployed, or works for wages without a labour contract."
      })
    },
    {
      id: "dependants",
      dimension: "employment",
      test: {
        kind: "member-share-above",
        share: "0.5",
        where: {
          fact: "dependant",
          equals: true,
          ifUnknown: { any: [{ age: { max: 15 } }, { fact: "monthlySocialAllowance", equals: true }] }
        }
      },
      citation: cite2(DECREE_07_2021, appendix("1.2"), "B", {
        vi: "T\u1EF7 l\u1EC7 ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c trong t\u1ED5ng s\u1ED1 nh\xE2n kh\u1EA9u c\u1EE7a h\u1ED9 l\u1EDBn h\u01A1n 50%.",
        en: "Dependants are more than 50% of the members of the household."
      }, {
        vi: "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c do h\u01B0\u1EDBng d\u1EABn r\xE0 so\xE1t x\xE1c \u0111\u1ECBnh; khi kh\xF4ng khai b\xE1o, th\u01B0 vi\u1EC7n coi l\xE0 ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c: tr\u1EBB em d\u01B0\u1EDBi 16 tu\u1ED5i v\xE0 ng\u01B0\u1EDDi (cao tu\u1ED5i, khuy\u1EBFt t\u1EADt) \u0111ang h\u01B0\u1EDFng tr\u1EE3 c\u1EA5p x\xE3 h\u1ED9i h\u1EB1ng th\xE1ng.",
        en: "Who is a dependant is set by the review guidance; when not stated, the library counts children under 16 and (elderly or disabled) people receiving a monthly social allowance."
      })
    },
    {
      id: "nutrition",
      dimension: "health",
      test: {
        kind: "any-member",
        where: { all: [{ age: { max: 15 } }, { any: [{ fact: "stunted", equals: true }, { fact: "underweight", equals: true }] }] }
      },
      citation: cite2(DECREE_07_2021, appendix("2.1"), "B", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 tr\u1EBB em d\u01B0\u1EDBi 16 tu\u1ED5i b\u1ECB suy dinh d\u01B0\u1EE1ng chi\u1EC1u cao theo tu\u1ED5i ho\u1EB7c c\xE2n n\u1EB7ng theo tu\u1ED5i.",
        en: "At least one child under 16 is stunted (height-for-age) or underweight (weight-for-age)."
      })
    },
    {
      id: "health-insurance",
      dimension: "health",
      test: {
        kind: "any-member",
        where: { all: [{ age: { min: 6 } }, { fact: "healthInsurance", equals: false }] }
      },
      citation: cite2(DECREE_07_2021, appendix("2.2"), "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 th\xE0nh vi\xEAn t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn hi\u1EC7n kh\xF4ng c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF.",
        en: "At least one member aged 6 or over has no health insurance."
      }, UNCHECKED2)
    },
    {
      id: "adult-education",
      dimension: "education",
      test: {
        kind: "any-member",
        where: {
          all: [
            { age: { min: 16, max: 30 } },
            { fact: "inEducationOrTraining", equals: false },
            {
              any: [
                { all: [{ age: { min: 16, max: 18 } }, { fact: "educationLevel", in: ["none", "primary"] }] },
                { all: [{ age: { min: 19, max: 30 } }, { fact: "educationLevel", in: ["none", "primary", "lower-secondary"] }] }
              ]
            }
          ]
        }
      },
      citation: cite2(DECREE_07_2021, appendix("3.1"), "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 th\xE0nh vi\xEAn t\u1EEB 16 \u0111\u1EBFn 30 tu\u1ED5i kh\xF4ng tham gia h\u1ECDc t\u1EADp, \u0111\xE0o t\u1EA1o v\xE0 kh\xF4ng c\xF3 b\u1EB1ng c\u1EA5p ph\xF9 h\u1EE3p v\u1EDBi \u0111\u1ED9 tu\u1ED5i (16\u201318 tu\u1ED5i: t\u1ED1t nghi\u1EC7p trung h\u1ECDc c\u01A1 s\u1EDF; 19\u201330 tu\u1ED5i: t\u1ED1t nghi\u1EC7p trung h\u1ECDc ph\u1ED5 th\xF4ng ho\u1EB7c c\xF3 tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c ngh\u1EC1 nghi\u1EC7p).",
        en: "At least one member aged 16\u201330 is not in education or training and lacks the qualification expected for their age (16\u201318: lower-secondary; 19\u201330: upper-secondary or a vocational qualification)."
      }, UNCHECKED2)
    },
    {
      id: "school-attendance",
      dimension: "education",
      test: {
        kind: "any-member",
        where: { all: [{ age: { min: 3, max: 15 } }, { fact: "schoolAttendance", in: ["not-attending", "below-level"] }] }
      },
      citation: cite2(DECREE_07_2021, appendix("3.2"), "C", {
        vi: "H\u1ED9 c\xF3 \xEDt nh\u1EA5t 01 tr\u1EBB em t\u1EEB 3 tu\u1ED5i \u0111\u1EBFn d\u01B0\u1EDBi 16 tu\u1ED5i kh\xF4ng \u0111\u01B0\u1EE3c h\u1ECDc \u0111\xFAng b\u1EADc, c\u1EA5p h\u1ECDc ph\xF9 h\u1EE3p v\u1EDBi \u0111\u1ED9 tu\u1ED5i.",
        en: "At least one child aged 3 to under 16 does not attend the school level appropriate to their age."
      }, UNCHECKED2)
    },
    {
      id: "housing-quality",
      dimension: "housing",
      test: { kind: "dwelling", where: { fact: "durability", in: ["less-permanent", "simple"] } },
      citation: cite2(DECREE_07_2021, appendix("4.1"), "C", {
        vi: "H\u1ED9 \u0111ang s\u1ED1ng trong nh\xE0 \u1EDF kh\xF4ng b\u1EC1n ch\u1EAFc (nh\xE0 thi\u1EBFu ki\xEAn c\u1ED1 ho\u1EB7c nh\xE0 \u0111\u01A1n s\u01A1).",
        en: "The household lives in a dwelling that is not durable (less-permanent or simple)."
      }, UNCHECKED2)
    },
    {
      id: "housing-area",
      dimension: "housing",
      test: { kind: "per-member-below", fact: "floorArea", floor: "8" },
      citation: cite2(DECREE_07_2021, appendix("4.2"), "C", {
        vi: "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi c\u1EE7a h\u1ED9 d\u01B0\u1EDBi 8 m\xB2.",
        en: "Floor area per member is below 8 m\xB2 (strictly less)."
      }, UNCHECKED2)
    },
    {
      id: "water",
      dimension: "water-sanitation",
      test: { kind: "dwelling", where: { fact: "safeWater", equals: false } },
      citation: cite2(DECREE_07_2021, appendix("5.1"), "C", {
        vi: "H\u1ED9 kh\xF4ng \u0111\u01B0\u1EE3c ti\u1EBFp c\u1EADn ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t an to\xE0n.",
        en: "The household has no access to a safe domestic water source."
      }, UNCHECKED2)
    },
    {
      id: "sanitation",
      dimension: "water-sanitation",
      test: { kind: "dwelling", where: { fact: "hygienicLatrine", equals: false } },
      citation: cite2(DECREE_07_2021, appendix("5.2"), "C", {
        vi: "H\u1ED9 kh\xF4ng s\u1EED d\u1EE5ng nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh.",
        en: "The household does not use a hygienic latrine."
      }, UNCHECKED2)
    },
    {
      id: "telecom",
      dimension: "information",
      test: { kind: "no-member", where: { fact: "usesInternet", equals: true } },
      citation: cite2(DECREE_07_2021, appendix("6.1"), "C", {
        vi: "H\u1ED9 kh\xF4ng c\xF3 th\xE0nh vi\xEAn n\xE0o s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 internet.",
        en: "No member of the household uses internet services."
      }, UNCHECKED2)
    },
    {
      id: "information-access",
      dimension: "information",
      test: {
        kind: "dwelling",
        where: {
          all: [
            { fact: "informationMeans", includesNoneOf: ["television", "radio", "computer", "smartphone"] },
            { fact: "hearsLoudspeaker", equals: false }
          ]
        }
      },
      citation: cite2(DECREE_07_2021, appendix("6.2"), "C", {
        vi: "H\u1ED9 kh\xF4ng c\xF3 ph\u01B0\u01A1ng ti\u1EC7n n\xE0o trong s\u1ED1: ti vi, radio, m\xE1y t\xEDnh, \u0111i\u1EC7n tho\u1EA1i th\xF4ng minh; v\xE0 kh\xF4ng nghe \u0111\u01B0\u1EE3c h\u1EC7 th\u1ED1ng loa \u0111\xE0i truy\u1EC1n thanh x\xE3/th\xF4n.",
        en: "The household has none of: television, radio, computer, smartphone; and cannot hear the commune/village loudspeaker system."
      }, {
        vi: 'Danh s\xE1ch ph\u01B0\u01A1ng ti\u1EC7n theo di\u1EC5n gi\u1EA3i ph\u1ED5 bi\u1EBFn ("\u2026"); c\u1EA7n \u0111\u1ED1i chi\u1EBFu danh s\xE1ch \u0111\u1EA7y \u0111\u1EE7 trong Ph\u1EE5 l\u1EE5c.',
        en: 'List of means as commonly reported (ends in "\u2026"); check the full list in the Appendix.'
      })
    }
  ],
  incomeScore: {
    line: "poverty",
    thresholds: { rural: "140", urban: "175" },
    citation: cite2(CIRCULAR_07_2021, {}, "B", {
      vi: "\u0110i\u1EC3m \u01B0\u1EDBc l\u01B0\u1EE3ng thu nh\u1EADp tr\xEAn phi\u1EBFu r\xE0 so\xE1t (\u0111i\u1EC3m A/B1): n\xF4ng th\xF4n t\u1EEB 140 \u0111i\u1EC3m tr\u1EDF xu\u1ED1ng, th\xE0nh th\u1ECB t\u1EEB 175 \u0111i\u1EC3m tr\u1EDF xu\u1ED1ng t\u01B0\u01A1ng \u1EE9ng thu nh\u1EADp t\u1EEB chu\u1EA9n thu nh\u1EADp tr\u1EDF xu\u1ED1ng (1.500.000 / 2.000.000 \u0111\u1ED3ng). \u0110i\u1EC3m kh\xF4ng cho bi\u1EBFt h\u1ED9 c\xF3 thu\u1ED9c d\u1EA3i m\u1EE9c s\u1ED1ng trung b\xECnh hay kh\xF4ng.",
      en: "Income-proxy score on the review form (score A/B1): rural 140 or less, urban 175 or less stands for income at or below the income line (VND 1,500,000 / 2,000,000). A score says nothing about the average-living band."
    }, {
      vi: "M\u1ED9t ngu\u1ED3n (thukyluat.vn); s\u1EEDa \u0111\u1ED5i b\u1EDFi Th\xF4ng t\u01B0 02/2022/TT-BL\u0110TBXH. B\u1EA3ng \u0111i\u1EC3m theo \u0111\u1EB7c \u0111i\u1EC3m c\u1EE7a h\u1ED9 kh\xF4ng c\xF3 trong th\u01B0 vi\u1EC7n.",
      en: "One source (thukyluat.vn); amended by Circular 02/2022/TT-BL\u0110TBXH. The per-characteristic point tables are not in the library."
    })
  },
  lowIncomeWorker: {
    atOrBelow: "average-ceiling",
    excludedCategories: ["poor", "near-poor"],
    citation: cite2(DECREE_30_2025, {}, "B", {
      vi: "Ng\u01B0\u1EDDi lao \u0111\u1ED9ng c\xF3 thu nh\u1EADp th\u1EA5p: ng\u01B0\u1EDDi lao \u0111\u1ED9ng thu\u1ED9c h\u1ED9 gia \u0111\xECnh kh\xF4ng ph\u1EA3i h\u1ED9 ngh\xE8o, h\u1ED9 c\u1EADn ngh\xE8o, c\xF3 thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB 2.250.000 \u0111\u1ED3ng tr\u1EDF xu\u1ED1ng (n\xF4ng th\xF4n), t\u1EEB 3.000.000 \u0111\u1ED3ng tr\u1EDF xu\u1ED1ng (th\xE0nh th\u1ECB).",
      en: "Low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income of VND 2,250,000 or less (rural), 3,000,000 or less (urban)."
    }, {
      vi: "Ch\u01B0a x\xE1c \u0111\u1ECBnh \u0111i\u1EC1u, kho\u1EA3n c\u1EE5 th\u1EC3. Th\u01B0 vi\u1EC7n kh\xF4ng ki\u1EC3m tra ng\xE0y r\xE0 so\xE1t so v\u1EDBi ng\xE0y Ngh\u1ECB \u0111\u1ECBnh 30/2025/N\u0110-CP c\xF3 hi\u1EC7u l\u1EF1c, v\xE0 ch\u1EC9 cho bi\u1EBFt h\u1ED9 c\xF3 \u0111\xE1p \u1EE9ng \u0111i\u1EC1u ki\u1EC7n v\u1EC1 h\u1ED9 v\xE0 thu nh\u1EADp; t\u1EEBng ng\u01B0\u1EDDi c\xF3 ph\u1EA3i l\xE0 ng\u01B0\u1EDDi lao \u0111\u1ED9ng hay kh\xF4ng do ng\u01B0\u1EDDi d\xF9ng x\xE1c \u0111\u1ECBnh.",
      en: "Article and clause not yet identified. The library does not check the review date against the date Decree 30/2025/N\u0110-CP came into force, and only tells whether the household meets the household and income conditions; whether each person is a worker is for the user to decide."
    })
  }
};

// src/rules/vn-2022-2025/messages.en.ts
var messagesEn2 = {
  "ruleSet.title": "Multidimensional poverty standard 2022\u20132025",
  "incomeLine.poverty": "income poverty line",
  "incomeLine.average-ceiling": "ceiling of the average-living band",
  "dimension.employment": "Employment",
  "dimension.health": "Health",
  "dimension.education": "Education",
  "dimension.housing": "Housing",
  "dimension.water-sanitation": "Water and sanitation",
  "dimension.information": "Information",
  "indicator.employment.name": "Employment",
  "indicator.employment.deprived": "{members} of working age is unemployed or works for wages without a labour contract",
  "indicator.employment.not-deprived": "no member of working age is unemployed or works for wages without a labour contract",
  "indicator.employment.unknown": "age, sex, employment or labour contract not known for {unknownMembers}",
  "indicator.dependants.name": "Dependants in the household",
  "indicator.dependants.deprived": "{count} of {size} members are dependants ({valuePercent}), more than {thresholdPercent}",
  "indicator.dependants.not-deprived": "{count} of {size} members are dependants ({valuePercent}), not more than {thresholdPercent}",
  "indicator.dependants.unknown": "not known whether {unknownMembers} are dependants; the share could exceed {thresholdPercent}",
  "indicator.nutrition.name": "Nutrition",
  "indicator.nutrition.deprived": "{members} under 16 is stunted or underweight",
  "indicator.nutrition.not-deprived": "no child under 16 is stunted or underweight",
  "indicator.nutrition.unknown": "age or nutrition status not known for {unknownMembers}",
  "indicator.health-insurance.name": "Health insurance",
  "indicator.health-insurance.deprived": "{members} aged 6 or over has no health insurance",
  "indicator.health-insurance.not-deprived": "every member aged 6 or over has health insurance",
  "indicator.health-insurance.unknown": "age or health insurance not known for {unknownMembers}",
  "indicator.adult-education.name": "Adult education",
  "indicator.adult-education.deprived": "{members} aged 16\u201330 is not in education or training and lacks the qualification expected for their age",
  "indicator.adult-education.not-deprived": "no member aged 16\u201330 lacks the expected qualification while out of education or training",
  "indicator.adult-education.unknown": "age, schooling or qualification not known for {unknownMembers}",
  "indicator.school-attendance.name": "Children's school attendance",
  "indicator.school-attendance.deprived": "{members} aged 3 to under 16 does not attend the school level appropriate to their age",
  "indicator.school-attendance.not-deprived": "every child aged 3 to under 16 attends the appropriate school level",
  "indicator.school-attendance.unknown": "age or school attendance not known for {unknownMembers}",
  "indicator.housing-quality.name": "Housing quality",
  "indicator.housing-quality.deprived": "the dwelling is {fact:durability}, not durable",
  "indicator.housing-quality.not-deprived": "the dwelling is {fact:durability}",
  "indicator.housing-quality.unknown": "the type of dwelling is not known",
  "indicator.housing-area.name": "Floor area per person",
  "indicator.housing-area.deprived": "{value} m\xB2 per member, below {threshold} m\xB2",
  "indicator.housing-area.not-deprived": "{value} m\xB2 per member, at least {threshold} m\xB2",
  "indicator.housing-area.unknown": "the floor area is not known",
  "indicator.water.name": "Domestic water source",
  "indicator.water.deprived": "no access to a safe domestic water source",
  "indicator.water.not-deprived": "has a safe domestic water source",
  "indicator.water.unknown": "the water source is not known",
  "indicator.sanitation.name": "Hygienic latrine",
  "indicator.sanitation.deprived": "does not use a hygienic latrine",
  "indicator.sanitation.not-deprived": "uses a hygienic latrine",
  "indicator.sanitation.unknown": "the latrine is not known",
  "indicator.telecom.name": "Use of telecom services",
  "indicator.telecom.deprived": "no member uses internet services",
  "indicator.telecom.not-deprived": "{members} uses internet services",
  "indicator.telecom.unknown": "not known whether {unknownMembers} uses the internet",
  "indicator.information-access.name": "Means of access to information",
  "indicator.information-access.deprived": "has no television, radio, computer or smartphone and cannot hear the commune/village loudspeaker",
  "indicator.information-access.not-deprived": "has a means of access to information or can hear the commune/village loudspeaker",
  "indicator.information-access.unknown": "means of information or loudspeaker reach not known"
};

// src/rules/vn-2022-2025/messages.vi.ts
var messagesVi2 = {
  "ruleSet.title": "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2022\u20132025",
  "incomeLine.poverty": "chu\u1EA9n ngh\xE8o v\u1EC1 thu nh\u1EADp",
  "incomeLine.average-ceiling": "m\u1EE9c tr\u1EA7n c\u1EE7a h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh",
  "dimension.employment": "Vi\u1EC7c l\xE0m",
  "dimension.health": "Y t\u1EBF",
  "dimension.education": "Gi\xE1o d\u1EE5c",
  "dimension.housing": "Nh\xE0 \u1EDF",
  "dimension.water-sanitation": "N\u01B0\u1EDBc sinh ho\u1EA1t v\xE0 v\u1EC7 sinh",
  "dimension.information": "Th\xF4ng tin",
  "indicator.employment.name": "Vi\u1EC7c l\xE0m",
  "indicator.employment.deprived": "{members} trong \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng \u0111ang th\u1EA5t nghi\u1EC7p ho\u1EB7c l\xE0m c\xF4ng \u0103n l\u01B0\u01A1ng kh\xF4ng c\xF3 h\u1EE3p \u0111\u1ED3ng lao \u0111\u1ED9ng",
  "indicator.employment.not-deprived": "kh\xF4ng c\xF3 th\xE0nh vi\xEAn trong \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng th\u1EA5t nghi\u1EC7p ho\u1EB7c l\xE0m c\xF4ng \u0103n l\u01B0\u01A1ng kh\xF4ng c\xF3 h\u1EE3p \u0111\u1ED3ng lao \u0111\u1ED9ng",
  "indicator.employment.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i, gi\u1EDBi t\xEDnh, vi\u1EC7c l\xE0m ho\u1EB7c h\u1EE3p \u0111\u1ED3ng lao \u0111\u1ED9ng c\u1EE7a {unknownMembers}",
  "indicator.dependants.name": "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c trong h\u1ED9 gia \u0111\xECnh",
  "indicator.dependants.deprived": "{count}/{size} th\xE0nh vi\xEAn l\xE0 ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c ({valuePercent}), l\u1EDBn h\u01A1n {thresholdPercent}",
  "indicator.dependants.not-deprived": "{count}/{size} th\xE0nh vi\xEAn l\xE0 ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c ({valuePercent}), kh\xF4ng l\u1EDBn h\u01A1n {thresholdPercent}",
  "indicator.dependants.unknown": "ch\u01B0a bi\u1EBFt {unknownMembers} c\xF3 ph\u1EA3i l\xE0 ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c kh\xF4ng; t\u1EF7 l\u1EC7 c\xF3 th\u1EC3 v\u01B0\u1EE3t {thresholdPercent}",
  "indicator.nutrition.name": "Dinh d\u01B0\u1EE1ng",
  "indicator.nutrition.deprived": "{members} d\u01B0\u1EDBi 16 tu\u1ED5i b\u1ECB suy dinh d\u01B0\u1EE1ng (th\u1EA5p c\xF2i ho\u1EB7c nh\u1EB9 c\xE2n)",
  "indicator.nutrition.not-deprived": "kh\xF4ng c\xF3 tr\u1EBB em d\u01B0\u1EDBi 16 tu\u1ED5i b\u1ECB suy dinh d\u01B0\u1EE1ng th\u1EA5p c\xF2i ho\u1EB7c nh\u1EB9 c\xE2n",
  "indicator.nutrition.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i ho\u1EB7c t\xECnh tr\u1EA1ng dinh d\u01B0\u1EE1ng c\u1EE7a {unknownMembers}",
  "indicator.health-insurance.name": "B\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.deprived": "{members} t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn kh\xF4ng c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.not-deprived": "m\u1ECDi th\xE0nh vi\xEAn t\u1EEB 6 tu\u1ED5i tr\u1EDF l\xEAn \u0111\u1EC1u c\xF3 b\u1EA3o hi\u1EC3m y t\u1EBF",
  "indicator.health-insurance.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i ho\u1EB7c b\u1EA3o hi\u1EC3m y t\u1EBF c\u1EE7a {unknownMembers}",
  "indicator.adult-education.name": "Tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn",
  "indicator.adult-education.deprived": "{members} t\u1EEB 16 \u0111\u1EBFn 30 tu\u1ED5i kh\xF4ng \u0111i h\u1ECDc, \u0111\xE0o t\u1EA1o v\xE0 ch\u01B0a c\xF3 b\u1EB1ng c\u1EA5p ph\xF9 h\u1EE3p v\u1EDBi \u0111\u1ED9 tu\u1ED5i",
  "indicator.adult-education.not-deprived": "kh\xF4ng c\xF3 th\xE0nh vi\xEAn t\u1EEB 16 \u0111\u1EBFn 30 tu\u1ED5i thi\u1EBFu b\u1EB1ng c\u1EA5p ph\xF9 h\u1EE3p m\xE0 kh\xF4ng \u0111i h\u1ECDc, \u0111\xE0o t\u1EA1o",
  "indicator.adult-education.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i, vi\u1EC7c h\u1ECDc ho\u1EB7c tr\xECnh \u0111\u1ED9 c\u1EE7a {unknownMembers}",
  "indicator.school-attendance.name": "T\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em",
  "indicator.school-attendance.deprived": "{members} t\u1EEB 3 \u0111\u1EBFn d\u01B0\u1EDBi 16 tu\u1ED5i kh\xF4ng \u0111\u01B0\u1EE3c h\u1ECDc \u0111\xFAng b\u1EADc, c\u1EA5p h\u1ECDc ph\xF9 h\u1EE3p v\u1EDBi \u0111\u1ED9 tu\u1ED5i",
  "indicator.school-attendance.not-deprived": "m\u1ECDi tr\u1EBB em t\u1EEB 3 \u0111\u1EBFn d\u01B0\u1EDBi 16 tu\u1ED5i \u0111\u1EC1u \u0111i h\u1ECDc \u0111\xFAng b\u1EADc, c\u1EA5p h\u1ECDc",
  "indicator.school-attendance.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 tu\u1ED5i ho\u1EB7c vi\u1EC7c \u0111i h\u1ECDc c\u1EE7a {unknownMembers}",
  "indicator.housing-quality.name": "Ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF",
  "indicator.housing-quality.deprived": "nh\xE0 \u1EDF {fact:durability}, kh\xF4ng b\u1EC1n ch\u1EAFc",
  "indicator.housing-quality.not-deprived": "nh\xE0 \u1EDF {fact:durability}",
  "indicator.housing-quality.unknown": "ch\u01B0a c\xF3 th\xF4ng tin v\u1EC1 lo\u1EA1i nh\xE0 \u1EDF",
  "indicator.housing-area.name": "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi",
  "indicator.housing-area.deprived": "{value} m\xB2/ng\u01B0\u1EDDi, d\u01B0\u1EDBi {threshold} m\xB2",
  "indicator.housing-area.not-deprived": "{value} m\xB2/ng\u01B0\u1EDDi, t\u1EEB {threshold} m\xB2 tr\u1EDF l\xEAn",
  "indicator.housing-area.unknown": "ch\u01B0a c\xF3 th\xF4ng tin v\u1EC1 di\u1EC7n t\xEDch nh\xE0 \u1EDF",
  "indicator.water.name": "Ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t",
  "indicator.water.deprived": "kh\xF4ng ti\u1EBFp c\u1EADn \u0111\u01B0\u1EE3c ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t an to\xE0n",
  "indicator.water.not-deprived": "c\xF3 ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t an to\xE0n",
  "indicator.water.unknown": "ch\u01B0a c\xF3 th\xF4ng tin v\u1EC1 ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t",
  "indicator.sanitation.name": "Nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.deprived": "kh\xF4ng s\u1EED d\u1EE5ng nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.not-deprived": "s\u1EED d\u1EE5ng nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh",
  "indicator.sanitation.unknown": "ch\u01B0a c\xF3 th\xF4ng tin v\u1EC1 nh\xE0 ti\xEAu",
  "indicator.telecom.name": "S\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng",
  "indicator.telecom.deprived": "kh\xF4ng th\xE0nh vi\xEAn n\xE0o s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 internet",
  "indicator.telecom.not-deprived": "{members} c\xF3 s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 internet",
  "indicator.telecom.unknown": "ch\u01B0a bi\u1EBFt {unknownMembers} c\xF3 s\u1EED d\u1EE5ng internet kh\xF4ng",
  "indicator.information-access.name": "Ph\u01B0\u01A1ng ti\u1EC7n ph\u1EE5c v\u1EE5 ti\u1EBFp c\u1EADn th\xF4ng tin",
  "indicator.information-access.deprived": "kh\xF4ng c\xF3 ti vi, radio, m\xE1y t\xEDnh, \u0111i\u1EC7n tho\u1EA1i th\xF4ng minh v\xE0 kh\xF4ng nghe \u0111\u01B0\u1EE3c loa truy\u1EC1n thanh x\xE3/th\xF4n",
  "indicator.information-access.not-deprived": "c\xF3 ph\u01B0\u01A1ng ti\u1EC7n ti\u1EBFp c\u1EADn th\xF4ng tin ho\u1EB7c nghe \u0111\u01B0\u1EE3c loa truy\u1EC1n thanh x\xE3/th\xF4n",
  "indicator.information-access.unknown": "ch\u01B0a \u0111\u1EE7 th\xF4ng tin v\u1EC1 ph\u01B0\u01A1ng ti\u1EC7n ti\u1EBFp c\u1EADn th\xF4ng tin ho\u1EB7c loa truy\u1EC1n thanh"
};

// src/rules/vn-2022-2025/index.ts
var vn20222025 = defineRuleSet(VN_2022_2025_DATA, { vi: messagesVi2, en: messagesEn2 });

// src/rules/vn-2027-2030/instruments.ts
var DECREE_351_20252 = {
  id: "decree-351-2025",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 351/2025/N\u0110-CP", en: "Decree 351/2025/N\u0110-CP" },
  title: {
    vi: "Quy \u0111\u1ECBnh chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2026\u20132030",
    en: "Multidimensional poverty standards for the 2026\u20132030 period"
  },
  signed: "2025-12-30",
  inForce: "2025-12-30",
  role: {
    vi: "Chu\u1EA9n thu nh\u1EADp 2.200.000 \u0111\u1ED3ng (n\xF4ng th\xF4n) v\xE0 2.800.000 \u0111\u1ED3ng (\u0111\xF4 th\u1ECB), 6 chi\u1EC1u v\xE0 12 ch\u1EC9 s\u1ED1 thi\u1EBFu h\u1EE5t, ti\xEAu ch\xED h\u1ED9 ngh\xE8o v\xE0 c\u1EADn ngh\xE8o t\u1EEB n\u0103m 2027.",
    en: "Income line VND 2,200,000 (rural) and 2,800,000 (urban), 6 dimensions and 12 deprivation indicators, criteria for poor and near-poor households from 2027."
  }
};
var DECREE_135_20202 = {
  id: "decree-135-2020",
  name: { vi: "Ngh\u1ECB \u0111\u1ECBnh 135/2020/N\u0110-CP", en: "Decree 135/2020/N\u0110-CP" },
  title: { vi: "Quy \u0111\u1ECBnh v\u1EC1 tu\u1ED5i ngh\u1EC9 h\u01B0u", en: "On retirement age" },
  signed: "2020-11-18",
  inForce: "2021-01-01",
  role: {
    vi: "Tu\u1ED5i ngh\u1EC9 h\u01B0u c\u1EE7a ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong \u0111i\u1EC1u ki\u1EC7n lao \u0111\u1ED9ng b\xECnh th\u01B0\u1EDDng theo t\u1EEBng n\u0103m (\u0110i\u1EC1u 4).",
    en: "Retirement age under normal working conditions, year by year (Art. 4)."
  }
};

// src/rules/vn-2027-2030/data.ts
function cite3(instrument, confidence, paraphrase, note) {
  return {
    instrument: { id: instrument.id, name: instrument.name },
    paraphrase,
    confidence,
    ...note === void 0 ? {} : { note }
  };
}
var NO_ARTICLE = {
  vi: "Ch\u01B0a x\xE1c \u0111\u1ECBnh \u0111i\u1EC1u, kho\u1EA3n c\u1EE5 th\u1EC3; ch\u01B0a \u0111\u1ED1i chi\u1EBFu v\u1EDBi v\u0103n b\u1EA3n ch\xEDnh th\u1EE9c.",
  en: "Article and clause not yet identified; not yet checked against the official text."
};
var LIST_NOTE = {
  vi: "Danh m\u1EE5c ch\u1EC9 s\u1ED1 theo m\u1ED9t ngu\u1ED3n tin b\xE1o ch\xED (c\xE1c thay \u0111\u1ED5i so v\u1EDBi giai \u0111o\u1EA1n 2022\u20132025); ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t ch\u01B0a bi\u1EBFt n\xEAn th\u01B0 vi\u1EC7n ch\u1EC9 nh\u1EADn c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn phi\u1EBFu r\xE0 so\xE1t.",
  en: "Indicator list as reported by one news source (changes from 2022\u20132025); thresholds are not known, so the library accepts only the review-form answer."
};
var ANSWER_ONLY = {
  vi: "Ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t c\u1EE7a ch\u1EC9 s\u1ED1 n\xE0y trong Ngh\u1ECB \u0111\u1ECBnh 351/2025/N\u0110-CP ch\u01B0a \u0111\u01B0\u1EE3c th\u01B0 vi\u1EC7n m\xE3 ho\xE1: ch\u1EC9 c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn phi\u1EBFu r\xE0 so\xE1t (deprivations) quy\u1EBFt \u0111\u1ECBnh.",
  en: "The deprivation threshold of this indicator under Decree 351/2025/N\u0110-CP is not encoded by the library: only the review-form answer (deprivations) decides."
};
function indicator(id2, dimension2, paraphrase) {
  return { id: id2, dimension: dimension2, test: { kind: "answer-only", reason: ANSWER_ONLY }, citation: cite3(DECREE_351_20252, "B", paraphrase, LIST_NOTE) };
}
var dimension = (id2, paraphrase) => ({ id: id2, citation: cite3(DECREE_351_20252, "B", paraphrase, NO_ARTICLE) });
var VN_2027_2030_DATA = {
  id: "vn-2027-2030",
  version: "0.1.0",
  status: "provisional",
  title: {
    vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2027\u20132030 (t\u1EA1m th\u1EDDi: danh m\u1EE5c v\xE0 ng\u01B0\u1EE1ng ch\u1EC9 s\u1ED1 ch\u01B0a \u0111\u1EA7y \u0111\u1EE7)",
    en: "Multidimensional poverty standard 2027\u20132030 (provisional: indicator list and thresholds incomplete)"
  },
  instruments: [DECREE_351_20252, DECREE_135_20202],
  effective: {
    from: "2027-01-01",
    to: "2030-12-31",
    citations: [
      cite3(DECREE_351_20252, "A", {
        vi: "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2026\u20132030 \xE1p d\u1EE5ng t\u1EEB n\u0103m 2027 (n\u0103m 2026 ti\u1EBFp t\u1EE5c \xE1p d\u1EE5ng Ngh\u1ECB \u0111\u1ECBnh 07/2021/N\u0110-CP).",
        en: "Multidimensional poverty standard for 2026\u20132030, applied from 2027 (2026 keeps Decree 07/2021/N\u0110-CP)."
      }, NO_ARTICLE)
    ]
  },
  incomePeriod: "month",
  incomeLines: [
    {
      id: "poverty",
      amounts: { rural: "2200000", urban: "2800000" },
      citation: cite3(DECREE_351_20252, "A", {
        vi: "Chu\u1EA9n thu nh\u1EADp: 2.200.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF n\xF4ng th\xF4n; 2.800.000 \u0111\u1ED3ng/ng\u01B0\u1EDDi/th\xE1ng \u1EDF \u0111\xF4 th\u1ECB.",
        en: "Income line: VND 2,200,000 per person per month in rural areas; VND 2,800,000 in urban areas."
      }, NO_ARTICLE)
    }
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite3(DECREE_351_20252, "A", {
      vi: "Thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 \u0111o l\u01B0\u1EDDng m\u1EE9c \u0111\u1ED9 thi\u1EBFu h\u1EE5t d\u1ECBch v\u1EE5 x\xE3 h\u1ED9i c\u01A1 b\u1EA3n tr\u1EDF l\xEAn.",
      en: "Deprived on 3 or more of the indicators of basic social services."
    }, NO_ARTICLE)
  },
  categoryRules: [
    {
      category: "poor",
      income: { atOrBelow: "poverty" },
      deprivations: "at-least-cut",
      citation: cite3(DECREE_351_20252, "A", {
        vi: "H\u1ED9 ngh\xE8o: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB chu\u1EA9n thu nh\u1EADp tr\u1EDF xu\u1ED1ng V\xC0 thi\u1EBFu h\u1EE5t t\u1EEB 03 ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn.",
        en: "Poor: monthly per-capita income at or below the income line AND deprived on 3 or more indicators."
      }, NO_ARTICLE)
    },
    {
      category: "near-poor",
      income: { atOrBelow: "poverty" },
      deprivations: "below-cut",
      citation: cite3(DECREE_351_20252, "A", {
        vi: "H\u1ED9 c\u1EADn ngh\xE8o: thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi/th\xE1ng t\u1EEB chu\u1EA9n thu nh\u1EADp tr\u1EDF xu\u1ED1ng V\xC0 thi\u1EBFu h\u1EE5t d\u01B0\u1EDBi 03 ch\u1EC9 s\u1ED1.",
        en: "Near-poor: monthly per-capita income at or below the income line AND deprived on fewer than 3 indicators."
      }, NO_ARTICLE)
    },
    {
      category: "above-average",
      income: { above: "poverty" },
      citation: cite3(DECREE_351_20252, "A", {
        vi: "Thu nh\u1EADp tr\xEAn chu\u1EA9n thu nh\u1EADp: kh\xF4ng thu\u1ED9c h\u1ED9 ngh\xE8o hay h\u1ED9 c\u1EADn ngh\xE8o, d\xF9 thi\u1EBFu h\u1EE5t bao nhi\xEAu ch\u1EC9 s\u1ED1.",
        en: "Income above the income line: neither poor nor near-poor, whatever the deprivations."
      }, {
        vi: 'Ch\u01B0a c\xF3 c\u0103n c\u1EE9 v\u1EC1 h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh cho giai \u0111o\u1EA1n n\xE0y: th\u01B0 vi\u1EC7n kh\xF4ng \u0111\u1ECBnh ngh\u0129a d\u1EA3i m\u1EE9c s\u1ED1ng trung b\xECnh; "above-average" \u1EDF \u0111\xE2y ngh\u0129a l\xE0 "kh\xF4ng thu\u1ED9c di\u1EC7n ngh\xE8o hay c\u1EADn ngh\xE8o".',
        en: 'No average-living band can be cited for this period: the library defines none; "above-average" here means "neither poor nor near-poor".'
      })
    }
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2021, baseMonths: 723, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2021, baseMonths: 664, stepMonths: 4, capMonths: 720 }
    },
    citation: {
      instrument: { id: DECREE_135_20202.id, name: DECREE_135_20202.name },
      article: "4",
      clause: "1",
      paraphrase: {
        vi: "\u0110\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng: t\u1EEB \u0111\u1EE7 15 tu\u1ED5i \u0111\u1EBFn tu\u1ED5i ngh\u1EC9 h\u01B0u. Tu\u1ED5i ngh\u1EC9 h\u01B0u: nam 62 tu\u1ED5i t\u1EEB n\u0103m 2028; n\u1EEF 57 tu\u1ED5i 4 th\xE1ng n\u0103m 2027, m\u1ED7i n\u0103m t\u0103ng 4 th\xE1ng \u0111\u1EBFn 60 tu\u1ED5i (2035).",
        en: "Working age: from 15 full years up to the retirement age. Retirement age: men 62 from 2028; women 57 years 4 months in 2027, +4 months a year to 60 (2035)."
      },
      confidence: "A",
      note: {
        vi: "C\xE1c ch\u1EC9 s\u1ED1 c\u1EE7a b\u1ED9 quy t\u1EAFc t\u1EA1m th\u1EDDi n\xE0y ch\u1EC9 nh\u1EADn c\xE2u tr\u1EA3 l\u1EDDi, n\xEAn \u0111\u1ED9 tu\u1ED5i lao \u0111\u1ED9ng ch\u01B0a \u0111\u01B0\u1EE3c d\xF9ng.",
        en: "The indicators of this provisional rule set accept only answers, so working age is not used yet."
      }
    }
  },
  dimensions: [
    dimension("employment", { vi: "Chi\u1EC1u vi\u1EC7c l\xE0m.", en: "Employment dimension." }),
    dimension("health", { vi: "Chi\u1EC1u y t\u1EBF.", en: "Health dimension." }),
    dimension("education", { vi: "Chi\u1EC1u gi\xE1o d\u1EE5c.", en: "Education dimension." }),
    dimension("housing", { vi: "Chi\u1EC1u nh\xE0 \u1EDF.", en: "Housing dimension." }),
    dimension("water-sanitation-environment", { vi: "Chi\u1EC1u n\u01B0\u1EDBc sinh ho\u1EA1t, v\u1EC7 sinh v\xE0 m\xF4i tr\u01B0\u1EDDng.", en: "Water, sanitation and environment dimension." }),
    dimension("information", { vi: "Chi\u1EC1u th\xF4ng tin.", en: "Information dimension." })
  ],
  indicators: [
    indicator("employment", "employment", { vi: "Vi\u1EC7c l\xE0m.", en: "Employment." }),
    indicator("dependants", "employment", { vi: "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c trong h\u1ED9 gia \u0111\xECnh.", en: "Dependants in the household." }),
    indicator("nutrition", "health", { vi: "Dinh d\u01B0\u1EE1ng.", en: "Nutrition." }),
    indicator("health-insurance", "health", { vi: "B\u1EA3o hi\u1EC3m y t\u1EBF.", en: "Health insurance." }),
    indicator("adult-education", "education", { vi: "Tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn.", en: "Adult education." }),
    indicator("school-attendance", "education", { vi: "T\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em.", en: "Children's school attendance." }),
    indicator("housing-quality", "housing", { vi: "Ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF.", en: "Housing quality." }),
    indicator("housing-area", "housing", { vi: "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi.", en: "Floor area per person." }),
    indicator("water", "water-sanitation-environment", { vi: "Ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t.", en: "Domestic water source." }),
    indicator("sanitation", "water-sanitation-environment", { vi: "Nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh.", en: "Hygienic latrine." }),
    indicator("waste", "water-sanitation-environment", { vi: "Thu gom, x\u1EED l\xFD r\xE1c th\u1EA3i sinh ho\u1EA1t c\u1EE7a h\u1ED9 (ch\u1EC9 s\u1ED1 m\u1EDBi).", en: "Household waste collection and handling (new indicator)." }),
    indicator("digital-services", "information", {
      vi: 'S\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 s\u1ED1, internet (\u0111\u01B0\u1EE3c \u0111\u01B0a tin l\xE0 ch\u1EC9 s\u1ED1 m\u1EDBi; th\u01B0 vi\u1EC7n gi\u1EA3 \u0111\u1ECBnh ch\u1EC9 s\u1ED1 n\xE0y thay cho "s\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 vi\u1EC5n th\xF4ng" \u0111\u1EC3 danh m\u1EE5c c\xF3 \u0111\u1EE7 12 ch\u1EC9 s\u1ED1 nh\u01B0 \u0111\u01B0a tin).',
      en: 'Use of digital services and the internet (reported as new; the library assumes it takes the place of "use of telecom services", so that the list has the twelve indicators reported).'
    })
  ]
};

// src/rules/vn-2027-2030/messages.en.ts
var ANSWER = "as answered on the review form";
var UNKNOWN = "no answer on the review form; the library cannot derive this indicator from facts under this provisional standard";
function indicator2(id2, name) {
  return {
    [`indicator.${id2}.name`]: name,
    [`indicator.${id2}.deprived`]: ANSWER,
    [`indicator.${id2}.not-deprived`]: ANSWER,
    [`indicator.${id2}.unknown`]: UNKNOWN
  };
}
var messagesEn3 = {
  "ruleSet.title": "Multidimensional poverty standard 2027\u20132030 (provisional)",
  "incomeLine.poverty": "income poverty line",
  "dimension.employment": "Employment",
  "dimension.health": "Health",
  "dimension.education": "Education",
  "dimension.housing": "Housing",
  "dimension.water-sanitation-environment": "Water, sanitation and environment",
  "dimension.information": "Information",
  ...indicator2("employment", "Employment"),
  ...indicator2("dependants", "Dependants in the household"),
  ...indicator2("nutrition", "Nutrition"),
  ...indicator2("health-insurance", "Health insurance"),
  ...indicator2("adult-education", "Adult education"),
  ...indicator2("school-attendance", "Children's school attendance"),
  ...indicator2("housing-quality", "Housing quality"),
  ...indicator2("housing-area", "Floor area per person"),
  ...indicator2("water", "Domestic water source"),
  ...indicator2("sanitation", "Hygienic latrine"),
  ...indicator2("waste", "Household waste handling"),
  ...indicator2("digital-services", "Use of digital services and the internet"),
  // Overrides the common wording: this standard has no average-living band.
  "category.above-average": "household neither poor nor near-poor (the 2027\u20132030 standard defines no average-living band)"
};

// src/rules/vn-2027-2030/messages.vi.ts
var ANSWER2 = "theo c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn phi\u1EBFu r\xE0 so\xE1t";
var UNKNOWN2 = "ch\u01B0a c\xF3 c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn phi\u1EBFu r\xE0 so\xE1t; theo chu\u1EA9n t\u1EA1m th\u1EDDi n\xE0y th\u01B0 vi\u1EC7n kh\xF4ng t\u1EF1 x\xE1c \u0111\u1ECBnh ch\u1EC9 s\u1ED1 t\u1EEB th\xF4ng tin c\u1EE7a h\u1ED9";
function indicator3(id2, name) {
  return {
    [`indicator.${id2}.name`]: name,
    [`indicator.${id2}.deprived`]: ANSWER2,
    [`indicator.${id2}.not-deprived`]: ANSWER2,
    [`indicator.${id2}.unknown`]: UNKNOWN2
  };
}
var messagesVi3 = {
  "ruleSet.title": "Chu\u1EA9n ngh\xE8o \u0111a chi\u1EC1u giai \u0111o\u1EA1n 2027\u20132030 (t\u1EA1m th\u1EDDi)",
  "incomeLine.poverty": "chu\u1EA9n ngh\xE8o v\u1EC1 thu nh\u1EADp",
  "dimension.employment": "Vi\u1EC7c l\xE0m",
  "dimension.health": "Y t\u1EBF",
  "dimension.education": "Gi\xE1o d\u1EE5c",
  "dimension.housing": "Nh\xE0 \u1EDF",
  "dimension.water-sanitation-environment": "N\u01B0\u1EDBc sinh ho\u1EA1t, v\u1EC7 sinh v\xE0 m\xF4i tr\u01B0\u1EDDng",
  "dimension.information": "Th\xF4ng tin",
  ...indicator3("employment", "Vi\u1EC7c l\xE0m"),
  ...indicator3("dependants", "Ng\u01B0\u1EDDi ph\u1EE5 thu\u1ED9c trong h\u1ED9 gia \u0111\xECnh"),
  ...indicator3("nutrition", "Dinh d\u01B0\u1EE1ng"),
  ...indicator3("health-insurance", "B\u1EA3o hi\u1EC3m y t\u1EBF"),
  ...indicator3("adult-education", "Tr\xECnh \u0111\u1ED9 gi\xE1o d\u1EE5c c\u1EE7a ng\u01B0\u1EDDi l\u1EDBn"),
  ...indicator3("school-attendance", "T\xECnh tr\u1EA1ng \u0111i h\u1ECDc c\u1EE7a tr\u1EBB em"),
  ...indicator3("housing-quality", "Ch\u1EA5t l\u01B0\u1EE3ng nh\xE0 \u1EDF"),
  ...indicator3("housing-area", "Di\u1EC7n t\xEDch nh\xE0 \u1EDF b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi"),
  ...indicator3("water", "Ngu\u1ED3n n\u01B0\u1EDBc sinh ho\u1EA1t"),
  ...indicator3("sanitation", "Nh\xE0 ti\xEAu h\u1EE3p v\u1EC7 sinh"),
  ...indicator3("waste", "Thu gom, x\u1EED l\xFD r\xE1c th\u1EA3i sinh ho\u1EA1t"),
  ...indicator3("digital-services", "S\u1EED d\u1EE5ng d\u1ECBch v\u1EE5 s\u1ED1, internet"),
  // Overrides the common wording: this standard has no average-living band.
  "category.above-average": "h\u1ED9 kh\xF4ng thu\u1ED9c di\u1EC7n ngh\xE8o hay c\u1EADn ngh\xE8o (chu\u1EA9n 2027\u20132030 ch\u01B0a quy \u0111\u1ECBnh h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh)"
};

// src/rules/vn-2027-2030/index.ts
var vn20272030 = defineRuleSet(VN_2027_2030_DATA, { vi: messagesVi3, en: messagesEn3 });

// src/rules/registry.ts
var BUILT_IN = Object.freeze([vn20162020, vn20222025, vn20272030]);
var DEFAULT_RULE_SET_ID = "vn-2022-2025";
function listRuleSets() {
  return BUILT_IN;
}
function getRuleSet(id2) {
  for (const ruleSet of BUILT_IN) if (ruleSet.id === id2) return ruleSet;
  throw new ValidationError([
    {
      path: ["ruleSet"],
      code: "unknown_rule_set",
      message: `no rule set "${String(id2).slice(0, 60)}"; known: ${BUILT_IN.map((ruleSet) => ruleSet.id).join(", ")}`
    }
  ]);
}

// src/rules/select.ts
var ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function parseIsoDate(date, path) {
  const match = typeof date === "string" ? ISO_DATE.exec(date) : null;
  if (match !== null) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if (month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]) return year;
  }
  throw new ValidationError([{ path: [path], code: "invalid_date", message: `${path} must be a calendar date written YYYY-MM-DD, e.g. "2025-09-01"` }]);
}
function assertNotProvisional(ruleSet) {
  if (ruleSet.status === "provisional") {
    throw new ValidationError([
      {
        path: ["ruleSet"],
        code: "provisional_rule_set",
        message: `${ruleSet.id} is provisional (its indicator list and thresholds are not fully known); pass { allowProvisional: true } to use it`
      }
    ]);
  }
}
function ruleSetFor(date, options = {}) {
  parseIsoDate(date, "date");
  const matching = listRuleSets().filter((ruleSet) => ruleSet.effective.from <= date && date <= ruleSet.effective.to);
  const found = matching[0];
  if (found === void 0) {
    const periods = listRuleSets().map((ruleSet) => `${ruleSet.id} ${ruleSet.effective.from}..${ruleSet.effective.to}`).join(", ");
    throw new ValidationError([{ path: ["date"], code: "no_rule_set_for_date", message: `no built-in rule set is in effect on ${date}; known periods: ${periods}` }]);
  }
  if (options.allowProvisional !== true) assertNotProvisional(found);
  return found;
}

// src/classify.ts
var STATUS = ["not-deprived", "deprived", "unknown"];
var ANSWER_TRUE = Object.freeze({ basis: "answer", answer: true });
var ANSWER_FALSE = Object.freeze({ basis: "answer", answer: false });
var NO_FACTS = Object.freeze({ basis: "none" });
function resolveRuleSet(option, date, allowProvisional) {
  if (option === void 0) return date === void 0 ? getRuleSet(DEFAULT_RULE_SET_ID) : ruleSetFor(date, { allowProvisional });
  if (typeof option === "string") return getRuleSet(option);
  if (isDefinedRuleSet(option)) return option;
  throw new ValidationError([{ path: ["ruleSet"], code: "unknown_rule_set", message: "ruleSet must be a rule-set id or a rule set from getRuleSet/deriveRuleSet" }]);
}
function fastParseSafe(household, indicatorIds) {
  try {
    return fastParse(household, indicatorIds);
  } catch {
    return void 0;
  }
}
function classify(household, options = {}) {
  const allowProvisional = options.allowProvisional === true;
  const ruleSet = resolveRuleSet(options.ruleSet, options.date, allowProvisional);
  if (!allowProvisional) assertNotProvisional(ruleSet);
  const compiled = compile(ruleSet);
  let ageContext2 = compiled.defaultAgeContext;
  const date = options.date;
  if (date !== void 0) {
    const year = parseIsoDate(date, "date");
    if (date < ruleSet.effective.from || date > ruleSet.effective.to) {
      throw new ValidationError([
        {
          path: ["date"],
          code: "date_outside_rule_set",
          message: `${date} is outside the effective period of ${ruleSet.id} (${ruleSet.effective.from} to ${ruleSet.effective.to})`
        }
      ]);
    }
    ageContext2 = compiled.ageContextFor(year);
  }
  const parsed = fastParseSafe(household, compiled.indicatorIds) ?? parseOrThrow(compiled.schema, household);
  return evaluate(compiled, parsed, ageContext2, date);
}
function evaluate(compiled, household, ageContext2, date) {
  const size = household.size ?? household.members.length;
  const income = household.income.score !== void 0 && compiled.score !== void 0 ? assessScore(compiled, household) : assessIncome(compiled, household, size);
  const [lowest, highest] = income.positions;
  const answers = household.deprivations;
  const constants = constantEntries(compiled);
  const indicators = new Array(compiled.indicators.length);
  let deprived = 0;
  let unknown = 0;
  for (let i = 0; i < compiled.indicators.length; i++) {
    const indicator4 = compiled.indicators[i];
    const answer = answers === void 0 ? void 0 : answers[indicator4.id];
    let entry;
    if (answer === true || answer === false) {
      entry = answer ? constants.deprived[i] : constants.notDeprived[i];
    } else {
      const outcome = compiled.tests[i](household, size, ageContext2);
      entry = outcome.evidence.basis === "none" ? constants.noFacts[i] : { id: indicator4.id, dimension: indicator4.dimension, status: STATUS[outcome.status], source: "derived", evidence: outcome.evidence, citation: indicator4.citation };
    }
    if (entry.status === "deprived") deprived++;
    else if (entry.status === "unknown") unknown++;
    indicators[i] = entry;
  }
  const cut = compiled.cut;
  const possibleCutMet = deprived >= cut ? [1] : deprived + unknown < cut ? [0] : [0, 1];
  const applicable = [];
  for (let position = lowest; position <= highest; position++) {
    const row = compiled.table[position];
    for (const cutMet of possibleCutMet) {
      const candidate = row[cutMet];
      if (!applicable.includes(candidate)) applicable.push(candidate);
    }
  }
  const possibleCategories = CATEGORY_ORDER.filter((category2) => applicable.some((candidate) => candidate.category === category2));
  const rule = possibleCategories.length === 1 ? { category: applicable[0].category, citation: applicable[0].citation } : null;
  const result = {
    area: household.area,
    category: possibleCategories.length === 1 ? possibleCategories[0] : "undetermined",
    possibleCategories,
    rule,
    deprivationCount: deprived,
    unknownCount: unknown,
    deprivationCut: cut,
    income: income.assessment,
    indicators,
    ruleSet: compiled.summary
  };
  if (household.id !== void 0) result.householdId = household.id;
  if (date !== void 0) result.date = date;
  if (compiled.lowIncomeWorker !== void 0) {
    const { rule: workerRule, lineIndex } = compiled.lowIncomeWorker;
    const incomeWithin = highest <= lineIndex ? true : lowest > lineIndex ? false : null;
    const excluded = possibleCategories.filter((category2) => workerRule.excludedCategories.includes(category2)).length;
    const categoryOk = excluded === 0 ? true : excluded === possibleCategories.length ? false : null;
    const eligible = incomeWithin === false || categoryOk === false ? false : incomeWithin === true && categoryOk === true ? true : null;
    const ceiling = compiled.lines[lineIndex].amounts[household.area];
    result.lowIncomeWorker = { eligible, ceiling, citation: workerRule.citation };
  }
  return result;
}
function assessScore(compiled, household) {
  const score = compiled.score;
  const value = new Money(household.income.score);
  const threshold = score.thresholds[household.area];
  const atOrBelow = value.lte(threshold);
  const lines = compiled.lines;
  const comparisons = lines.map((line, i) => ({
    line: line.id,
    amount: line.amounts[household.area],
    outcome: atOrBelow ? i >= score.lineIndex ? "at-or-below" : "unknown" : i <= score.lineIndex ? "above" : "unknown",
    citation: line.citation
  }));
  const positions = atOrBelow ? [0, score.lineIndex] : [score.lineIndex + 1, lines.length];
  return {
    positions,
    assessment: {
      form: "score",
      given: plain(value),
      period: compiled.ruleSet.incomePeriod,
      perCapita: "",
      perCapitaExact: true,
      comparisons,
      band: {
        above: positions[0] === 0 ? null : lines[positions[0] - 1].id,
        atOrBelow: positions[1] === lines.length ? null : lines[positions[1]].id
      },
      score: {
        value: plain(value),
        threshold: score.rule.thresholds[household.area],
        line: score.rule.line,
        outcome: atOrBelow ? "at-or-below" : "above",
        citation: score.rule.citation
      }
    }
  };
}
var constantCache = /* @__PURE__ */ new WeakMap();
function constantEntries(compiled) {
  let entries = constantCache.get(compiled);
  if (entries === void 0) {
    const make = (status, source, evidence) => compiled.indicators.map((indicator4) => Object.freeze({ id: indicator4.id, dimension: indicator4.dimension, status, source, evidence, citation: indicator4.citation }));
    entries = {
      deprived: make("deprived", "answer", ANSWER_TRUE),
      notDeprived: make("not-deprived", "answer", ANSWER_FALSE),
      noFacts: make("unknown", "derived", NO_FACTS)
    };
    constantCache.set(compiled, entries);
  }
  return entries;
}
function assessIncome(compiled, household, size) {
  const given = household.income;
  let form;
  let amount2;
  let divisor;
  if (given.perCapitaMonthly !== void 0) {
    form = "perCapitaMonthly";
    amount2 = given.perCapitaMonthly;
    divisor = 1;
  } else if (given.householdMonthly !== void 0) {
    form = "householdMonthly";
    amount2 = given.householdMonthly;
    divisor = size;
  } else {
    form = "householdAnnual";
    amount2 = given.householdAnnual;
    divisor = size * 12;
  }
  const scaled = compiled.periodMonths === 1 ? amount2 : amount2.times(compiled.periodMonths);
  const lines = compiled.linesTimes(household.area, divisor);
  const comparisons = new Array(lines.length);
  let position = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = compiled.lines[i];
    const atOrBelow = scaled.lte(lines[i]);
    if (atOrBelow && position === lines.length) position = i;
    comparisons[i] = { line: line.id, amount: line.amounts[household.area], outcome: atOrBelow ? "at-or-below" : "above", citation: line.citation };
  }
  const { value: perCapita, exact: perCapitaExact } = divideForDisplay(plain(scaled), divisor);
  return {
    positions: [position, position],
    assessment: {
      form,
      given: plain(amount2),
      period: compiled.ruleSet.incomePeriod,
      perCapita,
      perCapitaExact,
      comparisons,
      band: {
        above: position === 0 ? null : compiled.lines[position - 1].id,
        atOrBelow: position === lines.length ? null : compiled.lines[position].id
      }
    }
  };
}

// src/batch/classifyMany.ts
var PROBE = Object.freeze({ area: "rural", size: 1, income: Object.freeze({ perCapitaMonthly: 0 }) });
function checkOptions(options) {
  if (options === null || typeof options !== "object") {
    throw new ValidationError([{ path: [], code: "invalid_type", message: 'options must be an object such as { ruleSet: "vn-2022-2025", date: "2025-09-01" }' }]);
  }
  try {
    classify(PROBE, options);
  } catch (error) {
    if (error instanceof ValidationError && error.issues.some((issue) => issue.path[0] === "ruleSet" || issue.path[0] === "date")) throw error;
  }
}
function readId(household) {
  if (household === null || typeof household !== "object") return void 0;
  try {
    const id2 = household.id;
    if (typeof id2 === "string" && id2.length > 0 && id2.length <= 128) return id2;
    if (typeof id2 === "number" && Number.isSafeInteger(id2) && id2 >= 0) return id2;
  } catch {
  }
  return void 0;
}
function one(household, index, options) {
  try {
    const result = classify(household, options);
    return result.householdId === void 0 ? { index, ok: true, result } : { index, id: result.householdId, ok: true, result };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const id2 = readId(household);
    return id2 === void 0 ? { index, ok: false, issues: error.issues } : { index, id: id2, ok: false, issues: error.issues };
  }
}
function* syncRows(households, options) {
  let index = 0;
  for (const household of households) yield one(household, index++, options);
}
async function* asyncRows(households, options) {
  let index = 0;
  for await (const household of households) yield one(household, index++, options);
}
function classifyMany(households, options = {}) {
  checkOptions(options);
  const opts = { ...options };
  if (Array.isArray(households)) {
    const out = new Array(households.length);
    for (let index = 0; index < households.length; index++) out[index] = one(households[index], index, opts);
    return out;
  }
  if (households !== null && (typeof households === "object" || typeof households === "function")) {
    if (typeof households[Symbol.asyncIterator] === "function") return asyncRows(households, opts);
    if (typeof households[Symbol.iterator] === "function") return syncRows(households, opts);
  }
  throw new ValidationError([{ path: [], code: "invalid_type", message: "households must be an array, an iterable or an async iterable of households" }]);
}

// src/batch/render.ts
var LABELS = {
  vi: {
    title: "T\u1ED5ng h\u1EE3p k\u1EBFt qu\u1EA3 ph\xE2n lo\u1EA1i",
    ruleSet: "B\u1ED9 quy t\u1EAFc",
    rows: "S\u1ED1 d\xF2ng",
    classified: "\u0111\xE3 ph\xE2n lo\u1EA1i",
    errors: "l\u1ED7i",
    category: "Ph\xE2n lo\u1EA1i",
    households: "S\u1ED1 h\u1ED9",
    share: "T\u1EF7 l\u1EC7",
    poor: "H\u1ED9 ngh\xE8o",
    "near-poor": "H\u1ED9 c\u1EADn ngh\xE8o",
    "poor-or-near-poor": "H\u1ED9 ngh\xE8o v\xE0 c\u1EADn ngh\xE8o",
    average: "H\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh",
    "above-average": "Tr\xEAn m\u1EE9c s\u1ED1ng trung b\xECnh",
    undetermined: "Ch\u01B0a x\xE1c \u0111\u1ECBnh",
    error: "L\u1ED7i d\u1EEF li\u1EC7u",
    indicator: "Ch\u1EC9 s\u1ED1",
    deprived: "Thi\u1EBFu h\u1EE5t",
    unknown: "Ch\u01B0a r\xF5",
    rate: "T\u1EF7 l\u1EC7",
    amongPnp: "Trong h\u1ED9 ngh\xE8o, c\u1EADn ngh\xE8o",
    deprivationTable: "Thi\u1EBFu h\u1EE5t theo ch\u1EC9 s\u1ED1 (t\u1EF7 l\u1EC7 tr\xEAn s\u1ED1 h\u1ED9 \u0111\xE3 ph\xE2n lo\u1EA1i; tr\xEAn s\u1ED1 h\u1ED9 ngh\xE8o v\xE0 c\u1EADn ngh\xE8o)",
    af: "Alkire\u2013Foster (tr\u1ECDng s\u1ED1 b\u1EB1ng nhau 1/{d}, k = {k}/{d}; {n} h\u1ED9 \u0111\u1EE7 th\xF4ng tin, {incomplete} h\u1ED9 thi\u1EBFu th\xF4ng tin kh\xF4ng t\xEDnh)",
    afLine: "H = {H}   A = {A}   M0 = H \xD7 A = {M0}",
    censored: "T\u1EF7 l\u1EC7 thi\u1EBFu h\u1EE5t \u0111\xE3 ki\u1EC3m duy\u1EC7t",
    contribution: "\u0110\xF3ng g\xF3p v\xE0o M0",
    groups: "Theo nh\xF3m: {by}",
    group: "Nh\xF3m",
    missing: "(kh\xF4ng c\xF3)",
    none: "\u2014"
  },
  en: {
    title: "Classification summary",
    ruleSet: "Rule set",
    rows: "Rows",
    classified: "classified",
    errors: "errors",
    category: "Category",
    households: "Households",
    share: "Share",
    poor: "Poor",
    "near-poor": "Near-poor",
    "poor-or-near-poor": "Poor and near-poor",
    average: "Average living standard",
    "above-average": "Above average",
    undetermined: "Undetermined",
    error: "Invalid rows",
    indicator: "Indicator",
    deprived: "Deprived",
    unknown: "Unknown",
    rate: "Rate",
    amongPnp: "Among poor & near-poor",
    deprivationTable: "Deprivations by indicator (rate among classified households; among poor and near-poor households)",
    af: "Alkire\u2013Foster (equal weights 1/{d}, k = {k}/{d}; {n} households with complete data, {incomplete} with unknown indicators left out)",
    afLine: "H = {H}   A = {A}   M0 = H \xD7 A = {M0}",
    censored: "Censored headcount",
    contribution: "Contribution to M0",
    groups: "By group: {by}",
    group: "Group",
    missing: "(none)",
    none: "\u2014"
  }
};
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
function count(value, locale) {
  return formatAmount(String(value), locale);
}
function percent(share, locale) {
  if (share === null) return LABELS[locale].none;
  const text = new Money(share).times(100).toDecimalPlaces(2).toFixed(2);
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}
function decimal(value, locale) {
  if (value === null) return LABELS[locale].none;
  const text = new Money(value).toDecimalPlaces(4).toFixed(4);
  return locale === "vi" ? text.replace(".", ",") : text;
}
function width(text) {
  return [...text].length;
}
function table(rows) {
  const widths = [];
  for (const row of rows) row.forEach((cell, i) => widths[i] = Math.max(widths[i] ?? 0, width(cell)));
  return rows.map(
    (row) => row.map((cell, i) => i === 0 ? cell + " ".repeat(widths[i] - width(cell)) : " ".repeat(widths[i] - width(cell)) + cell).join("  ").trimEnd()
  );
}
function catalogueFor(summary, locale, ruleSet) {
  if (summary.ruleSet === null) return {};
  if (ruleSet !== void 0 && ruleSet.id === summary.ruleSet.id) return ruleSet.messages[locale];
  for (const candidate of listRuleSets()) if (candidate.id === summary.ruleSet.id) return candidate.messages[locale];
  return {};
}
var CATEGORIES = ["poor", "near-poor", "poor-or-near-poor", "average", "above-average", "undetermined"];
function figuresLines(figures, locale, catalogue) {
  const l = LABELS[locale];
  const name = (id2) => catalogue[`indicator.${id2}.name`] ?? id2;
  const categoryRow = (label, cell) => [label, count(cell.count, locale), percent(cell.share, locale)];
  const lines = [];
  lines.push(`${l.rows}: ${count(figures.rows, locale)} (${l.classified} ${count(figures.classified, locale)}; ${l.errors} ${count(figures.errors.count, locale)})`);
  lines.push("");
  lines.push(
    ...table([
      [l.category, l.households, l.share],
      ...CATEGORIES.map((category2) => categoryRow(l[category2], figures.categories[category2])),
      categoryRow(l.error, figures.errors)
    ])
  );
  if (figures.indicators.length > 0) {
    lines.push("", l.deprivationTable);
    lines.push(
      ...table([
        [l.indicator, l.deprived, l.rate, l.unknown, l.amongPnp, l.rate],
        ...figures.indicators.map((indicator4) => [
          name(indicator4.id),
          count(indicator4.deprived, locale),
          percent(indicator4.rate, locale),
          count(indicator4.unknown, locale),
          count(indicator4.deprivedAmongPoorOrNearPoor, locale),
          percent(indicator4.rateAmongPoorOrNearPoor, locale)
        ])
      ])
    );
    const af = figures.alkireFoster;
    lines.push("", fill(l.af, { d: String(af.indicators), k: String(af.k), n: count(af.population, locale), incomplete: count(af.incomplete, locale) }));
    lines.push(fill(l.afLine, { H: percent(af.H, locale), A: percent(af.A, locale), M0: decimal(af.M0, locale) }));
    lines.push(
      ...table([
        [l.indicator, l.censored, l.contribution],
        ...af.censored.map((indicator4) => [name(indicator4.id), percent(indicator4.headcount, locale), percent(indicator4.contribution, locale)])
      ])
    );
  }
  return lines;
}
function renderSummary(summary, options = {}) {
  const locale = options.locale === "en" ? "en" : "vi";
  const l = LABELS[locale];
  const catalogue = catalogueFor(summary, locale, options.ruleSet);
  const head = summary.ruleSet === null ? l.title : `${l.title} \u2014 ${l.ruleSet} ${summary.ruleSet.id} ${summary.ruleSet.version} (${summary.ruleSet.fingerprint.slice(0, 12)}\u2026)`;
  const lines = [head, ...figuresLines(summary, locale, catalogue)];
  if (summary.groups.length > 0) {
    const label = (key) => key === null ? l.missing : key;
    lines.push("", fill(l.groups, { by: summary.by ?? "" }));
    lines.push(
      ...table([
        [l.group, l.rows, l.poor, l["near-poor"], l["poor-or-near-poor"], l.error, "M0"],
        ...summary.groups.map((group2) => [
          label(group2.key),
          count(group2.rows, locale),
          percent(group2.categories.poor.share, locale),
          percent(group2.categories["near-poor"].share, locale),
          percent(group2.categories["poor-or-near-poor"].share, locale),
          count(group2.errors.count, locale),
          decimal(group2.alkireFoster.M0, locale)
        ])
      ])
    );
    for (const group2 of summary.groups) {
      lines.push("", `== ${l.group}: ${label(group2.key)} ==`, ...figuresLines(group2, locale, catalogue));
    }
  }
  return lines.join("\n");
}

// src/batch/summarize.ts
var DECIMALS = 20;
function ratio(numerator, denominator) {
  if (denominator === 0) return null;
  if (numerator === 0) return "0";
  return new Money(numerator).div(denominator).toDecimalPlaces(DECIMALS).toFixed();
}
function countShare(count2, denominator) {
  return { count: count2, share: ratio(count2, denominator) };
}
var CATEGORY_SLOT = { poor: 0, "near-poor": 1, average: 2, "above-average": 3, undetermined: 4 };
var Tally = class {
  rows = 0;
  errors = 0;
  categories = [0, 0, 0, 0, 0];
  deprived;
  unknown;
  deprivedPoorOrNearPoor;
  censored;
  afPopulation = 0;
  afIncomplete = 0;
  afPoor = 0;
  afSum = 0;
  constructor(indicators) {
    this.deprived = new Array(indicators).fill(0);
    this.unknown = new Array(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array(indicators).fill(0);
    this.censored = new Array(indicators).fill(0);
  }
  resize(indicators) {
    this.deprived = new Array(indicators).fill(0);
    this.unknown = new Array(indicators).fill(0);
    this.deprivedPoorOrNearPoor = new Array(indicators).fill(0);
    this.censored = new Array(indicators).fill(0);
  }
  add(result, cut) {
    this.rows++;
    if (result === null) {
      this.errors++;
      return;
    }
    const slot = CATEGORY_SLOT[result.category];
    this.categories[slot]++;
    const poorOrNearPoor = slot <= 1;
    const indicators = result.indicators;
    const complete = result.unknownCount === 0;
    const afPoor = complete && result.deprivationCount >= cut;
    for (let i = 0; i < indicators.length; i++) {
      const status = indicators[i].status;
      if (status === "deprived") {
        this.deprived[i]++;
        if (poorOrNearPoor) this.deprivedPoorOrNearPoor[i]++;
        if (afPoor) this.censored[i]++;
      } else if (status === "unknown") this.unknown[i]++;
    }
    if (complete) {
      this.afPopulation++;
      if (afPoor) {
        this.afPoor++;
        this.afSum += result.deprivationCount;
      }
    } else this.afIncomplete++;
  }
  figures(meta, cut) {
    const rows = this.rows;
    const classified = rows - this.errors;
    const [poor, nearPoor, average, aboveAverage, undetermined] = this.categories;
    const pnp = poor + nearPoor;
    const d = meta.length;
    const n = this.afPopulation;
    const q = this.afPoor;
    const sum = this.afSum;
    return {
      rows,
      classified,
      errors: countShare(this.errors, rows),
      categories: {
        poor: countShare(poor, rows),
        "near-poor": countShare(nearPoor, rows),
        "poor-or-near-poor": countShare(pnp, rows),
        average: countShare(average, rows),
        "above-average": countShare(aboveAverage, rows),
        undetermined: countShare(undetermined, rows)
      },
      indicators: meta.map((indicator4, i) => ({
        id: indicator4.id,
        dimension: indicator4.dimension,
        deprived: this.deprived[i],
        unknown: this.unknown[i],
        rate: ratio(this.deprived[i], classified),
        deprivedAmongPoorOrNearPoor: this.deprivedPoorOrNearPoor[i],
        rateAmongPoorOrNearPoor: ratio(this.deprivedPoorOrNearPoor[i], pnp)
      })),
      alkireFoster: {
        indicators: d,
        weight: ratio(1, d),
        k: cut,
        kShare: ratio(cut, d),
        population: n,
        incomplete: this.afIncomplete,
        poor: q,
        deprivationSum: sum,
        H: ratio(q, n),
        A: ratio(sum, q * d),
        M0: ratio(sum, n * d),
        censored: meta.map((indicator4, i) => ({
          id: indicator4.id,
          count: this.censored[i],
          headcount: ratio(this.censored[i], n),
          contribution: ratio(this.censored[i], sum)
        }))
      }
    };
  }
};
function isBatchResult(item) {
  return typeof item.ok === "boolean";
}
function normaliseKey(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}
function createSummarizer(options = {}) {
  const by = options.by;
  if (by !== void 0 && typeof by !== "string" && typeof by !== "function") {
    throw new ValidationError([{ path: ["by"], code: "invalid_type", message: "by must be a field name or a function (row, index) => key" }]);
  }
  let ruleSet = null;
  let meta = [];
  let cut = 0;
  let known = false;
  if (options.ruleSet !== void 0) {
    const resolved = typeof options.ruleSet === "string" ? getRuleSet(options.ruleSet) : options.ruleSet;
    ruleSet = { id: resolved.id, version: resolved.version, fingerprint: resolved.fingerprint };
    meta = resolved.indicators.map((indicator4) => ({ id: indicator4.id, dimension: indicator4.dimension }));
    cut = resolved.deprivationCut.atLeast;
    known = true;
  }
  const total = new Tally(meta.length);
  const groups = /* @__PURE__ */ new Map();
  let index = 0;
  function keyOf2(item, result, at) {
    if (typeof by === "function") return normaliseKey(by(item, at));
    const own = item[by];
    if (own !== void 0) return normaliseKey(own);
    return result === null ? null : normaliseKey(result[by]);
  }
  return {
    add(item, key) {
      if (item === null || typeof item !== "object") {
        throw new ValidationError([{ path: [index], code: "invalid_type", message: "each row must be a classifyMany row or a classify result" }]);
      }
      let result;
      if (isBatchResult(item)) result = item.ok ? item.result : null;
      else if (typeof item.category === "string" && Array.isArray(item.indicators)) result = item;
      else throw new ValidationError([{ path: [index], code: "invalid_type", message: "each row must be a classifyMany row or a classify result" }]);
      if (result !== null) {
        if (!known) {
          ruleSet = { id: result.ruleSet.id, version: result.ruleSet.version, fingerprint: result.ruleSet.fingerprint };
          meta = result.indicators.map((indicator4) => ({ id: indicator4.id, dimension: indicator4.dimension }));
          cut = result.deprivationCut;
          known = true;
          total.resize(meta.length);
          for (const tally of groups.values()) tally.resize(meta.length);
        } else if (result.ruleSet.fingerprint !== ruleSet.fingerprint) {
          throw new ValidationError([
            {
              path: [index],
              code: "mixed_rule_sets",
              message: `row ${index} was classified under ${result.ruleSet.id} (${result.ruleSet.fingerprint.slice(0, 12)}\u2026), the rows before under ${ruleSet.id} (${ruleSet.fingerprint.slice(0, 12)}\u2026); summarize one rule set at a time`
            }
          ]);
        }
      }
      total.add(result, cut);
      if (by !== void 0 || key !== void 0) {
        const groupKey = key !== void 0 ? normaliseKey(key) : keyOf2(item, result, index);
        let tally = groups.get(groupKey);
        if (tally === void 0) {
          tally = new Tally(meta.length);
          groups.set(groupKey, tally);
        }
        tally.add(result, cut);
      }
      index++;
    },
    finish() {
      const keys = [...groups.keys()].sort((a, b) => a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
      return {
        ruleSet,
        by: by === void 0 ? groups.size > 0 ? "(key)" : null : typeof by === "string" ? by : "(function)",
        ...total.figures(meta, cut),
        groups: keys.map((key) => ({ key, ...groups.get(key).figures(meta, cut) }))
      };
    }
  };
}
function summarize(results, options = {}) {
  const summarizer = createSummarizer(options);
  for (const item of results) summarizer.add(item);
  return summarizer.finish();
}

// src/explain/messages.ts
var commonVi = {
  "category.poor": "h\u1ED9 ngh\xE8o",
  "category.near-poor": "h\u1ED9 c\u1EADn ngh\xE8o",
  "category.average": "h\u1ED9 c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh",
  "category.above-average": "h\u1ED9 kh\xF4ng thu\u1ED9c di\u1EC7n ngh\xE8o, c\u1EADn ngh\xE8o hay c\xF3 m\u1EE9c s\u1ED1ng trung b\xECnh",
  "category.undetermined": "ch\u01B0a x\xE1c \u0111\u1ECBnh",
  "status.deprived": "thi\u1EBFu h\u1EE5t",
  "status.not-deprived": "kh\xF4ng thi\u1EBFu h\u1EE5t",
  "status.unknown": "ch\u01B0a r\xF5",
  "area.rural": "n\xF4ng th\xF4n",
  "area.urban": "th\xE0nh th\u1ECB",
  "period.month": "th\xE1ng",
  "period.year": "n\u0103m",
  "currency": "\u0111\u1ED3ng",
  "headline": "K\u1EBFt qu\u1EA3: {category} \u2014 theo {ruleSetTitle} ({ruleSetId}, phi\xEAn b\u1EA3n {version}).",
  "headline.undetermined": "K\u1EBFt qu\u1EA3: ch\u01B0a x\xE1c \u0111\u1ECBnh \u2014 c\xF3 th\u1EC3 l\xE0 {possible}; theo {ruleSetTitle} ({ruleSetId}, phi\xEAn b\u1EA3n {version}).",
  "or": "ho\u1EB7c",
  "and": "v\xE0",
  "income.summary": "Thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi {approx}{perCapita} \u0111\u1ED3ng/ng\u01B0\u1EDDi/{period}: {comparisons}.",
  "income.at-or-below": "t\u1EEB {line} ({amount} \u0111\u1ED3ng, {area}) tr\u1EDF xu\u1ED1ng",
  "income.above": "tr\xEAn {line} ({amount} \u0111\u1ED3ng, {area})",
  "income.approx": "kho\u1EA3ng ",
  "income.score.at-or-below": "\u0110i\u1EC3m \u01B0\u1EDBc l\u01B0\u1EE3ng thu nh\u1EADp {score} (ng\u01B0\u1EE1ng {threshold} \u0111i\u1EC3m, {area}): t\u1EEB ng\u01B0\u1EE1ng tr\u1EDF xu\u1ED1ng, t\u01B0\u01A1ng \u1EE9ng thu nh\u1EADp t\u1EEB {line} tr\u1EDF xu\u1ED1ng [{citation}].",
  "income.score.above": "\u0110i\u1EC3m \u01B0\u1EDBc l\u01B0\u1EE3ng thu nh\u1EADp {score} (ng\u01B0\u1EE1ng {threshold} \u0111i\u1EC3m, {area}): tr\xEAn ng\u01B0\u1EE1ng, t\u01B0\u01A1ng \u1EE9ng thu nh\u1EADp tr\xEAn {line} [{citation}].",
  "undetermined.score": "\u0110i\u1EC3m ch\u1EC9 cho bi\u1EBFt thu nh\u1EADp \u1EDF tr\xEAn hay d\u01B0\u1EDBi chu\u1EA9n, kh\xF4ng x\u1EBFp \u0111\u01B0\u1EE3c h\u1ED9 v\xE0o d\u1EA3i m\u1EE9c s\u1ED1ng trung b\xECnh: c\u1EA7n thu nh\u1EADp b\u1EB1ng ti\u1EC1n \u0111\u1EC3 ph\xE2n bi\u1EC7t {possible}.",
  "lowIncomeWorker.true": "Ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong h\u1ED9 thu\u1ED9c di\u1EC7n ng\u01B0\u1EDDi lao \u0111\u1ED9ng c\xF3 thu nh\u1EADp th\u1EA5p (h\u1ED9 kh\xF4ng ngh\xE8o, kh\xF4ng c\u1EADn ngh\xE8o; thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi t\u1EEB {ceiling} \u0111\u1ED3ng tr\u1EDF xu\u1ED1ng, {area}) [{citation}].",
  "lowIncomeWorker.false": "Ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong h\u1ED9 kh\xF4ng thu\u1ED9c di\u1EC7n ng\u01B0\u1EDDi lao \u0111\u1ED9ng c\xF3 thu nh\u1EADp th\u1EA5p (c\u1EA7n: h\u1ED9 kh\xF4ng ngh\xE8o, kh\xF4ng c\u1EADn ngh\xE8o v\xE0 thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi t\u1EEB {ceiling} \u0111\u1ED3ng tr\u1EDF xu\u1ED1ng, {area}) [{citation}].",
  "lowIncomeWorker.unknown": "Ch\u01B0a x\xE1c \u0111\u1ECBnh \u0111\u01B0\u1EE3c ng\u01B0\u1EDDi lao \u0111\u1ED9ng trong h\u1ED9 c\xF3 thu\u1ED9c di\u1EC7n thu nh\u1EADp th\u1EA5p kh\xF4ng (c\u1EA7n: h\u1ED9 kh\xF4ng ngh\xE8o, kh\xF4ng c\u1EADn ngh\xE8o v\xE0 thu nh\u1EADp b\xECnh qu\xE2n \u0111\u1EA7u ng\u01B0\u1EDDi t\u1EEB {ceiling} \u0111\u1ED3ng tr\u1EDF xu\u1ED1ng, {area}) [{citation}].",
  "deprivations.summary": "Thi\u1EBFu h\u1EE5t {count}/{total} ch\u1EC9 s\u1ED1 (ng\u01B0\u1EE1ng: t\u1EEB {cut} ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn).",
  "deprivations.summary.unknown": "Thi\u1EBFu h\u1EE5t {count}/{total} ch\u1EC9 s\u1ED1, {unknown} ch\u1EC9 s\u1ED1 ch\u01B0a r\xF5 (ng\u01B0\u1EE1ng: t\u1EEB {cut} ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn).",
  "basis": "C\u0103n c\u1EE9: {citation}.",
  "undetermined.why": "C\u1EA7n x\xE1c minh c\xE1c ch\u1EC9 s\u1ED1 ch\u01B0a r\xF5 \u0111\u1EC3 k\u1EBFt lu\u1EADn: {list}.",
  "indicators.heading": "C\xE1c ch\u1EC9 s\u1ED1:",
  "source.answer": "theo c\xE2u tr\u1EA3 l\u1EDDi tr\xEAn phi\u1EBFu r\xE0 so\xE1t",
  "evidence.none": "ch\u01B0a c\xF3 c\xE2u tr\u1EA3 l\u1EDDi v\xE0 ch\u01B0a \u0111\u1EE7 th\xF4ng tin \u0111\u1EC3 x\xE1c \u0111\u1ECBnh",
  "member.index": "th\xE0nh vi\xEAn s\u1ED1 {n}",
  "member.id": "th\xE0nh vi\xEAn \xAB{id}\xBB",
  "citation.article": "\u0110i\u1EC1u {v}",
  "citation.clause": "kho\u1EA3n {v}",
  "citation.point": "\u0111i\u1EC3m {v}",
  "citation.appendix": "Ph\u1EE5 l\u1EE5c",
  "citation.appendix.numbered": "Ph\u1EE5 l\u1EE5c {v}",
  "citation.item": "m\u1EE5c {v}",
  "citation.unchecked": "(ch\u01B0a \u0111\u1ED1i chi\u1EBFu t\u1EEBng ch\u1EEF v\u1EDBi v\u0103n b\u1EA3n ch\xEDnh th\u1EE9c)",
  "value.durability.permanent": "ki\xEAn c\u1ED1",
  "value.durability.semi-permanent": "b\xE1n ki\xEAn c\u1ED1",
  "value.durability.less-permanent": "thi\u1EBFu ki\xEAn c\u1ED1",
  "value.durability.simple": "\u0111\u01A1n s\u01A1"
};
var commonEn = {
  "category.poor": "poor household",
  "category.near-poor": "near-poor household",
  "category.average": "household of average living standard",
  "category.above-average": "household above the average living standard (none of the categories)",
  "category.undetermined": "undetermined",
  "status.deprived": "deprived",
  "status.not-deprived": "not deprived",
  "status.unknown": "unknown",
  "area.rural": "rural",
  "area.urban": "urban",
  "period.month": "month",
  "period.year": "year",
  "currency": "VND",
  "headline": "Result: {category} \u2014 under the {ruleSetTitle} ({ruleSetId}, version {version}).",
  "headline.undetermined": "Result: undetermined \u2014 could be {possible}; under the {ruleSetTitle} ({ruleSetId}, version {version}).",
  "or": "or",
  "and": "and",
  "income.summary": "Per-capita income {approx}VND {perCapita} per person per {period}: {comparisons}.",
  "income.at-or-below": "at or below the {line} (VND {amount}, {area})",
  "income.above": "above the {line} (VND {amount}, {area})",
  "income.approx": "about ",
  "income.score.at-or-below": "Income-proxy score {score} (threshold {threshold}, {area}): at or below the threshold, which stands for income at or below the {line} [{citation}].",
  "income.score.above": "Income-proxy score {score} (threshold {threshold}, {area}): above the threshold, which stands for income above the {line} [{citation}].",
  "undetermined.score": "A score only tells whether the income is above or below the line; it cannot place a household in the average-living band: give the income in money to tell {possible} apart.",
  "lowIncomeWorker.true": "The household's workers qualify as low-income workers (household neither poor nor near-poor; per-capita income at most VND {ceiling}, {area}) [{citation}].",
  "lowIncomeWorker.false": "The household's workers do not qualify as low-income workers (required: household neither poor nor near-poor and per-capita income at most VND {ceiling}, {area}) [{citation}].",
  "lowIncomeWorker.unknown": "Cannot tell whether the household's workers qualify as low-income workers (required: household neither poor nor near-poor and per-capita income at most VND {ceiling}, {area}) [{citation}].",
  "deprivations.summary": "Deprived on {count} of {total} indicators (cut: {cut} or more).",
  "deprivations.summary.unknown": "Deprived on {count} of {total} indicators, {unknown} unknown (cut: {cut} or more).",
  "basis": "Legal basis: {citation}.",
  "undetermined.why": "Check the unknown indicators to decide: {list}.",
  "indicators.heading": "Indicators:",
  "source.answer": "as answered on the review form",
  "evidence.none": "no answer and not enough facts to decide",
  "member.index": "member {n}",
  "member.id": "member \u201C{id}\u201D",
  "citation.article": "Art. {v}",
  "citation.clause": "cl. {v}",
  "citation.point": "pt. {v}",
  "citation.appendix": "Appendix",
  "citation.appendix.numbered": "Appendix {v}",
  "citation.item": "item {v}",
  "citation.unchecked": "(not yet checked word for word against the official text)",
  "value.durability.permanent": "permanent",
  "value.durability.semi-permanent": "semi-permanent",
  "value.durability.less-permanent": "less-permanent",
  "value.durability.simple": "simple (makeshift)"
};

// src/explain/index.ts
var COMMON = { vi: commonVi, en: commonEn };
function fill2(template, values) {
  return template.replace(/\{([\w:.-]+)\}/g, (whole, key) => values[key] ?? whole);
}
function catalogueFor2(result, locale, ruleSet) {
  if (ruleSet !== void 0 && ruleSet.id === result.ruleSet.id) return ruleSet.messages[locale];
  for (const candidate of listRuleSets()) if (candidate.id === result.ruleSet.id) return candidate.messages[locale];
  return {};
}
function formatCitation(citation2, locale = "vi") {
  const m = COMMON[locale];
  const parts = [citation2.instrument.name[locale]];
  if (citation2.article !== void 0) parts.push(fill2(m["citation.article"], { v: citation2.article }));
  if (citation2.clause !== void 0) parts.push(fill2(m["citation.clause"], { v: citation2.clause }));
  if (citation2.point !== void 0) parts.push(fill2(m["citation.point"], { v: citation2.point }));
  if (citation2.appendix !== void 0) {
    parts.push(citation2.appendix === "" ? m["citation.appendix"] : fill2(m["citation.appendix.numbered"], { v: citation2.appendix }));
  }
  if (citation2.item !== void 0) parts.push(fill2(m["citation.item"], { v: citation2.item }));
  const text = parts.join(", ");
  return citation2.confidence === "C" ? `${text} ${m["citation.unchecked"]}` : text;
}
function listJoin(items, locale, word) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${COMMON[locale][word]} ${items[items.length - 1]}`;
}
function memberList(members, locale) {
  const m = COMMON[locale];
  return listJoin(
    (members ?? []).map((member) => member.id === void 0 ? fill2(m["member.index"], { n: String(member.index + 1) }) : fill2(m["member.id"], { id: String(member.id) })),
    locale,
    "and"
  );
}
function percent2(value, locale) {
  if (value === void 0) return "";
  const text = new Money(value).times(100).toDecimalPlaces(2).toFixed();
  return `${locale === "vi" ? text.replace(".", ",") : text}%`;
}
function evidenceValues(evidence, locale) {
  const m = COMMON[locale];
  const values = {
    members: memberList(evidence.members, locale),
    unknownMembers: memberList(evidence.unknownMembers, locale),
    count: String(evidence.count ?? ""),
    size: String(evidence.size ?? ""),
    value: evidence.value === void 0 ? "" : `${evidence.valueExact === false ? "\u2248" : ""}${formatAmount(evidence.value, locale)}`,
    threshold: evidence.threshold === void 0 ? "" : formatAmount(evidence.threshold, locale),
    valuePercent: `${evidence.valueExact === false ? "\u2248" : ""}${percent2(evidence.value, locale)}`,
    thresholdPercent: percent2(evidence.threshold, locale)
  };
  for (const [fact2, value] of Object.entries(evidence.facts ?? {})) {
    values[`fact:${fact2}`] = typeof value === "string" ? m[`value.${fact2}.${value}`] ?? value : String(value);
  }
  return values;
}
function indicatorLine(indicator4, position, catalogue, locale) {
  const m = COMMON[locale];
  const name = catalogue[`indicator.${indicator4.id}.name`] ?? indicator4.id;
  let reason;
  if (indicator4.evidence.basis === "answer") reason = m["source.answer"];
  else if (indicator4.evidence.basis === "none") reason = m["evidence.none"];
  else if (indicator4.evidence.basis === "answer-required") reason = catalogue[`indicator.${indicator4.id}.unknown`] ?? indicator4.evidence.reason?.[locale] ?? m["evidence.none"];
  else {
    const template = catalogue[`indicator.${indicator4.id}.${indicator4.status}`];
    reason = template === void 0 ? indicator4.citation.paraphrase[locale] : fill2(template, evidenceValues(indicator4.evidence, locale));
  }
  return `${position}. ${name} \u2014 ${m[`status.${indicator4.status}`]}: ${reason}. [${formatCitation(indicator4.citation, locale)}]`;
}
function explain(result, options = {}) {
  const locale = options.locale === "en" ? "en" : "vi";
  const m = COMMON[locale];
  const catalogue = catalogueFor2(result, locale, options.ruleSet);
  const ruleSetValues = {
    ruleSetTitle: catalogue["ruleSet.title"] ?? result.ruleSet.title[locale],
    ruleSetId: result.ruleSet.id,
    version: result.ruleSet.version
  };
  const lines = [];
  if (result.category === "undetermined") {
    const possible = listJoin(result.possibleCategories.map((category2) => catalogue[`category.${category2}`] ?? m[`category.${category2}`]), locale, "or");
    lines.push(fill2(m["headline.undetermined"], { ...ruleSetValues, possible }));
  } else {
    lines.push(fill2(m["headline"], { ...ruleSetValues, category: catalogue[`category.${result.category}`] ?? m[`category.${result.category}`] }));
  }
  const area = m[`area.${result.area}`];
  const bounding = result.income.comparisons.filter((comparison) => comparison.line === result.income.band.above || comparison.line === result.income.band.atOrBelow);
  const comparisons = bounding.map(
    (comparison) => fill2(m[`income.${comparison.outcome}`], {
      line: catalogue[`incomeLine.${comparison.line}`] ?? comparison.line,
      amount: formatAmount(comparison.amount, locale),
      area
    })
  );
  const score = result.income.score;
  if (score !== void 0) {
    lines.push(
      fill2(m[`income.score.${score.outcome}`], {
        score: formatAmount(score.value, locale),
        threshold: formatAmount(score.threshold, locale),
        area,
        line: catalogue[`incomeLine.${score.line}`] ?? score.line,
        citation: formatCitation(score.citation, locale)
      })
    );
  } else {
    lines.push(
      fill2(m["income.summary"], {
        approx: result.income.perCapitaExact ? "" : m["income.approx"],
        perCapita: formatAmount(result.income.perCapita, locale),
        period: m[`period.${result.income.period}`],
        comparisons: comparisons.join("; ")
      })
    );
  }
  lines.push(
    fill2(m[result.unknownCount > 0 ? "deprivations.summary.unknown" : "deprivations.summary"], {
      count: String(result.deprivationCount),
      total: String(result.indicators.length),
      unknown: String(result.unknownCount),
      cut: String(result.deprivationCut)
    })
  );
  if (result.rule !== null) lines.push(fill2(m["basis"], { citation: formatCitation(result.rule.citation, locale) }));
  else if (score !== void 0 && score.outcome === "above") {
    const possible = listJoin(result.possibleCategories.map((category2) => catalogue[`category.${category2}`] ?? m[`category.${category2}`]), locale, "or");
    lines.push(fill2(m["undetermined.score"], { possible }));
  } else {
    const unknown = result.indicators.filter((indicator4) => indicator4.status === "unknown").map((indicator4) => catalogue[`indicator.${indicator4.id}.name`] ?? indicator4.id);
    lines.push(fill2(m["undetermined.why"], { list: unknown.join(", ") }));
  }
  if (result.lowIncomeWorker !== void 0) {
    const flag = result.lowIncomeWorker;
    lines.push(
      fill2(m[`lowIncomeWorker.${flag.eligible === null ? "unknown" : String(flag.eligible)}`], {
        ceiling: formatAmount(flag.ceiling, locale),
        area,
        citation: formatCitation(flag.citation, locale)
      })
    );
  }
  const paragraph = lines.join(" ");
  const indicatorLines = result.indicators.map((indicator4, index) => indicatorLine(indicator4, index + 1, catalogue, locale));
  return [paragraph, m["indicators.heading"], ...indicatorLines].join("\n");
}

// src/index.ts
var src_exports = {};
__export(src_exports, {
  MAX_HOUSEHOLD_SIZE: () => MAX_HOUSEHOLD_SIZE,
  ValidationError: () => ValidationError,
  classify: () => classify,
  classifyMany: () => classifyMany,
  compareStandards: () => compareStandards,
  createSummarizer: () => createSummarizer,
  deriveRuleSet: () => deriveRuleSet,
  diffRuleSets: () => diffRuleSets,
  explain: () => explain,
  formatCitation: () => formatCitation,
  getRuleSet: () => getRuleSet,
  listRuleSets: () => listRuleSets,
  renderDiff: () => renderDiff,
  renderSummary: () => renderSummary,
  ruleSetFor: () => ruleSetFor,
  summarize: () => summarize,
  transitionBetween: () => transitionBetween
});

// src/compare.ts
var DECISION_24_2021 = Object.freeze({
  instrument: Object.freeze({ id: "decision-24-2021", name: Object.freeze({ vi: "Quy\u1EBFt \u0111\u1ECBnh 24/2021/Q\u0110-TTg", en: "Decision 24/2021/Q\u0110-TTg" }) }),
  paraphrase: Object.freeze({
    vi: "K\u1EBFt qu\u1EA3 r\xE0 so\xE1t \u0111\u01B0\u1EE3c c\xF4ng nh\u1EADn: h\u1ED9 ngh\xE8o, h\u1ED9 c\u1EADn ngh\xE8o, h\u1ED9 tho\xE1t ngh\xE8o, h\u1ED9 tho\xE1t c\u1EADn ngh\xE8o; b\xE1o c\xE1o ph\xE2n bi\u1EC7t h\u1ED9 ph\xE1t sinh m\u1EDBi, h\u1ED9 ngh\xE8o t\u1EEB h\u1ED9 c\u1EADn ngh\xE8o.",
    en: "Review outcomes recognised: poor, near-poor, escaped poverty, escaped near-poverty; reports distinguish newly poor households and poor households from previous near-poor."
  }),
  confidence: "A"
});
var WORDS = {
  "remained-poor": { vi: "v\u1EABn l\xE0 h\u1ED9 ngh\xE8o", en: "remained poor" },
  "poor-to-near-poor": { vi: "tho\xE1t ngh\xE8o, tr\u1EDF th\xE0nh h\u1ED9 c\u1EADn ngh\xE8o", en: "escaped poverty, now near-poor" },
  "escaped-poverty": { vi: "tho\xE1t ngh\xE8o", en: "escaped poverty" },
  "near-poor-to-poor": { vi: "h\u1ED9 ngh\xE8o t\u1EEB h\u1ED9 c\u1EADn ngh\xE8o", en: "poor, from near-poor" },
  "remained-near-poor": { vi: "v\u1EABn l\xE0 h\u1ED9 c\u1EADn ngh\xE8o", en: "remained near-poor" },
  "escaped-near-poverty": { vi: "tho\xE1t c\u1EADn ngh\xE8o", en: "escaped near-poverty" },
  "newly-poor": { vi: "h\u1ED9 ngh\xE8o ph\xE1t sinh m\u1EDBi", en: "newly poor" },
  "newly-near-poor": { vi: "h\u1ED9 c\u1EADn ngh\xE8o ph\xE1t sinh m\u1EDBi", en: "newly near-poor" },
  "neither-poor-nor-near-poor": { vi: "kh\xF4ng thu\u1ED9c di\u1EC7n ngh\xE8o, c\u1EADn ngh\xE8o theo c\u1EA3 hai chu\u1EA9n", en: "neither poor nor near-poor under either standard" },
  undetermined: { vi: "ch\u01B0a x\xE1c \u0111\u1ECBnh (k\u1EBFt qu\u1EA3 theo m\u1ED9t chu\u1EA9n ch\u01B0a x\xE1c \u0111\u1ECBnh)", en: "undetermined (a result under one standard is undetermined)" }
};
var group = (category2) => category2 === "poor" || category2 === "near-poor" ? category2 : "other";
var KIND = {
  poor: { poor: "remained-poor", "near-poor": "poor-to-near-poor", other: "escaped-poverty" },
  "near-poor": { poor: "near-poor-to-poor", "near-poor": "remained-near-poor", other: "escaped-near-poverty" },
  other: { poor: "newly-poor", "near-poor": "newly-near-poor", other: "neither-poor-nor-near-poor" }
};
var KIND_ORDER = [
  "remained-poor",
  "poor-to-near-poor",
  "escaped-poverty",
  "near-poor-to-poor",
  "remained-near-poor",
  "escaped-near-poverty",
  "newly-poor",
  "newly-near-poor",
  "neither-poor-nor-near-poor"
];
function transitionBetween(from, to) {
  const kinds = /* @__PURE__ */ new Set();
  for (const a of from.possibleCategories) for (const b of to.possibleCategories) kinds.add(KIND[group(a)][group(b)]);
  const possibleKinds = KIND_ORDER.filter((kind2) => kinds.has(kind2));
  const kind = possibleKinds.length === 1 ? possibleKinds[0] : "undetermined";
  return { from: from.ruleSet.id, to: to.ruleSet.id, kind, possibleKinds, words: WORDS[kind], citation: DECISION_24_2021 };
}
function isPlainRecord(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
function compareStandards(household, standards, options = {}) {
  if (!Array.isArray(standards) || standards.length < 2) {
    throw new ValidationError([{ path: ["standards"], code: "too_few_standards", message: 'give at least two standards to compare, e.g. ["vn-2016-2020", "vn-2022-2025"]' }]);
  }
  const ruleSets = standards.map((standard) => typeof standard === "string" ? getRuleSet(standard) : standard);
  const known = /* @__PURE__ */ new Set();
  for (const ruleSet of ruleSets) for (const indicator4 of ruleSet.indicators) known.add(indicator4.id);
  const shared = isPlainRecord(household) && isPlainRecord(household.deprivations) ? household.deprivations : void 0;
  if (shared !== void 0) {
    const unknown = Object.keys(shared).filter((key) => !known.has(key));
    if (unknown.length > 0) {
      throw new ValidationError(
        unknown.map((key) => ({ path: ["deprivations", key], code: "unrecognized_keys", message: `unknown field "${key.slice(0, 60)}" (not an indicator of any compared rule set)` }))
      );
    }
  }
  const results = ruleSets.map((ruleSet) => {
    const ids = new Set(ruleSet.indicators.map((indicator4) => indicator4.id));
    const ignoredAnswers = [];
    let input = household;
    const own = options.answers?.[ruleSet.id];
    if (isPlainRecord(household) && (shared !== void 0 || own !== void 0)) {
      const deprivations = {};
      if (shared !== void 0) {
        for (const [key, value] of Object.entries(shared)) {
          if (ids.has(key)) deprivations[key] = value;
          else ignoredAnswers.push(key);
        }
      }
      if (own !== void 0) Object.assign(deprivations, own);
      input = { ...household, deprivations };
    }
    const date = options.dates?.[ruleSet.id];
    const classification = classify(input, {
      ruleSet,
      ...date === void 0 ? {} : { date },
      ...options.allowProvisional === true ? { allowProvisional: true } : {}
    });
    return { ruleSetId: ruleSet.id, classification, ignoredAnswers };
  });
  const transitions = [];
  for (let i = 1; i < results.length; i++) transitions.push(transitionBetween(results[i - 1].classification, results[i].classification));
  const transition = results.length === 2 ? transitions[0] : transitionBetween(results[0].classification, results[results.length - 1].classification);
  const order = [];
  for (const ruleSet of ruleSets) for (const indicator4 of ruleSet.indicators) if (!order.includes(indicator4.id)) order.push(indicator4.id);
  const indicators = order.map((id2) => {
    const statuses = {};
    const seen = /* @__PURE__ */ new Set();
    let inAll = true;
    for (const result of results) {
      const found = result.classification.indicators.find((indicator4) => indicator4.id === id2);
      statuses[result.ruleSetId] = found === void 0 ? null : found.status;
      if (found === void 0) inAll = false;
      else if (found.status !== "unknown") seen.add(found.status);
    }
    return { id: id2, statuses, inAll, differs: seen.size > 1 };
  });
  return { results, transition, transitions, indicators };
}

// src/diff.ts
function ref2(ruleSet) {
  return { id: ruleSet.id, version: ruleSet.version, fingerprint: ruleSet.fingerprint };
}
function snapshot(line) {
  return { id: line.id, rural: line.amounts.rural, urban: line.amounts.urban };
}
function changes(a, b, path = "") {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (isObject(a) && isObject(b)) {
    const keys = [.../* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => changes(a[key], b[key], path === "" ? key : `${path}.${key}`));
  }
  if (a === void 0 && b === void 0) return [];
  if (a !== void 0 && b !== void 0 && canonicalJson(a) === canonicalJson(b)) return [];
  return [{ path, from: a ?? null, to: b ?? null }];
}
function bands(ruleSet) {
  const lineIds = ruleSet.incomeLines.map((line) => line.id);
  const out = [];
  for (let position = 0; position <= lineIds.length; position++) {
    const pick = (cutMet) => ruleSet.categoryRules.find((rule) => ruleMatches(rule, position, cutMet, lineIds)).category;
    out.push({
      above: position === 0 ? null : snapshot(ruleSet.incomeLines[position - 1]),
      atOrBelow: position === lineIds.length ? null : snapshot(ruleSet.incomeLines[position]),
      cutMet: pick(true),
      cutNotMet: pick(false)
    });
  }
  return out;
}
function diffRuleSets(a, b) {
  const linesA = new Map(a.incomeLines.map((line) => [line.id, line]));
  const linesB = new Map(b.incomeLines.map((line) => [line.id, line]));
  const changedLines = [];
  for (const line of a.incomeLines) {
    const other = linesB.get(line.id);
    if (other === void 0) continue;
    const sameAmounts = line.amounts.rural === other.amounts.rural && line.amounts.urban === other.amounts.urban;
    const citation2 = changes(line.citation, other.citation);
    if (!sameAmounts || citation2.length > 0) {
      changedLines.push({ id: line.id, amounts: sameAmounts ? null : { from: snapshot(line), to: snapshot(other) }, citation: citation2 });
    }
  }
  const bandsA = bands(a);
  const bandsB = bands(b);
  const dimsA = a.dimensions.map((dimension2) => dimension2.id);
  const dimsB = b.dimensions.map((dimension2) => dimension2.id);
  const indA = new Map(a.indicators.map((indicator4) => [indicator4.id, indicator4]));
  const indB = new Map(b.indicators.map((indicator4) => [indicator4.id, indicator4]));
  const changedIndicators = [];
  for (const indicator4 of a.indicators) {
    const other = indB.get(indicator4.id);
    if (other === void 0) continue;
    const test = changes(indicator4.test, other.test);
    const citation2 = changes(indicator4.citation, other.citation);
    const dimension2 = indicator4.dimension === other.dimension ? null : { from: indicator4.dimension, to: other.dimension };
    if (test.length > 0 || citation2.length > 0 || dimension2 !== null) changedIndicators.push({ id: indicator4.id, dimension: dimension2, test, citation: citation2 });
  }
  return {
    from: ref2(a),
    to: ref2(b),
    identical: a.fingerprint === b.fingerprint,
    status: a.status === b.status ? null : { from: a.status, to: b.status },
    effective: a.effective.from === b.effective.from && a.effective.to === b.effective.to ? null : { from: { from: a.effective.from, to: a.effective.to }, to: { from: b.effective.from, to: b.effective.to } },
    incomePeriod: a.incomePeriod === b.incomePeriod ? null : { from: a.incomePeriod, to: b.incomePeriod },
    incomeLines: {
      added: b.incomeLines.filter((line) => !linesA.has(line.id)).map(snapshot),
      removed: a.incomeLines.filter((line) => !linesB.has(line.id)).map(snapshot),
      changed: changedLines
    },
    bands: { from: bandsA, to: bandsB, changed: canonicalJson(bandsA) !== canonicalJson(bandsB) },
    cut: a.deprivationCut.atLeast === b.deprivationCut.atLeast ? null : { from: a.deprivationCut.atLeast, to: b.deprivationCut.atLeast },
    dimensions: { added: dimsB.filter((id2) => !dimsA.includes(id2)), removed: dimsA.filter((id2) => !dimsB.includes(id2)) },
    indicators: {
      added: b.indicators.filter((indicator4) => !indA.has(indicator4.id)).map((indicator4) => indicator4.id),
      removed: a.indicators.filter((indicator4) => !indB.has(indicator4.id)).map((indicator4) => indicator4.id),
      changed: changedIndicators
    }
  };
}
var TEXT = {
  vi: {
    heading: "So s\xE1nh {a} (phi\xEAn b\u1EA3n {av}) \u2192 {b} (phi\xEAn b\u1EA3n {bv})",
    identical: "Hai b\u1ED9 quy t\u1EAFc gi\u1ED1ng h\u1EC7t nhau (c\xF9ng d\u1EA5u v\xE2n tay).",
    status: "Tr\u1EA1ng th\xE1i: {from} \u2192 {to}",
    effective: "Th\u1EDDi gian hi\u1EC7u l\u1EF1c: {from} \u2192 {to}",
    period: "\u0110\u01A1n v\u1ECB thu nh\u1EADp: \u0111\u1ED3ng/ng\u01B0\u1EDDi/{from} \u2192 \u0111\u1ED3ng/ng\u01B0\u1EDDi/{to}",
    lineAdded: "Th\xEAm chu\u1EA9n thu nh\u1EADp {id}: n\xF4ng th\xF4n {rural}, th\xE0nh th\u1ECB {urban}",
    lineRemoved: "B\u1ECF chu\u1EA9n thu nh\u1EADp {id}: n\xF4ng th\xF4n {rural}, th\xE0nh th\u1ECB {urban}",
    lineChanged: "Chu\u1EA9n thu nh\u1EADp {id}: n\xF4ng th\xF4n {r1} \u2192 {r2}, th\xE0nh th\u1ECB {u1} \u2192 {u2}",
    lineCitation: "C\u0103n c\u1EE9 c\u1EE7a chu\u1EA9n thu nh\u1EADp {id} thay \u0111\u1ED5i: {fields}",
    bandsHeading: "Ph\xE2n lo\u1EA1i theo kho\u1EA3ng thu nh\u1EADp ({which}):",
    before: "tr\u01B0\u1EDBc",
    after: "sau",
    band: "  {interval}: {cutMet} n\u1EBFu thi\u1EBFu h\u1EE5t t\u1EEB ng\u01B0\u1EE1ng tr\u1EDF l\xEAn; {cutNotMet} n\u1EBFu d\u01B0\u1EDBi ng\u01B0\u1EE1ng",
    bandSame: "  {interval}: {cutMet}",
    atOrBelow: "t\u1EEB {line} ({amount}) tr\u1EDF xu\u1ED1ng",
    above: "tr\xEAn {line} ({amount})",
    between: "tr\xEAn {low} ({lowAmount}) \u0111\u1EBFn {high} ({highAmount})",
    cut: "Ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t: t\u1EEB {from} \u2192 t\u1EEB {to} ch\u1EC9 s\u1ED1",
    dimAdded: "Th\xEAm chi\u1EC1u: {list}",
    dimRemoved: "B\u1ECF chi\u1EC1u: {list}",
    indAdded: "Th\xEAm ch\u1EC9 s\u1ED1: {list}",
    indRemoved: "B\u1ECF ch\u1EC9 s\u1ED1: {list}",
    indChanged: "Ch\u1EC9 s\u1ED1 {id} thay \u0111\u1ED5i: {fields}",
    indDimension: "chi\u1EC1u {from} \u2192 {to}",
    none: "(kh\xF4ng c\xF3)",
    absent: "(kh\xF4ng c\xF3)"
  },
  en: {
    heading: "Comparing {a} (version {av}) \u2192 {b} (version {bv})",
    identical: "The two rule sets are identical (same fingerprint).",
    status: "Status: {from} \u2192 {to}",
    effective: "Effective period: {from} \u2192 {to}",
    period: "Income unit: VND per person per {from} \u2192 per {to}",
    lineAdded: "Income line added {id}: rural {rural}, urban {urban}",
    lineRemoved: "Income line removed {id}: rural {rural}, urban {urban}",
    lineChanged: "Income line {id}: rural {r1} \u2192 {r2}, urban {u1} \u2192 {u2}",
    lineCitation: "Citation of income line {id} changed: {fields}",
    bandsHeading: "Categories by income band ({which}):",
    before: "before",
    after: "after",
    band: "  {interval}: {cutMet} with deprivations at or above the cut; {cutNotMet} below it",
    bandSame: "  {interval}: {cutMet}",
    atOrBelow: "at or below {line} ({amount})",
    above: "above {line} ({amount})",
    between: "above {low} ({lowAmount}) up to {high} ({highAmount})",
    cut: "Deprivation cut: {from} \u2192 {to} or more indicators",
    dimAdded: "Dimensions added: {list}",
    dimRemoved: "Dimensions removed: {list}",
    indAdded: "Indicators added: {list}",
    indRemoved: "Indicators removed: {list}",
    indChanged: "Indicator {id} changed: {fields}",
    indDimension: "dimension {from} \u2192 {to}",
    none: "(none)",
    absent: "(absent)"
  }
};
function fill3(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
function show(value, locale) {
  if (value === null || value === void 0) return TEXT[locale].absent;
  if (typeof value === "string") return /^\d+(\.\d+)?$/.test(value) ? formatAmount(value, locale) : value;
  if (typeof value === "object" && "vi" in value && "en" in value) return String(value[locale]);
  return canonicalJson(value);
}
function fields(list, locale) {
  const other = locale === "vi" ? ".en" : ".vi";
  return list.filter((change) => !change.path.endsWith(other)).map((change) => `${change.path}: ${show(change.from, locale)} \u2192 ${show(change.to, locale)}`).join("; ");
}
function interval(band, locale, area) {
  const t = TEXT[locale];
  if (band.above === null && band.atOrBelow !== null) return fill3(t.atOrBelow, { line: band.atOrBelow.id, amount: formatAmount(band.atOrBelow[area], locale) });
  if (band.atOrBelow === null && band.above !== null) return fill3(t.above, { line: band.above.id, amount: formatAmount(band.above[area], locale) });
  if (band.above !== null && band.atOrBelow !== null) {
    return fill3(t.between, { low: band.above.id, lowAmount: formatAmount(band.above[area], locale), high: band.atOrBelow.id, highAmount: formatAmount(band.atOrBelow[area], locale) });
  }
  return "\u2014";
}
function renderDiff(diff, locale = "vi") {
  const t = TEXT[locale === "en" ? "en" : "vi"];
  const loc = locale === "en" ? "en" : "vi";
  const out = [fill3(t.heading, { a: diff.from.id, av: diff.from.version, b: diff.to.id, bv: diff.to.version })];
  if (diff.identical) {
    out.push(t.identical);
    return out.join("\n");
  }
  if (diff.status !== null) out.push(fill3(t.status, diff.status));
  if (diff.effective !== null) {
    out.push(fill3(t.effective, { from: `${diff.effective.from.from}..${diff.effective.from.to}`, to: `${diff.effective.to.from}..${diff.effective.to.to}` }));
  }
  if (diff.incomePeriod !== null) out.push(fill3(t.period, diff.incomePeriod));
  for (const line of diff.incomeLines.added) out.push(fill3(t.lineAdded, { id: line.id, rural: formatAmount(line.rural, loc), urban: formatAmount(line.urban, loc) }));
  for (const line of diff.incomeLines.removed) out.push(fill3(t.lineRemoved, { id: line.id, rural: formatAmount(line.rural, loc), urban: formatAmount(line.urban, loc) }));
  for (const line of diff.incomeLines.changed) {
    if (line.amounts !== null) {
      const { from, to } = line.amounts;
      out.push(fill3(t.lineChanged, { id: line.id, r1: formatAmount(from.rural, loc), r2: formatAmount(to.rural, loc), u1: formatAmount(from.urban, loc), u2: formatAmount(to.urban, loc) }));
    }
    if (line.citation.length > 0) out.push(fill3(t.lineCitation, { id: line.id, fields: fields(line.citation, loc) }));
  }
  if (diff.bands.changed) {
    for (const [which, list] of [
      [t.before, diff.bands.from],
      [t.after, diff.bands.to]
    ]) {
      out.push(fill3(t.bandsHeading, { which }));
      for (const band of list) {
        const names = loc === "vi" ? commonVi : commonEn;
        const values = { interval: interval(band, loc, "rural"), cutMet: names[`category.${band.cutMet}`] ?? band.cutMet, cutNotMet: names[`category.${band.cutNotMet}`] ?? band.cutNotMet };
        out.push(fill3(band.cutMet === band.cutNotMet ? t.bandSame : t.band, values));
      }
    }
  }
  if (diff.cut !== null) out.push(fill3(t.cut, { from: String(diff.cut.from), to: String(diff.cut.to) }));
  if (diff.dimensions.added.length > 0) out.push(fill3(t.dimAdded, { list: diff.dimensions.added.join(", ") }));
  if (diff.dimensions.removed.length > 0) out.push(fill3(t.dimRemoved, { list: diff.dimensions.removed.join(", ") }));
  out.push(fill3(t.indAdded, { list: diff.indicators.added.length > 0 ? diff.indicators.added.join(", ") : t.none }));
  out.push(fill3(t.indRemoved, { list: diff.indicators.removed.length > 0 ? diff.indicators.removed.join(", ") : t.none }));
  for (const change of diff.indicators.changed) {
    const parts = [];
    if (change.dimension !== null) parts.push(fill3(t.indDimension, change.dimension));
    if (change.test.length > 0) parts.push(fields(change.test.map((c) => ({ ...c, path: `test.${c.path}` })), loc));
    if (change.citation.length > 0) parts.push(fields(change.citation.map((c) => ({ ...c, path: `citation.${c.path}` })), loc));
    out.push(fill3(t.indChanged, { id: change.id, fields: parts.join("; ") }));
  }
  return out.join("\n");
}
var localized = zod.z.strictObject({ vi: zod.z.string().min(1), en: zod.z.string().min(1) });
var instrumentRef = zod.z.strictObject({ id: zod.z.string().min(1), name: localized });
var citationFields = {
  article: zod.z.string().optional(),
  clause: zod.z.string().optional(),
  point: zod.z.string().optional(),
  appendix: zod.z.string().optional(),
  item: zod.z.string().optional(),
  paraphrase: localized,
  confidence: zod.z.enum(["A", "B", "C"]),
  note: localized.optional()
};
var citation = zod.z.strictObject({ instrument: instrumentRef, ...citationFields });
var isoDate = zod.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "an ISO date YYYY-MM-DD");
var decimal2 = zod.z.string().regex(/^(?:0|[1-9]\d*)(?:\.\d+)?$/, 'a plain decimal string such as "46000000"');
var memberFact = zod.z.enum([
  "sex",
  "employment",
  "labourContract",
  "healthInsurance",
  "inEducationOrTraining",
  "educationLevel",
  "schoolAttendance",
  "stunted",
  "underweight",
  "dependant",
  "monthlySocialAllowance",
  "usesInternet",
  "birthYear",
  "untreatedIllness",
  "phoneSubscription"
]);
var dwellingFact = zod.z.enum(["durability", "floorArea", "safeWater", "hygienicLatrine", "informationMeans", "hearsLoudspeaker", "hygienicWater"]);
var memberCondition = zod.z.lazy(
  () => zod.z.union([
    zod.z.strictObject({ age: zod.z.strictObject({ min: zod.z.int().min(0).optional(), max: zod.z.int().min(0).optional() }) }),
    zod.z.strictObject({ workingAge: zod.z.literal(true) }),
    zod.z.strictObject({ bornFrom: zod.z.int() }),
    zod.z.strictObject({ fact: memberFact, equals: zod.z.union([zod.z.boolean(), zod.z.string()]), ifUnknown: memberCondition.optional() }),
    zod.z.strictObject({ fact: memberFact, in: zod.z.array(zod.z.string()) }),
    zod.z.strictObject({ all: zod.z.array(memberCondition).min(1) }),
    zod.z.strictObject({ any: zod.z.array(memberCondition).min(1) })
  ])
);
var dwellingCondition = zod.z.lazy(
  () => zod.z.union([
    zod.z.strictObject({ fact: dwellingFact, equals: zod.z.union([zod.z.boolean(), zod.z.string()]) }),
    zod.z.strictObject({ fact: dwellingFact, in: zod.z.array(zod.z.string()) }),
    zod.z.strictObject({ fact: dwellingFact, includesNoneOf: zod.z.array(zod.z.string()) }),
    zod.z.strictObject({ all: zod.z.array(dwellingCondition).min(1) }),
    zod.z.strictObject({ any: zod.z.array(dwellingCondition).min(1) })
  ])
);
var indicatorTest = zod.z.union([
  zod.z.strictObject({ kind: zod.z.literal("any-member"), where: memberCondition }),
  zod.z.strictObject({ kind: zod.z.literal("no-member"), where: memberCondition }),
  zod.z.strictObject({ kind: zod.z.literal("member-share-above"), where: memberCondition, share: decimal2 }),
  zod.z.strictObject({ kind: zod.z.literal("per-member-below"), fact: zod.z.literal("floorArea"), floor: decimal2 }),
  zod.z.strictObject({ kind: zod.z.literal("dwelling"), where: dwellingCondition }),
  zod.z.strictObject({ kind: zod.z.literal("answer-only"), reason: localized })
]);
var indicatorMessages = zod.z.strictObject({ name: zod.z.string().min(1), deprived: zod.z.string().min(1), "not-deprived": zod.z.string().min(1), unknown: zod.z.string().min(1) });
var category = zod.z.enum(["poor", "near-poor", "average", "above-average"]);
var patchSchema = zod.z.strictObject({
  id: zod.z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and hyphens, e.g. "hcmc-2024"'),
  version: zod.z.string().regex(/^\d+\.\d+\.\d+$/, 'a semantic version such as "1.0.0"').optional(),
  status: zod.z.enum(["in-force", "superseded", "provisional"]).optional(),
  title: localized,
  instrument: zod.z.strictObject({ id: zod.z.string().min(1), name: localized, title: localized, signed: isoDate, inForce: isoDate, role: localized }),
  citation: zod.z.strictObject(citationFields),
  effective: zod.z.strictObject({ from: isoDate, to: isoDate }).optional(),
  incomePeriod: zod.z.enum(["month", "year"]).optional(),
  incomeLines: zod.z.array(zod.z.strictObject({ id: zod.z.string().min(1), amounts: zod.z.strictObject({ rural: decimal2, urban: decimal2 }), citation: citation.optional() })).min(1).optional(),
  categoryRules: zod.z.array(
    zod.z.strictObject({
      category,
      income: zod.z.strictObject({ above: zod.z.string().optional(), atOrBelow: zod.z.string().optional() }),
      deprivations: zod.z.enum(["at-least-cut", "below-cut"]).optional(),
      citation: citation.optional()
    })
  ).min(1).optional(),
  deprivationCut: zod.z.int().min(1).optional(),
  addDimensions: zod.z.array(zod.z.strictObject({ id: zod.z.string().min(1), citation: citation.optional(), names: localized })).optional(),
  addIndicators: zod.z.array(
    zod.z.strictObject({
      id: zod.z.string().min(1),
      dimension: zod.z.string().min(1),
      test: indicatorTest,
      citation: citation.optional(),
      messages: zod.z.strictObject({ vi: indicatorMessages, en: indicatorMessages })
    })
  ).optional(),
  removeIndicators: zod.z.array(zod.z.string()).optional(),
  messages: zod.z.strictObject({ vi: zod.z.record(zod.z.string(), zod.z.string()).optional(), en: zod.z.record(zod.z.string(), zod.z.string()).optional() }).optional()
});
function drop(value, key) {
  const { [key]: _dropped, ...rest } = value;
  return rest;
}
function deriveRuleSet(base, patch) {
  if (base === null || typeof base !== "object" || typeof base.fingerprint !== "string" || !Object.isFrozen(base)) {
    throw new ValidationError([{ path: ["base"], code: "unknown_rule_set", message: "base must be a rule set from getRuleSet, listRuleSets or deriveRuleSet" }]);
  }
  const given = patch;
  if (given !== null && typeof given === "object") {
    const missing = ["instrument", "citation"].filter((key) => given[key] === void 0 || given[key] === null);
    if (missing.length > 0) {
      throw new ValidationError(
        missing.map((key) => ({ path: [key], code: "citation_required", message: `a local standard must cite its own legal basis: give ${key === "instrument" ? "the local instrument (id, name, title, signed, inForce, role)" : "the citation within it (article\u2026, paraphrase in vi and en, confidence)"}` }))
      );
    }
  }
  const parsed = parseOrThrow(patchSchema, patch);
  const issues = [];
  const builtInIds = listRuleSets().map((ruleSet) => ruleSet.id);
  if (parsed.id === base.id || builtInIds.includes(parsed.id)) {
    issues.push({ path: ["id"], code: "duplicate_rule_set_id", message: `"${parsed.id}" is the id of ${parsed.id === base.id ? "the base" : "a built-in rule set"}; give the local standard its own id` });
  }
  const baseIds = new Set(base.indicators.map((indicator4) => indicator4.id));
  (parsed.removeIndicators ?? []).forEach((id2, index) => {
    if (!baseIds.has(id2)) issues.push({ path: ["removeIndicators", index], code: "unknown_indicator", message: `the base has no indicator "${id2.slice(0, 60)}"` });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const instrumentRef2 = { id: parsed.instrument.id, name: parsed.instrument.name };
  const own = { instrument: instrumentRef2, ...parsed.citation };
  const removed = new Set(parsed.removeIndicators ?? []);
  const dimensions = [
    ...base.dimensions,
    ...(parsed.addDimensions ?? []).map((dimension2) => ({ id: dimension2.id, citation: dimension2.citation ?? own }))
  ];
  const indicators = [
    ...base.indicators.filter((indicator4) => !removed.has(indicator4.id)),
    ...(parsed.addIndicators ?? []).map((indicator4) => ({ id: indicator4.id, dimension: indicator4.dimension, test: indicator4.test, citation: indicator4.citation ?? own }))
  ];
  const linesChanged = parsed.incomeLines !== void 0 || parsed.incomePeriod !== void 0 && parsed.incomePeriod !== base.incomePeriod;
  const baseData = drop(drop(base, "fingerprint"), "messages");
  let data = {
    ...baseData,
    id: parsed.id,
    version: parsed.version ?? "1.0.0",
    status: parsed.status ?? base.status,
    title: parsed.title,
    instruments: [parsed.instrument, ...base.instruments],
    effective: { from: parsed.effective?.from ?? base.effective.from, to: parsed.effective?.to ?? base.effective.to, citations: [own] },
    incomePeriod: parsed.incomePeriod ?? base.incomePeriod,
    incomeLines: parsed.incomeLines?.map((line) => ({ id: line.id, amounts: line.amounts, citation: line.citation ?? own })) ?? base.incomeLines,
    deprivationCut: parsed.deprivationCut === void 0 ? base.deprivationCut : { atLeast: parsed.deprivationCut, citation: own },
    categoryRules: parsed.categoryRules?.map((rule) => ({ ...rule, citation: rule.citation ?? own })) ?? base.categoryRules,
    dimensions,
    indicators,
    derivedFrom: { id: base.id, version: base.version, fingerprint: base.fingerprint }
  };
  if (linesChanged) data = drop(drop(data, "incomeScore"), "lowIncomeWorker");
  const messages = { vi: { ...base.messages.vi }, en: { ...base.messages.en } };
  for (const locale of ["vi", "en"]) {
    const catalogue = messages[locale];
    for (const id2 of removed) for (const part of ["name", "deprived", "not-deprived", "unknown"]) delete catalogue[`indicator.${id2}.${part}`];
    catalogue["ruleSet.title"] = parsed.title[locale];
    for (const dimension2 of parsed.addDimensions ?? []) catalogue[`dimension.${dimension2.id}`] = dimension2.names[locale];
    for (const indicator4 of parsed.addIndicators ?? []) {
      for (const [part, text] of Object.entries(indicator4.messages[locale])) catalogue[`indicator.${indicator4.id}.${part}`] = text;
    }
    Object.assign(catalogue, parsed.messages?.[locale] ?? {});
  }
  const problems = checkRuleSetData(data, messages);
  if (problems.length > 0) {
    throw new ValidationError(problems.map((problem) => ({ path: [], code: "unsound_rule_set", message: `the derived rule set is not sound: ${problem}` })));
  }
  return defineRuleSet(data, messages);
}

// scripts/docs/schemas.ts
var INCOME_FORMS2 = ["perCapitaMonthly", "householdMonthly", "householdAnnual"];
var AMOUNT_STRING = {
  type: "string",
  pattern: "^(?:0|[1-9]\\d*)(?:\\.\\d+)?$",
  maxLength: 40,
  not: { pattern: "^[1-9]\\d{0,2}(?:\\.\\d{3})+$" }
};
function tightenAmounts(node) {
  if (Array.isArray(node)) {
    for (const item of node) tightenAmounts(item);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node;
  const type = record.type;
  if (Array.isArray(type) && type.length === 2 && type.includes("number") && type.includes("string")) {
    delete record.type;
    record.anyOf = [{ type: "number", minimum: 0 }, { ...AMOUNT_STRING }];
    const description = typeof record.description === "string" ? record.description : "";
    const rule = description.includes("plain decimal string") ? 'Dot-grouped strings such as "1.500" are refused as ambiguous.' : 'A non-negative JSON number or a plain decimal string ("1500000", "1999999.99"); no thousands separators, and dot-grouped strings such as "1.500" are refused as ambiguous.';
    record.description = description === "" ? rule : `${description} ${rule}`;
  }
  for (const value of Object.values(record)) tightenAmounts(value);
}
function householdJsonSchema(ruleSet) {
  const schema = compile(ruleSet).schema;
  const json = zod.z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" });
  const properties = json.properties;
  const income = properties.income;
  const forms = [...INCOME_FORMS2, ...ruleSet.incomeScore === void 0 ? [] : ["score"]];
  income.oneOf = forms.map((form) => ({ required: [form] }));
  if (ruleSet.incomeScore === void 0 && income.properties?.score !== void 0) {
    delete income.properties.score;
  }
  income.description = `Income in exactly one form: ${forms.join(", ")}.`;
  json.anyOf = [{ required: ["size"] }, { required: ["members"] }];
  tightenAmounts(json.properties);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `chuan-ngheo household input (${ruleSet.id})`,
    description: `A household as passed to classify() with the rule set ${ruleSet.id} (${ruleSet.title.en}, version ${ruleSet.version}, fingerprint ${ruleSet.fingerprint}). Absent or null facts are unknown, never assumed. Not expressible here and checked by the library: when both size and members are given, size must equal the number of members; amounts given as strings must be plain decimals without thousands separators.`,
    ...json
  };
}

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = function(obj) {
  return typeof obj === "object" && obj !== null && !Array.isArray(obj);
};

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  constructor(code, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
};

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.toString(encoding, 0, this.length);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var init_state = function(options) {
  const timchars = [
    // Basic Latin
    32,
    // [Space](https://www.fileformat.info/info/unicode/char/0020/index.htm)
    9,
    // [CHARACTER TABULATION (HT)](https://www.fileformat.info/info/unicode/char/0009/index.htm)
    10,
    // [LINE FEED (LF)](https://www.fileformat.info/info/unicode/char/000a/index.htm)
    13,
    // [CARRIAGE RETURN (CR)](https://www.fileformat.info/info/unicode/char/000d/index.htm)
    12,
    // [FORM FEED (FF)](https://www.fileformat.info/info/unicode/char/000c/index.htm)
    11,
    // [LINE TABULATION (VT)](https://www.fileformat.info/info/unicode/char/000b/index.htm)
    // Latin-1 Supplement
    160,
    // [NO-BREAK SPACE (NBSP)](https://www.fileformat.info/info/unicode/char/00a0/index.htm)
    // Ogham
    5760,
    // [OGHAM SPACE MARK](https://www.fileformat.info/info/unicode/char/1680/index.htm)
    // General Punctuation
    8192,
    // [EN QUAD](https://www.fileformat.info/info/unicode/char/2000/index.htm)
    8193,
    // [EM QUAD](https://www.fileformat.info/info/unicode/char/2001/index.htm)
    8194,
    // [EN SPACE](https://www.fileformat.info/info/unicode/char/2002/index.htm)
    8195,
    // [EM SPACE](https://www.fileformat.info/info/unicode/char/2003/index.htm)
    8196,
    // [THREE-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2004/index.htm)
    8197,
    // [FOUR-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2005/index.htm)
    8198,
    // [SIX-PER-EM SPACE](https://www.fileformat.info/info/unicode/char/2006/index.htm)
    8199,
    // [FIGURE SPACE](https://www.fileformat.info/info/unicode/char/2007/index.htm)
    8200,
    // [PUNCTUATION SPACE](https://www.fileformat.info/info/unicode/char/2008/index.htm)
    8201,
    // [THIN SPACE](https://www.fileformat.info/info/unicode/char/2009/index.htm)
    8202,
    // [HAIR SPACE](https://www.fileformat.info/info/unicode/char/200a/index.htm)
    8232,
    // [LINE SEPARATOR](https://www.fileformat.info/info/unicode/char/2028/index.htm)
    8233,
    // [PARAGRAPH SEPARATOR](https://www.fileformat.info/info/unicode/char/2029/index.htm)
    8239,
    // [NARROW NO-BREAK SPACE (NNBSP)](https://www.fileformat.info/info/unicode/char/202f/index.htm)
    8287,
    // [MEDIUM MATHEMATICAL SPACE (MMSP)](https://www.fileformat.info/info/unicode/char/205f/index.htm)
    12288,
    // [IDEOGRAPHIC SPACE](https://www.fileformat.info/info/unicode/char/3000/index.htm)
    65279
    // [ZERO WIDTH NO-BREAK SPACE (BOM)](https://www.fileformat.info/info/unicode/char/feff/index.htm)
  ].reduce((acc, codepoint) => {
    const encoded = Buffer.from(
      String.fromCharCode(codepoint),
      options.encoding
    );
    if (codepoint !== 63 && encoded.length === 1 && encoded[0] === 63) {
      return acc;
    }
    acc.push(encoded);
    return acc;
  }, []);
  const timcharFirstBytes = new Uint8Array(256);
  for (const t of timchars) timcharFirstBytes[t[0]] = 1;
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    delimiterBufPrevious: void 0,
    delimiterDiscovered: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter ? options.delimiter.map((delimiter) => delimiter.length) : [],
      // Auto discovery of delimiter is limited to 1 character
      options.delimiter_auto ? 1 : 0,
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0,
      ...timchars.map((t) => t.length)
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars,
    timcharFirstBytes
  };
};

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
};

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  if (options.delimiter_auto === void 0 || options.delimiter_auto === null || options.delimiter_auto === false) {
    options.delimiter_auto = false;
  } else if (options.delimiter_auto === true) {
    options.delimiter_auto = {};
  } else if (!is_object(options.delimiter_auto)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER_AUTO",
      [
        "Invalid option delimiter_auto:",
        "delimiter_auto must be a boolean or a configuration object,",
        `got ${JSON.stringify(options.delimiter_auto)}`
      ],
      options
    );
  }
  if (options.delimiter_auto) {
    if (options.delimiter_auto.preferred === void 0)
      options.delimiter_auto.preferred = {
        [",".charCodeAt(0)]: 1.8,
        ["	".charCodeAt(0)]: 1.8,
        [";".charCodeAt(0)]: 1.6,
        [" ".charCodeAt(0)]: 1.6,
        [":".charCodeAt(0)]: 1.5,
        [".".charCodeAt(0)]: 1.4,
        ["/".charCodeAt(0)]: 1.4
      };
    else if (!is_object(options.delimiter_auto.preferred)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "preferred must be an object,",
          `got ${JSON.stringify(options.delimiter_auto.preferred)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.score === void 0)
      options.delimiter_auto.score = (info, options2) => {
        return (info.total - info.std) * (options2.preferred[info.char_code] || 1);
      };
    else if (typeof options.delimiter_auto.score !== "function") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "score must be a function,",
          `got ${JSON.stringify(options.delimiter_auto.score)}`
        ],
        options
      );
    }
    if (options.delimiter_auto.size === void 0)
      options.delimiter_auto.size = 2048;
    else if (typeof options.delimiter_auto.size !== "number") {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER_AUTO",
        [
          "Invalid option delimiter_auto:",
          "size must be a number,",
          `got ${JSON.stringify(options.delimiter_auto.size)}`
        ],
        options
      );
    }
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (options.delimiter_auto !== false) {
    options.delimiter = [];
  }
  if (!Array.isArray(options.delimiter)) {
    if (options.delimiter === void 0 || options.delimiter === null || options.delimiter === false) {
      options.delimiter = Buffer.from(",", options.encoding);
    }
    options.delimiter = [options.delimiter];
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) ; else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) ; else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") ; else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") ; else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") ; else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") ; else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") ; else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") ; else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") ; else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") ; else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
};

// node_modules/csv-parse/lib/utils/delimiter_discover.js
var delimiter_discover = function(records, options) {
  if (!options) {
    ({ delimiter_auto: options } = normalize_options({ delimiter_auto: true }));
  }
  if (typeof records === "string") {
    records = Buffer.from(records);
  }
  if (Buffer.isBuffer(records)) {
    records = ((data) => {
      const records2 = [];
      const parser = transform({ delimiter: [] });
      const push = (record) => records2.push(record);
      const close = () => {
      };
      const error = parser.parse(data, true, push, close);
      if (error !== void 0) throw error;
      return records2;
    })(records);
  }
  const info = Array(127).fill().map(() => ({ lines: [] }));
  records.map(([record], line) => {
    for (let i = 0, l = record.length; i < l; i++) {
      const code = record.charCodeAt(i);
      if (info[code].lines[line] === void 0) info[code].lines[line] = 0;
      info[code].lines[line]++;
    }
  });
  info.map((info2, i) => {
    info2.char_code = i;
    info2.std = std(info2.lines);
    info2.total = info2.lines.reduce((acc, val) => acc + val, 0);
    info2.preferred = !!options.preferred[i];
    info2.score = options.score(info2, options);
  });
  const result = info.reduce(
    (acc, info2) => acc.score > info2.score ? acc : info2,
    {}
  );
  return String.fromCharCode(result.char_code);
};
var std = function(array) {
  const n = array.length;
  if (n === 0) return 0;
  const mean = array.reduce((a, b) => a + b) / n;
  return Math.sqrt(
    array.map((x) => Math.pow(x - mean, 2)).reduce((a, b) => a + b) / n
  );
};

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
};
var cr = 13;
var nl = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    },
    // Central parser implementation
    parse: function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        delimiter_auto,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const {
        bomSkipped,
        delimiterDiscovered,
        delimiterBufPrevious,
        rawBuffer,
        escapeIsQuote
      } = this.state;
      if (!delimiterDiscovered && delimiter_auto) {
        let delimiterBuf;
        if (delimiterBufPrevious === void 0) {
          delimiterBuf = nextBuf;
        } else if (delimiterBufPrevious !== void 0 && nextBuf === void 0) {
          delimiterBuf = delimiterBufPrevious;
        } else {
          delimiterBuf = Buffer.concat([delimiterBufPrevious, nextBuf]);
        }
        nextBuf = void 0;
        if (end || delimiterBuf.length > delimiter_auto.size) {
          this.options.delimiter = [
            Buffer.from(
              delimiter_discover(delimiterBuf, this.options.delimiter_auto)
            )
          ];
          this.state.previousBuf = delimiterBuf;
          this.state.delimiterBufPrevious = void 0;
          this.state.delimiterDiscovered = true;
        } else {
          this.state.delimiterBufPrevious = delimiterBuf;
          return;
        }
      }
      const { previousBuf } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr || chr === nl) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    },
    __onRecord: function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && Object.hasOwn(obj, columns[i].name)) {
              if (Array.isArray(obj[columns[i].name])) {
                obj[columns[i].name] = obj[columns[i].name].concat(record[i]);
              } else {
                obj[columns[i].name] = [obj[columns[i].name], record[i]];
              }
            } else {
              Object.defineProperty(obj, columns[i].name, {
                value: record[i],
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj : [obj[objname], obj],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    },
    __firstLineToColumns: function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    },
    __resetRecord: function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    },
    __onField: function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    },
    __resetField: function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    },
    __push: function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    },
    // Return a tuple with the error and the casted value
    __cast: function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    },
    __compareBytes: function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    },
    // Helper to test if a character is trimable
    __isCharTrimable: function(buf, pos) {
      const { timchars, timcharFirstBytes } = this.state;
      const first = buf[pos];
      if (first === void 0 || timcharFirstBytes[first] === 0) return 0;
      loop1: for (let i = 0; i < timchars.length; i++) {
        const timchar = timchars[i];
        for (let j = 0; j < timchar.length; j++) {
          if (timchar[j] !== buf[pos + j]) continue loop1;
        }
        return timchar.length;
      }
      return 0;
    },
    __isDelimiter: function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    },
    __isEscape: function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    },
    __isFloat: function(value) {
      return value - parseFloat(value) + 1 >= 0;
    },
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isQuote: function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    },
    __isRecordDelimiter: function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    },
    __autoDiscoverRecordDelimiter: function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    },
    __error: function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    },
    __infoDataSet: function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    },
    __infoRecord: function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    },
    __infoField: function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }
  };
};

// node_modules/csv-parse/lib/index.js
var Parser = class extends stream.Transform {
  constructor(opts = {}) {
    super({ ...{ readableObjectMode: true }, ...opts, encoding: null });
    this.api = transform({
      on_skip: (err, chunk) => {
        this.emit("skip", err, chunk);
      },
      ...opts
    });
    this.state = this.api.state;
    this.options = this.api.options;
    this.info = this.api.info;
  }
  // Implementation of `Transform._transform`
  _transform(buf, _, callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      buf,
      false,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.end();
        this.on("end", this.destroy);
      }
    );
    if (err !== void 0) {
      this.state.stop = true;
    }
    callback(err);
  }
  // Implementation of `Transform._flush`
  _flush(callback) {
    if (this.state.stop === true) {
      return;
    }
    const err = this.api.parse(
      void 0,
      true,
      (record) => {
        this.push(record);
      },
      () => {
        this.push(null);
        this.on("end", this.destroy);
      }
    );
    callback(err);
  }
};

// src/cli/records.ts
var UsageError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var INCOME_COLUMNS = ["perCapitaMonthly", "householdMonthly", "householdAnnual", "score"];
function detectFormat(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) return "jsonl";
  if (lower.endsWith(".json")) return "json";
  return void 0;
}
function open(file) {
  return file === "-" ? process.stdin : fs.createReadStream(file, { highWaterMark: 1 << 20 });
}
async function checkReadable(file) {
  if (file === "-") return;
  const { access, stat } = await import('fs/promises');
  try {
    await access(file);
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file} is a directory, not a file`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
  }
}
var HOUSEHOLD_FIELDS = /* @__PURE__ */ new Set(["id", "area", "size", "members", "income", "deprivations", "dwelling"]);
function keyOf(value) {
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}
function idOf(value) {
  if (typeof value === "string" && value !== "") return value;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return value;
  return void 0;
}
function jsonRecord(value, row, line, by) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { row, line, issues: [{ path: [], code: "invalid_type", message: `a household must be a JSON object, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}` }] };
  }
  const object = value;
  const id2 = idOf(object.id);
  if (by === void 0) return id2 === void 0 ? { row, line, household: object } : { row, line, household: object, id: id2 };
  const key = keyOf(object[by]);
  let household = object;
  if (!HOUSEHOLD_FIELDS.has(by) && by in object) {
    household = { ...object };
    delete household[by];
  }
  return id2 === void 0 ? { row, line, household, key } : { row, line, household, key, id: id2 };
}
function csvMapper(header, options) {
  const indicators = new Set(options.indicatorIds);
  const ignore = new Set(options.ignoreColumns ?? []);
  const seen = /* @__PURE__ */ new Set();
  const unknown = [];
  for (const column of header) {
    if (seen.has(column)) throw new UsageError(`the CSV header names the column "${column}" twice`);
    seen.add(column);
    if (column === "id" || column === "area" || column === "size" || INCOME_COLUMNS.includes(column) || indicators.has(column)) continue;
    if (column === options.by || ignore.has(column)) continue;
    unknown.push(column);
  }
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown CSV column${unknown.length > 1 ? "s" : ""} ${unknown.map((c) => `"${c.slice(0, 60)}"`).join(", ")}: columns are id, area, size, one income column (${INCOME_COLUMNS.join(", ")}) and the indicator ids (${options.indicatorIds.join(", ")}); pass --ignore-columns or --by for other columns`
    );
  }
  if (!seen.has("area")) throw new UsageError('the CSV has no "area" column (rural or urban)');
  if (!seen.has("size")) throw new UsageError('the CSV has no "size" column (number of members)');
  if (!INCOME_COLUMNS.some((column) => seen.has(column))) throw new UsageError(`the CSV has no income column: one of ${INCOME_COLUMNS.join(", ")}`);
  const slots = [];
  header.forEach((column, index) => {
    if (column === "id" || column === "area" || column === "size") slots.push({ index, kind: column, name: column });
    else if (INCOME_COLUMNS.includes(column)) slots.push({ index, kind: "income", name: column });
    else if (indicators.has(column)) slots.push({ index, kind: "answer", name: column });
  });
  const byIndex = options.by === void 0 ? -1 : header.indexOf(options.by);
  const width2 = header.length;
  return (cells, row, line) => {
    if (cells.length !== width2) {
      return { row, line, issues: [{ path: [], code: "column_count", message: `the row has ${cells.length} cells, the header ${width2}` }] };
    }
    const household = {};
    const income = {};
    const deprivations = {};
    let issues;
    let id2;
    for (const slot of slots) {
      const cell = cells[slot.index].trim();
      switch (slot.kind) {
        case "answer":
          if (cell === "1") deprivations[slot.name] = true;
          else if (cell === "0") deprivations[slot.name] = false;
          else if (cell === "") deprivations[slot.name] = null;
          else (issues ??= []).push({ path: ["deprivations", slot.name], code: "invalid_answer", message: `answer "${cell.slice(0, 40)}" must be 1 (deprived), 0 (not deprived) or blank (unknown)` });
          break;
        case "income":
          if (cell !== "") income[slot.name] = slot.name === "score" && /^\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
          break;
        case "size":
          if (cell !== "") household.size = /^\d{1,6}$/.test(cell) ? Number(cell) : cell;
          break;
        case "id":
          if (cell !== "") household.id = id2 = cell;
          break;
        default:
          if (cell !== "") household.area = cell;
      }
    }
    household.income = income;
    household.deprivations = deprivations;
    const key = byIndex === -1 ? void 0 : keyOf(cells[byIndex].trim());
    const record = { row, line };
    if (issues === void 0) record.household = household;
    else record.issues = issues;
    if (key !== void 0) record.key = key;
    if (id2 !== void 0) record.id = id2;
    return record;
  };
}
async function* readRecords(file, format, options) {
  await checkReadable(file);
  const batchSize = options.batchSize ?? 512;
  if (format === "json") {
    let text;
    try {
      text = file === "-" ? await readAll(process.stdin) : await promises.readFile(file, "utf8");
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${error.message}`);
    }
    let value;
    try {
      value = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
    } catch (error) {
      throw new UsageError(`${file} is not valid JSON: ${error.message}`);
    }
    const items = Array.isArray(value) ? value : [value];
    for (let start = 0; start < items.length; start += batchSize) {
      yield items.slice(start, start + batchSize).map((item, i) => jsonRecord(item, start + i + 1, 0, options.by));
    }
    return;
  }
  if (format === "jsonl") {
    yield* readJsonLines(open(file), batchSize, options.by);
    return;
  }
  yield* readCsv(open(file), batchSize, options);
}
async function readAll(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
async function* readJsonLines(stream, batchSize, by) {
  stream.setEncoding("utf8");
  let rest = "";
  let line = 0;
  let row = 0;
  let batch = [];
  const take = (text) => {
    line++;
    const trimmed = text.endsWith("\r") ? text.slice(0, -1) : text;
    if (trimmed.trim() === "") return;
    row++;
    let value;
    try {
      value = JSON.parse(line === 1 && trimmed.charCodeAt(0) === 65279 ? trimmed.slice(1) : trimmed);
    } catch (error) {
      batch.push({ row, line, issues: [{ path: [], code: "invalid_json", message: `not valid JSON: ${error.message.slice(0, 120)}` }] });
      return;
    }
    batch.push(jsonRecord(value, row, line, by));
  };
  for await (const chunk of stream) {
    const text = rest + chunk;
    let start = 0;
    let end;
    while ((end = text.indexOf("\n", start)) !== -1) {
      take(text.slice(start, end));
      start = end + 1;
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    rest = text.slice(start);
  }
  if (rest !== "") take(rest);
  if (batch.length > 0) yield batch;
}
var LineParser = class extends Parser {
  push(record, encoding) {
    if (record === null) return super.push(null, encoding);
    const tagged = { record, line: this.info.lines };
    return super.push(tagged, encoding);
  }
};
async function* readCsv(stream, batchSize, options) {
  const parser = stream.pipe(new LineParser({ bom: true, skip_empty_lines: true, relax_column_count: true }));
  stream.on("error", (error) => parser.destroy(error));
  let mapper;
  let row = 0;
  let batch = [];
  try {
    for await (const { record, line } of parser) {
      if (mapper === void 0) {
        mapper = csvMapper(record.map((cell) => cell.trim()), options);
        continue;
      }
      row++;
      let start = line;
      for (let i = 0; i < record.length; i++) {
        const cell = record[i];
        for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) start--;
      }
      batch.push(mapper(record, row, start));
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read the CSV: ${error.message}`);
  } finally {
    if (!parser.destroyed) parser.destroy();
    if (stream !== process.stdin && !stream.destroyed) stream.destroy();
  }
  if (mapper === void 0) throw new UsageError("the CSV is empty: it needs a header line");
  if (batch.length > 0) yield batch;
}

// src/cli/output.ts
var Sink = class _Sink {
  constructor(stream, owned) {
    this.stream = stream;
    this.owned = owned;
    stream.on("error", (error) => {
      this.failed = error;
    });
  }
  stream;
  owned;
  buffer = "";
  failed;
  /** Opens `file` for writing (or stdout for `undefined` / `-`). */
  static async open(file, stdout) {
    if (file === void 0 || file === "-") return new _Sink(stdout, false);
    const stream = fs.createWriteStream(file);
    try {
      await events.once(stream, "open");
    } catch (error) {
      throw new UsageError(`cannot write ${file}: ${error.code ?? error.message}`);
    }
    return new _Sink(stream, true);
  }
  /** Appends text; returns a promise only when the buffer was flushed into a full stream. */
  write(text) {
    this.buffer += text;
    if (this.buffer.length >= 1 << 16) return this.flush();
    return void 0;
  }
  async flush() {
    if (this.failed !== void 0) throw this.failed;
    if (this.buffer === "") return;
    const text = this.buffer;
    this.buffer = "";
    if (!this.stream.write(text)) await events.once(this.stream, "drain");
  }
  async close() {
    await this.flush();
    if (this.owned) {
      this.stream.end();
      await events.once(this.stream, "finish");
    }
    if (this.failed !== void 0) throw this.failed;
  }
};
function fieldOf(path, csv) {
  if (csv && path.length === 2 && (path[0] === "income" || path[0] === "deprivations")) return String(path[1]);
  if (csv && path.length === 1 && path[0] === "income") return "income";
  return formatPath(path);
}
function reportIssues(issues, csv) {
  return issues.map((issue) => ({ field: fieldOf(issue.path, csv), path: issue.path, code: issue.code, message: issue.message }));
}
function listOf(result, status) {
  const ids = [];
  for (const indicator4 of result.indicators) if (indicator4.status === status) ids.push(indicator4.id);
  return ids;
}
var QUOTED = /* @__PURE__ */ new Map();
function quoted(text) {
  let json = QUOTED.get(text);
  if (json === void 0) {
    json = JSON.stringify(text);
    if (QUOTED.size < 1e3) QUOTED.set(text, json);
  }
  return json;
}
function quotedList(items) {
  let out = "[";
  for (let i = 0; i < items.length; i++) out += (i === 0 ? "" : ",") + quoted(items[i]);
  return `${out}]`;
}
function jsonLine(row, full) {
  let head = `{"row":${row.row}`;
  if (row.line > 0) head += `,"line":${row.line}`;
  if (row.id !== void 0) head += `,"id":${JSON.stringify(row.id)}`;
  if (!row.ok) return `${head},"ok":false,"issues":${JSON.stringify(row.issues)}}
`;
  const result = row.result;
  let body;
  if (full) body = `,"result":${JSON.stringify(result)}`;
  else {
    body = `,"category":${quoted(result.category)},"possibleCategories":${quotedList(result.possibleCategories)},"deprivationCount":${result.deprivationCount},"unknownCount":${result.unknownCount},"perCapita":${result.income.perCapita === null ? "null" : JSON.stringify(result.income.perCapita)},"deprived":${quotedList(listOf(result, "deprived"))},"unknown":${quotedList(listOf(result, "unknown"))}`;
  }
  const explanation = row.explanation === void 0 ? "" : `,"explanation":${JSON.stringify(row.explanation)}`;
  return `${head},"ok":true${body}${explanation}}
`;
}
var CSV_OUTPUT_COLUMNS = ["row", "line", "id", "ok", "category", "possible_categories", "deprivation_count", "unknown_count", "per_capita", "deprived", "unknown", "errors"];
var NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
function csvCell(value) {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function csvHeaderLine(explain2) {
  return `${[...CSV_OUTPUT_COLUMNS, ...explain2 ? ["explanation"] : []].join(",")}
`;
}
function csvLine(row, explain2) {
  const cells = [String(row.row), row.line > 0 ? String(row.line) : "", row.id === void 0 ? "" : csvCell(String(row.id)), row.ok ? "true" : "false"];
  if (row.ok) {
    const result = row.result;
    cells.push(
      result.category,
      result.possibleCategories.join(";"),
      String(result.deprivationCount),
      String(result.unknownCount),
      result.income.perCapita ?? "",
      listOf(result, "deprived").join(";"),
      listOf(result, "unknown").join(";"),
      ""
    );
  } else {
    cells.push("", "", "", "", "", "", "", csvCell(row.issues.map((issue) => `${issue.field}: ${issue.message}`).join(" | ")));
  }
  if (explain2) cells.push(row.ok && row.explanation !== void 0 ? csvCell(row.explanation) : "");
  return `${cells.join(",")}
`;
}

// src/cli/rules.ts
var L = {
  vi: { id: "M\xE3", version: "Phi\xEAn b\u1EA3n", status: "Tr\u1EA1ng th\xE1i", effective: "Hi\u1EC7u l\u1EF1c", title: "T\xEAn", fingerprint: "D\u1EA5u v\xE2n tay", lines: "Chu\u1EA9n thu nh\u1EADp (\u0111\u1ED3ng/ng\u01B0\u1EDDi/{period})", rural: "n\xF4ng th\xF4n", urban: "th\xE0nh th\u1ECB", cut: "Ng\u01B0\u1EE1ng thi\u1EBFu h\u1EE5t: t\u1EEB {n} ch\u1EC9 s\u1ED1 tr\u1EDF l\xEAn", categories: "Ph\xE2n lo\u1EA1i", indicators: "Ch\u1EC9 s\u1ED1", instruments: "V\u0103n b\u1EA3n", month: "th\xE1ng", year: "n\u0103m" },
  en: { id: "Id", version: "Version", status: "Status", effective: "Effective", title: "Title", fingerprint: "Fingerprint", lines: "Income lines (\u0111\u1ED3ng per person per {period})", rural: "rural", urban: "urban", cut: "Deprivation cut: {n} or more indicators", categories: "Categories", indicators: "Indicators", instruments: "Instruments", month: "month", year: "year" }
};
function pad(text, width2) {
  return text + " ".repeat(Math.max(0, width2 - [...text].length));
}
function rulesList(locale) {
  const rows = listRuleSets().map((ruleSet) => [ruleSet.id, ruleSet.version, ruleSet.status, `${ruleSet.effective.from}\u2026${ruleSet.effective.to}`, ruleSet.fingerprint.slice(0, 12), ruleSet.title[locale]]);
  const l = L[locale];
  const all = [[l.id, l.version, l.status, l.effective, l.fingerprint, l.title], ...rows];
  const widths = all[0].map((_, i) => Math.max(...all.map((row) => [...row[i]].length)));
  return all.map((row) => row.map((cell, i) => i === row.length - 1 ? cell : pad(cell, widths[i])).join("  ")).join("\n");
}
function find(id2) {
  for (const ruleSet of listRuleSets()) if (ruleSet.id === id2) return ruleSet;
  throw new UsageError(`no rule set "${id2.slice(0, 60)}"; known: ${listRuleSets().map((ruleSet) => ruleSet.id).join(", ")}`);
}
function rulesShow(id2, locale) {
  const ruleSet = find(id2);
  const l = L[locale];
  const m = ruleSet.messages[locale];
  const out = [];
  out.push(`${ruleSet.title[locale]}`);
  out.push(`${l.id}: ${ruleSet.id}   ${l.version}: ${ruleSet.version}   ${l.status}: ${ruleSet.status}   ${l.effective}: ${ruleSet.effective.from} \u2013 ${ruleSet.effective.to}`);
  out.push(`${l.fingerprint}: ${ruleSet.fingerprint}`);
  out.push("", `${l.instruments}:`);
  for (const instrument of ruleSet.instruments) out.push(`  - ${instrument.name[locale]} \u2014 ${instrument.title[locale]}`);
  out.push("", l.lines.replace("{period}", l[ruleSet.incomePeriod]) + ":");
  for (const line of ruleSet.incomeLines) {
    out.push(`  - ${m[`incomeLine.${line.id}`] ?? line.id} (${line.id}): ${l.rural} ${formatAmount(line.amounts.rural, locale)}, ${l.urban} ${formatAmount(line.amounts.urban, locale)}  [${formatCitation(line.citation, locale)}]`);
  }
  out.push("", `${l.cut.replace("{n}", String(ruleSet.deprivationCut.atLeast))}  [${formatCitation(ruleSet.deprivationCut.citation, locale)}]`);
  out.push("", `${l.categories}:`);
  for (const rule of ruleSet.categoryRules) out.push(`  - ${rule.category}: ${rule.citation.paraphrase[locale]}  [${formatCitation(rule.citation, locale)}]`);
  out.push("", `${l.indicators}:`);
  ruleSet.indicators.forEach((indicator4, index) => {
    const dimension2 = m[`dimension.${indicator4.dimension}`] ?? indicator4.dimension;
    out.push(`  ${index + 1}. ${m[`indicator.${indicator4.id}.name`] ?? indicator4.id} (${indicator4.id}; ${dimension2}) \u2014 ${indicator4.citation.paraphrase[locale]}  [${formatCitation(indicator4.citation, locale)}]`);
  });
  return out.join("\n");
}
function rulesDiff(a, b, locale) {
  const api = src_exports;
  const diff = api.diffRuleSets;
  if (typeof diff !== "function") {
    throw new UsageError("rules diff is not available in this version (the library has no diffRuleSets yet)");
  }
  const left = find(a);
  const right = find(b);
  const result = diff(left, right);
  for (const name of ["renderRuleSetDiff", "renderDiff", "formatRuleSetDiff", "formatDiff"]) {
    const render = api[name];
    if (typeof render === "function") return String(render(result, { locale }));
  }
  return typeof result === "string" ? result : JSON.stringify(result, null, 2);
}

// src/cli/main.ts
var VERSION = "0.0.0" ;
var USAGE = `chuan-ngheo \u2014 classify Vietnamese households under the multidimensional poverty standard

Usage:
  chuan-ngheo classify <file> [options]   classify every household of a CSV, JSON Lines or JSON file
  chuan-ngheo explain <file> [options]    explain one household (use --row N when the file has several)
  chuan-ngheo rules list                  list the built-in rule sets
  chuan-ngheo rules show <id>             print a rule set's card (every rule with its citation)
  chuan-ngheo rules diff <a> <b>          compare two rule sets
  chuan-ngheo schema [--rule-set id]      print the JSON Schema of the household input

Options:
  --format csv|jsonl|json    input format (default: from the file extension; "-" reads stdin)
  --output-format jsonl|csv  output format (default: from --out's extension, else jsonl)
  --out <file>               write results to a file instead of stdout
  --rule-set <id>            rule set (default: the one in force on --date, else vn-2022-2025)
  --date <YYYY-MM-DD>        review date
  --allow-provisional        accept a provisional rule set
  --locale vi|en             language of explanations and summaries (default vi)
  --explain                  add the rendered explanation to every row
  --full                     JSON Lines: write the full classification of every row
  --summary                  print summary tables at the end (stdout with --out, else stderr)
  --summary-json <file>      write the summary as JSON
  --by <column>              group the summary by a CSV column or top-level JSON field
  --ignore-columns <a,b>     CSV columns to ignore
  --errors <file>            write the failed rows with their issues as JSON Lines
  --row <n>                  explain: the row to explain (from 1)
  --quiet                    no per-row error lines on stderr (the final count is still printed)
  -h, --help                 this text
  -v, --version              the version

Exit codes: 0 all rows classified; 1 some rows failed validation; 2 usage or file error.
CSV layout and output formats: see docs/cli.md.`;
var OPTIONS = {
  format: { type: "string" },
  "output-format": { type: "string" },
  out: { type: "string" },
  "rule-set": { type: "string" },
  date: { type: "string" },
  "allow-provisional": { type: "boolean" },
  locale: { type: "string" },
  explain: { type: "boolean" },
  full: { type: "boolean" },
  summary: { type: "boolean" },
  "summary-json": { type: "string" },
  by: { type: "string" },
  "ignore-columns": { type: "string" },
  errors: { type: "string" },
  row: { type: "string" },
  quiet: { type: "boolean" },
  "batch-size": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" }
};
function say(stream, text) {
  stream.write(text.endsWith("\n") ? text : `${text}
`);
}
function localeOf(values) {
  const locale = values.locale ?? "vi";
  if (locale !== "vi" && locale !== "en") throw new UsageError(`--locale must be vi or en, got "${locale}"`);
  return locale;
}
function classifyOptions(values) {
  const options = {};
  if (values["rule-set"] !== void 0) options.ruleSet = values["rule-set"];
  if (values.date !== void 0) options.date = values.date;
  if (values["allow-provisional"] === true) options.allowProvisional = true;
  return options;
}
var PROBE2 = Object.freeze({ area: "rural", size: 1, income: Object.freeze({ perCapitaMonthly: 0 }) });
function resolveRuleSet2(options) {
  try {
    return getRuleSet(classify(PROBE2, options).ruleSet.id);
  } catch (error) {
    if (error instanceof ValidationError) {
      const text = error.issues.map((issue) => `--${issue.path[0] === "date" ? "date" : "rule-set"}: ${issue.message}`).join("; ");
      throw new UsageError(text.replace("pass { allowProvisional: true }", "pass --allow-provisional"));
    }
    throw error;
  }
}
function inputFormat(file, values) {
  const format = values.format ?? detectFormat(file);
  if (format === void 0) throw new UsageError(`cannot tell the format of ${file} from its extension; pass --format csv, jsonl or json`);
  if (format !== "csv" && format !== "jsonl" && format !== "json") throw new UsageError(`--format must be csv, jsonl or json, got "${format}"`);
  return format;
}
function countText(n) {
  return n.toLocaleString("en-US");
}
async function commandClassify(file, values, io) {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet2(options);
  const format = inputFormat(file, values);
  const outputFormat = values["output-format"] ?? (values.out !== void 0 && values.out.toLowerCase().endsWith(".csv") ? "csv" : "jsonl");
  if (outputFormat !== "csv" && outputFormat !== "jsonl") throw new UsageError(`--output-format must be jsonl or csv, got "${outputFormat}"`);
  const batchSize = values["batch-size"] === void 0 ? 512 : Number(values["batch-size"]);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) throw new UsageError("--batch-size must be a positive integer");
  const explainRows = values.explain === true;
  const full = values.full === true;
  const quiet = values.quiet === true;
  const csvIn = format === "csv";
  const csvOut = outputFormat === "csv";
  const wantSummary = values.summary === true || values["summary-json"] !== void 0;
  const summarizer = wantSummary ? createSummarizer(values.by === void 0 ? { ruleSet } : { ruleSet, by: values.by }) : void 0;
  const ignoreColumns = values["ignore-columns"]?.split(",").map((column) => column.trim()).filter((column) => column !== "");
  const records = readRecords(file, format, {
    indicatorIds: ruleSet.indicators.map((indicator4) => indicator4.id),
    ...values.by === void 0 ? {} : { by: values.by },
    ...ignoreColumns === void 0 ? {} : { ignoreColumns },
    batchSize
  });
  const first = await records.next();
  const out = await Sink.open(values.out, io.stdout);
  const errors = values.errors === void 0 ? void 0 : await Sink.open(values.errors, io.stdout);
  if (csvOut) out.write(csvHeaderLine(explainRows));
  const started = Date.now();
  let lastProgress = started;
  let read = 0;
  let failed = 0;
  let reported = 0;
  const MAX_REPORTED = 20;
  const households = [];
  const positions = [];
  const rows = [];
  try {
    for (let step = first; step.done !== true; step = await records.next()) {
      const batch = step.value;
      households.length = 0;
      positions.length = 0;
      for (let i = 0; i < batch.length; i++) {
        const record = batch[i];
        if (record.household !== void 0) {
          households.push(record.household);
          positions.push(i);
        }
      }
      const results = classifyMany(households, options);
      rows.length = 0;
      let next = 0;
      for (let i = 0; i < batch.length; i++) {
        const record = batch[i];
        let row;
        let item;
        if (next < positions.length && positions[next] === i) {
          const result = results[next++];
          row = result.ok ? { row: record.row, line: record.line, id: record.id, ok: true, result: result.result, explanation: explainRows ? explain(result.result, { locale, ruleSet }) : void 0 } : { row: record.row, line: record.line, id: record.id, ok: false, issues: reportIssues(result.issues, csvIn) };
          item = result;
        } else {
          row = { row: record.row, line: record.line, id: record.id, ok: false, issues: reportIssues(record.issues ?? [], csvIn) };
          item = { index: record.row - 1, ok: false, issues: record.issues ?? [] };
        }
        read++;
        if (summarizer !== void 0) summarizer.add(item, values.by === void 0 ? void 0 : record.key ?? null);
        if (!row.ok) {
          failed++;
          if (!quiet && reported < MAX_REPORTED) {
            reported++;
            const where = row.line > 0 ? `row ${row.row} (line ${row.line})` : `row ${row.row}`;
            say(io.stderr, `${where}${row.id === void 0 ? "" : ` [id ${String(row.id)}]`}: ${row.issues.map((issue) => `${issue.field} \u2014 ${issue.message}`).join("; ")}`);
          }
          if (errors !== void 0) {
            const pending2 = errors.write(jsonLine(row, false));
            if (pending2 !== void 0) await pending2;
          }
        }
        const pending = out.write(csvOut ? csvLine(row, explainRows) : jsonLine(row, full));
        if (pending !== void 0) await pending;
      }
      if (io.progress) {
        const now = Date.now();
        if (now - lastProgress >= 1e3) {
          lastProgress = now;
          io.stderr.write(`\r${countText(read)} rows read, ${countText(failed)} failed\u2026`);
        }
      }
    }
  } finally {
    if (io.progress && lastProgress !== started) io.stderr.write("\r\x1B[K");
  }
  await out.close();
  if (errors !== void 0) await errors.close();
  const seconds = (Date.now() - started) / 1e3;
  if (!quiet && failed > reported) say(io.stderr, `\u2026 and ${countText(failed - reported)} more failed row${failed - reported === 1 ? "" : "s"}${values.errors === void 0 ? " (list them all with --errors <file>)" : ` (all in ${values.errors})`}`);
  say(
    io.stderr,
    `chuan-ngheo: ${countText(read)} rows read, ${countText(read - failed)} classified, ${countText(failed)} failed \u2014 rule set ${ruleSet.id} ${ruleSet.version} (${ruleSet.fingerprint.slice(0, 12)}\u2026), ${seconds.toFixed(1)} s`
  );
  if (summarizer !== void 0) {
    const summary = summarizer.finish();
    if (values["summary-json"] !== void 0) {
      try {
        await promises.writeFile(values["summary-json"], `${JSON.stringify(summary, null, 2)}
`);
      } catch (error) {
        throw new UsageError(`cannot write ${values["summary-json"]}: ${error.message}`);
      }
    }
    if (values.summary === true) say(values.out === void 0 ? io.stderr : io.stdout, `
${renderSummary(summary, { locale, ruleSet })}`);
  }
  return failed > 0 ? 1 : 0;
}
async function commandExplain(file, values, io) {
  const locale = localeOf(values);
  const options = classifyOptions(values);
  const ruleSet = resolveRuleSet2(options);
  const format = inputFormat(file, values);
  const wanted = values.row === void 0 ? void 0 : Number(values.row);
  if (wanted !== void 0 && (!Number.isSafeInteger(wanted) || wanted < 1)) throw new UsageError("--row must be a row number from 1");
  let chosen;
  let count2 = 0;
  const ignoreColumns = values["ignore-columns"]?.split(",").map((column) => column.trim()).filter((column) => column !== "");
  const readOptions = { indicatorIds: ruleSet.indicators.map((indicator4) => indicator4.id), ...ignoreColumns === void 0 ? {} : { ignoreColumns } };
  for await (const batch of readRecords(file, format, readOptions)) {
    for (const record of batch) {
      count2++;
      if (wanted === void 0 ? count2 === 1 : record.row === wanted) chosen = record;
    }
    if (wanted !== void 0 && chosen !== void 0) break;
  }
  if (chosen === void 0) throw new UsageError(wanted === void 0 ? `${file} has no household` : `${file} has no row ${wanted} (it has ${count2})`);
  if (wanted === void 0 && count2 > 1) throw new UsageError(`${file} has ${count2} households; choose one with --row N`);
  const [result] = chosen.household === void 0 ? [{ index: 0, ok: false, issues: chosen.issues ?? [] }] : classifyMany([chosen.household], options);
  if (result.ok) {
    say(io.stdout, explain(result.result, { locale, ruleSet }));
    return 0;
  }
  for (const issue of reportIssues(result.issues, format === "csv")) say(io.stderr, `row ${chosen.row}: ${issue.field} \u2014 ${issue.message}`);
  return 1;
}
function commandSchema(values, io) {
  const options = classifyOptions(values);
  if (options.ruleSet === void 0 && options.date === void 0) options.ruleSet = DEFAULT_RULE_SET_ID;
  const ruleSet = resolveRuleSet2(options);
  say(io.stdout, JSON.stringify(householdJsonSchema(ruleSet), null, 2));
  return 0;
}
function commandRules(positionals, values, io) {
  const locale = localeOf(values);
  const [sub, a, b] = positionals;
  if (sub === "list" && a === void 0) say(io.stdout, rulesList(locale));
  else if (sub === "show" && a !== void 0 && b === void 0) say(io.stdout, rulesShow(a, locale));
  else if (sub === "diff" && a !== void 0 && b !== void 0 && positionals.length === 3) say(io.stdout, rulesDiff(a, b, locale));
  else throw new UsageError("usage: chuan-ngheo rules list | rules show <id> | rules diff <a> <b>");
  return 0;
}
async function main(argv, io) {
  try {
    let parsed;
    try {
      parsed = util.parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.version === true) {
      say(io.stdout, VERSION);
      return 0;
    }
    const [command, ...rest] = positionals;
    if (values.help === true || command === void 0 || command === "help") {
      say(command === void 0 && values.help !== true ? io.stderr : io.stdout, USAGE);
      return command === void 0 && values.help !== true ? 2 : 0;
    }
    switch (command) {
      case "classify":
        if (rest.length !== 1) throw new UsageError('usage: chuan-ngheo classify <file> [options] (one file; "-" for stdin)');
        return await commandClassify(rest[0], values, io);
      case "explain":
        if (rest.length !== 1) throw new UsageError("usage: chuan-ngheo explain <file> [--row N] [options]");
        return await commandExplain(rest[0], values, io);
      case "rules":
        return commandRules(rest, values, io);
      case "schema":
        if (rest.length !== 0) throw new UsageError("usage: chuan-ngheo schema [--rule-set id]");
        return commandSchema(values, io);
      default:
        throw new UsageError(`unknown command "${command.slice(0, 40)}"; commands: classify, explain, rules, schema`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      say(io.stderr, `chuan-ngheo: ${error.message}
(run chuan-ngheo --help for usage)`);
      return 2;
    }
    if (error instanceof ValidationError) {
      say(io.stderr, `chuan-ngheo: ${error.message}`);
      return 2;
    }
    const code = error?.code;
    if (code === "EPIPE") return 0;
    say(io.stderr, `chuan-ngheo: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}

// src/cli/index.ts
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, progress: process.stderr.isTTY === true }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`chuan-ngheo: ${error instanceof Error ? error.message : String(error)}
`);
    process.exitCode = 2;
  }
);
//# sourceMappingURL=cli.cjs.map
//# sourceMappingURL=cli.cjs.map