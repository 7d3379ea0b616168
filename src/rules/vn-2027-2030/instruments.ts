/**
 * Legal instruments cited by the provisional `vn-2027-2030` rule set, with what each contributes to it.
 *
 * @module
 */
import { DECREE_135_2020 as DECREE_135_2020_ID, DECREE_351_2025 as DECREE_351_2025_ID, withRole } from '../legal.js';
import type { Instrument } from '../types.js';

/** Decree 351/2025/NĐ-CP: the multidimensional poverty standard for 2026–2030 (applied from 2027). */
export const DECREE_351_2025: Instrument = withRole(DECREE_351_2025_ID, {
  vi: 'Chuẩn thu nhập 2.200.000 đồng (nông thôn) và 2.800.000 đồng (đô thị), 6 chiều và 12 chỉ số thiếu hụt, tiêu chí hộ nghèo và cận nghèo từ năm 2027.',
  en: 'Income line VND 2,200,000 (rural) and 2,800,000 (urban), 6 dimensions and 12 deprivation indicators, criteria for poor and near-poor households from 2027.',
});

/** Decree 135/2020/NĐ-CP: the retirement-age roadmap. */
export const DECREE_135_2020: Instrument = withRole(DECREE_135_2020_ID, {
  vi: 'Tuổi nghỉ hưu của người lao động trong điều kiện lao động bình thường theo từng năm (Điều 4).',
  en: 'Retirement age under normal working conditions, year by year (Art. 4).',
});
