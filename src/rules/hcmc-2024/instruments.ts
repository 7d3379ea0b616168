/**
 * Legal instruments cited by the local `hcmc-2024` rule set, with what each contributes to it.
 *
 * @module
 */
import {
  DECREE_07_2021 as DECREE_07_2021_ID,
  DECREE_135_2020 as DECREE_135_2020_ID,
  HCMC_RESOLUTION_15_2024 as HCMC_RESOLUTION_15_2024_ID,
  LABOUR_CODE_2019 as LABOUR_CODE_2019_ID,
  withRole,
} from '../legal.js';
import type { Instrument } from '../types.js';

/** Resolution 15/NQ-HĐND of the Ho Chi Minh City People's Council: the city standard from 1 Oct 2024. */
export const HCMC_RESOLUTION_15_2024: Instrument = withRole(HCMC_RESOLUTION_15_2024_ID, {
  vi: 'Chuẩn thu nhập 46.000.000 đồng/người/năm, 13 chỉ số thiếu hụt (12 chỉ số quốc gia và bảo hiểm xã hội), tiêu chí hộ nghèo, cận nghèo, mức sống trung bình của Thành phố từ 01/10/2024.',
  en: 'Income line VND 46,000,000 per person per year, 13 deprivation indicators (the national 12 plus social insurance), criteria for the city’s poor, near-poor and average-living households from 1 Oct 2024.',
});

/** Decree 07/2021/NĐ-CP: the national indicators and thresholds the city applies. */
export const DECREE_07_2021: Instrument = withRole(DECREE_07_2021_ID, {
  vi: 'Sáu chiều và 12 chỉ số thiếu hụt quốc gia với ngưỡng của Phụ lục, Thành phố áp dụng như quốc gia.',
  en: 'The six dimensions and 12 national deprivation indicators with the Appendix thresholds, applied by the city as nationally.',
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
