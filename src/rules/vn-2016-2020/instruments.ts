/**
 * Legal instruments cited by the `vn-2016-2020` rule set, with what each contributes to it.
 *
 * @module
 */
import { DECISION_59_2015 as DECISION_59_2015_ID, DECREE_07_2021, DECREE_135_2020, LABOUR_CODE_2012 as LABOUR_CODE_2012_ID, withRole } from '../legal.js';
import type { Instrument } from '../types.js';

/** Decision 59/2015/QĐ-TTg: the multidimensional poverty standard for 2016–2020. */
export const DECISION_59_2015: Instrument = withRole(DECISION_59_2015_ID, {
  vi: 'Chuẩn nghèo và chuẩn cận nghèo về thu nhập, 5 dịch vụ xã hội cơ bản và 10 chỉ số thiếu hụt, tiêu chí hộ nghèo, cận nghèo, mức sống trung bình (Điều 1, Điều 2).',
  en: 'Poverty and near-poverty income lines, 5 basic social services and 10 deprivation indicators, criteria for poor, near-poor and average-living households (Art. 1, Art. 2).',
});

/** Decree 07/2021/NĐ-CP: keeps Decision 59/2015 in use for 2021. */
export const DECREE_07_2021_FOR_2021: Instrument = withRole(DECREE_07_2021, {
  vi: 'Năm 2021 tiếp tục áp dụng chuẩn nghèo theo Quyết định 59/2015/QĐ-TTg (Điều 2 khoản 1).',
  en: 'Keeps the standard of Decision 59/2015/QĐ-TTg in use for 2021 (Art. 2 cl. 1).',
});

/** Labour Code 2012 (Law 10/2012/QH13): retirement age 60 (men) and 55 (women) until 2020. */
export const LABOUR_CODE_2012: Instrument = withRole(LABOUR_CODE_2012_ID, {
  vi: 'Tuổi nghỉ hưu nam 60, nữ 55 (Điều 187), áp dụng đến hết năm 2020.',
  en: 'Retirement age 60 for men and 55 for women (Art. 187), until the end of 2020.',
});

/** Decree 135/2020/NĐ-CP: the retirement-age roadmap from 2021. */
export const DECREE_135_2020_FOR_2021: Instrument = withRole(DECREE_135_2020, {
  vi: 'Tuổi nghỉ hưu năm 2021: nam 60 tuổi 3 tháng, nữ 55 tuổi 4 tháng (Điều 4).',
  en: 'Retirement age in 2021: men 60 years 3 months, women 55 years 4 months (Art. 4).',
});
