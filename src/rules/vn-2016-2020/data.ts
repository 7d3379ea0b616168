/**
 * Rule data of the standard applied 2016–2020 and kept for 2021: Decision 59/2015/QĐ-TTg,
 * Articles 1 and 2. Unlike the 2022–2025 standard, the poor rule has two branches: an income at
 * or below the poverty line is poor whatever the deprivations; an income between the poverty and
 * the near-poverty lines is poor with 3 or more of the 10 deprivations, near-poor otherwise.
 *
 * Each element carries its citation and the project's confidence in the paraphrase (A: two or
 * more sources; B: one source; C: not yet checked word for word against the official text).
 * The indicator thresholds are all [C]: check them against Công báo / vanban.chinhphu.vn.
 *
 * @module
 */
import { art, cite } from '../legal.js';
import type { Localized, RuleSetData } from '../types.js';
import { DECISION_59_2015, DECREE_07_2021_FOR_2021, DECREE_135_2020_FOR_2021, LABOUR_CODE_2012 } from './instruments.js';

/** The list of the 10 indicators (Art. 1 cl. 2 pt. b); thresholds as widely reported. */
const INDICATORS = art('1', '2', 'b');

const UNCHECKED: Localized = {
  vi: 'Ngưỡng thiếu hụt theo diễn giải phổ biến; chưa đối chiếu từng chữ với văn bản chính thức (Quyết định 59/2015/QĐ-TTg và hướng dẫn rà soát).',
  en: 'Threshold as widely reported; not yet checked word for word against the official text (Decision 59/2015/QĐ-TTg and the review guidance).',
};

