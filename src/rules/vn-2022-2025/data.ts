/**
 * Rule data of the standard applied 2022–2025 and extended to 2026: Decree 07/2021/NĐ-CP,
 * Article 3 and its Appendix. Each element carries its citation, the texts its wording rests on
 * (`sources`, see `../sources.ts`) and the confidence mark that follows from them (A: two or more
 * independent sources; B: one source, or a related text; C: leads only — not yet checked word
 * for word: check these against Công báo / vanban.chinhphu.vn).
 *
 * The point letters of Art. 3 cl. 2 (a, b, c) and the Appendix item numbers (1.1–6.2) are the
 * project's reading, not yet seen in the text: their citations say so (`reading`).
 *
 * @module
 */
import { cite, type CiteDetails, type Where } from '../legal.js';
import {
  APPENDIX_NOTE_DECREE_07,
  BAONGHEAN_DECREE_135,
  DRAFT_2026_2030,
  HCMC_DISTRICT_5,
  LAODONGTHUDO_DECREE_07,
  lead,
  LUATVIETNAM_DECREE_07,
  LUATVIETNAM_DECREE_135,
  related,
  states,
  THUKYLUAT_CIRCULAR_07,
  VIETNAMLAWMAGAZINE_DECREE_07,
  VIETNAMNET_DECREE_351,
  VIETNAMPLUS_DECREE_351,
  VNA_DECREE_07,
  VNA_DECREE_30,
  VNEXPRESS_DECREE_07,
} from '../sources.js';
import type { Localized, RuleSetData, Source } from '../types.js';
import { CIRCULAR_07_2021, DECREE_07_2021, DECREE_135_2020, DECREE_30_2025, DECREE_351_2025, LABOUR_CODE_2019 } from './instruments.js';

const art3 = (clause: string, point?: string): Where => (point === undefined ? { article: '3', clause } : { article: '3', clause, point });
const appendix = (item: string): Where => ({ article: '3', clause: '1', point: 'b', appendix: '', item });

/** The news reports of the categories and bands (Art. 3 cl. 2). */
const CATEGORY_NEWS: readonly Source[] = [states(LAODONGTHUDO_DECREE_07), states(VNEXPRESS_DECREE_07), states(VIETNAMLAWMAGAZINE_DECREE_07)];
/** A category of Art. 3 cl. 2: news sources; the point letter is the project's reading. */
const CATEGORY: CiteDetails = { sources: CATEGORY_NEWS, reading: ['point'] };
/** The dimensions and indicator names of Art. 3 cl. 1 pt. b. */
const DIMENSION: CiteDetails = { sources: [states(VNA_DECREE_07), states(LAODONGTHUDO_DECREE_07), states(VIETNAMLAWMAGAZINE_DECREE_07)] };

/** Note on every Appendix threshold that rests on leads only. */
const UNCHECKED: Localized = {
  vi: 'Ngưỡng theo một ghi chú thứ cấp trích Phụ lục (chỉ là đầu mối, không phải nguồn: phần về hộ cận nghèo của ghi chú đó sai); chưa đối chiếu từng chữ với văn bản chính thức trong Phụ lục.',
  en: 'Threshold as quoted by a secondary note on the Appendix (a lead, not a source: its own near-poor wording is wrong); not yet checked word for word against the official Appendix text.',
};

/** An Appendix item: its sources (the secondary note as a lead, plus `more`), the item number being the project's reading. */
const item = (more: readonly Source[], note: Localized = UNCHECKED): CiteDetails => ({
  sources: [...more, lead(APPENDIX_NOTE_DECREE_07)],
  reading: ['item'],
  note,
});

