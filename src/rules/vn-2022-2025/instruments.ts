/**
 * Legal instruments cited by the `vn-2022-2025` rule set, with what each contributes to it.
 *
 * @module
 */
import {
  CIRCULAR_07_2021 as CIRCULAR_07_2021_ID,
  DECREE_07_2021 as DECREE_07_2021_ID,
  DECREE_135_2020 as DECREE_135_2020_ID,
  DECREE_30_2025 as DECREE_30_2025_ID,
  DECREE_351_2025 as DECREE_351_2025_ID,
  LABOUR_CODE_2019 as LABOUR_CODE_2019_ID,
  withRole,
} from '../legal.js';
import type { Instrument } from '../types.js';

/** Decree 07/2021/NĐ-CP: the 2021–2025 multidimensional poverty standard. */
export const DECREE_07_2021: Instrument = withRole(DECREE_07_2021_ID, {
  vi: 'Chuẩn thu nhập, 6 chiều và 12 chỉ số thiếu hụt, tiêu chí hộ nghèo, cận nghèo, mức sống trung bình (Điều 3 và Phụ lục).',
  en: 'Income line, 6 dimensions and 12 deprivation indicators, criteria for poor, near-poor and average-living households (Art. 3 and Appendix).',
});

/** Decree 351/2025/NĐ-CP: extends Decree 07/2021 Art. 3 to 31 Dec 2026. */
export const DECREE_351_2025: Instrument = withRole(DECREE_351_2025_ID, {
  vi: 'Tiếp tục áp dụng chuẩn nghèo theo Điều 3 Nghị định 07/2021/NĐ-CP đến hết ngày 31/12/2026.',
  en: 'Keeps the standard of Decree 07/2021/NĐ-CP Art. 3 in use until 31 Dec 2026.',
});

/** Labour Code 2019 (Law 45/2019/QH14): working age and retirement age. */
export const LABOUR_CODE_2019: Instrument = withRole(LABOUR_CODE_2019_ID, {
  vi: 'Tuổi nghỉ hưu theo lộ trình (Điều 169), dùng để xác định độ tuổi lao động.',
  en: 'Retirement-age roadmap (Art. 169), used for working age.',
});

/** Decree 135/2020/NĐ-CP: the retirement-age roadmap year by year. */
export const DECREE_135_2020: Instrument = withRole(DECREE_135_2020_ID, {
  vi: 'Tuổi nghỉ hưu của người lao động trong điều kiện lao động bình thường theo từng năm (Điều 4).',
  en: 'Retirement age under normal working conditions, year by year (Art. 4).',
});

/** Circular 07/2021/TT-BLĐTBXH (amended by Circular 02/2022/TT-BLĐTBXH): the review method and forms. */
export const CIRCULAR_07_2021: Instrument = withRole(CIRCULAR_07_2021_ID, {
  vi: 'Phiếu rà soát: điểm ước lượng thu nhập (điểm A/B1) và ngưỡng điểm tương ứng với chuẩn thu nhập.',
  en: 'Review forms: the income-proxy score (score A/B1) and the score thresholds that stand for the income line.',
});

/** Decree 30/2025/NĐ-CP: amends Decree 07/2021/NĐ-CP, adding low-income workers. */
export const DECREE_30_2025: Instrument = withRole(DECREE_30_2025_ID, {
  vi: 'Bổ sung chuẩn người lao động có thu nhập thấp: người lao động thuộc hộ không nghèo, không cận nghèo có thu nhập bình quân đầu người/tháng đến 2.250.000 đồng (nông thôn), 3.000.000 đồng (thành thị).',
  en: 'Adds the low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income up to VND 2,250,000 (rural) or 3,000,000 (urban).',
});
