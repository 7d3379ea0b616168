/**
 * The texts the rule data rests on, each defined once: what kind of text it is, who published
 * it and where it is (addresses as recorded in the project's domain reference, §8, without the
 * scheme). None of them is the official gazette (Công báo / vanban.chinhphu.vn): an auditor
 * checks the rows of a rule card against the gazette, and these tell them what to look for.
 *
 * A rule element lists each source with how it bears on it (`states`, `related`, `lead`); the
 * confidence mark follows from that list ({@link confidenceFrom}), and `defineRuleSet` checks
 * that every built-in citation's mark agrees with its sources.
 *
 * @internal
 * @module
 */
import type { Confidence, Source } from './types.js';

/** A publication, before saying how it bears on an element. */
export type Publication = Omit<Source, 'bears'>;

/** Decree 07/2021/NĐ-CP in English (LuatVietnam): the text up to Art. 3 cl. 1 pt. a. */
export const LUATVIETNAM_DECREE_07: Publication = {
  kind: 'official-translation',
  publisher: 'LuatVietnam — English translation of Decree 07/2021/NĐ-CP (reached up to Art. 3 cl. 1 pt. a)',
  address:
    'english.luatvietnam.vn/decree-no-07-2021-nd-cp-dated-january-27-2021-of-the-government-on-multidimensional-poverty-standards-in-the-2021-2025-period-197848-doc1.html',
};

/** News: the categories and bands of Decree 07/2021 (Lao Động Thủ Đô). */
export const LAODONGTHUDO_DECREE_07: Publication = {
  kind: 'news',
  publisher: 'Lao Động Thủ Đô',
  address: 'laodongthudo.vn/quy-dinh-chuan-ngheo-da-chieu-giai-doan-2021-2025-119787.html',
};

/** News: the categories and bands of Decree 07/2021 (VnExpress; only the site was recorded). */
export const VNEXPRESS_DECREE_07: Publication = { kind: 'news', publisher: 'VnExpress (article address not recorded)', address: 'vnexpress.net' };

/** News: the categories and bands of Decree 07/2021 (Vietnam Law Magazine). */
export const VIETNAMLAWMAGAZINE_DECREE_07: Publication = {
  kind: 'news',
  publisher: 'Vietnam Law Magazine',
  address: 'vietnamlawmagazine.vn/new-multidimensional-poverty-line-for-2022-25-announced-27595.html',
};

/** News (Vietnam News Agency, French service): Decree 07/2021 issued, 2016–2020 standard kept for 2021, the 6 services and 12 indicators. */
export const VNA_DECREE_07: Publication = {
  kind: 'news',
  publisher: 'VietnamPlus (Vietnam News Agency)',
  address: 'fr.vietnamplus.vn/publication-des-criteres-de-pauvrete-multidimensionnelle-pour-la-periode-20222025/155136.vnp',
  origin: 'Vietnam News Agency',
};

/**
 * A detailed secondary note quoting the Appendix of Decree 07/2021 (its own near-poor wording is
 * wrong, so it is a lead, never a source).
 */
export const APPENDIX_NOTE_DECREE_07: Publication = {
  kind: 'secondary-note',
  publisher: 'Secondary note quoting the Appendix of Decree 07/2021/NĐ-CP (address not recorded in the project reference)',
};

/** News on the 2025 draft for 2026–2030 that "inherits" the 2022–2025 criteria (vietnam.vn). */
export const DRAFT_2026_2030: Publication = {
  kind: 'news',
  publisher: 'vietnam.vn — proposed deprivation indicators of the new standard (2025 draft)',
  address: 'vietnam.vn/en/de-xuat-cac-chi-so-thieu-hut-dich-vu-xa-hoi-co-ban-trong-chuan-ngheo-da-chieu-moi',
};

/** News on a Ho Chi Minh City district quoting the city standard, which uses two national thresholds in the national wording. */
export const HCMC_DISTRICT_5: Publication = {
  kind: 'news',
  publisher: 'vietnam.vn — a Ho Chi Minh City district without poor households (quotes the city standard)',
  address: 'vietnam.vn/en/mot-quan-o-tp-hcm-khong-con-ho-ngheo-can-ngheo-theo-chuan-da-chieu',
};

/** Decision 59/2015/QĐ-TTg in English (luatvn.net, full text). */
export const LUATVN_DECISION_59: Publication = {
  kind: 'translation',
  publisher: 'luatvn.net — English full text of Decision 59/2015/QĐ-TTg',
  address: 'luatvn.net/decision-no-59-2015-qd-ttg-promulgating-multidimensional-poverty-levels-applicable',
};

/** Decision 59/2015/QĐ-TTg in Vietnamese (Thư Viện Pháp Luật). */
export const TVPL_DECISION_59: Publication = {
  kind: 'official-text',
  publisher: 'Thư Viện Pháp Luật — Vietnamese text of Decision 59/2015/QĐ-TTg',
  address: 'thuvienphapluat.vn/van-ban/Van-hoa-Xa-hoi/Quyet-dinh-59-2015-QD-TTg-chuan-ngheo-tiep-can-da-chieu-ap-dung-2016-2020-296044.aspx',
  origin: 'Thư Viện Pháp Luật',
};

