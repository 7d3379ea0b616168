/**
 * The common Vietnamese catalogue: categories, statuses, income and citation phrasing. Text
 * specific to a rule set (indicator names and reasons) lives with that rule set.
 *
 * @internal
 * @module
 */
import type { MessageCatalogue } from '../../rules/types.js';

export const commonVi: MessageCatalogue = {
  'category.poor': 'hộ nghèo',
  'category.near-poor': 'hộ cận nghèo',
  'category.average': 'hộ có mức sống trung bình',
  'category.above-average': 'hộ không thuộc diện nghèo, cận nghèo hay có mức sống trung bình',
  'category.undetermined': 'chưa xác định',
  'status.deprived': 'thiếu hụt',
  'status.not-deprived': 'không thiếu hụt',
  'status.unknown': 'chưa rõ',
  'area.rural': 'nông thôn',
  'area.urban': 'thành thị',
  'period.month': 'tháng',
  'period.year': 'năm',
  'currency': 'đồng',
  'headline': 'Kết quả: {category} — theo {ruleSetTitle} ({ruleSetId}, phiên bản {version}).',
  'headline.undetermined': 'Kết quả: chưa xác định — có thể là {possible}; theo {ruleSetTitle} ({ruleSetId}, phiên bản {version}).',
  'or': 'hoặc',
  'and': 'và',
  'income.summary': 'Thu nhập bình quân đầu người {approx}{perCapita} đồng/người/{period}: {comparisons}.',
  'income.at-or-below': 'từ {line} ({amount} đồng, {area}) trở xuống',
  'income.above': 'trên {line} ({amount} đồng, {area})',
  'income.approx': 'khoảng ',
  'income.score.at-or-below': 'Điểm ước lượng thu nhập {score} (ngưỡng {threshold} điểm, {area}): từ ngưỡng trở xuống, tương ứng thu nhập từ {line} trở xuống [{citation}].',
  'income.score.above': 'Điểm ước lượng thu nhập {score} (ngưỡng {threshold} điểm, {area}): trên ngưỡng, tương ứng thu nhập trên {line} [{citation}].',
  'undetermined.score': 'Điểm chỉ cho biết thu nhập ở trên hay dưới chuẩn, không xếp được hộ vào dải mức sống trung bình: cần thu nhập bằng tiền để phân biệt {possible}.',
  'lowIncomeWorker.true': 'Người lao động trong hộ thuộc diện người lao động có thu nhập thấp (hộ không nghèo, không cận nghèo; thu nhập bình quân đầu người từ {ceiling} đồng trở xuống, {area}) [{citation}].',
  'lowIncomeWorker.false': 'Người lao động trong hộ không thuộc diện người lao động có thu nhập thấp (cần: hộ không nghèo, không cận nghèo và thu nhập bình quân đầu người từ {ceiling} đồng trở xuống, {area}) [{citation}].',
  'lowIncomeWorker.unknown': 'Chưa xác định được người lao động trong hộ có thuộc diện thu nhập thấp không (cần: hộ không nghèo, không cận nghèo và thu nhập bình quân đầu người từ {ceiling} đồng trở xuống, {area}) [{citation}].',
  'deprivations.summary': 'Thiếu hụt {count}/{total} chỉ số (ngưỡng: từ {cut} chỉ số trở lên).',
  'deprivations.summary.unknown': 'Thiếu hụt {count}/{total} chỉ số, {unknown} chỉ số chưa rõ (ngưỡng: từ {cut} chỉ số trở lên).',
  'basis': 'Căn cứ: {citation}.',
  'undetermined.why': 'Cần xác minh các chỉ số chưa rõ để kết luận: {list}.',
  'indicators.heading': 'Các chỉ số:',
  'source.answer': 'theo câu trả lời trên phiếu rà soát',
  'evidence.none': 'chưa có câu trả lời và chưa đủ thông tin để xác định',
  'member.index': 'thành viên số {n}',
  'member.id': 'thành viên «{id}»',
  'citation.article': 'Điều {v}',
  'citation.clause': 'khoản {v}',
  'citation.point': 'điểm {v}',
  'citation.appendix': 'Phụ lục',
  'citation.appendix.numbered': 'Phụ lục {v}',
  'citation.item': 'mục {v}',
  'citation.unchecked': '(chưa đối chiếu từng chữ với văn bản chính thức)',
  'value.durability.permanent': 'kiên cố',
  'value.durability.semi-permanent': 'bán kiên cố',
  'value.durability.less-permanent': 'thiếu kiên cố',
  'value.durability.simple': 'đơn sơ',
};
