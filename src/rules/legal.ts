/**
 * The legal instruments the rule sets cite, each defined once (designation, title, dates), and
 * the helpers every rule set uses to write a {@link Citation}. A rule set lists the instruments it
 * implements with its own `role` (what the instrument contributes to that rule set).
 *
 * @internal
 * @module
 */
import type { Citation, Confidence, Instrument, Localized } from './types.js';

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
};

export const LABOUR_CODE_2012: InstrumentIdentity = {
  id: 'labour-code-2012',
  name: { vi: 'Bộ luật Lao động 2012 (Luật 10/2012/QH13)', en: 'Labour Code 2012 (Law 10/2012/QH13)' },
  title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
  signed: '2012-06-18',
  inForce: '2013-05-01',
};

export const LABOUR_CODE_2019: InstrumentIdentity = {
  id: 'labour-code-2019',
  name: { vi: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14)', en: 'Labour Code 2019 (Law 45/2019/QH14)' },
  title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
  signed: '2019-11-20',
  inForce: '2021-01-01',
};

export const DECREE_135_2020: InstrumentIdentity = {
  id: 'decree-135-2020',
  name: { vi: 'Nghị định 135/2020/NĐ-CP', en: 'Decree 135/2020/NĐ-CP' },
  title: { vi: 'Quy định về tuổi nghỉ hưu', en: 'On retirement age' },
  signed: '2020-11-18',
  inForce: '2021-01-01',
};

/** An instrument as a rule set lists it: its identity plus what it contributes there. */
export function withRole(identity: InstrumentIdentity, role: Localized): Instrument {
  return { ...identity, role };
}

/** Where in an instrument: article, clause, point, appendix, item (all optional). */
export type Where = Omit<Citation, 'instrument' | 'paraphrase' | 'confidence' | 'note'>;

/** Article, clause and point, leaving out what is not given. */
export const art = (article: string, clause?: string, point?: string): Where => ({
  article,
  ...(clause === undefined ? {} : { clause }),
  ...(point === undefined ? {} : { point }),
});

/** A citation: instrument reference, place, confidence, the paraphrase the code implements and an optional note. */
export function cite(instrument: InstrumentIdentity, where: Where, confidence: Confidence, paraphrase: Localized, note?: Localized): Citation {
  return {
    instrument: { id: instrument.id, name: instrument.name },
    ...where,
    paraphrase,
    confidence,
    ...(note === undefined ? {} : { note }),
  };
}
