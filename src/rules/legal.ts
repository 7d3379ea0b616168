/**
 * The legal instruments the rule sets cite, each defined once (designation, title, dates), and
 * the helpers every rule set uses to write a {@link Citation}. A rule set lists the instruments it
 * implements with its own `role` (what the instrument contributes to that rule set).
 *
 * @internal
 * @module
 */
import {
  BAONGHEAN_DECREE_135,
  HUENGAYNAY_DECREE_351,
  LAODONGTHUDO_DECREE_07,
  LUATVIETNAM_DECREE_07,
  LUATVIETNAM_DECREE_135,
  LUATVN_DECISION_59,
  SGGP_HCMC_2024,
  states,
  THUKYLUAT_CIRCULAR_07,
  TVPL_DECISION_59,
  VIETNAMLAWMAGAZINE_DECREE_07,
  VIETNAMNET_DECREE_351,
  VIETNAMPLUS_DECREE_351,
  VNA_DECREE_07,
  VNA_DECREE_30,
  VNA_RETIREMENT_2019,
  VNEXPRESS_DECREE_07,
} from './sources.js';
import type { Citation, CitationPart, Confidence, Instrument, Localized, Source } from './types.js';

/** An instrument without a rule-set specific role. */
export type InstrumentIdentity = Omit<Instrument, 'role'>;

export const DECISION_59_2015: InstrumentIdentity = {
  id: 'decision-59-2015',
  name: { vi: 'Quyết định 59/2015/QĐ-TTg', en: 'Decision 59/2015/QĐ-TTg' },
  title: {
    vi: 'Về việc ban hành chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020',
    en: 'Promulgating the multidimensional poverty standard for the 2016–2020 period',
  },
  signed: '2015-11-19',
  inForce: '2016-01-05',
  sources: [states(LUATVN_DECISION_59), states(TVPL_DECISION_59)],
};

export const DECREE_07_2021: InstrumentIdentity = {
  id: 'decree-07-2021',
  name: { vi: 'Nghị định 07/2021/NĐ-CP', en: 'Decree 07/2021/NĐ-CP' },
  title: {
    vi: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
    en: 'Multidimensional poverty standards for the 2021–2025 period',
  },
  signed: '2021-01-27',
  inForce: '2021-03-15',
  sources: [
    states(LUATVIETNAM_DECREE_07),
    states(LAODONGTHUDO_DECREE_07),
    states(VNEXPRESS_DECREE_07),
    states(VIETNAMLAWMAGAZINE_DECREE_07),
    states(VNA_DECREE_07),
  ],
};

export const DECREE_351_2025: InstrumentIdentity = {
  id: 'decree-351-2025',
  name: { vi: 'Nghị định 351/2025/NĐ-CP', en: 'Decree 351/2025/NĐ-CP' },
  title: {
    vi: 'Quy định chuẩn nghèo đa chiều giai đoạn 2026–2030',
    en: 'Multidimensional poverty standards for the 2026–2030 period',
  },
  signed: '2025-12-30',
  inForce: '2025-12-30',
  sources: [states(VIETNAMPLUS_DECREE_351), states(HUENGAYNAY_DECREE_351), states(VIETNAMNET_DECREE_351)],
};

export const DECREE_30_2025: InstrumentIdentity = {
  id: 'decree-30-2025',
  name: { vi: 'Nghị định 30/2025/NĐ-CP', en: 'Decree 30/2025/NĐ-CP' },
  title: {
    vi: 'Sửa đổi, bổ sung một số điều của Nghị định 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
    en: 'Amending Decree 07/2021/NĐ-CP on the multidimensional poverty standards for 2021–2025',
  },
  signed: '2025-02-24',
  inForce: '2025-02-24',
  sources: [states(VNA_DECREE_30)],
};

export const CIRCULAR_07_2021: InstrumentIdentity = {
  id: 'circular-07-2021',
  name: { vi: 'Thông tư 07/2021/TT-BLĐTBXH', en: 'Circular 07/2021/TT-BLĐTBXH' },
  title: {
    vi: 'Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; xác định thu nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022–2025 và mẫu biểu báo cáo',
    en: 'Guidance on the method of reviewing and classifying poor and near-poor households for 2022–2025, and report forms',
  },
  signed: '2021-07-18',
  inForce: '2021-09-01',
  sources: [states(THUKYLUAT_CIRCULAR_07)],
};

export const LABOUR_CODE_2012: InstrumentIdentity = {
  id: 'labour-code-2012',
  name: { vi: 'Bộ luật Lao động 2012 (Luật 10/2012/QH13)', en: 'Labour Code 2012 (Law 10/2012/QH13)' },
  title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
  signed: '2012-06-18',
  inForce: '2013-05-01',
  sources: [states(VNA_RETIREMENT_2019)],
};