/** Questions and answers quoting Decision 59/2015 Art. 2 in Vietnamese (Thư Viện Pháp Luật, Q&A 24980, 40DCD, 4B89F). */
export const TVPL_QA_DECISION_59: Publication = {
  kind: 'secondary-note',
  publisher: 'Thư Viện Pháp Luật — questions and answers 24980, 40DCD, 4B89F quoting Art. 2',
  address: 'thuvienphapluat.vn/hoi-dap-phap-luat',
  origin: 'Thư Viện Pháp Luật',
};

/** News: Decree 351/2025/NĐ-CP issued (VietnamPlus). */
export const VIETNAMPLUS_DECREE_351: Publication = {
  kind: 'news',
  publisher: 'VietnamPlus',
  address: 'vietnamplus.vn/ban-hanh-quy-dinh-ve-chuan-ngheo-da-chieu-quoc-gia-giai-doan-2026-2030-post1086100.vnp',
  origin: 'Vietnam News Agency',
};

/** News: Decree 351/2025/NĐ-CP issued (Huế Ngày Nay; only the site was recorded). */
export const HUENGAYNAY_DECREE_351: Publication = { kind: 'news', publisher: 'Huế Ngày Nay (article address not recorded)', address: 'huengaynay.vn' };

/** News: the National Office for Poverty Reduction on Decree 351/2025 (VietNamNet English; only the section was recorded). */
export const VIETNAMNET_DECREE_351: Publication = {
  kind: 'news',
  publisher: 'VietNamNet — statement of the National Office for Poverty Reduction (article address not recorded)',
  address: 'vietnamnet.vn/en',
};

/** The Vietnam News Agency wire story on Decree 30/2025/NĐ-CP (one of its copies). */
export const VNA_DECREE_30: Publication = {
  kind: 'news',
  publisher: 'Vietnam News Agency wire story on Decree 30/2025/NĐ-CP, copy in Báo Thanh Hóa',
  address: 'baothanhhoa.vn/print/818b95dbb92f2f7774e6b12abdad0/240772.htm',
  origin: 'Vietnam News Agency',
};

/** A summary of Circular 07/2021/TT-BLĐTBXH and its score thresholds (thukyluat.vn; only the site was recorded). */
export const THUKYLUAT_CIRCULAR_07: Publication = {
  kind: 'secondary-note',
  publisher: 'Thư Ký Luật — summary of Circular 07/2021/TT-BLĐTBXH (article address not recorded)',
  address: 'thukyluat.vn',
};

/** Decree 135/2020/NĐ-CP in English (LuatVietnam). */
export const LUATVIETNAM_DECREE_135: Publication = {
  kind: 'official-translation',
  publisher: 'LuatVietnam — English translation of Decree 135/2020/NĐ-CP',
  address: 'english.luatvietnam.vn/decree-no-135-2020-nd-cp-dated-november-18-2020-of-the-government-prescribing-retirement-ages-194427-doc1.html',
};

/** News: the retirement-age table of Decree 135/2020/NĐ-CP (Báo Nghệ An). */
export const BAONGHEAN_DECREE_135: Publication = {
  kind: 'news',
  publisher: 'Báo Nghệ An — the retirement-age table of Decree 135/2020/NĐ-CP',
  address: 'baonghean.vn/en/quy-dinh-moi-ve-tuoi-nghi-huu-vua-duoc-chinh-phu-ban-hanh-10220052.html',
};

/** News: the retirement age "from 60 and 55 at present" rising from 2021 (Vietnam News Agency, VietnamPlus English). */
export const VNA_RETIREMENT_2019: Publication = {
  kind: 'news',
  publisher: 'VietnamPlus (Vietnam News Agency) — retirement age to rise from 2021',
  address: 'en.vietnamplus.vn/retirement-age-to-rise-as-from-2021-post164085.vnp',
  origin: 'Vietnam News Agency',
};

/** News: Ho Chi Minh City's proposed standard at the 17th session of the 10th-term People's Council, July 2024 (SGGP English). */
export const SGGP_HCMC_2024: Publication = {
  kind: 'news',
  publisher: 'Sài Gòn Giải Phóng (English) — the city standard proposed at the 17th session, 15 July 2024',
  address: 'en.sggp.org.vn/hcmc-plans-to-add-nearly-vnd2900-billion-for-poverty-reduction-post111186.html',
};

/** `publication` stating the element. */
export const states = (publication: Publication): Source => ({ ...publication, bears: 'states' });
/** `publication` stating it for a related text (a draft, a local text applying the national wording). */
export const related = (publication: Publication): Source => ({ ...publication, bears: 'related' });
/** `publication` as a lead only. */
export const lead = (publication: Publication): Source => ({ ...publication, bears: 'lead' });

/**
 * The confidence mark that follows from a list of sources: `A` when two or more independent
 * sources (distinct `origin`, or publisher when no origin is given) state the element; `B` when
 * at least one source states it or states it for a related text; `C` otherwise (leads only, or
 * nothing reached).
 *
 * @example
 * ```ts
 * confidenceFrom([states(LUATVIETNAM_DECREE_07), states(LAODONGTHUDO_DECREE_07)]); // 'A'
 * confidenceFrom([related(DRAFT_2026_2030)]);                                       // 'B'
 * confidenceFrom([lead(APPENDIX_NOTE_DECREE_07)]);                                  // 'C'
 * ```
 */
export function confidenceFrom(sources: readonly Source[]): Confidence {
  const stating = new Set(sources.filter((source) => source.bears === 'states').map((source) => source.origin ?? source.publisher));
  if (stating.size >= 2) return 'A';
  if (sources.some((source) => source.bears === 'states' || source.bears === 'related')) return 'B';
  return 'C';
}
