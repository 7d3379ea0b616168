/**
 * Rule data of the standard applied 2016–2020 and kept for 2021: Decision 59/2015/QĐ-TTg,
 * Articles 1 and 2. Unlike the 2022–2025 standard, the poor rule has two branches: an income at
 * or below the poverty line is poor whatever the deprivations; an income between the poverty and
 * the near-poverty lines is poor with 3 or more of the 10 deprivations, near-poor otherwise.
 *
 * Each element carries its citation, the texts its wording rests on (`sources`) and the
 * confidence mark that follows from them (A: two or more independent sources; B: one source;
 * C: nothing reached that states it). Art. 1 cl. 2 pt. b only names the ten indicators: their
 * thresholds come from the implementing guidance (not identified), cited as such, all [C].
 *
 * @module
 */
import { art, cite, GUIDANCE_2016_2020, type CiteDetails } from '../legal.js';
import {
  LUATVIETNAM_DECREE_07,
  LUATVIETNAM_DECREE_135,
  LUATVN_DECISION_59,
  related,
  states,
  TVPL_DECISION_59,
  TVPL_QA_DECISION_59,
  VNA_DECREE_07,
  VNA_RETIREMENT_2019,
} from '../sources.js';
import type { RuleSetData } from '../types.js';
import { DECISION_59_2015, DECREE_07_2021_FOR_2021, DECREE_135_2020_FOR_2021, LABOUR_CODE_2012 } from './instruments.js';

/** Art. 1 of the Decision (lines, dimensions, indicator names): its English and Vietnamese texts. */
const ART_1: CiteDetails = { sources: [states(LUATVN_DECISION_59), states(TVPL_DECISION_59)] };
/** Art. 2 cl. 1–2 (poor, near-poor, the cut): the English full text and the Vietnamese quotes. */
const ART_2: CiteDetails = { sources: [states(LUATVN_DECISION_59), states(TVPL_QA_DECISION_59)] };
/** Art. 2 cl. 3 (average band): the Vietnamese quotes only. */
const ART_2_3: CiteDetails = {
  sources: [states(TVPL_QA_DECISION_59)],
  note: {
    vi: 'Một nguồn (trích dẫn tiếng Việt trong hỏi đáp pháp luật); khoản này chưa được đối chiếu trong bản tiếng Anh.',
    en: 'One source (Vietnamese quotes in legal Q&A); this clause was not checked in the English text.',
  },
};

/**
 * Every threshold: worded by the implementing guidance, not by Art. 1 cl. 2 pt. b (which only
 * names the indicators); no text of the guidance reached.
 */
const GUIDANCE: CiteDetails = {
  sources: [],
  note: {
    vi: 'Quyết định 59/2015/QĐ-TTg (Điều 1 khoản 2 điểm b) chỉ nêu tên 10 chỉ số; cách diễn đạt ngưỡng lấy từ hướng dẫn thực hiện (chưa xác định văn bản, nhiều khả năng là thông tư hướng dẫn rà soát năm 2016). Chưa tiếp cận được văn bản hướng dẫn: ngưỡng theo diễn giải phổ biến, cần đối chiếu từng chữ.',
    en: 'Decision 59/2015/QĐ-TTg (Art. 1 cl. 2 pt. b) only names the ten indicators; the threshold wording comes from the implementing guidance (not identified, most likely the 2016 review circular). No text of the guidance was reached: thresholds as widely repeated, to be checked word for word.',
  },
};

