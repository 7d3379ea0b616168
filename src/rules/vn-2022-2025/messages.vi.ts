import type { MessageCatalogue } from '../types.js';

/** Vietnamese messages for the 2022–2025 rule set, keyed by rule element. */
export const messagesVi: MessageCatalogue = {
  'ruleSet.title': 'Chuẩn nghèo đa chiều giai đoạn 2022–2025',
  'incomeLine.poverty': 'chuẩn nghèo về thu nhập',
  'incomeLine.average-ceiling': 'mức trần của hộ có mức sống trung bình',
  'dimension.employment': 'Việc làm',
  'dimension.health': 'Y tế',
  'dimension.education': 'Giáo dục',
  'dimension.housing': 'Nhà ở',
  'dimension.water-sanitation': 'Nước sinh hoạt và vệ sinh',
  'dimension.information': 'Thông tin',

  'indicator.employment.name': 'Việc làm',
  'indicator.employment.deprived': '{members} trong độ tuổi lao động đang thất nghiệp hoặc làm công ăn lương không có hợp đồng lao động',
  'indicator.employment.not-deprived': 'không có thành viên trong độ tuổi lao động thất nghiệp hoặc làm công ăn lương không có hợp đồng lao động',
  'indicator.employment.unknown': 'chưa đủ thông tin về tuổi, giới tính, việc làm hoặc hợp đồng lao động của {unknownMembers}',

  'indicator.dependants.name': 'Người phụ thuộc trong hộ gia đình',
  'indicator.dependants.deprived': '{count}/{size} thành viên là người phụ thuộc ({valuePercent}), lớn hơn {thresholdPercent}',
  'indicator.dependants.not-deprived': '{count}/{size} thành viên là người phụ thuộc ({valuePercent}), không lớn hơn {thresholdPercent}',
  'indicator.dependants.unknown': 'chưa biết {unknownMembers} có phải là người phụ thuộc không; tỷ lệ có thể vượt {thresholdPercent}',

  'indicator.nutrition.name': 'Dinh dưỡng',
  'indicator.nutrition.deprived': '{members} dưới 16 tuổi bị suy dinh dưỡng (thấp còi hoặc nhẹ cân)',
  'indicator.nutrition.not-deprived': 'không có trẻ em dưới 16 tuổi bị suy dinh dưỡng thấp còi hoặc nhẹ cân',
  'indicator.nutrition.unknown': 'chưa đủ thông tin về tuổi hoặc tình trạng dinh dưỡng của {unknownMembers}',

  'indicator.health-insurance.name': 'Bảo hiểm y tế',
  'indicator.health-insurance.deprived': '{members} từ 6 tuổi trở lên không có bảo hiểm y tế',
  'indicator.health-insurance.not-deprived': 'mọi thành viên từ 6 tuổi trở lên đều có bảo hiểm y tế',
  'indicator.health-insurance.unknown': 'chưa đủ thông tin về tuổi hoặc bảo hiểm y tế của {unknownMembers}',

  'indicator.adult-education.name': 'Trình độ giáo dục của người lớn',
  'indicator.adult-education.deprived': '{members} từ 16 đến 30 tuổi không đi học, đào tạo và chưa có bằng cấp phù hợp với độ tuổi',
  'indicator.adult-education.not-deprived': 'không có thành viên từ 16 đến 30 tuổi thiếu bằng cấp phù hợp mà không đi học, đào tạo',
  'indicator.adult-education.unknown': 'chưa đủ thông tin về tuổi, việc học hoặc trình độ của {unknownMembers}',

  'indicator.school-attendance.name': 'Tình trạng đi học của trẻ em',
  'indicator.school-attendance.deprived': '{members} từ 3 đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi',
  'indicator.school-attendance.not-deprived': 'mọi trẻ em từ 3 đến dưới 16 tuổi đều đi học đúng bậc, cấp học',
  'indicator.school-attendance.unknown': 'chưa đủ thông tin về tuổi hoặc việc đi học của {unknownMembers}',

  'indicator.housing-quality.name': 'Chất lượng nhà ở',
  'indicator.housing-quality.deprived': 'nhà ở không bền chắc ({facts})',
  'indicator.housing-quality.not-deprived': 'nhà ở bền chắc ({facts})',
  'indicator.housing-quality.unknown': 'chưa có thông tin về loại nhà ở hoặc các kết cấu chính (tường, cột/khung, mái)',

  'indicator.housing-area.name': 'Diện tích nhà ở bình quân đầu người',
  'indicator.housing-area.deprived': '{value} m²/người, dưới {threshold} m²',
  'indicator.housing-area.not-deprived': '{value} m²/người, từ {threshold} m² trở lên',
  'indicator.housing-area.unknown': 'chưa có thông tin về diện tích nhà ở',

  'indicator.water.name': 'Nguồn nước sinh hoạt',
  'indicator.water.deprived': 'không tiếp cận được nguồn nước sinh hoạt an toàn',
  'indicator.water.not-deprived': 'có nguồn nước sinh hoạt an toàn',
  'indicator.water.unknown': 'chưa có thông tin về nguồn nước sinh hoạt',

  'indicator.sanitation.name': 'Nhà tiêu hợp vệ sinh',
  'indicator.sanitation.deprived': 'không sử dụng nhà tiêu hợp vệ sinh',
  'indicator.sanitation.not-deprived': 'sử dụng nhà tiêu hợp vệ sinh',
  'indicator.sanitation.unknown': 'chưa có thông tin về nhà tiêu',

  'indicator.telecom.name': 'Sử dụng dịch vụ viễn thông',
  'indicator.telecom.deprived': 'không thành viên nào sử dụng dịch vụ internet',
  'indicator.telecom.not-deprived': '{members} có sử dụng dịch vụ internet',
  'indicator.telecom.unknown': 'chưa biết {unknownMembers} có sử dụng internet không',

  'indicator.information-access.name': 'Phương tiện phục vụ tiếp cận thông tin',
  'indicator.information-access.deprived': 'không có ti vi, radio, máy tính, điện thoại thông minh và không nghe được loa truyền thanh xã/thôn',
  'indicator.information-access.not-deprived': 'có phương tiện tiếp cận thông tin hoặc nghe được loa truyền thanh xã/thôn',
  'indicator.information-access.unknown': 'chưa đủ thông tin về phương tiện tiếp cận thông tin hoặc loa truyền thanh',
};
