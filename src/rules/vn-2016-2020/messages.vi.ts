import type { MessageCatalogue } from '../types.js';

/** Vietnamese messages for the 2016–2020 rule set, keyed by rule element. */
export const messagesVi: MessageCatalogue = {
  'ruleSet.title': 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020',
  'incomeLine.poverty': 'chuẩn nghèo',
  'incomeLine.near-poverty': 'chuẩn cận nghèo',
  'incomeLine.average-ceiling': 'mức trần của hộ có mức sống trung bình',
  'dimension.health': 'Y tế',
  'dimension.education': 'Giáo dục',
  'dimension.housing': 'Nhà ở',
  'dimension.water-sanitation': 'Nước sạch và vệ sinh',
  'dimension.information': 'Thông tin',

  'indicator.health-access.name': 'Tiếp cận các dịch vụ y tế',
  'indicator.health-access.deprived': '{members} bị ốm đau nhưng không đi khám chữa bệnh',
  'indicator.health-access.not-deprived': 'không có thành viên ốm đau mà không đi khám chữa bệnh',
  'indicator.health-access.unknown': 'chưa biết {unknownMembers} có ốm đau mà không đi khám chữa bệnh không',

  'indicator.health-insurance.name': 'Bảo hiểm y tế',
  'indicator.health-insurance.deprived': '{members} từ 6 tuổi trở lên không có bảo hiểm y tế',
  'indicator.health-insurance.not-deprived': 'mọi thành viên từ 6 tuổi trở lên đều có bảo hiểm y tế',
  'indicator.health-insurance.unknown': 'chưa đủ thông tin về tuổi hoặc bảo hiểm y tế của {unknownMembers}',

  'indicator.adult-education.name': 'Trình độ giáo dục của người lớn',
  'indicator.adult-education.deprived': '{members} từ 15 tuổi trở lên, sinh từ năm 1986 trở lại đây, chưa tốt nghiệp trung học cơ sở và hiện không đi học',
  'indicator.adult-education.not-deprived': 'không có thành viên từ 15 tuổi trở lên sinh từ năm 1986 chưa tốt nghiệp trung học cơ sở mà không đi học',
  'indicator.adult-education.unknown': 'chưa đủ thông tin về tuổi, năm sinh, việc đi học hoặc trình độ của {unknownMembers}',

  'indicator.school-attendance.name': 'Tình trạng đi học của trẻ em',
  'indicator.school-attendance.deprived': '{members} trong độ tuổi 5–14 hiện không đi học',
  'indicator.school-attendance.not-deprived': 'mọi trẻ em 5–14 tuổi đều đang đi học',
  'indicator.school-attendance.unknown': 'chưa đủ thông tin về tuổi hoặc việc đi học của {unknownMembers}',

  'indicator.housing-quality.name': 'Chất lượng nhà ở',
  'indicator.housing-quality.deprived': 'nhà ở không bền chắc ({facts})',
  'indicator.housing-quality.not-deprived': 'nhà ở bền chắc ({facts})',
  'indicator.housing-quality.unknown': 'chưa có thông tin về loại nhà ở hoặc các kết cấu chính (tường, cột/khung, mái)',

  'indicator.housing-area.name': 'Diện tích nhà ở bình quân đầu người',
  'indicator.housing-area.deprived': '{value} m²/người, nhỏ hơn {threshold} m²',
  'indicator.housing-area.not-deprived': '{value} m²/người, từ {threshold} m² trở lên',
  'indicator.housing-area.unknown': 'chưa biết diện tích nhà ở',

  'indicator.water.name': 'Nguồn nước sinh hoạt',
  'indicator.water.deprived': 'không tiếp cận được nguồn nước hợp vệ sinh',
  'indicator.water.not-deprived': 'có nguồn nước sinh hoạt hợp vệ sinh',
  'indicator.water.unknown': 'chưa biết nguồn nước có hợp vệ sinh không',

  'indicator.sanitation.name': 'Hố xí/nhà tiêu hợp vệ sinh',
  'indicator.sanitation.deprived': 'không sử dụng hố xí/nhà tiêu hợp vệ sinh',
  'indicator.sanitation.not-deprived': 'sử dụng hố xí/nhà tiêu hợp vệ sinh',
  'indicator.sanitation.unknown': 'chưa biết về hố xí/nhà tiêu',

  'indicator.telecom.name': 'Sử dụng dịch vụ viễn thông',
  'indicator.telecom.deprived': 'không có thành viên nào sử dụng thuê bao điện thoại hoặc internet',
  'indicator.telecom.not-deprived': '{members} sử dụng thuê bao điện thoại hoặc internet',
  'indicator.telecom.unknown': 'chưa biết {unknownMembers} có thuê bao điện thoại hoặc dùng internet không',

  'indicator.information-access.name': 'Tài sản phục vụ tiếp cận thông tin',
  'indicator.information-access.deprived': 'không có ti vi, radio, máy tính và không nghe được loa đài truyền thanh xã/thôn',
  'indicator.information-access.not-deprived': 'có ti vi, radio hoặc máy tính, hoặc nghe được loa đài truyền thanh xã/thôn',
  'indicator.information-access.unknown': 'chưa đủ thông tin về tài sản tiếp cận thông tin hoặc loa đài truyền thanh',
};
