/**
 * Rule data of the standard for 2027–2030: Decree 351/2025/NĐ-CP. **Provisional.**
 *
 * What is known [A]: the income line (rural 2,200,000; urban 2,800,000 VND per person per
 * month), and the categories: poor = income at or below the line and 3 or more deprivations;
 * near-poor = income at or below the line and fewer than 3. What is reported by one source [B]:
 * six dimensions and twelve indicators, with "means of access to information" removed, the
 * telecom-services indicator redefined around digital services and the internet (kept as
 * `telecom`: no text shows a new indicator), household waste handling added, and "water and
 * sanitation" becoming "water, sanitation and environment". The indicator thresholds and any
 * average-living band are not known to the project.
 *
 * So this rule set:
 * - has status `provisional`: `classify` and `ruleSetFor` refuse it unless the caller passes
 *   `{ allowProvisional: true }`;
 * - derives no indicator from facts: every indicator is of kind `answer-only`, decided only by
 *   the review-form answer in `deprivations` (unknown otherwise);
 * - defines no average band: above the line, a household is neither poor nor near-poor, reported
 *   as category `above-average` (meaning "none of the categories this standard defines"; see the
 *   rule's note).
 *
 * The September 2025 draft's two-tier poor rule is not encoded: the decree as issued has none.
 *
 * @module
 */
import { cite, type InstrumentIdentity } from '../legal.js';
import { BAONGHEAN_DECREE_135, HUENGAYNAY_DECREE_351, LUATVIETNAM_DECREE_135, states, VIETNAMNET_DECREE_351, VIETNAMPLUS_DECREE_351 } from '../sources.js';
import type { Citation, Confidence, Indicator, Localized, RuleSetData, Source } from '../types.js';
import { DECREE_135_2020, DECREE_351_2025 } from './instruments.js';

/** The news reports of the decree as issued: lines, categories, the cut. */
const ISSUED: readonly Source[] = [states(VIETNAMPLUS_DECREE_351), states(HUENGAYNAY_DECREE_351)];
/** The one report of the indicator list and its changes (National Office for Poverty Reduction). */
const LIST: readonly Source[] = [states(VIETNAMNET_DECREE_351)];

/** A citation of a whole instrument (its article and appendix item are not yet identified). */
function citeWhole(
  instrument: InstrumentIdentity,
  confidence: Confidence,
  paraphrase: Localized,
  sources: readonly Source[],
  note?: Localized,
  derived?: Localized,
): Citation {
  return cite(instrument, {}, confidence, paraphrase, { sources, ...(note === undefined ? {} : { note }), ...(derived === undefined ? {} : { derived }) });
}

/** Note on every element whose article or appendix item has not been identified yet. */
const NO_ARTICLE: Localized = {
  vi: 'Chưa xác định điều, khoản cụ thể; chưa đối chiếu với văn bản chính thức.',
  en: 'Article and clause not yet identified; not yet checked against the official text.',
};

const LIST_NOTE: Localized = {
  vi: 'Danh mục chỉ số theo một nguồn tin báo chí (các thay đổi so với giai đoạn 2022–2025); ngưỡng thiếu hụt chưa biết nên thư viện chỉ nhận câu trả lời trên phiếu rà soát.',
  en: 'Indicator list as reported by one news source (changes from 2022–2025); thresholds are not known, so the library accepts only the review-form answer.',
};

const ANSWER_ONLY: Localized = {
  vi: 'Ngưỡng thiếu hụt của chỉ số này trong Nghị định 351/2025/NĐ-CP chưa được thư viện mã hoá: chỉ câu trả lời trên phiếu rà soát (deprivations) quyết định.',
  en: 'The deprivation threshold of this indicator under Decree 351/2025/NĐ-CP is not encoded by the library: only the review-form answer (deprivations) decides.',
};

function indicator(id: string, dimension: string, paraphrase: Localized, note: Localized = LIST_NOTE): Indicator {
  return { id, dimension, test: { kind: 'answer-only', reason: ANSWER_ONLY }, citation: citeWhole(DECREE_351_2025, 'B', paraphrase, LIST, note) };
}

const dimension = (id: string, paraphrase: Localized) => ({ id, citation: citeWhole(DECREE_351_2025, 'B', paraphrase, LIST, NO_ARTICLE) });

