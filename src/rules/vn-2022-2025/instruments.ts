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

/** Circular 07/2021/TT-BLĐTBXH (amended by Circular 02/2022/TT-BLĐTBXH): the review method and forms. */
export const CIRCULAR_07_2021: Instrument = {
  id: 'circular-07-2021',
  name: { vi: 'Thông tư 07/2021/TT-BLĐTBXH', en: 'Circular 07/2021/TT-BLĐTBXH' },
  title: {
    vi: 'Hướng dẫn phương pháp rà soát, phân loại hộ nghèo, hộ cận nghèo; xác định thu nhập của hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình giai đoạn 2022–2025 và mẫu biểu báo cáo',
    en: 'Guidance on the method of reviewing and classifying poor and near-poor households for 2022–2025, and report forms',
  },
  signed: '2021-07-18',
  inForce: '2021-09-01',
  role: {
    vi: 'Phiếu rà soát: điểm ước lượng thu nhập (điểm A/B1) và ngưỡng điểm tương ứng với chuẩn thu nhập.',
    en: 'Review forms: the income-proxy score (score A/B1) and the score thresholds that stand for the income line.',
  },
};

/** Decree 30/2025/NĐ-CP: amends Decree 07/2021/NĐ-CP, adding low-income workers. */
export const DECREE_30_2025: Instrument = {
  id: 'decree-30-2025',
  name: { vi: 'Nghị định 30/2025/NĐ-CP', en: 'Decree 30/2025/NĐ-CP' },
  title: {
    vi: 'Sửa đổi, bổ sung một số điều của Nghị định 07/2021/NĐ-CP quy định chuẩn nghèo đa chiều giai đoạn 2021–2025',
    en: 'Amending Decree 07/2021/NĐ-CP on the multidimensional poverty standards for 2021–2025',
  },
  signed: '2025-02-24',
  inForce: '2025-02-24',
  role: {
    vi: 'Bổ sung chuẩn người lao động có thu nhập thấp: người lao động thuộc hộ không nghèo, không cận nghèo có thu nhập bình quân đầu người/tháng đến 2.250.000 đồng (nông thôn), 3.000.000 đồng (thành thị).',
    en: 'Adds the low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income up to VND 2,250,000 (rural) or 3,000,000 (urban).',
  },
};