export const VN_2016_2020_DATA: RuleSetData = {
  id: 'vn-2016-2020',
  // 2.0.0: a tablet counts as a computer; thresholds cited as the implementing guidance, Decree
  // 07/2021 Art. 2 cl. 1 for 2021, sources on every citation, "above-average" derived.
  version: '2.0.0',
  status: 'superseded',
  title: {
    vi: 'Chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 (áp dụng đến hết năm 2021)',
    en: 'Multidimensional poverty standard 2016–2020 (applied until the end of 2021)',
  },
  instruments: [DECISION_59_2015, DECREE_07_2021_FOR_2021, LABOUR_CODE_2012, DECREE_135_2020_FOR_2021],
  effective: {
    from: '2016-01-01',
    to: '2021-12-31',
    citations: [
      cite(
        DECISION_59_2015,
        {},
        'A',
        {
          vi: 'Chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020.',
          en: 'Multidimensional poverty standard applied for the 2016–2020 period.',
        },
        {
          ...ART_1,
          note: {
            vi: 'Quyết định có hiệu lực từ 05/01/2016; thư viện áp dụng cho cả giai đoạn từ 01/01/2016.',
            en: 'The Decision is in force from 5 Jan 2016; the library applies it to the whole period from 1 Jan 2016.',
          },
        },
      ),
      cite(
        DECREE_07_2021_FOR_2021,
        art('2', '1'),
        'A',
        {
          vi: 'Từ ngày 01/01/2021 tiếp tục thực hiện chuẩn nghèo tiếp cận đa chiều giai đoạn 2016–2020 theo Quyết định 59/2015/QĐ-TTg.',
          en: 'From 1 Jan 2021 the 2016–2020 multidimensional poverty standard of Decision 59/2015/QĐ-TTg continues to apply.',
        },
        { sources: [states(LUATVIETNAM_DECREE_07), states(VNA_DECREE_07)] },
      ),
    ],
  },
  incomePeriod: 'month',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '700000', urban: '900000' },
      citation: cite(
        DECISION_59_2015,
        art('1', '1', 'a'),
        'A',
        {
          vi: 'Chuẩn nghèo: 700.000 đồng/người/tháng ở nông thôn; 900.000 đồng/người/tháng ở thành thị.',
          en: 'Poverty line: VND 700,000 per person per month in rural areas; VND 900,000 in urban areas.',
        },
        ART_1,
      ),
    },
    {
      id: 'near-poverty',
      amounts: { rural: '1000000', urban: '1300000' },
      citation: cite(
        DECISION_59_2015,
        art('1', '1', 'b'),
        'A',
        {
          vi: 'Chuẩn cận nghèo: 1.000.000 đồng/người/tháng ở nông thôn; 1.300.000 đồng/người/tháng ở thành thị.',
          en: 'Near-poverty line: VND 1,000,000 per person per month in rural areas; VND 1,300,000 in urban areas.',
        },
        ART_1,
      ),
    },
    {
      id: 'average-ceiling',
      amounts: { rural: '1500000', urban: '1950000' },
      citation: cite(
        DECISION_59_2015,
        art('2', '3'),
        'B',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên 1.000.000 đến 1.500.000 đồng (nông thôn), trên 1.300.000 đến 1.950.000 đồng (thành thị).',
          en: 'Average living standard: monthly per-capita income above VND 1,000,000 up to 1,500,000 (rural), above 1,300,000 up to 1,950,000 (urban).',
        },
        ART_2_3,
      ),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(
      DECISION_59_2015,
      art('2', '1'),
      'A',
      {
        vi: 'Thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt tiếp cận các dịch vụ xã hội cơ bản trở lên.',
        en: 'Deprived on 3 or more of the indicators of access to basic social services.',
      },
      ART_2,
    ),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      citation: cite(
        DECISION_59_2015,
        art('2', '1'),
        'A',
        {
          vi: 'Hộ nghèo (tiêu chí thứ nhất): thu nhập bình quân đầu người/tháng từ chuẩn nghèo trở xuống, không xét số chỉ số thiếu hụt.',
          en: 'Poor (first branch): monthly per-capita income at or below the poverty line, whatever the deprivations.',
        },
        {
          ...ART_2,
          note: {
            vi: 'Điểm a (nông thôn) và điểm b (thành thị) của khoản 1, mỗi điểm gồm "một trong hai tiêu chí".',
            en: 'Point a (rural) and point b (urban) of cl. 1, each "one of two criteria".',
          },
        },
      ),
    },
    {
      category: 'poor',
      income: { above: 'poverty', atOrBelow: 'near-poverty' },
      deprivations: 'at-least-cut',
      citation: cite(
        DECISION_59_2015,
        art('2', '1'),
        'A',
        {
          vi: 'Hộ nghèo (tiêu chí thứ hai): thu nhập trên chuẩn nghèo đến chuẩn cận nghèo VÀ thiếu hụt từ 03 chỉ số trở lên.',
          en: 'Poor (second branch): income above the poverty line up to the near-poverty line AND deprived on 3 or more indicators.',
        },
        ART_2,
      ),
    },
    {
      category: 'near-poor',
      income: { above: 'poverty', atOrBelow: 'near-poverty' },
      deprivations: 'below-cut',
      citation: cite(
        DECISION_59_2015,
        art('2', '2'),
        'A',
        {
          vi: 'Hộ cận nghèo: thu nhập trên chuẩn nghèo đến chuẩn cận nghèo VÀ thiếu hụt dưới 03 chỉ số.',
          en: 'Near-poor: income above the poverty line up to the near-poverty line AND deprived on fewer than 3 indicators.',
        },
        ART_2,
      ),
    },
    {
      category: 'average',
      income: { above: 'near-poverty', atOrBelow: 'average-ceiling' },
      citation: cite(
        DECISION_59_2015,
        art('2', '3'),
        'B',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập trên chuẩn cận nghèo đến 1.500.000 đồng (nông thôn) hoặc 1.950.000 đồng (thành thị); không xét chỉ số thiếu hụt.',
          en: 'Average living standard: income above the near-poverty line up to VND 1,500,000 (rural) or 1,950,000 (urban); deprivations are not considered.',
        },
        ART_2_3,
      ),
    },
    {
      category: 'above-average',
      income: { above: 'average-ceiling' },
      citation: cite(
        DECISION_59_2015,
        art('2'),
        'B',
        {
          vi: 'Thu nhập bình quân đầu người/tháng trên 1.500.000 đồng (nông thôn), trên 1.950.000 đồng (thành thị): không thuộc hộ nghèo, cận nghèo hay mức sống trung bình.',
          en: 'Monthly per-capita income above VND 1,500,000 (rural), above 1,950,000 (urban): neither poor, near-poor nor average living standard.',
        },
        {
          sources: ART_2_3.sources,
          derived: {
            vi: 'Không điều khoản nào định nghĩa loại này: đây là phần bù của các loại hộ ở Điều 2 (nghèo, cận nghèo, mức sống trung bình); mức trần theo khoản 3 (một nguồn).',
            en: 'No clause defines this category: it is the complement of the categories of Art. 2 (poor, near-poor, average living standard); the ceiling as in cl. 3 (one source).',
          },
        },
      ),
    },
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2020, baseMonths: 720, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2020, baseMonths: 660, stepMonths: 4, capMonths: 720 },
    },
    citation: cite(
      LABOUR_CODE_2012,
      { article: '187' },
      'B',
      {
        vi: 'Độ tuổi lao động: từ đủ 15 tuổi đến tuổi nghỉ hưu. Tuổi nghỉ hưu: nam 60, nữ 55 đến hết năm 2020; năm 2021: nam 60 tuổi 3 tháng, nữ 55 tuổi 4 tháng (Nghị định 135/2020/NĐ-CP, Điều 4).',
        en: 'Working age: from 15 full years up to the retirement age. Retirement age: men 60, women 55 until the end of 2020; in 2021 men 60 years 3 months, women 55 years 4 months (Decree 135/2020/NĐ-CP Art. 4).',
      },
      {
        sources: [states(VNA_RETIREMENT_2019), related(LUATVIETNAM_DECREE_135)],
        note: {
          vi: 'Không chỉ số nào của chuẩn 2016–2020 dùng độ tuổi lao động; dữ liệu có để đầy đủ và để so sánh. Tuổi 60/55 đến hết 2020 theo một nguồn (Thông tấn xã Việt Nam); tuổi năm 2021 còn có trong bản dịch Nghị định 135/2020/NĐ-CP.',
          en: 'No indicator of the 2016–2020 standard uses working age; the data is here for completeness and comparison. Ages 60/55 until 2020 from one source (Vietnam News Agency); the 2021 ages are also in the translation of Decree 135/2020/NĐ-CP.',
        },
      },
    ),
  },
  dimensions: [
    {
      id: 'health',
      citation: cite(
        DECISION_59_2015,
        art('1', '2', 'a'),
        'A',
        { vi: 'Dịch vụ y tế: tiếp cận các dịch vụ y tế; bảo hiểm y tế.', en: 'Health: access to health services; health insurance.' },
        ART_1,
      ),
    },
    {
      id: 'education',
      citation: cite(
        DECISION_59_2015,
        art('1', '2', 'a'),
        'A',
        {
          vi: 'Dịch vụ giáo dục: trình độ giáo dục của người lớn; tình trạng đi học của trẻ em.',
          en: "Education: adult education; children's school attendance.",
        },
        ART_1,
      ),
    },
    {
      id: 'housing',
      citation: cite(
        DECISION_59_2015,
        art('1', '2', 'a'),
        'A',
        { vi: 'Nhà ở: chất lượng nhà ở; diện tích nhà ở bình quân đầu người.', en: 'Housing: housing quality; floor area per person.' },
        ART_1,
      ),
    },
    {
      id: 'water-sanitation',
      citation: cite(
        DECISION_59_2015,
        art('1', '2', 'a'),
        'A',
        {
          vi: 'Nước sạch và vệ sinh: nguồn nước sinh hoạt; hố xí/nhà tiêu hợp vệ sinh.',
          en: 'Clean water and sanitation: domestic water source; hygienic latrine.',
        },
        ART_1,
      ),
    },
    {
      id: 'information',
      citation: cite(
        DECISION_59_2015,
        art('1', '2', 'a'),
        'A',
        {
          vi: 'Thông tin: sử dụng dịch vụ viễn thông; tài sản phục vụ tiếp cận thông tin.',
          en: 'Information: use of telecom services; assets for access to information.',
        },
        ART_1,
      ),
    },
  ],
  indicators: [
    {
      id: 'health-access',
      dimension: 'health',
      test: { kind: 'any-member', where: { fact: 'untreatedIllness', equals: true } },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ có người bị ốm đau nhưng không đi khám chữa bệnh (ốm đau là bị bệnh/chấn thương nặng đến mức phải nằm một chỗ, hoặc không tham gia được các hoạt động bình thường: đi học, đi làm).',
          en: 'A member was ill (bedridden, or unable to go to work or school) and did not seek medical treatment.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'health-insurance',
      dimension: 'health',
      test: { kind: 'any-member', where: { all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] } },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ có ít nhất 01 thành viên từ 6 tuổi trở lên hiện không có bảo hiểm y tế.',
          en: 'At least one member aged 6 or over has no health insurance.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'adult-education',
      dimension: 'education',
      test: {
        kind: 'any-member',
        where: {
          all: [
            { age: { min: 15 } },
            { bornFrom: 1986 },
            { fact: 'inEducationOrTraining', equals: false },
            { fact: 'educationLevel', in: ['none', 'primary'] },
          ],
        },
      },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ có ít nhất 01 thành viên từ 15 tuổi trở lên, sinh từ năm 1986 trở lại đây, không tốt nghiệp trung học cơ sở và hiện không đi học.',
          en: 'At least one member aged 15 or over, born in 1986 or later, has not completed lower-secondary school and is not in school.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'school-attendance',
      dimension: 'education',
      test: { kind: 'any-member', where: { all: [{ age: { min: 5, max: 14 } }, { fact: 'schoolAttendance', equals: 'not-attending' }] } },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ có ít nhất 01 trẻ em trong độ tuổi đi học (5–14 tuổi) hiện không đi học.',
          en: 'At least one child of school age (5–14) is not in school.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'housing-quality',
      dimension: 'housing',
      test: {
        kind: 'dwelling',
        where: {
          fact: 'durability',
          in: ['less-permanent', 'simple'],
          // Without the class: not durable when at least 2 of the 3 main structures are not (the same answer as the classes).
          ifUnknown: {
            atLeast: 2,
            of: [
              { fact: 'wallsDurable', equals: false },
              { fact: 'frameDurable', equals: false },
              { fact: 'roofDurable', equals: false },
            ],
          },
        },
      },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ đang sống trong nhà thiếu kiên cố hoặc nhà đơn sơ (ít nhất 2 trong 3 kết cấu chính — tường, cột/khung, mái — không bền chắc).',
          en: 'The household lives in a less-permanent or simple dwelling (at least 2 of its 3 main structures — walls, pillars/frame, roof — not durable).',
        },
        {
          sources: [],
          note: {
            vi: `${GUIDANCE.note!.vi} Loại nhà và các kết cấu chính cho cùng kết quả (thiếu kiên cố: 1/3 kết cấu bền chắc; đơn sơ: 0/3); thư viện nhận một trong hai.`,
            en: `${GUIDANCE.note!.en} The dwelling class and the main structures give the same answer (less-permanent: 1 of 3 durable; simple: none); the library accepts either.`,
          },
        },
      ),
    },
    {
      id: 'housing-area',
      dimension: 'housing',
      test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Diện tích nhà ở bình quân đầu người của hộ nhỏ hơn 8 m².',
          en: 'Floor area per member is below 8 m² (strictly less).',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'water',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicWater', equals: false } },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ không được tiếp cận nguồn nước hợp vệ sinh.',
          en: 'The household has no access to a hygienic domestic water source.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'sanitation',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicLatrine', equals: false } },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ không sử dụng hố xí/nhà tiêu hợp vệ sinh.',
          en: 'The household does not use a hygienic latrine.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'telecom',
      dimension: 'information',
      test: {
        kind: 'no-member',
        where: {
          any: [
            { fact: 'phoneSubscription', equals: true },
            { fact: 'usesInternet', equals: true },
          ],
        },
      },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ không có thành viên nào sử dụng thuê bao điện thoại và internet.',
          en: 'No member of the household has a telephone subscription or uses the internet.',
        },
        GUIDANCE,
      ),
    },
    {
      id: 'information-access',
      dimension: 'information',
      test: {
        kind: 'dwelling',
        where: {
          all: [
            { fact: 'informationMeans', includesNoneOf: ['television', 'radio', 'computer', 'tablet'], notCounted: ['smartphone', 'feature-phone'] },
            { fact: 'hearsLoudspeaker', equals: false },
          ],
        },
      },
      citation: cite(
        GUIDANCE_2016_2020,
        {},
        'C',
        {
          vi: 'Hộ không có tài sản nào trong số: ti vi, radio, máy tính (kể cả máy tính bảng); và không nghe được hệ thống loa đài truyền thanh xã/thôn.',
          en: 'The household has none of: television, radio, computer (a tablet is a computer); and cannot hear the commune/village loudspeaker system.',
        },
        {
          sources: [],
          note: {
            vi: `${GUIDANCE.note!.vi} Máy tính bảng được tính là máy tính; điện thoại thông minh và điện thoại thường không có trong danh sách tài sản của giai đoạn này nên không được tính.`,
            en: `${GUIDANCE.note!.en} A tablet counts as a computer; smartphones and feature phones are not in this period's list of assets, so they are not counted.`,
          },
        },
      ),
    },
  ],
};
