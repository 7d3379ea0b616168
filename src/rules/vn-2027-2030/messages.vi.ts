import type { MessageCatalogue } from '../types.js';

const ANSWER = 'theo câu trả lời trên phiếu rà soát';
const UNKNOWN = 'chưa có câu trả lời trên phiếu rà soát; theo chuẩn tạm thời này thư viện không tự xác định chỉ số từ thông tin của hộ';

function indicator(id: string, name: string): Record<string, string> {
  return {
    [`indicator.${id}.name`]: name,
    [`indicator.${id}.deprived`]: ANSWER,
    [`indicator.${id}.not-deprived`]: ANSWER,
    [`indicator.${id}.unknown`]: UNKNOWN,
  };
}

/** Vietnamese messages for the provisional 2027–2030 rule set, keyed by rule element. */
export const messagesVi: MessageCatalogue = {
  'ruleSet.title': 'Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tạm thời)',
  'incomeLine.poverty': 'chuẩn nghèo về thu nhập',
  'dimension.employment': 'Việc làm',
  'dimension.health': 'Y tế',
  'dimension.education': 'Giáo dục',
  'dimension.housing': 'Nhà ở',
  'dimension.water-sanitation-environment': 'Nước sinh hoạt, vệ sinh và môi trường',
  'dimension.information': 'Thông tin',
  ...indicator('employment', 'Việc làm'),
  ...indicator('dependants', 'Người phụ thuộc trong hộ gia đình'),
  ...indicator('nutrition', 'Dinh dưỡng'),
  ...indicator('health-insurance', 'Bảo hiểm y tế'),
  ...indicator('adult-education', 'Trình độ giáo dục của người lớn'),
  ...indicator('school-attendance', 'Tình trạng đi học của trẻ em'),
  ...indicator('housing-quality', 'Chất lượng nhà ở'),
  ...indicator('housing-area', 'Diện tích nhà ở bình quân đầu người'),
  ...indicator('water', 'Nguồn nước sinh hoạt'),
  ...indicator('sanitation', 'Nhà tiêu hợp vệ sinh'),
  ...indicator('waste', 'Thu gom, xử lý rác thải sinh hoạt'),
  ...indicator('telecom', 'Sử dụng dịch vụ viễn thông (dịch vụ số, internet)'),
  // Overrides the common wording: this standard has no average-living band.
  'category.above-average': 'hộ không thuộc diện nghèo hay cận nghèo (chuẩn 2027–2030 chưa quy định hộ có mức sống trung bình)',
};