export const VN_2016_2020_DATA: RuleSetData = {
  id: 'vn-2016-2020',
  version: '1.0.0',
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
      cite(DECISION_59_2015, {}, 'A', {
        vi: 'Chuẩn nghèo tiếp cận đa chiều áp dụng cho giai đoạn 2016–2020.',
        en: 'Multidimensional poverty standard applied for the 2016–2020 period.',
      }, {
        vi: 'Quyết định có hiệu lực từ 05/01/2016; thư viện áp dụng cho cả giai đoạn từ 01/01/2016.',
        en: 'The Decision is in force from 5 Jan 2016; the library applies it to the whole period from 1 Jan 2016.',
      }),
      cite(DECREE_07_2021_FOR_2021, art('2'), 'A', {
        vi: 'Năm 2021 tiếp tục áp dụng chuẩn nghèo theo Quyết định 59/2015/QĐ-TTg.',
        en: 'In 2021 the standard of Decision 59/2015/QĐ-TTg continues to apply.',
      }),
    ],
  },
  incomePeriod: 'month',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '700000', urban: '900000' },
      citation: cite(DECISION_59_2015, art('1', '1', 'a'), 'A', {
        vi: 'Chuẩn nghèo: 700.000 đồng/người/tháng ở nông thôn; 900.000 đồng/người/tháng ở thành thị.',
        en: 'Poverty line: VND 700,000 per person per month in rural areas; VND 900,000 in urban areas.',
      }),
    },
    {
      id: 'near-poverty',
      amounts: { rural: '1000000', urban: '1300000' },
      citation: cite(DECISION_59_2015, art('1', '1', 'b'), 'A', {
        vi: 'Chuẩn cận nghèo: 1.000.000 đồng/người/tháng ở nông thôn; 1.300.000 đồng/người/tháng ở thành thị.',
        en: 'Near-poverty line: VND 1,000,000 per person per month in rural areas; VND 1,300,000 in urban areas.',
      }),
    },
    {
      id: 'average-ceiling',
      amounts: { rural: '1500000', urban: '1950000' },
      citation: cite(DECISION_59_2015, art('2', '3'), 'B', {
        vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên 1.000.000 đến 1.500.000 đồng (nông thôn), trên 1.300.000 đến 1.950.000 đồng (thành thị).',
        en: 'Average living standard: monthly per-capita income above VND 1,000,000 up to 1,500,000 (rural), above 1,300,000 up to 1,950,000 (urban).',
      }),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(DECISION_59_2015, art('2', '1'), 'A', {
      vi: 'Thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt tiếp cận các dịch vụ xã hội cơ bản trở lên.',
      en: 'Deprived on 3 or more of the indicators of access to basic social services.',
    }),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      citation: cite(DECISION_59_2015, art('2', '1'), 'A', {
        vi: 'Hộ nghèo (tiêu chí thứ nhất): thu nhập bình quân đầu người/tháng từ chuẩn nghèo trở xuống, không xét số chỉ số thiếu hụt.',
        en: 'Poor (first branch): monthly per-capita income at or below the poverty line, whatever the deprivations.',
      }),
    },
    {
      category: 'poor',
      income: { above: 'poverty', atOrBelow: 'near-poverty' },
      deprivations: 'at-least-cut',
      citation: cite(DECISION_59_2015, art('2', '1'), 'A', {
        vi: 'Hộ nghèo (tiêu chí thứ hai): thu nhập trên chuẩn nghèo đến chuẩn cận nghèo VÀ thiếu hụt từ 03 chỉ số trở lên.',
        en: 'Poor (second branch): income above the poverty line up to the near-poverty line AND deprived on 3 or more indicators.',
      }),
    },
    {
      category: 'near-poor',
      income: { above: 'poverty', atOrBelow: 'near-poverty' },
      deprivations: 'below-cut',
      citation: cite(DECISION_59_2015, art('2', '2'), 'A', {
        vi: 'Hộ cận nghèo: thu nhập trên chuẩn nghèo đến chuẩn cận nghèo VÀ thiếu hụt dưới 03 chỉ số.',
        en: 'Near-poor: income above the poverty line up to the near-poverty line AND deprived on fewer than 3 indicators.',
      }),
    },
    {
      category: 'average',
      income: { above: 'near-poverty', atOrBelow: 'average-ceiling' },
      citation: cite(DECISION_59_2015, art('2', '3'), 'B', {
        vi: 'Hộ có mức sống trung bình: thu nhập trên chuẩn cận nghèo đến 1.500.000 đồng (nông thôn) hoặc 1.950.000 đồng (thành thị); không xét chỉ số thiếu hụt.',
        en: 'Average living standard: income above the near-poverty line up to VND 1,500,000 (rural) or 1,950,000 (urban); deprivations are not considered.',
      }),
    },
    {
      category: 'above-average',
      income: { above: 'average-ceiling' },
      citation: cite(DECISION_59_2015, art('2'), 'B', {
        vi: 'Thu nhập trên mức trần của hộ có mức sống trung bình: không thuộc hộ nghèo, cận nghèo hay mức sống trung bình.',
        en: 'Income above the average-living ceiling: neither poor, near-poor nor average living standard.',
      }),
    },
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2020, baseMonths: 720, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2020, baseMonths: 660, stepMonths: 4, capMonths: 720 },
    },
    citation: cite(LABOUR_CODE_2012, { article: '187' }, 'A', {
      vi: 'Độ tuổi lao động: từ đủ 15 tuổi đến tuổi nghỉ hưu. Tuổi nghỉ hưu: nam 60, nữ 55 đến hết năm 2020; năm 2021: nam 60 tuổi 3 tháng, nữ 55 tuổi 4 tháng (Nghị định 135/2020/NĐ-CP, Điều 4).',
      en: 'Working age: from 15 full years up to the retirement age. Retirement age: men 60, women 55 until the end of 2020; in 2021 men 60 years 3 months, women 55 years 4 months (Decree 135/2020/NĐ-CP Art. 4).',
    }, {
      vi: 'Không chỉ số nào của chuẩn 2016–2020 dùng độ tuổi lao động; dữ liệu có để đầy đủ và để so sánh.',
      en: 'No indicator of the 2016–2020 standard uses working age; the data is here for completeness and comparison.',
    }),
  },
  dimensions: [
    { id: 'health', citation: cite(DECISION_59_2015, art('1', '2', 'a'), 'A', { vi: 'Dịch vụ y tế: tiếp cận các dịch vụ y tế; bảo hiểm y tế.', en: 'Health: access to health services; health insurance.' }) },
    { id: 'education', citation: cite(DECISION_59_2015, art('1', '2', 'a'), 'A', { vi: 'Dịch vụ giáo dục: trình độ giáo dục của người lớn; tình trạng đi học của trẻ em.', en: "Education: adult education; children's school attendance." }) },
    { id: 'housing', citation: cite(DECISION_59_2015, art('1', '2', 'a'), 'A', { vi: 'Nhà ở: chất lượng nhà ở; diện tích nhà ở bình quân đầu người.', en: 'Housing: housing quality; floor area per person.' }) },
    { id: 'water-sanitation', citation: cite(DECISION_59_2015, art('1', '2', 'a'), 'A', { vi: 'Nước sạch và vệ sinh: nguồn nước sinh hoạt; hố xí/nhà tiêu hợp vệ sinh.', en: 'Clean water and sanitation: domestic water source; hygienic latrine.' }) },
    { id: 'information', citation: cite(DECISION_59_2015, art('1', '2', 'a'), 'A', { vi: 'Thông tin: sử dụng dịch vụ viễn thông; tài sản phục vụ tiếp cận thông tin.', en: 'Information: use of telecom services; assets for access to information.' }) },
  ],
  indicators: [
    {
      id: 'health-access',
      dimension: 'health',
      test: { kind: 'any-member', where: { fact: 'untreatedIllness', equals: true } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ có người bị ốm đau nhưng không đi khám chữa bệnh (ốm đau là bị bệnh/chấn thương nặng đến mức phải nằm một chỗ, hoặc không tham gia được các hoạt động bình thường: đi học, đi làm).',
        en: 'A member was ill (bedridden, or unable to go to work or school) and did not seek medical treatment.',
      }, UNCHECKED),
    },
    {
      id: 'health-insurance',
      dimension: 'health',
      test: { kind: 'any-member', where: { all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ có ít nhất 01 thành viên từ 6 tuổi trở lên hiện không có bảo hiểm y tế.',
        en: 'At least one member aged 6 or over has no health insurance.',
      }, UNCHECKED),
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
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ có ít nhất 01 thành viên từ 15 tuổi trở lên, sinh từ năm 1986 trở lại đây, không tốt nghiệp trung học cơ sở và hiện không đi học.',
        en: 'At least one member aged 15 or over, born in 1986 or later, has not completed lower-secondary school and is not in school.',
      }, UNCHECKED),
    },
    {
      id: 'school-attendance',
      dimension: 'education',
      test: { kind: 'any-member', where: { all: [{ age: { min: 5, max: 14 } }, { fact: 'schoolAttendance', equals: 'not-attending' }] } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ có ít nhất 01 trẻ em trong độ tuổi đi học (5–14 tuổi) hiện không đi học.',
        en: 'At least one child of school age (5–14) is not in school.',
      }, UNCHECKED),
    },
    {
      id: 'housing-quality',
      dimension: 'housing',
      test: { kind: 'dwelling', where: { fact: 'durability', in: ['less-permanent', 'simple'] } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ đang sống trong nhà thiếu kiên cố hoặc nhà đơn sơ.',
        en: 'The household lives in a less-permanent or simple dwelling.',
      }, UNCHECKED),
    },
    {
      id: 'housing-area',
      dimension: 'housing',
      test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Diện tích nhà ở bình quân đầu người của hộ nhỏ hơn 8 m².',
        en: 'Floor area per member is below 8 m² (strictly less).',
      }, UNCHECKED),
    },
    {
      id: 'water',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicWater', equals: false } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ không được tiếp cận nguồn nước hợp vệ sinh.',
        en: 'The household has no access to a hygienic domestic water source.',
      }, UNCHECKED),
    },
    {
      id: 'sanitation',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicLatrine', equals: false } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ không sử dụng hố xí/nhà tiêu hợp vệ sinh.',
        en: 'The household does not use a hygienic latrine.',
      }, UNCHECKED),
    },
    {
      id: 'telecom',
      dimension: 'information',
      test: { kind: 'no-member', where: { any: [{ fact: 'phoneSubscription', equals: true }, { fact: 'usesInternet', equals: true }] } },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ không có thành viên nào sử dụng thuê bao điện thoại và internet.',
        en: 'No member of the household has a telephone subscription or uses the internet.',
      }, UNCHECKED),
    },
    {
      id: 'information-access',
      dimension: 'information',
      test: {
        kind: 'dwelling',
        where: {
          all: [
            { fact: 'informationMeans', includesNoneOf: ['television', 'radio', 'computer'] },
            { fact: 'hearsLoudspeaker', equals: false },
          ],
        },
      },
      citation: cite(DECISION_59_2015, INDICATORS, 'C', {
        vi: 'Hộ không có tài sản nào trong số: ti vi, radio, máy tính; và không nghe được hệ thống loa đài truyền thanh xã/thôn.',
        en: 'The household has none of: television, radio, computer; and cannot hear the commune/village loudspeaker system.',
      }, UNCHECKED),
    },
  ],
};
