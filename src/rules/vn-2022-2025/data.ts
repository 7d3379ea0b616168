/**
 * Rule data of the standard applied 2022–2025 and extended to 2026: Decree 07/2021/NĐ-CP,
 * Article 3 and its Appendix. Each element carries its citation and the confidence the project
 * has in the paraphrase (A: two or more sources; B: one source; C: not yet checked word for word
 * against the official text — check these against Công báo / vanban.chinhphu.vn).
 *
 * @module
 */
import { cite, type Where } from '../legal.js';
import type { Localized, RuleSetData } from '../types.js';
import { CIRCULAR_07_2021, DECREE_07_2021, DECREE_135_2020, DECREE_30_2025, DECREE_351_2025, LABOUR_CODE_2019 } from './instruments.js';

const art3 = (clause: string, point?: string): Where =>
  point === undefined ? { article: '3', clause } : { article: '3', clause, point };
const appendix = (item: string): Where => ({ article: '3', clause: '1', point: 'b', appendix: '', item });

/** Note attached to every Appendix threshold that is not yet checked word for word. */
const UNCHECKED: Localized = {
  vi: 'Ngưỡng thiếu hụt theo diễn giải phổ biến; chưa đối chiếu từng chữ với văn bản chính thức trong Phụ lục.',
  en: 'Threshold as widely reported; not yet checked word for word against the official Appendix text.',
};

