/**
 * The shape of a rule set: plain, frozen, citable data.
 *
 * Everything an auditor checks against the legal text lives in these types: income lines,
 * category rules, the deprivation cut, dimensions and indicators, each with a {@link Citation}.
 * The evaluation engine (`classify`) is generic and knows no years; what differs between
 * standards is only ever data of these shapes.
 *
 * @module
 */
import type { DwellingFactNames, MemberFactNames } from '../input/fields.js';

/** Where the household lives: `rural` = nông thôn, `urban` = thành thị (đô thị). */
export type Area = 'rural' | 'urban';

/** Languages of explanations and paraphrases: Vietnamese (default) and English. */
export type Locale = 'vi' | 'en';

/** A text in both supported languages. */
export interface Localized {
  /** Vietnamese. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * A household category, from poorest to richest.
 * - `poor` — hộ nghèo
 * - `near-poor` — hộ cận nghèo
 * - `average` — hộ có mức sống trung bình (average living standard)
 * - `above-average` — none of these (above the average-living band)
 */
export type Category = 'poor' | 'near-poor' | 'average' | 'above-average';

/** A category, or `undetermined` when unknown facts could still change it. */
export type CategoryOrUndetermined = Category | 'undetermined';

/**
 * How sure the project is of a rule element (see the domain reference):
 * - `A` — seen in two or more independent public sources;
 * - `B` — one source;
 * - `C` — widely repeated, but not yet checked word for word against the official text.
 */
export type Confidence = 'A' | 'B' | 'C';

/** A legal instrument, as it is cited (short designation). */
export interface InstrumentRef {
  /** Stable identifier, e.g. `decree-07-2021`. */
  readonly id: string;
  /** Designation in both languages, e.g. `Nghị định 07/2021/NĐ-CP` / `Decree 07/2021/NĐ-CP`. */
  readonly name: Localized;
}

/** A legal instrument with its dates, as listed in a rule set's metadata. */
export interface Instrument extends InstrumentRef {
  /** Full title in both languages. */
  readonly title: Localized;
  /** Date signed, ISO `YYYY-MM-DD`. */
  readonly signed: string;
  /** Date in force, ISO `YYYY-MM-DD`. */
  readonly inForce: string;
  /** What this instrument contributes to the rule set. */
  readonly role: Localized;
  /** The texts of this instrument the project has reached (see {@link Source}); none listed: not recorded. */
  readonly sources?: readonly Source[];
  /** Anything an auditor should know about the instrument itself (e.g. a date not checked). */
  readonly note?: Localized;
}

/**
 * What kind of text a rule element's wording rests on:
 * - `official-text` — the instrument's own text (the gazette, or a legal database reproducing it);
 * - `official-translation` — a translation published as the instrument's English text;
 * - `translation` — another translation;
 * - `news` — a news report;
 * - `secondary-note` — a commentary, summary or question-and-answer page quoting the text.
 */
export type SourceKind = 'official-text' | 'official-translation' | 'translation' | 'news' | 'secondary-note';

/**
 * How a source bears on one rule element:
 * - `states` — it states this element of this instrument (in its own words or quoting it);
 * - `related` — it states it for a related text (a draft that carries it over, a local text
 *   applying the national wording): support, but not the instrument itself;
 * - `lead` — a pointer only (it quotes the element, but is known to be wrong elsewhere, or has
 *   not been checked): it does not count towards the confidence mark.
 */
export type SourceBearing = 'states' | 'related' | 'lead';

/** One text an element's wording rests on, and how it bears on the element. */
export interface Source {
  /** The kind of text. */
  readonly kind: SourceKind;
  /** Who published it, e.g. `LuatVietnam (English translation)`. */
  readonly publisher: string;
  /** Where it is: an address without the scheme (as listed in the project's domain reference), or absent when none was recorded. */
  readonly address?: string;
  /**
   * Sources with the same `origin` count once (e.g. copies of one wire story on several sites);
   * absent: the source is its own origin (its publisher).
   */
  readonly origin?: string;
  /** How it bears on the element (see {@link SourceBearing}). */
  readonly bears: SourceBearing;
}

/** Parts of a citation's place: article, clause, point, appendix item. */
export type CitationPart = 'article' | 'clause' | 'point' | 'item';

/**
 * Where a rule element comes from in the law: instrument, article, clause, point, or an
 * appendix item, plus the short paraphrase the code implements and how sure we are of it.
 */
export interface Citation {
  /** The instrument cited. */
  readonly instrument: InstrumentRef;
  /** Article (Điều), e.g. `3`. */
  readonly article?: string;
  /** Clause (khoản), e.g. `2`. */
  readonly clause?: string;
  /** Point (điểm), e.g. `a`. */
  readonly point?: string;
  /** The appendix: its number or label, or `''` for an instrument's only, unnumbered appendix. */
  readonly appendix?: string;
  /** The item within the appendix, e.g. `2.2`. */
  readonly item?: string;
  /** What the code implements, in words, in both languages. */
  readonly paraphrase: Localized;
  /**
   * How sure we are of the paraphrase (see {@link Confidence}). When `sources` are listed it must
   * follow from them: `A` two or more independent sources that state it, `B` at least one source
   * that states it or a related text, `C` otherwise (leads only).
   */
  readonly confidence: Confidence;
  /** Anything an auditor should know: an assumption, a known ambiguity. */
  readonly note?: Localized;
  /** What the paraphrase rests on (see {@link Source}); built-in rule sets list it for every citation. */
  readonly sources?: readonly Source[];
  /**
   * Set when no clause states the element: it follows from other elements (e.g. "none of these
   * categories" is the complement of the others). Says how it is derived; the place then names
   * where the elements it follows from are.
   */
  readonly derived?: Localized;
  /** Parts of the place (point letter, appendix item number…) that are the project's reading, not yet seen in the text. */
  readonly reading?: readonly CitationPart[];
}

/** An inclusive range of ages in completed years (`min` and/or `max`). */
export interface AgeRange {
  /** Youngest age included, in completed years (none: from birth). */
  readonly min?: number;
  /** Oldest age included, in completed years (`15` means "under 16"; none: no upper bound). */
  readonly max?: number;
}

/**
 * Facts about a member that conditions can name (all optional; absent means unknown): every
 * member field in `MEMBER_FIELDS` marked as a fact (not `id`, nor `age` and `ageMonths`, which
 * have their own conditions). Derived from the table.
 *
 * @example
 * ```ts
 * import type { MemberFact } from 'chuan-ngheo';
 * const fact: MemberFact = 'healthInsurance';
 * ```
 */
export type MemberFact = MemberFacts;
/** @inline */
type MemberFacts = MemberFactNames;

/**
 * Facts about the dwelling that conditions can name (all optional; absent means unknown): every
 * field in `DWELLING_FIELDS`. Derived from the table.
 *
 * @example
 * ```ts
 * import type { DwellingFact } from 'chuan-ngheo';
 * const fact: DwellingFact = 'safeWater';
 * ```
 */
export type DwellingFact = DwellingFacts;
/** @inline */
type DwellingFacts = DwellingFactNames;

/**
 * A condition on one member, evaluated in three-valued logic (true / false / unknown):
 * unknown facts stay unknown unless the other operands decide the result.
 */
export type MemberCondition =
  | {
      /** The member's age is within the range. */
      readonly age: AgeRange;
    }
  | {
      /** The member is of working age (see {@link WorkingAge}) on the review date. */
      readonly workingAge: true;
    }
  /**
   * Born in `bornFrom` or later. Uses the member's `birthYear` when given; otherwise the
   * birth year is inferred from `age` and the review year (year − age − 1 or year − age),
   * and stays unknown when the two candidates fall on both sides of `bornFrom`.
   */
  | {
      /** First birth year included. */
      readonly bornFrom: number;
    }
  | {
      /** The member fact compared. */
      readonly fact: MemberFact;
      /** The value that makes the condition hold. */
      readonly equals: boolean | string;
      /** Evaluated instead when the fact is unknown (a documented default, e.g. who is a dependant). */
      readonly ifUnknown?: MemberCondition;
    }
  | {
      /** The member fact compared. */
      readonly fact: MemberFact;
      /** The values that make the condition hold. */
      readonly in: readonly string[];
    }
  | {
      /** Every condition holds (Kleene AND). */
      readonly all: readonly MemberCondition[];
    }
  | {
      /** At least one condition holds (Kleene OR). */
      readonly any: readonly MemberCondition[];
    }
  | {
      /** At least this many of `of` hold (three-valued: decided as soon as the known ones suffice). */
      readonly atLeast: number;
      /** The conditions counted. */
      readonly of: readonly MemberCondition[];
    };

/** A condition on the dwelling, evaluated in three-valued logic. */
export type DwellingCondition =
  | {
      /** The dwelling fact compared. */
      readonly fact: DwellingFact;
      /** The value that makes the condition hold. */
      readonly equals: boolean | string;
    }
  | {
      /** The dwelling fact compared. */
      readonly fact: DwellingFact;
      /** The values that make the condition hold. */
      readonly in: readonly string[];
      /** Evaluated instead when the fact is unknown (e.g. the structures when the durability class is not given). */
      readonly ifUnknown?: DwellingCondition;
    }
  | {
      /** The dwelling fact (a list) compared. */
      readonly fact: DwellingFact;
      /** The condition holds when the list contains none of these (an empty list holds). */
      readonly includesNoneOf: readonly string[];
      /**
       * Values the input accepts for this list that the rule deliberately does not count (each
       * accepted value is either counted or listed here; the citation's note says why).
       */
      readonly notCounted?: readonly string[];
    }
  | {
      /** Every condition holds (Kleene AND). */
      readonly all: readonly DwellingCondition[];
    }
  | {
      /** At least one condition holds (Kleene OR). */
      readonly any: readonly DwellingCondition[];
    }
  | {
      /** At least this many of `of` hold (three-valued: decided as soon as the known ones suffice). */
      readonly atLeast: number;
      /** The conditions counted. */
      readonly of: readonly DwellingCondition[];
    };

/**
 * The kind of test an indicator applies, with its parameters.
 * - `any-member`: deprived when at least one member meets `where`.
 * - `no-member`: deprived when no member meets `where`.
 * - `member-share-above`: deprived when the members meeting `where` are more than `share`
 *   (a decimal string, e.g. `"0.5"`) of the household's size.
 * - `per-member-below`: deprived when the dwelling fact divided by household size is strictly
 *   below `floor` (a decimal string, e.g. `"8"` m²).
 * - `dwelling`: deprived when the dwelling meets `where`.
 */
export type IndicatorTest =
  | {
      /** Deprived when at least one member meets `where`. */
      readonly kind: 'any-member';
      /** The condition on a member. */
      readonly where: MemberCondition;
    }
  | {
      /** Deprived when no member meets `where`. */
      readonly kind: 'no-member';
      /** The condition on a member. */
      readonly where: MemberCondition;
    }
  | {
      /** Deprived when the members meeting `where` are more than `share` of the household. */
      readonly kind: 'member-share-above';
      /** The condition on a member. */
      readonly where: MemberCondition;
      /** The share, a decimal string (e.g. `"0.5"`); exactly this share is not deprived. */
      readonly share: string;
    }
  | {
      /** Deprived when the dwelling fact per member is strictly below `floor`. */
      readonly kind: 'per-member-below';
      /** The dwelling fact divided by the household size. */
      readonly fact: 'floorArea';
      /** The floor, a decimal string (e.g. `"8"` m²); exactly this value is not deprived. */
      readonly floor: string;
    }
  | {
      /** Deprived when the dwelling meets `where`. */
      readonly kind: 'dwelling';
      /** The condition on the dwelling. */
      readonly where: DwellingCondition;
    }
  /**
   * The library cannot derive this indicator from facts (its thresholds are not known or not
   * citable): only the review-form answer in `deprivations` decides; without one it is unknown,
   * and the evidence (`basis: 'answer-required'`) says so. `reason` is shown to the user.
   */
  | {
      /** Only the review-form answer decides. */
      readonly kind: 'answer-only';
      /** Why the library derives nothing from facts, shown to the user. */
      readonly reason: Localized;
    };

/** A dimension of basic social services (e.g. health, education). */
export interface Dimension {
  /** Stable identifier, e.g. `health`. */
  readonly id: string;
  /** Where the dimension is defined. */
  readonly citation: Citation;
}

/** One deprivation indicator: a test, its dimension and its citation. */
export interface Indicator {
  /** Stable identifier, e.g. `health-insurance`; also the key in a household's `deprivations`. */
  readonly id: string;
  /** Id of the {@link Dimension} it belongs to. */
  readonly dimension: string;
  /** How the indicator is derived from member and dwelling facts. */
  readonly test: IndicatorTest;
  /** Where the indicator and its threshold are defined. */
  readonly citation: Citation;
}

/** An income line by area, as a decimal string in VND per person per `incomePeriod`. */
export interface IncomeLine {
  /** Stable identifier, e.g. `poverty`. */
  readonly id: string;
  /** The line by area. */
  readonly amounts: {
    /** Rural (nông thôn) amount, a decimal string. */
    readonly rural: string;
    /** Urban (thành thị) amount, a decimal string. */
    readonly urban: string;
  };
  /** Where the line is set. */
  readonly citation: Citation;
}

/**
 * One category rule: the category applies when the income is within the interval
 * (`above` a line, exclusive; `atOrBelow` a line, inclusive) and, if given, the number of
 * deprivations is at least the cut (`at-least-cut`) or below it (`below-cut`).
 */
export interface CategoryRule {
  /** The category the rule gives. */
  readonly category: Category;
  /** The income interval, by income-line id. */
  readonly income: {
    /** The income is above this line (exclusive, "trên"). */
    readonly above?: string;
    /** The income is at or below this line (inclusive, "từ … trở xuống"). */
    readonly atOrBelow?: string;
  };
  /** The deprivation condition, if any: at least the cut, or below it. Absent: not considered. */
  readonly deprivations?: 'at-least-cut' | 'below-cut';
  /** Where the rule is set. */
  readonly citation: Citation;
}

/** The statutory retirement-age roadmap for one sex, in months of age. */
export interface RetirementRoadmap {
  /** Year of the first step. */
  readonly baseYear: number;
  /** Retirement age in `baseYear`, in months. */
  readonly baseMonths: number;
  /** Months added each following year. */
  readonly stepMonths: number;
  /** Final retirement age, in months. */
  readonly capMonths: number;
}

/** Working age: from `minAge` completed years to the statutory retirement age by sex and year. */
export interface WorkingAge {
  /** Youngest working age, in completed years. */
  readonly minAge: number;
  /** The retirement-age roadmap by sex. */
  readonly retirement: {
    /** Men. */
    readonly male: RetirementRoadmap;
    /** Women. */
    readonly female: RetirementRoadmap;
  };
  /** Where working age and the roadmap are set. */
  readonly citation: Citation;
}

/**
 * Status of a rule set: `in-force`, `superseded`, `provisional` (refused by `classify` unless
 * allowed), or `local` (a province's own standard: chosen only by id, never by date or default).
 */
export type RuleSetStatus = 'in-force' | 'superseded' | 'provisional' | 'local';

/** The data of a rule set, before it is frozen and fingerprinted. */
export interface RuleSetData {
  /** Stable identifier, e.g. `vn-2022-2025`. */
  readonly id: string;
  /** Semantic version of the rule data. */
  readonly version: string;
  /** In force, superseded, provisional (refused by `classify` unless allowed), or local (chosen by id only). */
  readonly status: RuleSetStatus;
  /** The standard's name in both languages. */
  readonly title: Localized;
  /** The legal instruments this rule set implements. */
  readonly instruments: readonly Instrument[];
  /**
   * Effective period, ISO dates, both inclusive, with the provisions that set it (`citations`:
   * e.g. the instrument that brought the standard in and the one that extended or ended it).
   */
  readonly effective: {
    /** First day, ISO `YYYY-MM-DD`. */
    readonly from: string;
    /** Last day, ISO `YYYY-MM-DD`. */
    readonly to: string;
    /** The provisions that set the period. */
    readonly citations?: readonly Citation[];
  };
  /** Income unit: VND per person per month or per year. */
  readonly incomePeriod: 'month' | 'year';
  /** Income lines in ascending order (for every area). */
  readonly incomeLines: readonly IncomeLine[];
  /** The deprivation cut: `atLeast` deprivations make the deprivation test hold. */
  readonly deprivationCut: {
    /** The number of deprived indicators that meets the cut (e.g. `3`: "từ 03 chỉ số trở lên"). */
    readonly atLeast: number;
    /** Where the cut is set. */
    readonly citation: Citation;
  };
  /** Category rules; for any income and deprivation count exactly one applies. */
  readonly categoryRules: readonly CategoryRule[];
  /** Working age, used by indicators about members of working age. */
  readonly workingAge: WorkingAge;
  /** The dimensions of basic social services. */
  readonly dimensions: readonly Dimension[];
  /** Indicators in the legal text's order. */
  readonly indicators: readonly Indicator[];
  /**
   * The review tool's income-proxy score (optional): a score at or below `thresholds[area]`
   * stands for an income at or below the income line `line`; a score above it for an income
   * above that line, with its position among the higher lines unknown.
   */
  readonly incomeScore?: IncomeScoreRule;
  /**
   * A person-level status for workers of the household (optional): eligible when the
   * household is in none of `excludedCategories` and its per-capita income is at or below the
   * income line `atOrBelow`.
   */
  readonly lowIncomeWorker?: LowIncomeWorkerRule;
  /** For a rule set made with `deriveRuleSet`: the base it was derived from. */
  readonly derivedFrom?: {
    /** The base rule set's id. */
    readonly id: string;
    /** The base rule set's version. */
    readonly version: string;
    /** The base rule set's fingerprint. */
    readonly fingerprint: string;
  };
}

/** The income-proxy score rule (see {@link RuleSetData.incomeScore}). */
export interface IncomeScoreRule {
  /** Id of the income line the score threshold stands for. */
  readonly line: string;
  /** Score thresholds by area, decimal strings; a score ≤ threshold means income ≤ the line. */
  readonly thresholds: {
    /** Rural threshold. */
    readonly rural: string;
    /** Urban threshold. */
    readonly urban: string;
  };
  /** Where the score thresholds are set. */
  readonly citation: Citation;
}

/** The low-income-worker rule (see {@link RuleSetData.lowIncomeWorker}). */
export interface LowIncomeWorkerRule {
  /** Id of the income line that is the per-capita income ceiling. */
  readonly atOrBelow: string;
  /** Categories whose households are not eligible (e.g. `poor`, `near-poor`). */
  readonly excludedCategories: readonly Category[];
  /** Where the rule is set. */
  readonly citation: Citation;
}

/**
 * A message catalogue: text keyed by rule element. Keys:
 * `ruleSet.title`, `dimension.<id>`, `incomeLine.<id>`, `indicator.<id>.name`,
 * `indicator.<id>.deprived`, `indicator.<id>.not-deprived`, `indicator.<id>.unknown`.
 * Templates may use `{placeholders}` filled from the indicator's evidence.
 */
export type MessageCatalogue = Readonly<Record<string, string>>;

/**
 * A frozen, fingerprinted rule set, as returned by `getRuleSet` and used by `classify`.
 */
export interface RuleSet extends RuleSetData {
  /** Message catalogues for explanations (presentation only: not part of the fingerprint). */
  readonly messages: {
    /** Vietnamese catalogue. */
    readonly vi: MessageCatalogue;
    /** English catalogue. */
    readonly en: MessageCatalogue;
  };
  /**
   * SHA-256 (lowercase hex) of the canonical JSON serialisation of the {@link RuleSetData}
   * (every field except `fingerprint`): objects with keys sorted, no whitespace.
   */
  readonly fingerprint: string;
}
