import type { Instrument } from '../types.js';

/** Decree 07/2021/NĐ-CP: the 2021–2025 multidimensional poverty standard. */
export const DECREE_07_2021: Instrument = {
  id: 'decree-07-2021',
  name: { vi: 'Nghị định 07/2021/NĐ-CP', en: 'Decree 07/2021/NĐ-CP' },
  title: {
    vi: 'Quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
    en: 'Multidimensional poverty standards for the 2021–2025 period',
  },
  signed: '2021-01-27',
  inForce: '2021-03-15',
  role: {
    vi: 'Chuẩn thu nhập, 6 chiều và 12 chỉ số thiếu hụt, tiêu chí hộ nghèo, cận nghèo, mức sống trung bình (Điều 3 và Phụ lục).',
    en: 'Income line, 6 dimensions and 12 deprivation indicators, criteria for poor, near-poor and average-living households (Art. 3 and Appendix).',
  },
};

/** Decree 351/2025/NĐ-CP: extends Decree 07/2021 Art. 3 to 31 Dec 2026. */
export const DECREE_351_2025: Instrument = {
  id: 'decree-351-2025',
  name: { vi: 'Nghị định 351/2025/NĐ-CP', en: 'Decree 351/2025/NĐ-CP' },
  title: {
    vi: 'Quy định chuẩn nghèo đa chiều giai đoạn 2026–2030',
    en: 'Multidimensional poverty standards for the 2026–2030 period',
  },
  signed: '2025-12-30',
  inForce: '2025-12-30',
  role: {
    vi: 'Tiếp tục áp dụng chuẩn nghèo theo Điều 3 Nghị định 07/2021/NĐ-CP đến hết ngày 31/12/2026.',
    en: 'Keeps the standard of Decree 07/2021/NĐ-CP Art. 3 in use until 31 Dec 2026.',
  },
};

/** Labour Code 2019 (Law 45/2019/QH14): working age and retirement age. */
export const LABOUR_CODE_2019: Instrument = {
  id: 'labour-code-2019',
  name: { vi: 'Bộ luật Lao động 2019 (Luật 45/2019/QH14)', en: 'Labour Code 2019 (Law 45/2019/QH14)' },
  title: { vi: 'Bộ luật Lao động', en: 'Labour Code' },
  signed: '2019-11-20',
  inForce: '2021-01-01',
  role: {
    vi: 'Tuổi nghỉ hưu theo lộ trình (Điều 169), dùng để xác định độ tuổi lao động.',
    en: 'Retirement-age roadmap (Art. 169), used for working age.',
  },
};

/** Decree 135/2020/NĐ-CP: the retirement-age roadmap year by year. */
export const DECREE_135_2020: Instrument = {
  id: 'decree-135-2020',
  name: { vi: 'Nghị định 135/2020/NĐ-CP', en: 'Decree 135/2020/NĐ-CP' },
  title: { vi: 'Quy định về tuổi nghỉ hưu', en: 'On retirement age' },
  signed: '2020-11-18',
  inForce: '2021-01-01',
  role: {
    vi: 'Tuổi nghỉ hưu của người lao động trong điều kiện lao động bình thường theo từng năm (Điều 4).',
    en: 'Retirement age under normal working conditions, year by year (Art. 4).',
  },
};