export const VN_2022_2025_DATA: RuleSetData = {
  id: 'vn-2022-2025',
  // 1.1.0: adds the effective-period citations, the review tool's score thresholds (Circular
  // 07/2021) and the low-income-worker rule (Decree 30/2025); categories are unchanged.
  version: '1.1.0',
  status: 'in-force',
  title: {
    vi: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (áp dụng đến hết năm 2026)',
    en: 'Multidimensional poverty standard 2022–2025 (applied until the end of 2026)',
  },
  instruments: [DECREE_07_2021, DECREE_351_2025, LABOUR_CODE_2019, DECREE_135_2020, CIRCULAR_07_2021, DECREE_30_2025],
  effective: {
    from: '2022-01-01',
    to: '2026-12-31',
    citations: [
      cite(DECREE_07_2021, { article: '3' }, 'A', {
        vi: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025.',
        en: 'Multidimensional poverty standard for the 2022–2025 period.',
      }),
      cite(DECREE_351_2025, {}, 'A', {
        vi: 'Tiếp tục áp dụng chuẩn nghèo theo Điều 3 Nghị định 07/2021/NĐ-CP đến hết ngày 31/12/2026.',
        en: 'The standard of Decree 07/2021/NĐ-CP Art. 3 continues to apply until 31 Dec 2026.',
      }, {
        vi: 'Chưa xác định điều, khoản cụ thể của Nghị định 351/2025/NĐ-CP.',
        en: 'The article and clause of Decree 351/2025/NĐ-CP are not yet identified.',
      }),
    ],
  },
  incomePeriod: 'month',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '1500000', urban: '2000000' },
      citation: cite(DECREE_07_2021, art3('1', 'a'), 'A', {
        vi: 'Chuẩn thu nhập: 1.500.000 đồng/người/tháng ở nông thôn; 2.000.000 đồng/người/tháng ở thành thị.',
        en: 'Income line: VND 1,500,000 per person per month in rural areas; VND 2,000,000 in urban areas.',
      }),
    },
    {
      id: 'average-ceiling',
      amounts: { rural: '2250000', urban: '3000000' },
      citation: cite(DECREE_07_2021, art3('2', 'c'), 'A', {
        vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên 1.500.000 đến 2.250.000 đồng (nông thôn), trên 2.000.000 đến 3.000.000 đồng (thành thị).',
        en: 'Average living standard: monthly per-capita income above VND 1,500,000 up to 2,250,000 (rural), above 2,000,000 up to 3,000,000 (urban).',
      }),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(DECREE_07_2021, art3('2', 'a'), 'A', {
      vi: 'Thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản trở lên.',
      en: 'Deprived on 3 or more of the indicators of basic social services.',
    }),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'at-least-cut',
      citation: cite(DECREE_07_2021, art3('2', 'a'), 'A', {
        vi: 'Hộ nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt từ 03 chỉ số trở lên.',
        en: 'Poor: monthly per-capita income at or below the income line AND deprived on 3 or more indicators.',
      }, {
        vi: 'Một số bản tin tiếng Anh viết "hoặc": sai — văn bản dùng "và".',
        en: 'Some English news reports say "or": wrong — the decree says "and".',
      }),
    },
    {
      category: 'near-poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'below-cut',
      citation: cite(DECREE_07_2021, art3('2', 'b'), 'A', {
        vi: 'Hộ cận nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt dưới 03 chỉ số.',
        en: 'Near-poor: monthly per-capita income at or below the income line AND deprived on fewer than 3 indicators.',
      }),
    },
    {
      category: 'average',
      income: { above: 'poverty', atOrBelow: 'average-ceiling' },
      citation: cite(DECREE_07_2021, art3('2', 'c'), 'A', {
        vi: 'Hộ có mức sống trung bình: thu nhập trên chuẩn thu nhập đến 1,5 lần chuẩn; không xét chỉ số thiếu hụt.',
        en: 'Average living standard: income above the line up to 1.5 times the line; deprivations are not considered.',
      }),
    },
    {
      category: 'above-average',
      income: { above: 'average-ceiling' },
      citation: cite(DECREE_07_2021, art3('2'), 'A', {
        vi: 'Thu nhập trên mức trần của hộ có mức sống trung bình: không thuộc hộ nghèo, cận nghèo hay mức sống trung bình.',
        en: 'Income above the average-living ceiling: neither poor, near-poor nor average living standard.',
      }),
    },
  ],
  workingAge: {
    minAge: 15,
    retirement: {
      male: { baseYear: 2021, baseMonths: 723, stepMonths: 3, capMonths: 744 },
      female: { baseYear: 2021, baseMonths: 664, stepMonths: 4, capMonths: 720 },
    },
    citation: cite(DECREE_135_2020, { article: '4', clause: '1' }, 'A', {
      vi: 'Độ tuổi lao động: từ đủ 15 tuổi đến tuổi nghỉ hưu. Tuổi nghỉ hưu: nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi (2028); nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi (2035).',
      en: 'Working age: from 15 full years up to the retirement age. Retirement age: men 60 years 3 months in 2021, +3 months a year to 62 (2028); women 55 years 4 months in 2021, +4 months a year to 60 (2035).',
    }, {
      vi: 'Bộ luật Lao động 2019, Điều 169 khoản 2. Khi chỉ biết số tuổi tròn, người có tuổi nghỉ hưu rơi vào năm tuổi đó được coi là chưa xác định (trừ khi cho biết số tháng).',
      en: 'Labour Code 2019 Art. 169 cl. 2. When only completed years are known and the retirement age falls within that year of age, working age is unknown (unless the months are given).',
    }),
  },
  dimensions: [
    { id: 'employment', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều việc làm: chỉ số việc làm; người phụ thuộc trong hộ gia đình.', en: 'Employment dimension: employment; dependants in the household.' }) },
    { id: 'health', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều y tế: dinh dưỡng; bảo hiểm y tế.', en: 'Health dimension: nutrition; health insurance.' }) },
    { id: 'education', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều giáo dục: trình độ giáo dục của người lớn; tình trạng đi học của trẻ em.', en: "Education dimension: adult education; children's school attendance." }) },
    { id: 'housing', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều nhà ở: chất lượng nhà ở; diện tích nhà ở bình quân đầu người.', en: 'Housing dimension: housing quality; floor area per person.' }) },
    { id: 'water-sanitation', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều nước sinh hoạt và vệ sinh: nguồn nước sinh hoạt; nhà tiêu hợp vệ sinh.', en: 'Water and sanitation dimension: domestic water source; hygienic latrine.' }) },
    { id: 'information', citation: cite(DECREE_07_2021, art3('1', 'b'), 'A', { vi: 'Chiều thông tin: sử dụng dịch vụ viễn thông; phương tiện phục vụ tiếp cận thông tin.', en: 'Information dimension: use of telecom services; means of access to information.' }) },
  ],
  indicators: [
    {
      id: 'employment',
      dimension: 'employment',
      test: {
        kind: 'any-member',
        where: {
          all: [
            { workingAge: true },
            { any: [{ fact: 'employment', equals: 'unemployed' }, { all: [{ fact: 'employment', equals: 'wage-worker' }, { fact: 'labourContract', equals: false }] }] },
          ],
        },
      },
      citation: cite(DECREE_07_2021, appendix('1.1'), 'B', {
        vi: 'Hộ có ít nhất 01 người trong độ tuổi lao động đang thất nghiệp, hoặc làm công việc có tiền công, tiền lương nhưng không có hợp đồng lao động.',
        en: 'At least one member of working age is unemployed, or works for wages without a labour contract.',
      }),
    },
    {
      id: 'dependants',
      dimension: 'employment',
      test: {
        kind: 'member-share-above',
        share: '0.5',
        where: {
          fact: 'dependant',
          equals: true,
          ifUnknown: { any: [{ age: { max: 15 } }, { fact: 'monthlySocialAllowance', equals: true }] },
        },
      },
      citation: cite(DECREE_07_2021, appendix('1.2'), 'B', {
        vi: 'Tỷ lệ người phụ thuộc trong tổng số nhân khẩu của hộ lớn hơn 50%.',
        en: 'Dependants are more than 50% of the members of the household.',
      }, {
        vi: 'Người phụ thuộc do hướng dẫn rà soát xác định; khi không khai báo, thư viện coi là người phụ thuộc: trẻ em dưới 16 tuổi và người (cao tuổi, khuyết tật) đang hưởng trợ cấp xã hội hằng tháng.',
        en: 'Who is a dependant is set by the review guidance; when not stated, the library counts children under 16 and (elderly or disabled) people receiving a monthly social allowance.',
      }),
    },
    {
      id: 'nutrition',
      dimension: 'health',
      test: {
        kind: 'any-member',
        where: { all: [{ age: { max: 15 } }, { any: [{ fact: 'stunted', equals: true }, { fact: 'underweight', equals: true }] }] },
      },
      citation: cite(DECREE_07_2021, appendix('2.1'), 'B', {
        vi: 'Hộ có ít nhất 01 trẻ em dưới 16 tuổi bị suy dinh dưỡng chiều cao theo tuổi hoặc cân nặng theo tuổi.',
        en: 'At least one child under 16 is stunted (height-for-age) or underweight (weight-for-age).',
      }),
    },
    {
      id: 'health-insurance',
      dimension: 'health',
      test: {
        kind: 'any-member',
        where: { all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] },
      },
      citation: cite(DECREE_07_2021, appendix('2.2'), 'C', {
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
            { age: { min: 16, max: 30 } },
            { fact: 'inEducationOrTraining', equals: false },
            {
              any: [
                { all: [{ age: { min: 16, max: 18 } }, { fact: 'educationLevel', in: ['none', 'primary'] }] },
                { all: [{ age: { min: 19, max: 30 } }, { fact: 'educationLevel', in: ['none', 'primary', 'lower-secondary'] }] },
              ],
            },
          ],
        },
      },
      citation: cite(DECREE_07_2021, appendix('3.1'), 'C', {
        vi: 'Hộ có ít nhất 01 thành viên từ 16 đến 30 tuổi không tham gia học tập, đào tạo và không có bằng cấp phù hợp với độ tuổi (16–18 tuổi: tốt nghiệp trung học cơ sở; 19–30 tuổi: tốt nghiệp trung học phổ thông hoặc có trình độ giáo dục nghề nghiệp).',
        en: 'At least one member aged 16–30 is not in education or training and lacks the qualification expected for their age (16–18: lower-secondary; 19–30: upper-secondary or a vocational qualification).',
      }, UNCHECKED),
    },
    {
      id: 'school-attendance',
      dimension: 'education',
      test: {
        kind: 'any-member',
        where: { all: [{ age: { min: 3, max: 15 } }, { fact: 'schoolAttendance', in: ['not-attending', 'below-level'] }] },
      },
      citation: cite(DECREE_07_2021, appendix('3.2'), 'C', {
        vi: 'Hộ có ít nhất 01 trẻ em từ 3 tuổi đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.',
        en: 'At least one child aged 3 to under 16 does not attend the school level appropriate to their age.',
      }, UNCHECKED),
    },
    {
      id: 'housing-quality',
      dimension: 'housing',
      test: { kind: 'dwelling', where: { fact: 'durability', in: ['less-permanent', 'simple'] } },
      citation: cite(DECREE_07_2021, appendix('4.1'), 'C', {
        vi: 'Hộ đang sống trong nhà ở không bền chắc (nhà thiếu kiên cố hoặc nhà đơn sơ).',
        en: 'The household lives in a dwelling that is not durable (less-permanent or simple).',
      }, UNCHECKED),
    },
    {
      id: 'housing-area',
      dimension: 'housing',
      test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' },
      citation: cite(DECREE_07_2021, appendix('4.2'), 'C', {
        vi: 'Diện tích nhà ở bình quân đầu người của hộ dưới 8 m².',
        en: 'Floor area per member is below 8 m² (strictly less).',
      }, UNCHECKED),
    },
    {
      id: 'water',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'safeWater', equals: false } },
      citation: cite(DECREE_07_2021, appendix('5.1'), 'C', {
        vi: 'Hộ không được tiếp cận nguồn nước sinh hoạt an toàn.',
        en: 'The household has no access to a safe domestic water source.',
      }, UNCHECKED),
    },
    {
      id: 'sanitation',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicLatrine', equals: false } },
      citation: cite(DECREE_07_2021, appendix('5.2'), 'C', {
        vi: 'Hộ không sử dụng nhà tiêu hợp vệ sinh.',
        en: 'The household does not use a hygienic latrine.',
      }, UNCHECKED),
    },
    {
      id: 'telecom',
      dimension: 'information',
      test: { kind: 'no-member', where: { fact: 'usesInternet', equals: true } },
      citation: cite(DECREE_07_2021, appendix('6.1'), 'C', {
        vi: 'Hộ không có thành viên nào sử dụng dịch vụ internet.',
        en: 'No member of the household uses internet services.',
      }, UNCHECKED),
    },
    {
      id: 'information-access',
      dimension: 'information',
      test: {
        kind: 'dwelling',
        where: {
          all: [
            { fact: 'informationMeans', includesNoneOf: ['television', 'radio', 'computer', 'smartphone'] },
            { fact: 'hearsLoudspeaker', equals: false },
          ],
        },
      },
      citation: cite(DECREE_07_2021, appendix('6.2'), 'C', {
        vi: 'Hộ không có phương tiện nào trong số: ti vi, radio, máy tính, điện thoại thông minh; và không nghe được hệ thống loa đài truyền thanh xã/thôn.',
        en: 'The household has none of: television, radio, computer, smartphone; and cannot hear the commune/village loudspeaker system.',
      }, {
        vi: 'Danh sách phương tiện theo diễn giải phổ biến ("…"); cần đối chiếu danh sách đầy đủ trong Phụ lục.',
        en: 'List of means as commonly reported (ends in "…"); check the full list in the Appendix.',
      }),
    },
  ],
  incomeScore: {
    line: 'poverty',
    thresholds: { rural: '140', urban: '175' },
    citation: cite(CIRCULAR_07_2021, {}, 'B', {
      vi: 'Điểm ước lượng thu nhập trên phiếu rà soát (điểm A/B1): nông thôn từ 140 điểm trở xuống, thành thị từ 175 điểm trở xuống tương ứng thu nhập từ chuẩn thu nhập trở xuống (1.500.000 / 2.000.000 đồng). Điểm không cho biết hộ có thuộc dải mức sống trung bình hay không.',
      en: 'Income-proxy score on the review form (score A/B1): rural 140 or less, urban 175 or less stands for income at or below the income line (VND 1,500,000 / 2,000,000). A score says nothing about the average-living band.',
    }, {
      vi: 'Một nguồn (thukyluat.vn); sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH. Bảng điểm theo đặc điểm của hộ không có trong thư viện.',
      en: 'One source (thukyluat.vn); amended by Circular 02/2022/TT-BLĐTBXH. The per-characteristic point tables are not in the library.',
    }),
  },
  lowIncomeWorker: {
    atOrBelow: 'average-ceiling',
    excludedCategories: ['poor', 'near-poor'],
    citation: cite(DECREE_30_2025, {}, 'B', {
      vi: 'Người lao động có thu nhập thấp: người lao động thuộc hộ gia đình không phải hộ nghèo, hộ cận nghèo, có thu nhập bình quân đầu người/tháng từ 2.250.000 đồng trở xuống (nông thôn), từ 3.000.000 đồng trở xuống (thành thị).',
      en: 'Low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income of VND 2,250,000 or less (rural), 3,000,000 or less (urban).',
    }, {
      vi: 'Chưa xác định điều, khoản cụ thể. Thư viện không kiểm tra ngày rà soát so với ngày Nghị định 30/2025/NĐ-CP có hiệu lực, và chỉ cho biết hộ có đáp ứng điều kiện về hộ và thu nhập; từng người có phải là người lao động hay không do người dùng xác định.',
      en: 'Article and clause not yet identified. The library does not check the review date against the date Decree 30/2025/NĐ-CP came into force, and only tells whether the household meets the household and income conditions; whether each person is a worker is for the user to decide.',
    }),
  },
};
