/**
 * Where the annual review's words, tables and procedures come from: Decision 24/2021/QĐ-TTg
 * (the review procedure) and Circular 07/2021/TT-BLĐTBXH (the review method and report forms),
 * with the project's confidence in each paraphrase and what is not settled by any text.
 *
 * @internal
 * @module
 */
import type { Citation, Localized } from '../rules/types.js';

/** The instrument references cited (designations as in the rule sets' instruments). */
const DECISION_24: Citation['instrument'] = { id: 'decision-24-2021', name: { vi: 'Quyết định 24/2021/QĐ-TTg', en: 'Decision 24/2021/QĐ-TTg' } };
const CIRCULAR_07: Citation['instrument'] = { id: 'circular-07-2021', name: { vi: 'Thông tư 07/2021/TT-BLĐTBXH', en: 'Circular 07/2021/TT-BLĐTBXH' } };

// Citations are plain literals, frozen with a pure call, so that a bundle that never reviews drops them.
const deepFreeze = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
};

const NO_ARTICLE: Localized = {
  vi: 'Chưa đối chiếu được điều, khoản cụ thể trong văn bản.',
  en: 'The article and clause have not been identified in the text.',
};

/** The periodic review window. */
export const PERIODIC_REVIEW_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: DECISION_24,
  paraphrase: {
    vi: 'Rà soát định kỳ mỗi năm một lần, thực hiện từ ngày 01 tháng 9 đến hết ngày 14 tháng 12.',
    en: 'The periodic review is held once a year, from 1 September to 14 December inclusive.',
  },
  confidence: 'A',
  note: NO_ARTICLE,
});

/** The regular (on-request) monthly review. */
export const REGULAR_REVIEW_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: DECISION_24,
  paraphrase: {
    vi: 'Ngoài kỳ rà soát định kỳ, rà soát thường xuyên (theo đề nghị của hộ) được thực hiện hằng tháng, từ ngày 15 hằng tháng.',
    en: 'Outside the periodic review, regular (on-request) reviews are held monthly, from the 15th of each month.',
  },
  confidence: 'A',
  note: {
    vi: 'Chưa đối chiếu được điều, khoản cụ thể. Cách xếp một ngày vào đợt hằng tháng (từ ngày 15 tháng này đến ngày 14 tháng sau, không chồng lên kỳ định kỳ) là cách hiểu của dự án, chưa thấy văn bản nói rõ.',
    en: "The article and clause have not been identified. Placing a date in a monthly round (from the 15th of a month to the 14th of the next, not overlapping the periodic review) is the project's reading; no text seen says so.",
  },
});

/** Who is reviewed: households on the current list must be in the review (so a missing one is reported). */
export const MISSING_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: DECISION_24,
  article: '4',
  clause: '1',
  paraphrase: {
    vi: 'Danh sách hộ cần rà soát định kỳ gồm các hộ thuộc danh sách hộ nghèo, hộ cận nghèo xã đang quản lý và các hộ có giấy đề nghị: hộ có trong danh sách năm trước mà không có trong tệp năm nay được báo cáo riêng, không bị bỏ qua.',
    en: "The households to review include those on the poor and near-poor list the commune manages, and those who applied: a household on last year's list that is not in this year's file is reported, never dropped.",
  },
  confidence: 'B',
  note: {
    vi: '"Không có trong tệp năm nay" không phải là một kết quả rà soát theo văn bản; thư viện tính nó vào "giảm khác" của bảng biến động.',
    en: '"Not in this year\'s file" is not a review outcome in the text; the library counts it as an "other decrease" in the movement tables.',
  },
});

/** Re-poor: no legal definition; the look-back is the caller's. */
export const RE_POOR_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: CIRCULAR_07,
  appendix: 'VII',
  paraphrase: {
    vi: 'Hộ tái nghèo: hộ không thuộc danh sách hộ nghèo, cận nghèo năm trước, đã là hộ nghèo trong một năm trước đó (theo lịch sử được cung cấp, trong khoảng thời gian nhìn lại do người dùng chọn) và nay là hộ nghèo. Hộ nghèo khác không ở đầu kỳ là hộ phát sinh mới.',
    en: "Re-poor: a household not on last year's poor or near-poor list, poor in an earlier year (by the history given, within the look-back the user chooses) and poor again now. Other households poor now and not at the start are newly poor.",
  },
  confidence: 'C',
  note: {
    vi: 'Không tìm thấy định nghĩa pháp lý của "tái nghèo" cho giai đoạn 2022–2025; thuật ngữ được dùng trong báo cáo cấp tỉnh. Khoảng thời gian nhìn lại là đầu vào, không phải quy định. Chỉ nhận ra hộ tái nghèo từ lịch sử được cung cấp: hộ không có lịch sử là hộ phát sinh mới. Phụ lục mẫu biểu của Thông tư chưa được đối chiếu.',
    en: 'No legal definition of "re-poor" (tái nghèo) was found for 2022–2025; provincial reports use the term. The look-back is an input, not a rule. Re-poor is recognised only from the history given: a household without one is newly poor. The circular\'s report-form appendix has not been checked.',
  },
});

