import type { MessageCatalogue } from '../types.js';
import { messagesVi as national } from '../vn-2022-2025/messages.vi.js';

/** Vietnamese messages for the Ho Chi Minh City standard: the national ones, with the city's lines and social insurance. */
export const messagesVi: MessageCatalogue = {
  ...national,
  'ruleSet.title': 'Chuẩn nghèo đa chiều của TP. Hồ Chí Minh (từ 01/10/2024)',
  'incomeLine.poverty': 'chuẩn nghèo về thu nhập của Thành phố',
  'incomeLine.average-ceiling': 'mức trần của hộ có mức sống trung bình của Thành phố',
  'indicator.social-insurance.name': 'Bảo hiểm xã hội',
  'indicator.social-insurance.deprived': 'theo câu trả lời trên phiếu rà soát',
  'indicator.social-insurance.not-deprived': 'theo câu trả lời trên phiếu rà soát',
  'indicator.social-insurance.unknown': 'chưa có câu trả lời trên phiếu rà soát; thư viện không tự xác định chỉ số này từ thông tin của hộ',
};
