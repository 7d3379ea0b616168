/**
 * Rule data of Ho Chi Minh City's own standard from 1 October 2024: Resolution 15/NQ-HĐND of
 * the 10th-term People's Council (17th session), amending Resolution 13/2020/NQ-HĐND. A **local**
 * rule set: chosen only by its id (`hcmc-2024`), never by date or by default, so a ward that
 * reviews under both the city and the national standard classifies each household twice.
 *
 * What the project can cite [B, one report of the standard as proposed at the session]: a
 * yearly income line of VND 46,000,000 per person; poor = income at or below it and 3 or more of
 * 13 deprivations; near-poor = income at or below it and 2 or fewer; average living standard =
 * above 46,000,000 up to 69,000,000. The 13 indicators are the national 12 (same thresholds,
 * cited to Decree 07/2021/NĐ-CP as the national rule set cites them) plus social insurance, whose
 * wording is known only in outline: it is **answer-only** (the review-form answer decides).
 *
 * Not encoded: a January 2026 report on the 2025 results gives a near-poor band of 46–54 million
 * (unresolved); the city's 2021 standard (Decision 995/QĐ-UBND) and 2019–2020 score standard.
 *
 * @module
 */
import { cite, type CiteDetails } from '../legal.js';
import { SGGP_HCMC_2024, states } from '../sources.js';
import type { Localized, RuleSetData } from '../types.js';
import { VN_2022_2025_DATA } from '../vn-2022-2025/data.js';
import { DECREE_07_2021, DECREE_135_2020, HCMC_RESOLUTION_15_2024, LABOUR_CODE_2019 } from './instruments.js';

/** The one report of the standard (SGGP, 15 July 2024), with what an auditor should know about it. */
const REPORTED: CiteDetails = {
  sources: [states(SGGP_HCMC_2024)],
  note: {
    vi: 'Theo một bản tin về tờ trình tại kỳ họp thứ 17 (SGGP, 15/07/2024); bản tin gọi nhầm nhóm thiếu hụt từ 3 chỉ số là "cận nghèo" ở một câu. Chưa tiếp cận văn bản Nghị quyết. Một báo cáo tháng 01/2026 về kết quả năm 2025 nêu khoảng cận nghèo 46–54 triệu đồng: chưa giải quyết, không mã hoá.',
    en: 'From one report of the proposal at the 17th session (SGGP, 15 Jul 2024); the report calls the group deprived on 3 or more "near-poor" in one sentence, a slip. The Resolution text is not reached. A January 2026 report on the 2025 results gives a near-poor band of 46–54 million: unresolved, not encoded.',
  },
};
/** The same, for elements that need no repeat of the note. */
const REPORTED_PLAIN: CiteDetails = { sources: [states(SGGP_HCMC_2024)] };

const ANSWER_ONLY: Localized = {
  vi: 'Chỉ biết tiêu chí của chỉ số bảo hiểm xã hội ở mức khái quát (thành viên trong độ tuổi lao động có việc làm, có thu nhập nhưng không tham gia bảo hiểm xã hội); thư viện không có dữ kiện về bảo hiểm xã hội: chỉ câu trả lời trên phiếu rà soát (deprivations) quyết định.',
  en: 'The social-insurance criterion is known only in outline (a member of working age who works and has an income but does not take part in social insurance); the library has no social-insurance fact: only the review-form answer (deprivations) decides.',
};

const national = VN_2022_2025_DATA.indicators;
const [employment, ...rest] = national;