/** Rates are shares of all resident households. */
export const RATES_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: CIRCULAR_07,
  appendix: 'VII',
  paraphrase: {
    vi: 'Tỷ lệ hộ nghèo, hộ cận nghèo tính trên tổng số hộ dân cư của thôn, xã (không phải trên số hộ được rà soát); tỷ lệ theo nhân khẩu tính trên tổng số nhân khẩu.',
    en: 'Poor and near-poor rates are shares of all resident households of the village or commune (not of the households reviewed); rates over persons are shares of all resident persons.',
  },
  confidence: 'B',
  note: {
    vi: 'Cấu trúc bảng theo bộ mẫu biểu báo cáo một tỉnh công bố; phụ lục của Thông tư chưa được đối chiếu, nên cột được đặt tên theo nội dung, không theo số mẫu.',
    en: "Table structure as in a province's published set of report forms; the circular's appendix has not been checked, so columns are named by what they are, not by form numbers.",
  },
});

/** The movement tables (start − out + in = end) and the deprivation tables. */
export const TABLES_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: CIRCULAR_07,
  appendix: 'VII',
  paraphrase: {
    vi: 'Biến động hộ nghèo: số hộ đầu kỳ − thoát nghèo (thành hộ cận nghèo; vượt chuẩn cận nghèo) − giảm khác + hộ cận nghèo thành hộ nghèo + tăng (tái nghèo; phát sinh mới) + tăng khác = số hộ cuối kỳ; bảng tương tự cho hộ cận nghèo; thiếu hụt theo từng chỉ số của hộ nghèo, hộ cận nghèo.',
    en: 'Movement of poor households: at the start − escaped (became near-poor; rose above the near-poor line) − other decreases + near-poor who became poor + additions (re-poor; newly poor) + other increases = at the end; the mirror table for near-poor; deprivations per indicator of poor and near-poor households.',
  },
  confidence: 'B',
  note: {
    vi: 'Phụ lục mẫu biểu của Thông tư chưa được đối chiếu; cấu trúc theo bộ mẫu biểu một tỉnh công bố.',
    en: "The circular's report-form appendix has not been checked; structure as in a province's published set of forms.",
  },
});

/** Average-living farm households (agriculture, forestry, fishery, salt-making). */
export const FARM_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: DECISION_24,
  article: '2',
  clause: '2',
  paraphrase: {
    vi: 'Hộ làm nông nghiệp, lâm nghiệp, ngư nghiệp và diêm nghiệp có mức sống trung bình: thu nhập của hộ trong 12 tháng trước thời điểm xác định (trừ chi phí sản xuất; không tính các khoản trợ cấp, trợ giúp xã hội của Nhà nước), bình quân đầu người/tháng, nằm trong khoảng mức sống trung bình.',
    en: "Agriculture, forestry, fishery and salt-making households of average living standard: the household's income over the 12 months before the assessment (net of production costs; state social-assistance payments excluded), per person per month, within the average-living band.",
  },
  confidence: 'A',
  note: {
    vi: 'Tên các trường của phiếu thu nhập chính thức chưa được đối chiếu: thư viện dùng tên trung lập (nguồn thu, tổng thu, chi phí). Việc trừ chi phí sản xuất theo nghĩa thông thường của thu nhập, chưa đối chiếu với phiếu.',
    en: 'The field names of the official income form have not been checked: the library uses neutral names (sources, gross, costs). Deducting production costs follows the ordinary meaning of income; not checked against the form.',
  },
});

/** Progress against targets: the targets are local, the rates are those of {@link RATES_CITATION}. */
export const TARGETS_CITATION: Citation = /* @__PURE__ */ deepFreeze({
  instrument: CIRCULAR_07,
  appendix: 'VII',
  paraphrase: {
    vi: 'Tiến độ so với chỉ tiêu giảm nghèo: số hộ nghèo và tỷ lệ hộ nghèo (trên tổng số hộ dân cư) đầu kỳ và hiện tại; chỉ tiêu do địa phương đặt (giảm một tỷ lệ số hộ nghèo so với đầu nhiệm kỳ, hoặc giảm một số điểm phần trăm tỷ lệ hộ nghèo mỗi năm).',
    en: 'Progress against poverty-reduction targets: poor households and the poor rate (over all resident households) at the baseline and now; targets are set locally (reduce poor households by a share from the start of the term, or cut the poor rate by some percentage points a year).',
  },
  confidence: 'B',
  note: {
    vi: 'Chỉ tiêu không do văn bản trung ương quy định; ví dụ: "giảm 40% hộ nghèo so với đầu nhiệm kỳ" (Đức Huệ, Long An, 2021), "giảm tỷ lệ hộ nghèo 0,05–0,1 điểm phần trăm mỗi năm" (Giao Thủy, Nam Định).',
    en: 'Targets are not set by a national text; examples: "reduce poor households by 40% from the start of the term" (Đức Huệ, Long An, 2021), "cut the poverty rate by 0.05–0.1 points a year" (Giao Thủy, Nam Định).',
  },
});