export const VN_2027_2030_DATA: RuleSetData = {
  id: 'vn-2027-2030',
  // 0.2.0: the information indicator is `telecom` (use of telecom services, redefined around
  // digital services), not a new `digital-services`; sources on every citation; "above" derived.
  version: '0.2.0',
  status: 'provisional',
  title: {
    vi: 'Chuẩn nghèo đa chiều giai đoạn 2027–2030 (tạm thời: danh mục và ngưỡng chỉ số chưa đầy đủ)',
    en: 'Multidimensional poverty standard 2027–2030 (provisional: indicator list and thresholds incomplete)',
  },
  instruments: [DECREE_351_2025, DECREE_135_2020],
  effective: {
    from: '2027-01-01',
    to: '2030-12-31',
    citations: [
      citeWhole(
        DECREE_351_2025,
        'A',
        {
          vi: 'Chuẩn nghèo đa chiều giai đoạn 2026–2030 áp dụng từ năm 2027 (năm 2026 tiếp tục áp dụng Nghị định 07/2021/NĐ-CP).',
          en: 'Multidimensional poverty standard for 2026–2030, applied from 2027 (2026 keeps Decree 07/2021/NĐ-CP).',
        },
        [...ISSUED, states(VIETNAMNET_DECREE_351)],
        NO_ARTICLE,
      ),
    ],
  },
  incomePeriod: 'month',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '2200000', urban: '2800000' },
      citation: citeWhole(
        DECREE_351_2025,
        'A',
        {
          vi: 'Chuẩn thu nhập: 2.200.000 đồng/người/tháng ở nông thôn; 2.800.000 đồng/người/tháng ở đô thị.',
          en: 'Income line: VND 2,200,000 per person per month in rural areas; VND 2,800,000 in urban areas.',
        },
        ISSUED,
        NO_ARTICLE,
      ),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: citeWhole(
      DECREE_351_2025,
      'A',
      {
        vi: 'Thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản trở lên.',
        en: 'Deprived on 3 or more of the indicators of basic social services.',
      },
      ISSUED,
      NO_ARTICLE,
    ),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'at-least-cut',
      citation: citeWhole(
        DECREE_351_2025,
        'A',
        {
          vi: 'Hộ nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt từ 03 chỉ số trở lên.',
          en: 'Poor: monthly per-capita income at or below the income line AND deprived on 3 or more indicators.',
        },
        ISSUED,
        NO_ARTICLE,
      ),
    },
    {
      category: 'near-poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'below-cut',
      citation: citeWhole(
        DECREE_351_2025,
        'A',
        {
          vi: 'Hộ cận nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt dưới 03 chỉ số.',
          en: 'Near-poor: monthly per-capita income at or below the income line AND deprived on fewer than 3 indicators.',
        },
        ISSUED,
        NO_ARTICLE,
      ),
    },
    {
      category: 'above-average',
      income: { above: 'poverty' },
      citation: citeWhole(
        DECREE_351_2025,
        'A',
        {
          vi: 'Thu nhập bình quân đầu người/tháng trên 2.200.000 đồng (nông thôn), trên 2.800.000 đồng (đô thị): không thuộc hộ nghèo hay hộ cận nghèo, dù thiếu hụt bao nhiêu chỉ số.',
          en: 'Monthly per-capita income above VND 2,200,000 (rural), above 2,800,000 (urban): neither poor nor near-poor, whatever the deprivations.',
        },
        ISSUED,
        {
          vi: 'Chưa có căn cứ về hộ có mức sống trung bình cho giai đoạn này: thư viện không định nghĩa dải mức sống trung bình; "above-average" ở đây nghĩa là "không thuộc diện nghèo hay cận nghèo".',
          en: 'No average-living band can be cited for this period: the library defines none; "above-average" here means "neither poor nor near-poor".',
        },
        {
          vi: 'Không điều khoản nào định nghĩa loại này: đây là phần bù của hộ nghèo và hộ cận nghèo.',
          en: 'No clause defines this category: it is the complement of the poor and near-poor categories.',
        },
      ),
    },
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2021, baseMonths: 723, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2021, baseMonths: 664, stepMonths: 4, capMonths: 720 },
    },
    citation: cite(
      DECREE_135_2020,
      { article: '4', clause: '1' },
      'A',
      {
        vi: 'Độ tuổi lao động: từ đủ 15 tuổi đến tuổi nghỉ hưu. Tuổi nghỉ hưu: nam 62 tuổi từ năm 2028; nữ 57 tuổi 4 tháng năm 2027, mỗi năm tăng 4 tháng đến 60 tuổi (2035).',
        en: 'Working age: from 15 full years up to the retirement age. Retirement age: men 62 from 2028; women 57 years 4 months in 2027, +4 months a year to 60 (2035).',
      },
      {
        sources: [states(LUATVIETNAM_DECREE_135), states(BAONGHEAN_DECREE_135)],
        note: {
          vi: 'Các chỉ số của bộ quy tắc tạm thời này chỉ nhận câu trả lời, nên độ tuổi lao động chưa được dùng.',
          en: 'The indicators of this provisional rule set accept only answers, so working age is not used yet.',
        },
      },
    ),
  },
  dimensions: [
    dimension('employment', { vi: 'Chiều việc làm.', en: 'Employment dimension.' }),
    dimension('health', { vi: 'Chiều y tế.', en: 'Health dimension.' }),
    dimension('education', { vi: 'Chiều giáo dục.', en: 'Education dimension.' }),
    dimension('housing', { vi: 'Chiều nhà ở.', en: 'Housing dimension.' }),
    dimension('water-sanitation-environment', { vi: 'Chiều nước sinh hoạt, vệ sinh và môi trường.', en: 'Water, sanitation and environment dimension.' }),
    dimension('information', { vi: 'Chiều thông tin.', en: 'Information dimension.' }),
  ],
  indicators: [
    indicator('employment', 'employment', { vi: 'Việc làm.', en: 'Employment.' }),
    indicator('dependants', 'employment', { vi: 'Người phụ thuộc trong hộ gia đình.', en: 'Dependants in the household.' }),
    indicator('nutrition', 'health', { vi: 'Dinh dưỡng.', en: 'Nutrition.' }),
    indicator('health-insurance', 'health', { vi: 'Bảo hiểm y tế.', en: 'Health insurance.' }),
    indicator('adult-education', 'education', { vi: 'Trình độ giáo dục của người lớn.', en: 'Adult education.' }),
    indicator('school-attendance', 'education', { vi: 'Tình trạng đi học của trẻ em.', en: "Children's school attendance." }),
    indicator('housing-quality', 'housing', { vi: 'Chất lượng nhà ở.', en: 'Housing quality.' }),
    indicator('housing-area', 'housing', { vi: 'Diện tích nhà ở bình quân đầu người.', en: 'Floor area per person.' }),
    indicator('water', 'water-sanitation-environment', { vi: 'Nguồn nước sinh hoạt.', en: 'Domestic water source.' }),
    indicator('sanitation', 'water-sanitation-environment', { vi: 'Nhà tiêu hợp vệ sinh.', en: 'Hygienic latrine.' }),
    indicator('waste', 'water-sanitation-environment', {
      vi: 'Thu gom, xử lý rác thải sinh hoạt của hộ (chỉ số mới).',
      en: 'Household waste collection and handling (new indicator).',
    }),
    indicator(
      'telecom',
      'information',
      {
        vi: 'Sử dụng dịch vụ viễn thông, được định nghĩa lại theo việc sử dụng dịch vụ số và internet.',
        en: 'Use of telecom services, redefined around the use of digital services and the internet.',
      },
      {
        vi: 'Các dự thảo chỉ có một chỉ số ở chiều thông tin, "sử dụng dịch vụ viễn thông"; Nghị định theo đưa tin định nghĩa lại chỉ số này theo dịch vụ số, internet và bỏ chỉ số phương tiện tiếp cận thông tin. Chưa có văn bản cho thấy đây là một chỉ số mới, nên thư viện giữ tên `telecom`. Ngưỡng chưa biết: chỉ câu trả lời trên phiếu rà soát quyết định.',
        en: 'The drafts have one information indicator, "use of telecom services"; the decree as reported redefines it around digital services and the internet and drops the means-of-information indicator. No text shows it to be a new indicator, so the library keeps the id `telecom`. Threshold not known: only the review-form answer decides.',
      },
    ),
  ],
};
