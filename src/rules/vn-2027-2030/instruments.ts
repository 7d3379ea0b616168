/**
 * Legal instruments cited by the provisional `vn-2027-2030` rule set.
 *
 * @module
 */
import type { Instrument } from '../types.js';

/** Decree 351/2025/NĐ-CP: the multidimensional poverty standard for 2026–2030 (applied from 2027). */
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
    vi: 'Chuẩn thu nhập 2.200.000 đồng (nông thôn) và 2.800.000 đồng (đô thị), 6 chiều và 12 chỉ số thiếu hụt, tiêu chí hộ nghèo và cận nghèo từ năm 2027.',
    en: 'Income line VND 2,200,000 (rural) and 2,800,000 (urban), 6 dimensions and 12 deprivation indicators, criteria for poor and near-poor households from 2027.',
  },
};

/** Decree 135/2020/NĐ-CP: the retirement-age roadmap. */
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