export const VN_2022_2025_DATA: RuleSetData = {
  id: 'vn-2022-2025',
  // 2.0.0: adult-education age bands (16 to under 18; 18 to 30), housing quality from the three
  // main structures, a tablet counts as a computer, the documented dependant default; sources on
  // every citation, "above-average" derived, point letters and item numbers marked as readings.
  // 1.1.0: effective-period citations, score thresholds (Circular 07/2021), low-income worker.
  version: '2.0.0',
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
      cite(
        DECREE_07_2021,
        { article: '3' },
        'A',
        {
          vi: 'Chuẩn nghèo đa chiều giai đoạn 2022–2025.',
          en: 'Multidimensional poverty standard for the 2022–2025 period.',
        },
        { sources: [states(LUATVIETNAM_DECREE_07), states(VNA_DECREE_07), states(LAODONGTHUDO_DECREE_07)] },
      ),
      cite(
        DECREE_351_2025,
        {},
        'A',
        {
          vi: 'Tiếp tục áp dụng chuẩn nghèo theo Điều 3 Nghị định 07/2021/NĐ-CP đến hết ngày 31/12/2026.',
          en: 'The standard of Decree 07/2021/NĐ-CP Art. 3 continues to apply until 31 Dec 2026.',
        },
        {
          sources: [states(VIETNAMPLUS_DECREE_351), states(VIETNAMNET_DECREE_351)],
          note: {
            vi: 'Chưa xác định điều, khoản cụ thể của Nghị định 351/2025/NĐ-CP.',
            en: 'The article and clause of Decree 351/2025/NĐ-CP are not yet identified.',
          },
        },
      ),
    ],
  },
  incomePeriod: 'month',
  incomeLines: [
    {
      id: 'poverty',
      amounts: { rural: '1500000', urban: '2000000' },
      citation: cite(
        DECREE_07_2021,
        art3('1', 'a'),
        'A',
        {
          vi: 'Chuẩn thu nhập: 1.500.000 đồng/người/tháng ở nông thôn; 2.000.000 đồng/người/tháng ở thành thị.',
          en: 'Income line: VND 1,500,000 per person per month in rural areas; VND 2,000,000 in urban areas.',
        },
        { sources: [states(LUATVIETNAM_DECREE_07), ...CATEGORY_NEWS] },
      ),
    },
    {
      id: 'average-ceiling',
      amounts: { rural: '2250000', urban: '3000000' },
      citation: cite(
        DECREE_07_2021,
        art3('2', 'c'),
        'A',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn), trên 2.000.000 đồng đến 3.000.000 đồng (thành thị).',
          en: 'Average living standard: monthly per-capita income above VND 1,500,000 up to 2,250,000 (rural), above 2,000,000 up to 3,000,000 (urban).',
        },
        CATEGORY,
      ),
    },
  ],
  deprivationCut: {
    atLeast: 3,
    citation: cite(
      DECREE_07_2021,
      art3('2', 'a'),
      'A',
      {
        vi: 'Thiếu hụt từ 03 chỉ số đo lường mức độ thiếu hụt dịch vụ xã hội cơ bản trở lên.',
        en: 'Deprived on 3 or more of the indicators of basic social services.',
      },
      CATEGORY,
    ),
  },
  categoryRules: [
    {
      category: 'poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'at-least-cut',
      citation: cite(
        DECREE_07_2021,
        art3('2', 'a'),
        'A',
        {
          vi: 'Hộ nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt từ 03 chỉ số trở lên.',
          en: 'Poor: monthly per-capita income at or below the income line AND deprived on 3 or more indicators.',
        },
        {
          ...CATEGORY,
          note: {
            vi: 'Một số bản tin tiếng Anh viết "hoặc": sai — văn bản dùng "và".',
            en: 'Some English news reports say "or": wrong — the decree says "and".',
          },
        },
      ),
    },
    {
      category: 'near-poor',
      income: { atOrBelow: 'poverty' },
      deprivations: 'below-cut',
      citation: cite(
        DECREE_07_2021,
        art3('2', 'b'),
        'A',
        {
          vi: 'Hộ cận nghèo: thu nhập bình quân đầu người/tháng từ chuẩn thu nhập trở xuống VÀ thiếu hụt dưới 03 chỉ số.',
          en: 'Near-poor: monthly per-capita income at or below the income line AND deprived on fewer than 3 indicators.',
        },
        CATEGORY,
      ),
    },
    {
      category: 'average',
      income: { above: 'poverty', atOrBelow: 'average-ceiling' },
      citation: cite(
        DECREE_07_2021,
        art3('2', 'c'),
        'A',
        {
          vi: 'Hộ có mức sống trung bình: thu nhập bình quân đầu người/tháng trên 1.500.000 đồng đến 2.250.000 đồng (nông thôn), trên 2.000.000 đồng đến 3.000.000 đồng (thành thị); không xét chỉ số thiếu hụt.',
          en: 'Average living standard: monthly per-capita income above VND 1,500,000 up to 2,250,000 (rural), above 2,000,000 up to 3,000,000 (urban); deprivations are not considered.',
        },
        CATEGORY,
      ),
    },
    {
      category: 'above-average',
      income: { above: 'average-ceiling' },
      citation: cite(
        DECREE_07_2021,
        art3('2'),
        'A',
        {
          vi: 'Thu nhập bình quân đầu người/tháng trên 2.250.000 đồng (nông thôn), trên 3.000.000 đồng (thành thị): không thuộc hộ nghèo, cận nghèo hay mức sống trung bình.',
          en: 'Monthly per-capita income above VND 2,250,000 (rural), above 3,000,000 (urban): neither poor, near-poor nor average living standard.',
        },
        {
          sources: CATEGORY_NEWS,
          derived: {
            vi: 'Không điều khoản nào định nghĩa loại này: đây là phần bù của ba loại hộ ở khoản 2 (nghèo, cận nghèo, mức sống trung bình).',
            en: 'No clause defines this category: it is the complement of the three categories of cl. 2 (poor, near-poor, average living standard).',
          },
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
        vi: 'Độ tuổi lao động: từ đủ 15 tuổi đến tuổi nghỉ hưu. Tuổi nghỉ hưu: nam 60 tuổi 3 tháng năm 2021, mỗi năm tăng 3 tháng đến 62 tuổi (2028); nữ 55 tuổi 4 tháng năm 2021, mỗi năm tăng 4 tháng đến 60 tuổi (2035).',
        en: 'Working age: from 15 full years up to the retirement age. Retirement age: men 60 years 3 months in 2021, +3 months a year to 62 (2028); women 55 years 4 months in 2021, +4 months a year to 60 (2035).',
      },
      {
        sources: [states(LUATVIETNAM_DECREE_135), states(BAONGHEAN_DECREE_135)],
        note: {
          vi: 'Bộ luật Lao động 2019, Điều 169 khoản 2. Khi chỉ biết số tuổi tròn, người có tuổi nghỉ hưu rơi vào năm tuổi đó được coi là chưa xác định (trừ khi cho biết số tháng); khi chỉ biết năm sinh, tuổi tại ngày rà soát được biết trong khoảng một năm.',
          en: 'Labour Code 2019 Art. 169 cl. 2. When only completed years are known and the retirement age falls within that year of age, working age is unknown (unless the months are given); when only the year of birth is known, the age at the review date is known to within one year.',
        },
      },
    ),
  },
  dimensions: [
    {
      id: 'employment',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        { vi: 'Chiều việc làm: chỉ số việc làm; người phụ thuộc trong hộ gia đình.', en: 'Employment dimension: employment; dependants in the household.' },
        DIMENSION,
      ),
    },
    {
      id: 'health',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        { vi: 'Chiều y tế: dinh dưỡng; bảo hiểm y tế.', en: 'Health dimension: nutrition; health insurance.' },
        DIMENSION,
      ),
    },
    {
      id: 'education',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        {
          vi: 'Chiều giáo dục: trình độ giáo dục của người lớn; tình trạng đi học của trẻ em.',
          en: "Education dimension: adult education; children's school attendance.",
        },
        DIMENSION,
      ),
    },
    {
      id: 'housing',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        { vi: 'Chiều nhà ở: chất lượng nhà ở; diện tích nhà ở bình quân đầu người.', en: 'Housing dimension: housing quality; floor area per person.' },
        DIMENSION,
      ),
    },
    {
      id: 'water-sanitation',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        {
          vi: 'Chiều nước sinh hoạt và vệ sinh: nguồn nước sinh hoạt; nhà tiêu hợp vệ sinh.',
          en: 'Water and sanitation dimension: domestic water source; hygienic latrine.',
        },
        DIMENSION,
      ),
    },
    {
      id: 'information',
      citation: cite(
        DECREE_07_2021,
        art3('1', 'b'),
        'A',
        {
          vi: 'Chiều thông tin: sử dụng dịch vụ viễn thông; phương tiện phục vụ tiếp cận thông tin.',
          en: 'Information dimension: use of telecom services; means of access to information.',
        },
        DIMENSION,
      ),
    },
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
            {
              any: [
                { fact: 'employment', equals: 'unemployed' },
                {
                  all: [
                    { fact: 'employment', equals: 'wage-worker' },
                    { fact: 'labourContract', equals: false },
                  ],
                },
              ],
            },
          ],
        },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('1.1'),
        'B',
        {
          vi: 'Hộ có ít nhất 01 người trong độ tuổi lao động đang thất nghiệp, hoặc làm công việc có tiền công, tiền lương nhưng không có hợp đồng lao động.',
          en: 'At least one member of working age is unemployed, or works for wages without a labour contract.',
        },
        item([related(DRAFT_2026_2030)], {
          vi: 'Theo dự thảo 2026–2030 (kế thừa tiêu chí 2022–2025); dự thảo nói thêm rằng ngưỡng này nói về việc làm thường xuyên, ổn định. Chưa đối chiếu với văn bản chính thức trong Phụ lục.',
          en: 'As in the 2026–2030 draft (which carries over the 2022–2025 criteria); the draft adds that the threshold is about regular, stable work. Not yet checked against the official Appendix text.',
        }),
      ),
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
          // The documented default (2026–2030 draft): children under 16, and elderly (60 or over)
          // or disabled people receiving a monthly social allowance.
          ifUnknown: {
            any: [
              { age: { max: 15 } },
              { all: [{ fact: 'monthlySocialAllowance', equals: true }, { any: [{ age: { min: 60 } }, { fact: 'disability', equals: true }] }] },
            ],
          },
        },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('1.2'),
        'B',
        {
          vi: 'Tỷ lệ người phụ thuộc trong tổng số nhân khẩu của hộ lớn hơn 50%.',
          en: 'Dependants are more than 50% of the members of the household.',
        },
        item([related(DRAFT_2026_2030)], {
          vi: 'Người phụ thuộc do hướng dẫn rà soát xác định; câu trả lời `dependant` của từng thành viên luôn được ưu tiên. Khi không khai báo, thư viện coi là người phụ thuộc (theo dự thảo 2026–2030): trẻ em dưới 16 tuổi, và người cao tuổi (từ đủ 60 tuổi, Luật Người cao tuổi 2009) hoặc người khuyết tật (`disability`) đang hưởng trợ cấp xã hội hằng tháng.',
          en: "Who is a dependant is set by the review guidance; a member's `dependant` answer always wins. When it is not given, the library counts (as in the 2026–2030 draft): children under 16, and elderly (60 or over, Law on the Elderly 2009) or disabled (`disability`) people receiving a monthly social allowance.",
        }),
      ),
    },
    {
      id: 'nutrition',
      dimension: 'health',
      test: {
        kind: 'any-member',
        where: {
          all: [
            { age: { max: 15 } },
            {
              any: [
                { fact: 'stunted', equals: true },
                { fact: 'underweight', equals: true },
              ],
            },
          ],
        },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('2.1'),
        'B',
        {
          vi: 'Hộ có ít nhất 01 trẻ em dưới 16 tuổi bị suy dinh dưỡng chiều cao theo tuổi hoặc cân nặng theo tuổi.',
          en: 'At least one child under 16 is stunted (height-for-age) or underweight (weight-for-age).',
        },
        item([related(DRAFT_2026_2030), related(HCMC_DISTRICT_5)], {
          vi: 'Cùng cách diễn đạt trong dự thảo 2026–2030 và trong chuẩn của TP. Hồ Chí Minh (áp dụng nguyên văn ngưỡng quốc gia); chưa đối chiếu với văn bản chính thức trong Phụ lục.',
          en: 'The same wording in the 2026–2030 draft and in the Ho Chi Minh City standard (which applies the national threshold verbatim); not yet checked against the official Appendix text.',
        }),
      ),
    },
    {
      id: 'health-insurance',
      dimension: 'health',
      test: {
        kind: 'any-member',
        where: { all: [{ age: { min: 6 } }, { fact: 'healthInsurance', equals: false }] },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('2.2'),
        'B',
        {
          vi: 'Hộ có ít nhất 01 thành viên từ 6 tuổi trở lên hiện không có bảo hiểm y tế.',
          en: 'At least one member aged 6 or over has no health insurance.',
        },
        item([related(HCMC_DISTRICT_5)], {
          vi: 'Cùng cách diễn đạt trong chuẩn của TP. Hồ Chí Minh (áp dụng nguyên văn ngưỡng quốc gia); chưa đối chiếu với văn bản chính thức trong Phụ lục.',
          en: 'The same wording in the Ho Chi Minh City standard (which applies the national threshold verbatim); not yet checked against the official Appendix text.',
        }),
      ),
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
                { all: [{ age: { min: 16, max: 17 } }, { fact: 'educationLevel', in: ['none', 'primary'] }] },
                // From 18: upper-secondary or a vocational qualification, or certified by an employer as trained on the job.
                {
                  all: [
                    { age: { min: 18, max: 30 } },
                    { fact: 'educationLevel', in: ['none', 'primary', 'lower-secondary'] },
                    { fact: 'certifiedOnTheJob', equals: false },
                  ],
                },
              ],
            },
          ],
        },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('3.1'),
        'C',
        {
          vi: 'Hộ có ít nhất 01 thành viên từ 16 đến 30 tuổi không tham gia học tập, đào tạo và không đạt trình độ phù hợp với độ tuổi: từ 16 đến dưới 18 tuổi chưa tốt nghiệp trung học cơ sở; từ 18 đến 30 tuổi chưa tốt nghiệp trung học phổ thông và chưa có trình độ giáo dục nghề nghiệp (sơ cấp, trung cấp, cao đẳng); người lao động được người sử dụng lao động xác nhận đã qua đào tạo tại nơi làm việc được coi là đạt.',
          en: 'At least one member aged 16–30 is not in education or training and lacks the qualification for their age: 16 to under 18, lower-secondary; 18 to 30, upper-secondary or a vocational qualification (elementary, intermediate or college level); a worker certified by an employer as trained on the job meets it.',
        },
        item([], {
          vi: `${UNCHECKED.vi} Thư viện áp dụng xác nhận đào tạo tại nơi làm việc (\`certifiedOnTheJob\`) cho yêu cầu từ 18 đến 30 tuổi, thay cho trình độ giáo dục nghề nghiệp. Đến phiên bản 2.0.0, tuổi 18 được tính nhầm vào nhóm 16–18 (chỉ cần trung học cơ sở).`,
          en: `${UNCHECKED.en} The library applies the on-the-job certification (\`certifiedOnTheJob\`) to the 18–30 requirement, as an alternative to a vocational qualification. Until version 2.0.0, age 18 was wrongly counted in the 16–18 band (lower-secondary enough).`,
        }),
      ),
    },
    {
      id: 'school-attendance',
      dimension: 'education',
      test: {
        kind: 'any-member',
        where: { all: [{ age: { min: 3, max: 15 } }, { fact: 'schoolAttendance', in: ['not-attending', 'below-level'] }] },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('3.2'),
        'C',
        {
          vi: 'Hộ có ít nhất 01 trẻ em từ 3 tuổi đến dưới 16 tuổi không được học đúng bậc, cấp học phù hợp với độ tuổi.',
          en: 'At least one child aged 3 to under 16 does not attend the school level appropriate to their age.',
        },
        item([]),
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
        DECREE_07_2021,
        appendix('4.1'),
        'C',
        {
          vi: 'Hộ đang sống trong nhà ở không bền chắc: ít nhất 2 trong 3 kết cấu chính (tường, cột/khung, mái) làm bằng vật liệu không bền chắc.',
          en: 'The household lives in a dwelling that is not durable: at least 2 of its 3 main structures (walls, pillars/frame, roof) are of non-durable materials.',
        },
        item([], {
          vi: `${UNCHECKED.vi} Thư viện nhận loại nhà (\`durability\`: kiên cố, bán kiên cố, thiếu kiên cố, đơn sơ) hoặc, khi không có loại nhà, từng kết cấu chính (\`wallsDurable\`, \`frameDurable\`, \`roofDurable\`). Hai cách cho cùng kết quả: nhà thiếu kiên cố (1/3 kết cấu bền chắc) và đơn sơ (0/3) là không bền chắc; bán kiên cố (2/3) và kiên cố (3/3) thì không. Khi có cả hai mà mâu thuẫn, dữ liệu bị từ chối (\`durability_mismatch\`).`,
          en: `${UNCHECKED.en} The library accepts the dwelling class (\`durability\`: permanent, semi-permanent, less-permanent, simple) or, without it, each main structure (\`wallsDurable\`, \`frameDurable\`, \`roofDurable\`). Both give the same answer: less-permanent (1 of 3 durable) and simple (none) are not durable; semi-permanent (2 of 3) and permanent (3) are. When both are given and contradict each other, the input is refused (\`durability_mismatch\`).`,
        }),
      ),
    },
    {
      id: 'housing-area',
      dimension: 'housing',
      test: { kind: 'per-member-below', fact: 'floorArea', floor: '8' },
      citation: cite(
        DECREE_07_2021,
        appendix('4.2'),
        'C',
        {
          vi: 'Diện tích nhà ở bình quân đầu người của hộ dưới 8 m².',
          en: 'Floor area per member is below 8 m² (strictly less).',
        },
        item([]),
      ),
    },
    {
      id: 'water',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'safeWater', equals: false } },
      citation: cite(
        DECREE_07_2021,
        appendix('5.1'),
        'C',
        {
          vi: 'Hộ không được tiếp cận nguồn nước sạch trong sinh hoạt.',
          en: 'The household has no access to clean domestic water.',
        },
        item([], {
          vi: `${UNCHECKED.vi} Ghi chú đó liệt kê là nguồn nước sạch: nước máy, giếng khoan, giếng đào được bảo vệ, nước khe/mó được bảo vệ, nước mưa, nước đóng chai; dữ kiện \`safeWater\` là câu trả lời của người rà soát theo danh sách này.`,
          en: `${UNCHECKED.en} The note lists as clean sources: tap water, a borehole, a protected dug well, a protected spring, rain water, bottled water; the \`safeWater\` fact is the reviewer's answer against that list.`,
        }),
      ),
    },
    {
      id: 'sanitation',
      dimension: 'water-sanitation',
      test: { kind: 'dwelling', where: { fact: 'hygienicLatrine', equals: false } },
      citation: cite(
        DECREE_07_2021,
        appendix('5.2'),
        'C',
        {
          vi: 'Hộ không sử dụng nhà tiêu hợp vệ sinh (tự hoại, bán tự hoại, dội nước và các loại tương tự).',
          en: 'The household does not use a hygienic latrine (septic or semi-septic, pour-flush, and similar).',
        },
        item([]),
      ),
    },
    {
      id: 'telecom',
      dimension: 'information',
      test: { kind: 'no-member', where: { fact: 'usesInternet', equals: true } },
      citation: cite(
        DECREE_07_2021,
        appendix('6.1'),
        'C',
        {
          vi: 'Hộ không có thành viên nào sử dụng dịch vụ internet.',
          en: 'No member of the household uses internet services.',
        },
        item([]),
      ),
    },
    {
      id: 'information-access',
      dimension: 'information',
      test: {
        kind: 'dwelling',
        where: {
          all: [
            { fact: 'informationMeans', includesNoneOf: ['television', 'radio', 'computer', 'tablet', 'smartphone'], notCounted: ['feature-phone'] },
            { fact: 'hearsLoudspeaker', equals: false },
          ],
        },
      },
      citation: cite(
        DECREE_07_2021,
        appendix('6.2'),
        'C',
        {
          vi: 'Hộ không có phương tiện nào trong số: ti vi, radio, máy tính (kể cả máy tính bảng), điện thoại thông minh; và không nghe được hệ thống loa đài truyền thanh xã/thôn.',
          en: 'The household has none of: television, radio, computer (a tablet is a computer), smartphone; and cannot hear the commune/village loudspeaker system.',
        },
        item([], {
          vi: 'Danh sách phương tiện theo diễn giải phổ biến (kết thúc bằng "…") và điều kiện loa truyền thanh chưa đối chiếu; cần đối chiếu danh sách đầy đủ trong Phụ lục. Máy tính bảng được tính là máy tính. Điện thoại thường (`feature-phone`) không có trong danh sách nên không được tính.',
          en: 'List of means as commonly reported (it ends in "…") and the loudspeaker clause not checked; check the full list in the Appendix. A tablet counts as a computer. A feature phone (`feature-phone`) is not in the list, so it is not counted.',
        }),
      ),
    },
  ],
  incomeScore: {
    line: 'poverty',
    thresholds: { rural: '140', urban: '175' },
    citation: cite(
      CIRCULAR_07_2021,
      {},
      'B',
      {
        vi: 'Điểm ước lượng thu nhập trên phiếu rà soát (điểm A/B1): nông thôn từ 140 điểm trở xuống, thành thị từ 175 điểm trở xuống tương ứng thu nhập từ chuẩn thu nhập trở xuống (1.500.000 / 2.000.000 đồng). Điểm không cho biết hộ có thuộc dải mức sống trung bình hay không.',
        en: 'Income-proxy score on the review form (score A/B1): rural 140 or less, urban 175 or less stands for income at or below the income line (VND 1,500,000 / 2,000,000). A score says nothing about the average-living band.',
      },
      {
        sources: [states(THUKYLUAT_CIRCULAR_07)],
        note: {
          vi: 'Một nguồn (thukyluat.vn); sửa đổi bởi Thông tư 02/2022/TT-BLĐTBXH. Bảng điểm theo đặc điểm của hộ không có trong thư viện.',
          en: 'One source (thukyluat.vn); amended by Circular 02/2022/TT-BLĐTBXH. The per-characteristic point tables are not in the library.',
        },
      },
    ),
  },
  lowIncomeWorker: {
    atOrBelow: 'average-ceiling',
    excludedCategories: ['poor', 'near-poor'],
    citation: cite(
      DECREE_30_2025,
      {},
      'B',
      {
        vi: 'Người lao động có thu nhập thấp: người lao động thuộc hộ gia đình không phải hộ nghèo, hộ cận nghèo, có thu nhập bình quân đầu người/tháng từ 2.250.000 đồng trở xuống (nông thôn), từ 3.000.000 đồng trở xuống (thành thị).',
        en: 'Low-income worker: a worker in a household that is neither poor nor near-poor, with monthly per-capita income of VND 2,250,000 or less (rural), 3,000,000 or less (urban).',
      },
      {
        sources: [states(VNA_DECREE_30)],
        note: {
          vi: 'Chưa xác định điều, khoản cụ thể; một câu chuyện của Thông tấn xã Việt Nam đăng lại ở nhiều nơi (tính là một nguồn). `explain` chỉ nói về diện này khi ngày rà soát không trước ngày Nghị định 30/2025/NĐ-CP có hiệu lực và hộ có thể đủ điều kiện; thư viện chỉ cho biết hộ có đáp ứng điều kiện về hộ và thu nhập hay không, từng người có phải là người lao động hay không do người dùng xác định.',
          en: 'Article and clause not yet identified; one Vietnam News Agency wire story in several copies (counted as one source). `explain` mentions the status only when the review date is not before Decree 30/2025/NĐ-CP came into force and the household can qualify; the library only tells whether the household meets the household and income conditions; whether each person is a worker is for the user to decide.',
        },
      },
    ),
  },
};