export const LABOUR_CODE_2019: InstrumentIdentity = {
  id: 'labour-code-2019',
  name: { vi: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14)', en: 'Labour Code 2019 (Law 45/2019/QH14)' },
  title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
  signed: '2019-11-20',
  inForce: '2021-01-01',
  sources: [states(VNA_RETIREMENT_2019), states(LUATVIETNAM_DECREE_135)],
};

export const DECREE_135_2020: InstrumentIdentity = {
  id: 'decree-135-2020',
  name: { vi: 'Nghị định 135/2020/NĐ-CP', en: 'Decree 135/2020/NĐ-CP' },
  title: { vi: 'Quy định về tuổi nghỉ hưu', en: 'On retirement age' },
  signed: '2020-11-18',
  inForce: '2021-01-01',
  sources: [states(LUATVIETNAM_DECREE_135), states(BAONGHEAN_DECREE_135)],
};

/**
 * The implementing guidance of Decision 59/2015 that words the ten 2016–2020 thresholds (most
 * likely the 2016 review circular; not identified). Cited by reference only: its dates are not
 * known, so no rule set lists it among its instruments.
 */
export const GUIDANCE_2016_2020: Pick<InstrumentIdentity, 'id' | 'name'> = {
  id: 'review-guidance-2016-2020',
  name: {
    vi: 'Hướng dẫn thực hiện chuẩn nghèo giai đoạn 2016–2020 (văn bản chưa xác định)',
    en: 'Implementing guidance for the 2016–2020 standard (instrument not identified)',
  },
};

/** Ho Chi Minh City People's Council Resolution 15/NQ-HĐND (10th term, 17th session), the city standard from 1 Oct 2024. */
export const HCMC_RESOLUTION_15_2024: InstrumentIdentity = {
  id: 'hcmc-resolution-15-2024',
  name: { vi: 'Nghị quyết 15/NQ-HĐND (HĐND TP. Hồ Chí Minh, 2024)', en: 'Resolution 15/NQ-HĐND (Ho Chi Minh City People’s Council, 2024)' },
  title: {
    vi: 'Sửa đổi Nghị quyết 13/2020/NQ-HĐND ngày 09/12/2020 về chuẩn nghèo đa chiều của Thành phố giai đoạn 2021–2025',
    en: 'Amending Resolution 13/2020/NQ-HĐND of 9 Dec 2020 on the city’s multidimensional poverty standard for 2021–2025',
  },
  signed: '2024-07-15',
  inForce: '2024-10-01',
  sources: [states(SGGP_HCMC_2024)],
  note: {
    vi: 'Ngày ký chưa đối chiếu: 15/07/2024 là ngày khai mạc kỳ họp thứ 17 HĐND khóa X (theo SGGP); chuẩn áp dụng từ 01/10/2024. Số và năm của Nghị quyết theo tài liệu tham chiếu của dự án.',
    en: 'Signing date not checked: 15 Jul 2024 is the opening day of the 17th session of the 10th-term Council (SGGP); the standard applies from 1 Oct 2024. Number and year of the Resolution as in the project reference.',
  },
};

/** An instrument as a rule set lists it: its identity plus what it contributes there. */
export function withRole(identity: InstrumentIdentity, role: Localized): Instrument {
  return { ...identity, role };
}

/** Where in an instrument: article, clause, point, appendix, item (all optional). */
export type Where = Pick<Citation, 'article' | 'clause' | 'point' | 'appendix' | 'item'>;

/** What a citation rests on and how to read it: its sources (required), and an optional note, derivation and reading marks. */
export interface CiteDetails {
  /** What the paraphrase rests on; the confidence given must follow from it. */
  readonly sources: readonly Source[];
  /** Anything an auditor should know. */
  readonly note?: Localized;
  /** How the element is derived, when no clause states it. */
  readonly derived?: Localized;
  /** Parts of the place that are the project's reading. */
  readonly reading?: readonly CitationPart[];
}

/** Article, clause and point, leaving out what is not given. */
export const art = (article: string, clause?: string, point?: string): Where => ({
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
});

/**
 * A citation: instrument reference, place, confidence, the paraphrase the code implements, its
 * sources, and optionally a note, how it is derived and which parts of the place are the
 * project's reading.
 */
export function cite(
  instrument: Pick<InstrumentIdentity, 'id' | 'name'>,
  where: Where,
  confidence: Confidence,
  paraphrase: Localized,
  details: CiteDetails,
): Citation {
  return {
    instrument: { id: instrument.id, name: instrument.name },
    ...where,
    paraphrase,
    confidence,
    sources: details.sources,
    ...(details.note === undefined ? {} : { note: details.note }),
    ...(details.derived === undefined ? {} : { derived: details.derived }),
    ...(details.reading === undefined || details.reading.length === 0 ? {} : { reading: details.reading }),
  };
}