export const HCMC_2024_DATA: RuleSetData = {
  id: 'hcmc-2024',
  version: '1.0.0',
  status: 'local',
  title: {
    vi: 'Chuẩn nghèo đa chiều của TP. Hồ Chí Minh từ 01/10/2024 (chuẩn địa phương)',
    en: 'Ho Chi Minh City multidimensional poverty standard from 1 Oct 2024 (local standard)',
  },
  instruments: [HCMC_RESOLUTION_15_2024, DECREE_07_2021, LABOUR_CODE_2019, DECREE_135_2020],
  effective: {
    from: '2024-10-01',
    to: '2025-12-31',
    citations: [
      cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Chuẩn nghèo đa chiều của Thành phố áp dụng từ ngày 01/10/2024 đến hết giai đoạn 2021–2025.',
          en: 'The city’s multidimensional poverty standard, applied from 1 Oct 2024 to the end of the 2021–2025 period.',
        },
        {
          ...REPORTED_PLAIN,
          note: {
            vi: 'Chưa xác định điều, khoản. Ngày kết thúc 31/12/2025 là cuối giai đoạn 2021–2025; chưa có căn cứ cho năm 2026.',
            en: 'Article and clause not identified. The end date 31 Dec 2025 is the end of the 2021–2025 period; nothing cited for 2026.',
          },
        },
      ),
    ],
  },
  incomePeriod: 'year',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '46000000', urban: '46000000' },
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Chuẩn thu nhập: 46.000.000 đồng/người/năm (như nhau ở nông thôn và thành thị).',
          en: 'Income line: VND 46,000,000 per person per year (the same in rural and urban areas).',
        },
        REPORTED,
      ),
    },
    {
      id: 'average-ceiling',
      amounts: { rural: '69000000', urban: '69000000' },
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/năm trên 46.000.000 đồng đến 69.000.000 đồng.',
          en: 'Average living standard: yearly per-capita income above VND 46,000,000 up to 69,000,000.',
        },
        REPORTED_PLAIN,
      ),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(
      HCMC_RESOLUTION_15_2024,
      {},
      'B',
      {
        vi: 'Thiếu hụt từ 03 trong 13 chỉ số trở lên.',
        en: 'Deprived on 3 or more of the 13 indicators.',
      },
      REPORTED_PLAIN,
    ),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'at-least-cut',
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Hộ nghèo: thu nhập bình quân đầu người từ 46.000.000 đồng/năm trở xuống VÀ thiếu hụt từ 03 chỉ số trở lên.',
          en: 'Poor: per-capita income of VND 46,000,000 a year or less AND deprived on 3 or more indicators.',
        },
        REPORTED,
      ),
    },
    {
      category: 'near-poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'below-cut',
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Hộ cận nghèo: thu nhập bình quân đầu người từ 46.000.000 đồng/năm trở xuống VÀ thiếu hụt dưới 03 chỉ số.',
          en: 'Near-poor: per-capita income of VND 46,000,000 a year or less AND deprived on fewer than 3 indicators.',
        },
        REPORTED_PLAIN,
      ),
    },
    {
      category: 'average',
      income: { above: 'poverty', atOrBelow: 'average-ceiling' },
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/năm trên 46.000.000 đồng đến 69.000.000 đồng; không xét chỉ số thiếu hụt.',
          en: 'Average living standard: yearly per-capita income above VND 46,000,000 up to 69,000,000; deprivations are not considered.',
        },
        REPORTED_PLAIN,
      ),
    },
    {
      category: 'above-average',
      income: { above: 'average-ceiling' },
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Thu nhập bình quân đầu người/năm trên 69.000.000 đồng: không thuộc hộ nghèo, cận nghèo hay mức sống trung bình của Thành phố.',
          en: 'Yearly per-capita income above VND 69,000,000: neither poor, near-poor nor average living standard under the city standard.',
        },
        {
          ...REPORTED_PLAIN,
          derived: {
            vi: 'Không quy định nào định nghĩa loại này: đây là phần bù của ba loại hộ của chuẩn Thành phố.',
            en: 'Nothing defines this category: it is the complement of the three categories of the city standard.',
          },
        },
      ),
    },
  ],
  workingAge: VN_2022_2025_DATA.workingAge,
  dimensions: VN_2022_2025_DATA.dimensions,
  indicators: [
    employment!,
    {
      id: 'social-insurance',
      dimension: 'employment',
      test: { kind: 'answer-only', reason: ANSWER_ONLY },
      citation: cite(
        HCMC_RESOLUTION_15_2024,
        {},
        'B',
        {
          vi: 'Bảo hiểm xã hội: hộ có thành viên trong độ tuổi lao động có việc làm, có thu nhập nhưng không tham gia bảo hiểm xã hội.',
          en: 'Social insurance: a member of working age who works and has an income does not take part in social insurance.',
        },
        {
          ...REPORTED_PLAIN,
          note: {
            vi: 'Bản tin chỉ nêu tên chỉ số (trong chiều việc làm – bảo hiểm xã hội như chuẩn 2021 của Thành phố); tiêu chí theo tài liệu tham chiếu của dự án, không có chi tiết hơn: thư viện chỉ nhận câu trả lời trên phiếu rà soát.',
            en: 'The report only names the indicator (in the employment – social insurance dimension, as in the city’s 2021 standard); the criterion as in the project reference, with no more detail: the library accepts only the review-form answer.',
          },
        },
      ),
    },
    ...rest,
  ],
};
