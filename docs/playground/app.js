// The playground page: a form for one household, the library's result beside it.
// Bundled with the library by scripts/build-playground.mjs (`chuan-ngheo` → dist/index.js).
// Vanilla DOM, no framework. Everything the page shows about the decision comes from the
// library (classify, explain, formatCitation, the rule set's data and message catalogues);
// the page only adds form labels and translations of validation messages.
import { classify, explain, formatCitation, listRuleSets, ValidationError } from 'chuan-ngheo';

// ---------------------------------------------------------------------------------------------
// Page texts (the library provides everything about rules and results)
// ---------------------------------------------------------------------------------------------
const T = {
  vi: {
    title: 'Thử phân loại hộ theo chuẩn nghèo đa chiều',
    intro:
      'Nhập thông tin một hộ gia đình để xem thư viện phân loại thế nào và căn cứ vào điều khoản nào. Mọi tính toán chạy ngay trong trình duyệt; dữ liệu không được gửi đi đâu.',
    skip: 'Chuyển đến kết quả',
    lang: 'Ngôn ngữ',
    footer: 'chuan-ngheo — kết quả chỉ để tham khảo; căn cứ pháp lý là văn bản chính thức.',
    formHeading: 'Thông tin hộ',
    standard: 'Chuẩn áp dụng',
    byRuleSet: 'Chọn bộ quy tắc',
    byDate: 'Theo ngày rà soát',
    ruleSet: 'Bộ quy tắc',
    date: 'Ngày rà soát',
    dateHint:
      'Viết theo dạng năm-tháng-ngày, ví dụ 2025-09-01. Dùng bộ quy tắc có hiệu lực vào ngày này; ngày cũng quyết định tuổi nghỉ hưu khi xét độ tuổi lao động.',
    status: { 'in-force': 'đang áp dụng', superseded: 'đã hết hiệu lực', provisional: 'tạm thời' },
    household: 'Hộ gia đình',
    area: 'Khu vực',
    rural: 'Nông thôn',
    urban: 'Thành thị',
    income: 'Thu nhập',
    incomeForm: 'Cách nhập thu nhập',
    forms: {
      perCapitaMonthly: 'Bình quân đầu người mỗi tháng',
      householdMonthly: 'Cả hộ mỗi tháng',
      householdAnnual: 'Cả hộ trong 12 tháng',
      score: 'Điểm rà soát thu nhập (điểm A/B1, phiếu B)',
    },
    amount: 'Số tiền (đồng)',
    scoreAmount: 'Điểm',
    amountHint: 'Số đồng, viết liền các chữ số: 1500000 cho 1.500.000 đồng (không gõ dấu chấm ngăn hàng nghìn).',
    scoreHint: 'Điểm A/B1 trên phiếu rà soát (số không âm).',
    deprivations: 'Chỉ số thiếu hụt',
    inputMode: 'Cách nhập',
    modeAnswers: (n) => `Trả lời ${n} chỉ số như trên phiếu rà soát`,
    modeFacts: 'Nhập thành viên và thông tin nhà ở',
    answerOnly: (list) =>
      `Bộ quy tắc này chưa mã hoá ngưỡng của các chỉ số sau, nên chúng chỉ xác định được bằng câu trả lời trên phiếu (ở đây sẽ là "chưa rõ"): ${list}.`,
    size: 'Số nhân khẩu',
    answer: { deprived: 'Thiếu hụt', 'not-deprived': 'Không thiếu hụt', unknown: 'Chưa rõ' },
    members: 'Thành viên',
    member: (n) => `Thành viên ${n}`,
    addMember: 'Thêm thành viên',
    removeMember: (n) => `Xoá thành viên ${n}`,
    yes: 'Có',
    no: 'Không',
    unknown: 'Chưa rõ',
    fields: {
      age: 'Tuổi (số năm tròn)',
      ageMonths: 'Số tháng kể từ sinh nhật gần nhất (0–11)',
      sex: 'Giới tính',
      employment: 'Việc làm',
      labourContract: 'Có hợp đồng lao động (nếu làm công ăn lương)',
      healthInsurance: 'Có bảo hiểm y tế',
      inEducationOrTraining: 'Đang đi học hoặc đào tạo',
      educationLevel: 'Trình độ giáo dục cao nhất',
      schoolAttendance: 'Tình trạng đi học (trẻ em)',
      stunted: 'Suy dinh dưỡng thấp còi',
      underweight: 'Suy dinh dưỡng nhẹ cân',
      dependant: 'Là người phụ thuộc (Chưa rõ: theo mặc định của thư viện)',
      monthlySocialAllowance: 'Hưởng trợ cấp xã hội hằng tháng',
      usesInternet: 'Sử dụng dịch vụ internet',
      birthYear: 'Năm sinh',
      untreatedIllness: 'Ốm đau trong 12 tháng qua mà không đi khám chữa bệnh',
      phoneSubscription: 'Có thuê bao điện thoại (di động hoặc cố định)',
      hygienicWater: 'Có nguồn nước sinh hoạt hợp vệ sinh',
      durability: 'Loại nhà',
      floorArea: 'Diện tích nhà ở (m²)',
      safeWater: 'Có nguồn nước sinh hoạt an toàn',
      hygienicLatrine: 'Sử dụng nhà tiêu hợp vệ sinh',
      informationMeans: 'Phương tiện tiếp cận thông tin',
      hearsLoudspeaker: 'Nghe được loa truyền thanh xã/thôn',
    },
    values: {
      sex: { male: 'Nam', female: 'Nữ' },
      employment: {
        'wage-worker': 'Làm công ăn lương',
        'self-employed': 'Tự làm / lao động gia đình',
        unemployed: 'Thất nghiệp',
        'not-in-labour-force': 'Ngoài lực lượng lao động (đi học, nghỉ hưu…)',
      },
      educationLevel: {
        none: 'Chưa tốt nghiệp tiểu học',
        primary: 'Tiểu học',
        'lower-secondary': 'Trung học cơ sở',
        'upper-secondary': 'Trung học phổ thông',
        vocational: 'Giáo dục nghề nghiệp (sơ cấp, trung cấp, cao đẳng)',
        tertiary: 'Đại học trở lên',
      },
      schoolAttendance: {
        'appropriate-level': 'Học đúng bậc, cấp học',
        'below-level': 'Học thấp hơn bậc, cấp học phù hợp',
        'not-attending': 'Không đi học',
      },
      durability: { permanent: 'Kiên cố', 'semi-permanent': 'Bán kiên cố', 'less-permanent': 'Thiếu kiên cố', simple: 'Đơn sơ' },
      informationMeans: {
        television: 'Ti vi',
        radio: 'Radio',
        computer: 'Máy tính',
        smartphone: 'Điện thoại thông minh',
        tablet: 'Máy tính bảng',
        'feature-phone': 'Điện thoại thường',
      },
    },
    infoUnknown: 'Chưa rõ',
    infoKnown: 'Đã khai báo (ô không đánh dấu nghĩa là hộ không có)',
    dwelling: 'Nhà ở và tiện nghi',
    result: 'Kết quả',
    category: {
      poor: 'Hộ nghèo',
      'near-poor': 'Hộ cận nghèo',
      average: 'Hộ có mức sống trung bình',
      'above-average': 'Không thuộc hộ nghèo, cận nghèo hay có mức sống trung bình',
      undetermined: 'Chưa xác định',
    },
    possible: 'Có thể là',
    or: 'hoặc',
    enterIncome: 'Nhập thu nhập để xem kết quả.',
    invalid: 'Dữ liệu chưa hợp lệ — xem thông báo cạnh từng ô.',
    incomeHeading: 'Thu nhập so với chuẩn',
    perCapita: (value, period) => `Bình quân đầu người: ${value} đồng/người/${period === 'year' ? 'năm' : 'tháng'}`,
    approx: 'khoảng ',
    outcome: { 'at-or-below': 'từ mức này trở xuống', above: 'trên mức này', unknown: 'chưa biết (điểm rà soát chỉ so được với một ngưỡng)' },
    scoreLine: (value, threshold, line, outcome) => `Điểm ${value}, ngưỡng ${threshold} (thay cho ${line}): ${outcome}`,
    lowIncomeWorker: 'Người lao động có thu nhập thấp',
    eligible: { true: 'đủ điều kiện', false: 'không đủ điều kiện', null: 'chưa xác định' },
    ceiling: (amount) => `trần thu nhập ${amount} đồng/người/tháng`,
    provisional: 'Bộ quy tắc tạm thời: danh mục chỉ số và ngưỡng chưa biết đầy đủ; kết quả chỉ để tham khảo.',
    lineAmount: (amount) => `${amount} đồng`,
    deprivationSummary: (count, total, unknown, cut) =>
      `Thiếu hụt ${count}/${total} chỉ số${unknown > 0 ? `, ${unknown} chỉ số chưa rõ` : ''} (ngưỡng: từ ${cut} chỉ số trở lên).`,
    basis: 'Căn cứ',
    indicators: 'Các chỉ số',
    evidenceData: 'Dữ liệu chứng cứ',
    dimension: 'Chiều',
    note: 'Ghi chú cho người kiểm tra',
    auditToggle: 'Hiện ghi chú cho người kiểm tra (nguồn, giả định; không dành cho hộ gia đình)',
    confidence: { A: 'độ tin cậy A', B: 'độ tin cậy B', C: 'độ tin cậy C' },
    explanation: 'Diễn giải đầy đủ',
    ruleSetHeading: 'Bộ quy tắc đã dùng',
    version: 'Phiên bản',
    fingerprint: 'Dấu vân tay (SHA-256)',
    effective: 'Hiệu lực',
    to: 'đến',
    ruleCard: 'Xem thẻ quy tắc',
    share: 'Chia sẻ trường hợp này',
    shareHint: 'Liên kết chứa toàn bộ dữ liệu đã nhập; mở lại sẽ cho đúng kết quả này.',
    copy: 'Sao chép liên kết',
    copied: 'Đã sao chép.',
    badLink: 'Không đọc được trường hợp trong liên kết; đã mở biểu mẫu trống.',
    examples: 'Ví dụ',
    examplePoor: 'Hộ nghèo',
    exampleNearPoor: 'Hộ cận nghèo',
    exampleUndetermined: 'Hộ chưa xác định',
    reset: 'Xoá hết',
  },
  en: {
    title: 'Try the multidimensional poverty standard on a household',
    intro:
      'Enter one household to see how the library classifies it and which provisions it rests on. Everything runs in your browser; no data is sent anywhere.',
    skip: 'Skip to the result',
    lang: 'Language',
    footer: 'chuan-ngheo — results are for reference; the official legal texts prevail.',
    formHeading: 'The household',
    standard: 'Standard',
    byRuleSet: 'Choose a rule set',
    byDate: 'By review date',
    ruleSet: 'Rule set',
    date: 'Review date',
    dateHint: 'Written year-month-day, e.g. 2025-09-01. Uses the rule set in force on this date; the date also sets the retirement age for working age.',
    status: { 'in-force': 'in force', superseded: 'superseded', provisional: 'provisional' },
    household: 'Household',
    area: 'Area',
    rural: 'Rural',
    urban: 'Urban',
    income: 'Income',
    incomeForm: 'Income given as',
    forms: {
      perCapitaMonthly: 'Per person per month',
      householdMonthly: 'Whole household per month',
      householdAnnual: 'Whole household over 12 months',
      score: 'Review income score (score A/B1, form B)',
    },
    amount: 'Amount (VND)',
    scoreAmount: 'Score',
    amountHint: 'VND, digits only: 1500000 for 1,500,000 dong (no thousands separators).',
    scoreHint: 'Score A/B1 from the review form (a non-negative number).',
    deprivations: 'Deprivation indicators',
    inputMode: 'Enter',
    modeAnswers: (n) => `The ${n} answers as on the review form`,
    modeFacts: 'Members and dwelling facts',
    answerOnly: (list) =>
      `This rule set does not encode the thresholds of these indicators yet, so only a review-form answer can decide them (here they stay unknown): ${list}.`,
    size: 'Household size',
    answer: { deprived: 'Deprived', 'not-deprived': 'Not deprived', unknown: 'Unknown' },
    members: 'Members',
    member: (n) => `Member ${n}`,
    addMember: 'Add a member',
    removeMember: (n) => `Remove member ${n}`,
    yes: 'Yes',
    no: 'No',
    unknown: 'Unknown',
    fields: {
      age: 'Age (completed years)',
      ageMonths: 'Months since last birthday (0–11)',
      sex: 'Sex',
      employment: 'Employment',
      labourContract: 'Has a labour contract (wage workers)',
      healthInsurance: 'Has health insurance',
      inEducationOrTraining: 'In education or training',
      educationLevel: 'Highest education completed',
      schoolAttendance: 'School attendance (children)',
      stunted: 'Stunted (low height-for-age)',
      underweight: 'Underweight (low weight-for-age)',
      dependant: 'Is a dependant (Unknown: the library default)',
      monthlySocialAllowance: 'Receives a monthly social allowance',
      usesInternet: 'Uses internet services',
      birthYear: 'Year of birth',
      untreatedIllness: 'Ill in the last 12 months and sought no treatment',
      phoneSubscription: 'Has a telephone subscription (mobile or fixed)',
      hygienicWater: 'Has a hygienic domestic water source',
      durability: 'Dwelling type',
      floorArea: 'Floor area (m²)',
      safeWater: 'Has a safe domestic water source',
      hygienicLatrine: 'Uses a hygienic latrine',
      informationMeans: 'Means of access to information',
      hearsLoudspeaker: 'Can hear the commune/village loudspeaker',
    },
    values: {
      sex: { male: 'Male', female: 'Female' },
      employment: {
        'wage-worker': 'Works for wages',
        'self-employed': 'Self-employed / family worker',
        unemployed: 'Unemployed',
        'not-in-labour-force': 'Not in the labour force (studying, retired…)',
      },
      educationLevel: {
        none: 'Did not complete primary',
        primary: 'Primary',
        'lower-secondary': 'Lower secondary',
        'upper-secondary': 'Upper secondary',
        vocational: 'Vocational qualification',
        tertiary: 'University',
      },
      schoolAttendance: {
        'appropriate-level': 'Attends the appropriate level',
        'below-level': 'Attends a lower level',
        'not-attending': 'Does not attend',
      },
      durability: { permanent: 'Permanent', 'semi-permanent': 'Semi-permanent', 'less-permanent': 'Less-permanent', simple: 'Simple (makeshift)' },
      informationMeans: {
        television: 'Television',
        radio: 'Radio',
        computer: 'Computer',
        smartphone: 'Smartphone',
        tablet: 'Tablet',
        'feature-phone': 'Basic mobile phone',
      },
    },
    infoUnknown: 'Unknown',
    infoKnown: 'Stated (an unticked box means the household does not have it)',
    dwelling: 'Dwelling and amenities',
    result: 'Result',
    category: {
      poor: 'Poor household',
      'near-poor': 'Near-poor household',
      average: 'Household of average living standard',
      'above-average': 'Above the average living standard (none of the categories)',
      undetermined: 'Undetermined',
    },
    possible: 'Could be',
    or: 'or',
    enterIncome: 'Enter the income to see the result.',
    invalid: 'The input is not valid — see the message next to each field.',
    incomeHeading: 'Income against the lines',
    perCapita: (value, period) => `Per person: VND ${value} per ${period}`,
    approx: 'about ',
    outcome: { 'at-or-below': 'at or below this line', above: 'above this line', unknown: 'not known (a review score is compared with one threshold only)' },
    scoreLine: (value, threshold, line, outcome) => `Score ${value}, threshold ${threshold} (standing for the ${line}): ${outcome}`,
    lowIncomeWorker: 'Low-income worker',
    eligible: { true: 'eligible', false: 'not eligible', null: 'undetermined' },
    ceiling: (amount) => `income ceiling VND ${amount} per person per month`,
    provisional: 'Provisional rule set: its indicator list and thresholds are not fully known; the result is for reference only.',
    lineAmount: (amount) => `VND ${amount}`,
    deprivationSummary: (count, total, unknown, cut) =>
      `Deprived on ${count} of ${total} indicators${unknown > 0 ? `, ${unknown} unknown` : ''} (cut: ${cut} or more).`,
    basis: 'Legal basis',
    indicators: 'Indicators',
    evidenceData: 'Evidence data',
    dimension: 'Dimension',
    note: 'Note for the auditor',
    auditToggle: 'Show the notes for auditors (sources, assumptions; not for the household)',
    confidence: { A: 'confidence A', B: 'confidence B', C: 'confidence C' },
    explanation: 'Full explanation',
    ruleSetHeading: 'Rule set used',
    version: 'Version',
    fingerprint: 'Fingerprint (SHA-256)',
    effective: 'In effect',
    to: 'to',
    ruleCard: 'Open the rule card',
    share: 'Share this case',
    shareHint: 'The link holds everything entered; opening it gives this same result.',
    copy: 'Copy link',
    copied: 'Copied.',
    badLink: 'The case in the link could not be read; an empty form was opened.',
    examples: 'Examples',
    examplePoor: 'Poor household',
    exampleNearPoor: 'Near-poor household',
    exampleUndetermined: 'Undetermined household',
    reset: 'Clear all',
  },
};

// Words of the verdict bar, the print sheet and member-named errors (apart from T, see above).
const T_VIEW = {
  vi: {
    sections: 'Trên trang này',
    toForm: 'Thông tin hộ',
    toResult: 'Kết quả chi tiết',
    toIndicators: 'Các chỉ số',
    toExplanation: 'Diễn giải',
    print: 'In một trang A4',
    printTitle: 'Kết quả phân loại hộ theo chuẩn nghèo đa chiều',
    printed: (when) => `In ngày ${when} từ trang thử của chuan-ngheo. Kết quả để hỗ trợ rà soát; căn cứ pháp lý là văn bản chính thức.`,
    household: 'Thông tin hộ',
    indicator: 'Chỉ số',
    status: 'Tình trạng',
    basis: 'Căn cứ (đánh giá theo)',
    citation: 'Trích dẫn',
    read: (amount) => `Đã đọc: ${amount} đồng.`,
    members: (n) => `${n} thành viên (nhập theo từng người)`,
    answers: 'Theo câu trả lời trên phiếu rà soát',
    noResult: 'Chưa có kết quả.',
    memberField: {
      age: 'tuổi',
      ageMonths: 'số tháng tuổi lẻ',
      birthYear: 'năm sinh',
      sex: 'giới tính',
      employment: 'việc làm',
      labourContract: 'hợp đồng lao động',
      healthInsurance: 'bảo hiểm y tế',
      inEducationOrTraining: 'đi học hoặc đào tạo',
      educationLevel: 'trình độ giáo dục',
      schoolAttendance: 'tình trạng đi học',
      stunted: 'suy dinh dưỡng thấp còi',
      underweight: 'suy dinh dưỡng nhẹ cân',
      dependant: 'người phụ thuộc',
      monthlySocialAllowance: 'trợ cấp xã hội hằng tháng',
      usesInternet: 'sử dụng internet',
      untreatedIllness: 'ốm đau không đi khám chữa bệnh',
      phoneSubscription: 'thuê bao điện thoại',
      id: 'mã thành viên',
    },
  },
  en: {
    sections: 'On this page',
    toForm: 'The household',
    toResult: 'Full result',
    toIndicators: 'Indicators',
    toExplanation: 'Explanation',
    print: 'Print (one A4 page)',
    printTitle: 'Household classification under the multidimensional poverty standard',
    printed: (when) => `Printed on ${when} from the chuan-ngheo playground. For the review's support; the official legal texts prevail.`,
    household: 'The household',
    indicator: 'Indicator',
    status: 'Status',
    basis: 'Basis (assessed by)',
    citation: 'Citation',
    read: (amount) => `Read as: VND ${amount}.`,
    members: (n) => `${n} member(s) (entered one by one)`,
    answers: 'As answered on the review form',
    noResult: 'No result yet.',
    memberField: {
      age: 'age',
      ageMonths: 'months since the last birthday',
      birthYear: 'year of birth',
      sex: 'sex',
      employment: 'employment',
      labourContract: 'labour contract',
      healthInsurance: 'health insurance',
      inEducationOrTraining: 'in education or training',
      educationLevel: 'education',
      schoolAttendance: 'school attendance',
      stunted: 'stunting',
      underweight: 'underweight',
      dependant: 'dependant',
      monthlySocialAllowance: 'monthly social allowance',
      usesInternet: 'internet use',
      untreatedIllness: 'untreated illness',
      phoneSubscription: 'telephone subscription',
      id: 'member id',
    },
  },
};

// Every member and dwelling fact the page knows how to ask for, in form order. Only the facts
// the chosen rule set's indicator tests read are shown (and sent): see factsUsed().
const MEMBER_FIELDS = [
  ['age', 'int'],
  ['ageMonths', 'int'],
  ['birthYear', 'int'],
  ['sex', 'enum'],
  ['employment', 'enum'],
  ['labourContract', 'bool'],
  ['healthInsurance', 'bool'],
  ['inEducationOrTraining', 'bool'],
  ['educationLevel', 'enum'],
  ['schoolAttendance', 'enum'],
  ['stunted', 'bool'],
  ['underweight', 'bool'],
  ['dependant', 'bool'],
  ['monthlySocialAllowance', 'bool'],
  ['usesInternet', 'bool'],
  ['untreatedIllness', 'bool'],
  ['phoneSubscription', 'bool'],
];
const DWELLING_FIELDS = [
  ['durability', 'enum'],
  ['floorArea', 'amount'],
  ['safeWater', 'bool'],
  ['hygienicWater', 'bool'],
  ['hygienicLatrine', 'bool'],
  ['hearsLoudspeaker', 'bool'],
];
const INFORMATION_MEANS = ['television', 'radio', 'computer', 'smartphone', 'tablet', 'feature-phone'];
const INCOME_FORMS = ['perCapitaMonthly', 'householdMonthly', 'householdAnnual', 'score'];
const ANSWERS = ['deprived', 'not-deprived', 'unknown'];

// ---------------------------------------------------------------------------------------------
// Library capabilities (feature-detected, so the page works with older and newer builds)
// ---------------------------------------------------------------------------------------------
const RULE_SETS = listRuleSets();
const DEFAULT_RULE_SET = (RULE_SETS.find((r) => r.id === 'vn-2022-2025') ?? RULE_SETS.find((r) => r.status === 'in-force') ?? RULE_SETS[0]).id;

/**
 * Whether a rule set accepts the review score (`income: { score }`). Feature-detected by
 * trying: older builds refuse the key, and rule sets without score thresholds refuse the score.
 */
const scoreCache = new Map();
function scoreSupported(ruleSet) {
  if (!scoreCache.has(ruleSet.id)) {
    let supported;
    try {
      classify({ area: 'rural', size: 1, income: { score: 0 } }, { ruleSet: ruleSet.id, allowProvisional: true });
      supported = true;
    } catch (error) {
      supported =
        !(error instanceof ValidationError) ||
        !error.issues.some((issue) => issue.path[0] === 'income' && ['unrecognized_keys', 'score_not_supported', 'income_form'].includes(issue.code));
    }
    scoreCache.set(ruleSet.id, supported);
  }
  return scoreCache.get(ruleSet.id);
}

function ruleSetById(id) {
  return RULE_SETS.find((r) => r.id === id);
}

/** The rule set in effect on a date (the library's own choice when it is given only the date). */
function ruleSetForDate(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  return RULE_SETS.find((r) => r.effective.from <= date && date <= r.effective.to);
}

/** The member and dwelling facts a rule set's indicator tests read (so the form asks only for those). */
const factsCache = new Map();
function factsUsed(ruleSet) {
  if (factsCache.has(ruleSet.id)) return factsCache.get(ruleSet.id);
  const member = new Set(['age']);
  const dwelling = new Set();
  const walkMember = (condition) => {
    if (condition === null || typeof condition !== 'object') return;
    if (typeof condition.fact === 'string') member.add(condition.fact);
    if ('workingAge' in condition) {
      member.add('sex');
      member.add('ageMonths');
    }
    if ('bornFrom' in condition) member.add('birthYear');
    if (condition.ifUnknown) walkMember(condition.ifUnknown);
    for (const sub of [...(condition.all ?? []), ...(condition.any ?? [])]) walkMember(sub);
  };
  const walkDwelling = (condition) => {
    if (condition === null || typeof condition !== 'object') return;
    if (typeof condition.fact === 'string') dwelling.add(condition.fact);
    for (const sub of [...(condition.all ?? []), ...(condition.any ?? [])]) walkDwelling(sub);
  };
  for (const indicator of ruleSet.indicators) {
    const test = indicator.test;
    if (test.kind === 'dwelling') walkDwelling(test.where);
    else if (test.kind === 'per-member-below') dwelling.add(test.fact);
    else walkMember(test.where);
  }
  const used = { member, dwelling };
  factsCache.set(ruleSet.id, used);
  return used;
}

// ---------------------------------------------------------------------------------------------
// State: everything the form holds, as typed (strings), so a shared link reopens identically
// ---------------------------------------------------------------------------------------------
function emptyMember() {
  return {};
}

function defaultState() {
  return {
    v: 1,
    lang: 'vi',
    std: { mode: 'ruleSet', ruleSet: DEFAULT_RULE_SET, date: '' },
    area: 'rural',
    income: { form: 'perCapitaMonthly', amount: '' },
    mode: 'answers',
    size: '',
    answers: {},
    members: [emptyMember()],
    dwelling: { infoKnown: false, informationMeans: [] },
  };
}

const str = (value, fallback = '') => (typeof value === 'string' ? value.slice(0, 200) : fallback);
const oneOf = (value, allowed, fallback) => (allowed.includes(value) ? value : fallback);

/** Reads a state from untrusted JSON (a shared link): keeps only known fields of known types. */
function sanitizeState(raw) {
  const base = defaultState();
  if (raw === null || typeof raw !== 'object' || raw.v !== 1) throw new Error('not a case');
  const std = raw.std && typeof raw.std === 'object' ? raw.std : {};
  const income = raw.income && typeof raw.income === 'object' ? raw.income : {};
  const answers = {};
  if (raw.answers && typeof raw.answers === 'object') {
    for (const [key, value] of Object.entries(raw.answers)) if (typeof key === 'string' && ANSWERS.includes(value)) answers[key.slice(0, 60)] = value;
  }
  const members = Array.isArray(raw.members)
    ? raw.members.slice(0, 200).map((member) => {
        const out = {};
        if (member && typeof member === 'object')
          for (const [field] of MEMBER_FIELDS) if (typeof member[field] === 'string' && member[field] !== '') out[field] = str(member[field]);
        return out;
      })
    : base.members;
  const dwellingRaw = raw.dwelling && typeof raw.dwelling === 'object' ? raw.dwelling : {};
  const dwelling = { infoKnown: dwellingRaw.infoKnown === true, informationMeans: [] };
  for (const [field] of DWELLING_FIELDS) if (typeof dwellingRaw[field] === 'string' && dwellingRaw[field] !== '') dwelling[field] = str(dwellingRaw[field]);
  if (Array.isArray(dwellingRaw.informationMeans)) dwelling.informationMeans = INFORMATION_MEANS.filter((m) => dwellingRaw.informationMeans.includes(m));
  return {
    v: 1,
    lang: oneOf(raw.lang, ['vi', 'en'], 'vi'),
    std: {
      mode: oneOf(std.mode, ['ruleSet', 'date'], 'ruleSet'),
      ruleSet: str(std.ruleSet, base.std.ruleSet),
      date: str(std.date),
    },
    area: oneOf(raw.area, ['rural', 'urban'], 'rural'),
    income: { form: oneOf(income.form, INCOME_FORMS, 'perCapitaMonthly'), amount: str(income.amount) },
    mode: oneOf(raw.mode, ['answers', 'facts'], 'answers'),
    size: str(raw.size),
    answers,
    members,
    dwelling,
  };
}

function toBase64Url(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The case as a URL hash: `#case=` + base64url(JSON). Empty answers and facts are left out. */
function encodeState(state) {
  const compact = { ...state, answers: {}, members: state.members.map((m) => ({ ...m })) };
  for (const [id, value] of Object.entries(state.answers)) if (value !== 'unknown') compact.answers[id] = value;
  return `#case=${toBase64Url(JSON.stringify(compact))}`;
}

function decodeHash(hash) {
  const match = /^#case=([A-Za-z0-9_-]+)$/.exec(hash);
  if (match === null) return null;
  return sanitizeState(JSON.parse(fromBase64Url(match[1])));
}

// ---------------------------------------------------------------------------------------------
// From the form to the library's input
// ---------------------------------------------------------------------------------------------
/** Integer-looking text becomes a number; other text is passed on so the library reports it. */
function numberOrText(text) {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function boolOf(text) {
  return text === 'yes' ? true : text === 'no' ? false : undefined;
}

function activeRuleSet(state) {
  if (state.std.mode === 'date') return state.std.date === '' ? undefined : ruleSetForDate(state.std.date);
  return ruleSetById(state.std.ruleSet);
}

/** The rule set whose indicators and facts the form shows (the default while none is chosen). */
function formRuleSet(state) {
  return activeRuleSet(state) ?? ruleSetById(DEFAULT_RULE_SET);
}

function buildInput(state) {
  const household = { area: state.area };
  const amount = state.income.amount.trim();
  household.income = amount === '' ? {} : { [state.income.form]: state.income.form === 'score' ? numberOrText(amount) : amount };
  const ruleSet = activeRuleSet(state);
  if (state.mode === 'answers') {
    if (state.size.trim() !== '') household.size = numberOrText(state.size);
    const deprivations = {};
    for (const indicator of ruleSet?.indicators ?? []) {
      const answer = state.answers[indicator.id] ?? 'unknown';
      deprivations[indicator.id] = answer === 'deprived' ? true : answer === 'not-deprived' ? false : null;
    }
    household.deprivations = deprivations;
  } else {
    const used = factsUsed(formRuleSet(state));
    household.members = state.members.map((member) => {
      const out = {};
      for (const [field, kind] of MEMBER_FIELDS) {
        if (!used.member.has(field)) continue;
        const text = member[field];
        if (text === undefined || text.trim() === '') continue;
        out[field] = kind === 'int' ? numberOrText(text) : kind === 'bool' ? boolOf(text) : text;
        if (out[field] === undefined) delete out[field];
      }
      return out;
    });
    const dwelling = {};
    for (const [field, kind] of DWELLING_FIELDS) {
      if (!used.dwelling.has(field)) continue;
      const text = state.dwelling[field];
      if (text === undefined || text.trim() === '') continue;
      dwelling[field] = kind === 'bool' ? boolOf(text) : kind === 'amount' ? text.trim() : text;
      if (dwelling[field] === undefined) delete dwelling[field];
    }
    if (state.dwelling.infoKnown && used.dwelling.has('informationMeans')) dwelling.informationMeans = [...state.dwelling.informationMeans];
    household.dwelling = dwelling;
  }
  // Provisional rule sets are allowed here: the result then says so (see renderResult).
  // By date, the library chooses the rule set itself (and reports a date it has none for).
  const options = { allowProvisional: true };
  if (state.std.mode === 'date') options.date = state.std.date;
  else options.ruleSet = state.std.ruleSet;
  return { household, options, ruleSet };
}

/** Runs the library. Returns { result } or { issues } (ValidationError) or { hint }. */
function run(state) {
  const { household, options, ruleSet } = buildInput(state);
  if (state.std.mode === 'date' && state.std.date === '') {
    return { issues: [{ path: ['date'], code: 'date_required', message: 'choose the review date' }], household };
  }
  try {
    return { result: classify(household, options), household, ruleSet };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    let issues = error.issues;
    const emptyIncome = state.income.amount.trim() === '';
    // An empty form is the starting state, not a mistake: ask for the income instead of
    // flagging the two fields every new case starts without (income, household size).
    if (emptyIncome) issues = issues.filter((issue) => !(issue.code === 'income_form' && issue.path[0] === 'income') && issue.code !== 'size_required');
    if (issues.length === 0) return { hint: true, household };
    return { issues, household };
  }
}

// ---------------------------------------------------------------------------------------------
// Validation messages: placed by path, translated to Vietnamese for the common codes
// ---------------------------------------------------------------------------------------------
function valueAt(root, path) {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = value[part];
  }
  return value;
}

function boundOf(message) {
  const match = /([<>]=?)\s*(-?\d+(?:\.\d+)?)/.exec(message);
  return match === null ? null : { op: match[1], n: match[2] };
}

function translateIssue(issue, lang, household, options) {
  const raw = issue.path[0] === 'date' ? options?.date : valueAt(household, issue.path);
  const text = typeof raw === 'string' ? raw : raw === undefined ? '' : String(raw);
  if (lang === 'en') {
    if (issue.code === 'date_required') return 'Choose the review date.';
    const message = issue.message;
    return message.charAt(0).toUpperCase() + message.slice(1) + (/[.!?]$/.test(message) ? '' : '.');
  }
  const last = issue.path[issue.path.length - 1];
  const isAmount = issue.path[0] === 'income' || last === 'floorArea';
  switch (issue.code) {
    case 'invalid_amount': {
      if (/^\d{1,3}(?:[.,  \u00a0]\d{3})+(?:[.,]\d+)?$/.test(text.trim())) {
        return `"${text}" có dấu phân cách hàng nghìn; hãy viết liền "${text.replace(/[.,  \u00a0](?=\d{3}(?:\D|$))/g, '')}".`;
      }
      if (text.trim().startsWith('-')) return 'Không được là số âm.';
      if (text === '') return 'Hãy nhập một số.';
      return `"${text}" không phải là số hợp lệ; hãy viết số liền, ví dụ 1500000 hoặc 1500000.5 (dấu chấm là dấu thập phân).`;
    }
    case 'ambiguous_amount': {
      const fixed = text.replace(/\./g, '');
      return `"${text}" dễ hiểu nhầm: ở đây dấu chấm là dấu thập phân. Nếu là ${fixed}${issue.path[0] === 'income' ? ' đồng' : ''}, hãy viết "${fixed}".`;
    }
    case 'income_form':
      return 'Hãy nhập thu nhập theo đúng một cách: bình quân đầu người/tháng, cả hộ/tháng hoặc cả hộ trong 12 tháng.';
    case 'size_required':
      return 'Hãy nhập số nhân khẩu (số nguyên từ 1 trở lên) hoặc thêm thành viên.';
    case 'size_mismatch':
      return 'Số nhân khẩu không khớp với số thành viên đã nhập.';
    case 'invalid_date':
      return 'Ngày phải là một ngày có thật, viết theo dạng NNNN-TT-NN, ví dụ 2025-09-01.';
    case 'date_required':
      return 'Hãy chọn ngày rà soát.';
    case 'no_rule_set_for_date':
      return `Không có bộ quy tắc nào có hiệu lực vào ngày ${text || '…'} (các bộ quy tắc có sẵn: ${RULE_SETS.map((r) => `${r.id}: ${r.effective.from} đến ${r.effective.to}`).join('; ')}).`;
    case 'provisional_rule_set':
      return 'Bộ quy tắc này là tạm thời (danh mục chỉ số và ngưỡng chưa biết đầy đủ).';
    case 'score_not_supported':
      return 'Bộ quy tắc này không có ngưỡng điểm rà soát; hãy nhập thu nhập bằng tiền.';
    case 'date_outside_rule_set':
      return 'Ngày rà soát nằm ngoài thời gian hiệu lực của bộ quy tắc.';
    case 'unknown_rule_set':
      return 'Không có bộ quy tắc này.';
    case 'unrecognized_keys':
      return `Trường "${String(last)}" không được hỗ trợ.`;
    case 'too_small': {
      if (last === 'members') return 'Cần ít nhất một thành viên.';
      const bound = boundOf(issue.message);
      return bound === null ? 'Giá trị quá nhỏ.' : `Phải ${bound.op === '>' ? 'lớn hơn' : 'từ'} ${bound.n}${bound.op === '>' ? '' : ' trở lên'}.`;
    }
    case 'too_big': {
      const bound = boundOf(issue.message);
      return bound === null ? 'Giá trị quá lớn.' : `Không được ${bound.op === '<' ? 'từ' : 'lớn hơn'} ${bound.n}${bound.op === '<' ? ' trở lên' : ''}.`;
    }
    case 'invalid_type':
      if (['age', 'ageMonths', 'size'].includes(String(last))) return `"${text}" không phải là số nguyên.`;
      if (isAmount) return `"${text}" không phải là số hợp lệ.`;
      return 'Kiểu dữ liệu không đúng.';
    case 'invalid_value':
      return 'Giá trị không hợp lệ.';
    default:
      // Codes without a translation yet: the library's English message, marked as such.
      return `${issue.message} (tiếng Anh)`;
  }
}

/** The error slot for an issue path: the most specific field that has one, else the form. */
function errorSlotFor(path, state) {
  const [head, second, third] = path;
  const candidates = [];
  if (head === 'members' && typeof second === 'number') {
    if (third !== undefined) candidates.push(`m-${second}-${third}`);
    candidates.push(`m-${second}`);
  }
  if (head === 'members') candidates.push('members');
  if (head === 'dwelling' && second !== undefined) candidates.push(`d-${second}`);
  if (head === 'dwelling') candidates.push('dwelling');
  if (head === 'deprivations' && second !== undefined) candidates.push(`ans-${second}`);
  if (head === 'income') candidates.push('income');
  if (head === 'size') candidates.push(state.mode === 'facts' ? 'members' : 'size');
  if (head === 'area') candidates.push('area');
  if (head === 'date') candidates.push(state.std.mode === 'date' ? 'date' : 'ruleset');
  if (head === 'ruleSet') candidates.push(state.std.mode === 'date' ? 'date' : 'ruleset');
  candidates.push('form');
  for (const key of candidates) if (document.getElementById(`err-${key}`)) return key;
  return 'form';
}

// ---------------------------------------------------------------------------------------------
// DOM helpers (text only: values from a link are never parsed as HTML)
// ---------------------------------------------------------------------------------------------
function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = value;
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (value === true) element.setAttribute(key, '');
    else element.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

function errorSlot(key) {
  return h('p', { class: 'field-error', id: `err-${key}`, hidden: true });
}

/** A labelled control with its error slot; `describedBy` links hint and error for screen readers. */
function field(id, label, control, { hint, errorKey = id, wide = false } = {}) {
  const describedBy = [hint ? `hint-${id}` : null, `err-${errorKey}`].filter(Boolean).join(' ');
  control.setAttribute('aria-describedby', describedBy);
  return h(
    'div',
    { class: `field${wide ? ' wide' : ''}`, 'data-error-key': errorKey },
    h('label', { for: id, text: label }),
    control,
    hint ? h('p', { class: 'hint', id: `hint-${id}`, text: hint }) : null,
    errorSlot(errorKey),
  );
}

function select(id, bind, value, options) {
  return h(
    'select',
    { id, 'data-bind': bind },
    options.map(([optionValue, text]) => h('option', { value: optionValue, selected: optionValue === value, text })),
  );
}

function radioGroup(name, bind, value, options, { legend, errorKey, className = 'choices', legendClass } = {}) {
  return h(
    'fieldset',
    { class: className, 'aria-describedby': errorKey ? `err-${errorKey}` : undefined, 'data-error-key': errorKey },
    h('legend', { class: legendClass, text: legend }),
    h(
      'div',
      { class: 'options' },
      options.map(([optionValue, text]) =>
        h(
          'label',
          { class: 'option' },
          h('input', { type: 'radio', name, id: `${name}-${optionValue}`, value: optionValue, 'data-bind': bind, checked: optionValue === value }),
          h('span', { text }),
        ),
      ),
    ),
    errorKey ? errorSlot(errorKey) : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Rendering the form (on structural changes only, so typing never loses focus)
// ---------------------------------------------------------------------------------------------
let state = defaultState();
let notice = '';

function t() {
  return T[state.lang];
}

function indicatorName(ruleSet, id, lang) {
  return ruleSet.messages[lang][`indicator.${id}.name`] ?? id;
}

function renderForm() {
  const L = t();
  const ruleSet = formRuleSet(state);
  const form = h('form', {
    id: 'case-form',
    class: 'panel',
    novalidate: true,
    'aria-labelledby': 'form-heading',
    onsubmit: (event) => {
      event.preventDefault();
      update();
      document.getElementById('result').focus();
    },
  });

  form.append(h('h2', { id: 'form-heading', text: L.formHeading }));
  form.append(
    h(
      'div',
      { class: 'examples' },
      h('span', { class: 'examples-label', id: 'examples-label', text: `${L.examples}:` }),
      h('button', { type: 'button', class: 'secondary', id: 'example-poor', onclick: () => loadExample('poor'), text: L.examplePoor }),
      h('button', { type: 'button', class: 'secondary', id: 'example-near-poor', onclick: () => loadExample('near-poor'), text: L.exampleNearPoor }),
      h('button', { type: 'button', class: 'secondary', id: 'example-undetermined', onclick: () => loadExample('undetermined'), text: L.exampleUndetermined }),
      h('button', { type: 'button', class: 'secondary', id: 'reset', onclick: () => loadState({ ...defaultState(), lang: state.lang }), text: L.reset }),
    ),
  );
  form.append(h('div', { class: 'form-error' }, errorSlot('form')));

  // Standard
  const std = h('fieldset', { class: 'group' }, h('legend', { text: L.standard }));
  std.append(
    radioGroup(
      'std-mode',
      'std.mode',
      state.std.mode,
      [
        ['ruleSet', L.byRuleSet],
        ['date', L.byDate],
      ],
      { legend: L.standard, legendClass: 'visually-hidden' },
    ),
  );
  if (state.std.mode === 'ruleSet') {
    std.append(
      field(
        'ruleset',
        L.ruleSet,
        select(
          'ruleset',
          'std.ruleSet',
          state.std.ruleSet,
          RULE_SETS.map((r) => [r.id, `${r.id} — ${r.messages[state.lang]['ruleSet.title'] ?? r.title[state.lang]} (${L.status[r.status] ?? r.status})`]),
        ),
        { wide: true },
      ),
    );
  } else {
    // A text field, not type=date: browsers show dates in their own locale's order
    // (09/01/2025 is 9 January to a Vietnamese reader); ISO order is unambiguous.
    std.append(
      field(
        'date',
        L.date,
        h('input', {
          type: 'text',
          id: 'date',
          placeholder: '2025-09-01',
          autocomplete: 'off',
          spellcheck: 'false',
          'data-bind': 'std.date',
          value: state.std.date,
        }),
        {
          hint: L.dateHint,
          wide: true,
        },
      ),
    );
  }
  form.append(std);

  // Household: area and income
  const household = h('fieldset', { class: 'group' }, h('legend', { text: L.household }));
  household.append(
    radioGroup(
      'area',
      'area',
      state.area,
      [
        ['rural', L.rural],
        ['urban', L.urban],
      ],
      { legend: L.area, errorKey: 'area' },
    ),
  );
  const forms = INCOME_FORMS.filter((f) => f !== 'score' || scoreSupported(ruleSet) || state.income.form === 'score');
  household.append(
    radioGroup(
      'income-form',
      'income.form',
      state.income.form,
      forms.map((f) => [f, L.forms[f]]),
      { legend: L.incomeForm, className: 'choices stacked' },
    ),
  );
  const isScore = state.income.form === 'score';
  household.append(
    field(
      'income-amount',
      isScore ? L.scoreAmount : L.amount,
      h('input', {
        type: 'text',
        id: 'income-amount',
        inputmode: 'decimal',
        autocomplete: 'off',
        spellcheck: 'false',
        'data-bind': 'income.amount',
        value: state.income.amount,
      }),
      { hint: isScore ? L.scoreHint : L.amountHint, errorKey: 'income', wide: true },
    ),
  );
  form.append(household);

  // Deprivations: answers or facts
  const deprivations = h('fieldset', { class: 'group' }, h('legend', { text: L.deprivations }));
  deprivations.append(
    radioGroup(
      'input-mode',
      'mode',
      state.mode,
      [
        ['answers', L.modeAnswers(ruleSet.indicators.length)],
        ['facts', L.modeFacts],
      ],
      { legend: L.inputMode, className: 'choices stacked' },
    ),
  );
  if (state.mode === 'answers') {
    deprivations.append(
      field('size', L.size, h('input', { type: 'text', id: 'size', inputmode: 'numeric', autocomplete: 'off', 'data-bind': 'size', value: state.size })),
    );
    let dimension = null;
    let group = null;
    for (const indicator of ruleSet.indicators) {
      if (indicator.dimension !== dimension) {
        dimension = indicator.dimension;
        group = h('div', { class: 'dimension' }, h('h3', { text: ruleSet.messages[state.lang][`dimension.${dimension}`] ?? dimension }));
        deprivations.append(group);
      }
      group.append(
        // "Không thiếu\u00a0hụt": on a phone the long label breaks before "thiếu hụt", not inside it.
        radioGroup(
          `ans-${indicator.id}`,
          `answers.${indicator.id}`,
          state.answers[indicator.id] ?? 'unknown',
          ANSWERS.map((a) => [a, L.answer[a].split(' ').length > 2 ? L.answer[a].replace(/ (\S+)$/, '\u00a0$1') : L.answer[a]]),
          {
            legend: indicatorName(ruleSet, indicator.id, state.lang),
            errorKey: `ans-${indicator.id}`,
            className: 'choices answer',
          },
        ),
      );
    }
  } else {
    // Indicators the rule set can only take as answers (no test on facts yet): say so.
    const answerOnly = ruleSet.indicators.filter((indicator) => indicator.test.kind === 'answer-only');
    if (answerOnly.length > 0) {
      deprivations.append(
        h('p', {
          class: 'notice',
          id: 'answer-only',
          text: L.answerOnly(answerOnly.map((indicator) => indicatorName(ruleSet, indicator.id, state.lang)).join(', ')),
        }),
      );
    }
    const list = h('div', { class: 'members', id: 'members' }, h('h3', { text: L.members }), errorSlot('members'));
    const used = factsUsed(ruleSet);
    state.members.forEach((member, index) => list.append(renderMember(member, index, used)));
    list.append(h('button', { type: 'button', id: 'add-member', class: 'secondary', onclick: addMember, text: `+ ${L.addMember}` }));
    deprivations.append(list);
    deprivations.append(renderDwelling(used));
  }
  form.append(deprivations);
  return form;
}

function optionsFor(field, L) {
  return [['', L.unknown], ...Object.entries(L.values[field]).map(([value, text]) => [value, text])];
}

const BOOL_OPTIONS = (L) => [
  ['', L.unknown],
  ['yes', L.yes],
  ['no', L.no],
];

function renderMember(member, index, used) {
  const L = t();
  const box = h('fieldset', { class: 'member', id: `member-${index}` }, h('legend', { text: L.member(index + 1) }), errorSlot(`m-${index}`));
  const grid = h('div', { class: 'grid' });
  for (const [name, kind] of MEMBER_FIELDS) {
    if (!used.member.has(name)) continue;
    const id = `m-${index}-${name}`;
    const bind = `members.${index}.${name}`;
    const value = member[name] ?? '';
    let control;
    if (kind === 'int') control = h('input', { type: 'text', id, inputmode: 'numeric', autocomplete: 'off', 'data-bind': bind, value });
    else if (kind === 'bool') control = select(id, bind, value, BOOL_OPTIONS(L));
    else control = select(id, bind, value, optionsFor(name, L));
    grid.append(field(id, L.fields[name], control));
  }
  box.append(grid);
  box.append(
    h('button', {
      type: 'button',
      class: 'remove',
      id: `remove-member-${index}`,
      onclick: () => removeMember(index),
      disabled: state.members.length === 1,
      text: L.removeMember(index + 1),
    }),
  );
  return box;
}

function renderDwelling(used) {
  const L = t();
  const box = h('fieldset', { class: 'member dwelling', id: 'dwelling' }, h('legend', { text: L.dwelling }), errorSlot('dwelling'));
  const grid = h('div', { class: 'grid' });
  for (const [name, kind] of DWELLING_FIELDS) {
    if (!used.dwelling.has(name)) continue;
    const id = `d-${name}`;
    const value = state.dwelling[name] ?? '';
    let control;
    if (kind === 'amount') control = h('input', { type: 'text', id, inputmode: 'decimal', autocomplete: 'off', 'data-bind': `dwelling.${name}`, value });
    else if (kind === 'bool') control = select(id, `dwelling.${name}`, value, BOOL_OPTIONS(L));
    else control = select(id, `dwelling.${name}`, value, optionsFor(name, L));
    grid.append(field(id, L.fields[name], control));
  }
  box.append(grid);
  const info = h(
    'fieldset',
    { class: 'choices means', 'aria-describedby': 'err-d-informationMeans', 'data-error-key': 'd-informationMeans' },
    h('legend', { text: L.fields.informationMeans }),
    h(
      'div',
      { class: 'options' },
      [
        ['unknown', L.infoUnknown],
        ['known', L.infoKnown],
      ].map(([value, text]) =>
        h(
          'label',
          { class: 'option' },
          h('input', {
            type: 'radio',
            name: 'info-known',
            id: `info-${value}`,
            value,
            'data-bind': 'dwelling.infoKnown',
            checked: (value === 'known') === state.dwelling.infoKnown,
          }),
          h('span', { text }),
        ),
      ),
    ),
    h(
      'div',
      { class: 'checks' },
      INFORMATION_MEANS.map((means) =>
        h(
          'label',
          { class: 'check' },
          h('input', {
            type: 'checkbox',
            id: `d-means-${means}`,
            value: means,
            'data-bind': 'dwelling.informationMeans',
            checked: state.dwelling.informationMeans.includes(means),
            disabled: !state.dwelling.infoKnown,
          }),
          h('span', { text: L.values.informationMeans[means] }),
        ),
      ),
    ),
    errorSlot('d-informationMeans'),
  );
  if (used.dwelling.has('informationMeans')) box.append(info);
  return box;
}

// ---------------------------------------------------------------------------------------------
// Rendering the result
// ---------------------------------------------------------------------------------------------
/** The evidence sentence of one indicator, as `explain` words it (its line minus name, status, citation). */
function evidenceFromExplain(line, indicator, index, lang) {
  const citation = ` [${formatCitation(indicator.citation, lang)}]`;
  let text = line;
  if (text.startsWith(`${index + 1}. `)) text = text.slice(`${index + 1}. `.length);
  const dash = text.indexOf(' — ');
  if (dash >= 0) text = text.slice(dash + 3);
  const colon = text.indexOf(': ');
  if (colon >= 0) text = text.slice(colon + 2);
  if (text.endsWith(citation)) text = text.slice(0, -citation.length);
  if (text.endsWith('.')) text = text.slice(0, -1);
  return text;
}

function formatNumber(value, lang) {
  const [int = '', frac] = String(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return frac === undefined ? grouped : `${grouped}${lang === 'vi' ? ',' : '.'}${frac}`;
}

/** Notes written for auditors are shown only when asked for ("for auditors" box): an officer shows the page to a household. */
let auditNotes = false;

function citationBlock(citation, lang, L) {
  return h(
    'div',
    { class: 'citation' },
    h(
      'p',
      { class: 'cite' },
      h('span', { class: 'cite-ref', text: formatCitation(citation, lang, { audit: auditNotes }) }),
      ' ',
      h('span', { class: `badge conf-${citation.confidence}`, text: L.confidence[citation.confidence] ?? citation.confidence }),
    ),
    h('p', { class: 'paraphrase', text: citation.paraphrase[lang] }),
    auditNotes && citation.note ? h('p', { class: 'note' }, h('strong', { text: `${L.note}: ` }), citation.note[lang]) : null,
  );
}

function auditToggle(L) {
  return h(
    'p',
    { class: 'audit-toggle' },
    h(
      'label',
      { for: 'audit-notes' },
      h('input', {
        type: 'checkbox',
        id: 'audit-notes',
        checked: auditNotes,
        onchange: (event) => {
          auditNotes = event.target.checked;
          update();
          document.getElementById('audit-notes')?.focus();
        },
      }),
      ` ${L.auditToggle}`,
    ),
  );
}

function renderResult(outcome) {
  const L = t();
  const lang = state.lang;
  const section = document.getElementById('result');
  section.replaceChildren(h('h2', { id: 'result-heading', text: L.result }));
  const verdict = h('div', { id: 'verdict', class: 'verdict', role: 'status', 'aria-live': 'polite' });
  section.append(verdict);
  if (outcome.hint) {
    verdict.dataset.category = '';
    verdict.append(h('p', { class: 'hint-box', text: L.enterIncome }));
    return;
  }
  if (outcome.issues) {
    verdict.dataset.category = 'invalid';
    verdict.append(h('p', { class: 'invalid-box', text: L.invalid }));
    // An error summary: each message, with a link that moves focus to its field.
    const list = h('ul', { class: 'issue-list', id: 'issue-list' });
    for (const item of outcome.summary ?? []) {
      const text = item.label ? `${item.label}: ${item.message}` : item.message;
      list.append(
        h(
          'li',
          {},
          item.controlId
            ? h('a', {
                href: `#${item.controlId}`,
                text,
                onclick: (event) => {
                  event.preventDefault();
                  document.getElementById(item.controlId)?.focus();
                },
              })
            : text,
        ),
      );
    }
    verdict.append(list);
    section.append(renderShare());
    return;
  }
  const result = outcome.result;
  const ruleSet = ruleSetById(result.ruleSet.id);
  verdict.dataset.category = result.category;
  verdict.classList.add(`cat-${result.category}`);
  if (result.ruleSet.status === 'provisional') verdict.append(h('p', { class: 'notice', id: 'provisional', text: L.provisional }));
  verdict.append(h('p', { class: 'category', id: 'category', text: L.category[result.category] ?? result.category }));
  if (result.category === 'undetermined') {
    verdict.append(
      h('p', {
        class: 'possible',
        id: 'possible',
        text: `${L.possible}: ${result.possibleCategories.map((c) => (L.category[c] ?? c).toLowerCase()).join(` ${L.or} `)}.`,
      }),
    );
  }
  verdict.append(
    h('p', { class: 'summary', text: L.deprivationSummary(result.deprivationCount, result.indicators.length, result.unknownCount, result.deprivationCut) }),
  );
  if (result.rule) verdict.append(h('div', { class: 'basis' }, h('h3', { text: L.basis }), citationBlock(result.rule.citation, lang, L)));
  section.append(renderShare(), auditToggle(L));

  // Income
  const income = result.income;
  const incomeBox = h('section', { class: 'block', 'aria-labelledby': 'income-heading' }, h('h3', { id: 'income-heading', text: L.incomeHeading }));
  if (income && income.form !== 'score' && typeof income.perCapita === 'string' && income.perCapita !== '') {
    incomeBox.append(
      h('p', {
        class: 'per-capita',
        id: 'per-capita',
        text: `${L.perCapita(`${income.perCapitaExact === false ? L.approx : ''}${formatNumber(income.perCapita, lang)}`, income.period)}`,
      }),
    );
  }
  if (income?.score) {
    const score = income.score;
    const lineName = ruleSet?.messages[lang][`incomeLine.${score.line}`] ?? score.line;
    incomeBox.append(
      h(
        'div',
        { class: 'line score', id: 'score' },
        h('p', {
          class: 'per-capita',
          text: L.scoreLine(formatNumber(score.value, lang), formatNumber(score.threshold, lang), lineName, L.outcome[score.outcome] ?? score.outcome),
        }),
        citationBlock(score.citation, lang, L),
      ),
    );
  }
  if (income && Array.isArray(income.comparisons)) {
    const list = h('ul', { class: 'lines' });
    for (const comparison of income.comparisons) {
      const name = ruleSet?.messages[lang][`incomeLine.${comparison.line}`] ?? comparison.line;
      list.append(
        h(
          'li',
          { class: `line ${comparison.outcome}` },
          h(
            'p',
            {},
            h('strong', { text: `${name.charAt(0).toUpperCase()}${name.slice(1)}: ` }),
            comparison.amount === undefined ? '' : L.lineAmount(formatNumber(comparison.amount, lang)),
            ' — ',
            h('span', { class: 'outcome', text: L.outcome[comparison.outcome] ?? comparison.outcome }),
          ),
          h('p', { class: 'cite-ref small', text: formatCitation(comparison.citation, lang) }),
        ),
      );
    }
    incomeBox.append(list);
  }
  if (result.lowIncomeWorker) {
    const flag = result.lowIncomeWorker;
    incomeBox.append(
      h(
        'div',
        { class: 'line', id: 'low-income-worker' },
        h(
          'p',
          {},
          h('strong', { text: `${L.lowIncomeWorker}: ` }),
          L.eligible[String(flag.eligible)] ?? String(flag.eligible),
          flag.ceiling ? ` (${L.ceiling(formatNumber(flag.ceiling, lang))})` : '',
        ),
        citationBlock(flag.citation, lang, L),
      ),
    );
  }
  section.append(incomeBox);

  // Indicators
  const explanation = explain(result, { locale: lang });
  const explainLines = explanation.split('\n');
  const indicatorsBox = h('section', { class: 'block', 'aria-labelledby': 'indicators-heading' }, h('h3', { id: 'indicators-heading', text: L.indicators }));
  const list = h('ol', { class: 'indicators', id: 'indicators' });
  result.indicators.forEach((indicator, index) => {
    const line = explainLines[index + 2] ?? '';
    const name = ruleSet ? indicatorName(ruleSet, indicator.id, lang) : indicator.id;
    const dimension = ruleSet?.messages[lang][`dimension.${indicator.dimension}`] ?? indicator.dimension;
    list.append(
      h(
        'li',
        { class: `indicator status-${indicator.status}`, id: `ind-${indicator.id}`, 'data-status': indicator.status },
        h(
          'div',
          { class: 'ind-head' },
          h('h4', { text: name }),
          h('span', { class: `status ${indicator.status}`, text: L.answer[indicator.status] ?? indicator.status }),
        ),
        h('p', { class: 'dimension-name small', text: `${L.dimension}: ${dimension}` }),
        h('p', { class: 'evidence', text: evidenceFromExplain(line, indicator, index, lang) }),
        citationBlock(indicator.citation, lang, L),
        h('details', { class: 'raw' }, h('summary', { text: L.evidenceData }), h('pre', { text: JSON.stringify(indicator.evidence, null, 2) })),
      ),
    );
  });
  indicatorsBox.append(list);
  section.append(indicatorsBox);

  // Explanation
  section.append(
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'explain-heading' },
      h('h3', { id: 'explain-heading', text: L.explanation }),
      h('div', { class: 'explanation', id: 'explanation', lang, text: explanation }),
    ),
  );

  // Rule set
  const summary = result.ruleSet;
  section.append(
    h(
      'section',
      { class: 'block', 'aria-labelledby': 'ruleset-heading' },
      h('h3', { id: 'ruleset-heading', text: L.ruleSetHeading }),
      h(
        'dl',
        { class: 'facts' },
        h('dt', { text: L.ruleSet }),
        h('dd', { id: 'ruleset-title' }, `${summary.title[lang]} (`, h('code', { text: summary.id }), ')'),
        h('dt', { text: L.version }),
        h('dd', { id: 'ruleset-version', text: summary.version }),
        h('dt', { text: L.effective }),
        h('dd', { text: `${summary.effective.from} ${L.to} ${summary.effective.to}` }),
        h('dt', { text: L.fingerprint }),
        h('dd', {}, h('code', { class: 'fingerprint', id: 'fingerprint', text: summary.fingerprint })),
      ),
      h('p', {}, h('a', { href: `../rules/${encodeURIComponent(summary.id)}.md`, id: 'rule-card', text: `${L.ruleCard}: ${summary.id}` })),
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// The verdict in view: a bar at the top on a phone (sticky, with links to the sections); on a
// desktop the result column itself stays in view (style.css). And the one-page print sheet.
// ---------------------------------------------------------------------------------------------
function isMemberIssue(issue) {
  return issue.path[0] === 'members' && typeof issue.path[1] === 'number';
}

/** "Thành viên 3: tuổi — không được lớn hơn 130." for an issue of a member's fact. */
function withMember(issue, message) {
  if (!isMemberIssue(issue)) return message;
  const V = T_VIEW[state.lang];
  const field = typeof issue.path[2] === 'string' ? (V.memberField[issue.path[2]] ?? issue.path[2]) : null;
  const text = /^["“«]/.test(message) ? message : message.charAt(0).toLowerCase() + message.slice(1);
  return `${t().member(issue.path[1] + 1)}: ${field === null ? text : `${field} — ${text}`}`;
}

function verdictWords(outcome, L) {
  if (outcome.hint) return { category: '', text: L.enterIncome };
  if (outcome.issues) return { category: 'invalid', text: L.invalid };
  const result = outcome.result;
  const possible =
    result.category === 'undetermined' ? ` ${L.possible}: ${result.possibleCategories.map((c) => (L.category[c] ?? c).toLowerCase()).join(` ${L.or} `)}.` : '';
  return {
    category: result.category,
    text: `${L.category[result.category] ?? result.category}.${possible}`,
    summary: L.deprivationSummary(result.deprivationCount, result.indicators.length, result.unknownCount, result.deprivationCut),
  };
}

function renderVerdictBar(outcome) {
  const bar = document.getElementById('verdict-bar');
  if (!bar) return;
  const L = t();
  const V = T_VIEW[state.lang];
  const words = verdictWords(outcome, L);
  const link = (href, text) =>
    h('a', {
      href,
      onclick: (event) => {
        event.preventDefault();
        const target = document.getElementById(href.slice(1));
        target?.scrollIntoView({ block: 'start' });
        target?.focus({ preventScroll: true });
      },
      text,
    });
  bar.className = `verdict-bar${words.category ? ` cat-${words.category}` : ''}`;
  bar.dataset.category = words.category;
  bar.replaceChildren(
    h('p', { class: 'bar-category', id: 'bar-category', text: words.text }),
    h('p', { class: 'bar-summary', text: words.summary ?? '', hidden: !words.summary }),
    h(
      'nav',
      { class: 'bar-links', 'aria-label': V.sections },
      link('#form-heading', V.toForm),
      link('#result', V.toResult),
      outcome.result ? link('#indicators-heading', V.toIndicators) : null,
      outcome.result ? link('#explain-heading', V.toExplanation) : null,
      h('button', { type: 'button', class: 'secondary print-button', id: 'print-bar', onclick: () => window.print(), text: V.print }),
    ),
  );
  for (const id of ['form-heading', 'indicators-heading', 'explain-heading']) document.getElementById(id)?.setAttribute('tabindex', '-1');
}

/** Under the amount: the amount as the library read it, written the officer's way ("1.500.000 đồng"). */
function renderAmountRead(outcome) {
  const field = document.getElementById('income-amount')?.closest('.field');
  if (!field) return;
  let line = document.getElementById('amount-read');
  if (!line) {
    line = h('p', { class: 'hint amount-read', id: 'amount-read', 'aria-live': 'polite' });
    field.querySelector('.hint')?.after(line);
  }
  const amount = outcome.household?.income?.[state.income.form];
  const accepted = state.income.form !== 'score' && typeof amount === 'string' && outcome.result !== undefined;
  line.textContent = accepted ? T_VIEW[state.lang].read(formatNumber(amount, state.lang)) : '';
  line.hidden = !accepted;
}

/** What the household is, in a few lines, for the print sheet (from the form as entered). */
function householdLines(outcome, L, V) {
  const lines = [];
  const ruleSet = outcome.result ? ruleSetById(outcome.result.ruleSet.id) : formRuleSet(state);
  lines.push(`${L.area}: ${state.area === 'urban' ? L.urban : L.rural}`);
  const amount = state.income.amount.trim();
  if (amount !== '')
    lines.push(
      `${L.income} (${L.forms[state.income.form].toLowerCase()}): ${state.income.form === 'score' ? amount : /^\d+(?:\.\d+)?$/.test(amount) ? `${formatNumber(amount, state.lang)} ${state.lang === 'vi' ? 'đồng' : 'VND'}` : amount}`,
    );
  if (state.mode === 'answers') {
    if (state.size.trim() !== '') lines.push(`${L.size}: ${state.size.trim()}`);
    lines.push(V.answers);
  } else lines.push(V.members(state.members.length));
  if (state.std.mode === 'date' && state.std.date) lines.push(`${L.date}: ${state.std.date}`);
  if (ruleSet)
    lines.push(
      `${L.ruleSet}: ${ruleSet.messages[state.lang]['ruleSet.title'] ?? ruleSet.title[state.lang]} (${ruleSet.id}, ${L.version.toLowerCase()} ${ruleSet.version})`,
    );
  return lines;
}

function renderPrintSheet(outcome) {
  let sheet = document.getElementById('print-sheet');
  if (!sheet) {
    sheet = h('section', { id: 'print-sheet', class: 'print-sheet' });
    document.body.append(sheet);
  }
  const L = t();
  const V = T_VIEW[state.lang];
  const words = verdictWords(outcome, L);
  const when = new Date().toISOString().slice(0, 10);
  const children = [h('h1', { text: V.printTitle }), h('p', { class: 'print-meta', text: V.printed(when) })];
  children.push(
    h('h2', { text: V.household }),
    h(
      'ul',
      { class: 'print-facts' },
      householdLines(outcome, L, V).map((line) => h('li', { text: line })),
    ),
  );
  children.push(h('h2', { text: L.result }), h('p', { class: `print-verdict cat-${words.category}`, id: 'print-verdict', text: words.text }));
  if (outcome.issues)
    children.push(
      h(
        'ul',
        {},
        (outcome.summary ?? []).map((item) => h('li', { text: item.label ? `${item.label}: ${item.message}` : item.message })),
      ),
    );
  if (outcome.result) {
    const result = outcome.result;
    const lang = state.lang;
    const ruleSet = ruleSetById(result.ruleSet.id);
    children.push(h('p', { text: words.summary }));
    if (result.income && typeof result.income.perCapita === 'string' && result.income.perCapita !== '')
      children.push(h('p', { text: L.perCapita(formatNumber(result.income.perCapita, lang), result.income.period) }));
    if (result.rule) children.push(h('p', { class: 'print-cite' }, h('strong', { text: `${L.basis}: ` }), formatCitation(result.rule.citation, lang)));
    const lines = explain(result, { locale: lang }).split('\n');
    children.push(
      h(
        'table',
        { class: 'print-indicators', id: 'print-indicators' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            [V.indicator, V.status, V.basis, V.citation].map((text) => h('th', { text })),
          ),
        ),
        h(
          'tbody',
          {},
          result.indicators.map((indicator, index) =>
            h(
              'tr',
              { 'data-status': indicator.status },
              h('td', { text: ruleSet ? indicatorName(ruleSet, indicator.id, lang) : indicator.id }),
              h('td', { class: `print-status ${indicator.status}`, text: L.answer[indicator.status] ?? indicator.status }),
              h('td', { text: evidenceFromExplain(lines[index + 2] ?? '', indicator, index, lang) }),
              h('td', { text: formatCitation(indicator.citation, lang) }),
            ),
          ),
        ),
      ),
    );
    children.push(h('p', { class: 'print-meta' }, `${L.fingerprint}: `, h('code', { text: result.ruleSet.fingerprint })));
  }
  sheet.replaceChildren(...children);
}

function renderShare() {
  const L = t();
  const url = location.href;
  let status;
  const input = h('input', { type: 'text', id: 'share-url', readonly: true, value: url, 'aria-describedby': 'share-hint' });
  const box = h(
    'section',
    { class: 'block share', 'aria-labelledby': 'share-heading' },
    h('h3', { id: 'share-heading', text: L.share }),
    h('p', { class: 'hint', id: 'share-hint', text: L.shareHint }),
    h('label', { for: 'share-url', class: 'visually-hidden', text: L.share }),
    input,
    h('button', {
      type: 'button',
      id: 'copy-link',
      onclick: async () => {
        input.select();
        try {
          await navigator.clipboard.writeText(input.value);
        } catch {
          document.execCommand?.('copy');
        }
        status.textContent = L.copied;
      },
      text: L.copy,
    }),
    (status = h('p', { class: 'small', role: 'status', id: 'copy-status' })),
  );
  return box;
}

function showIssues(outcome) {
  for (const slot of document.querySelectorAll('.field-error')) {
    slot.hidden = true;
    slot.textContent = '';
  }
  for (const control of document.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const summary = [];
  if (!outcome.issues) return summary;
  for (const issue of outcome.issues) {
    const key = errorSlotFor(issue.path, state);
    const slot = document.getElementById(`err-${key}`);
    const message = withMember(issue, translateIssue(issue, state.lang, outcome.household, { date: state.std.date }));
    const p = h('span', { class: 'issue', 'data-code': issue.code, 'data-path': issue.path.join('.') }, message);
    if (slot.textContent !== '') slot.append(h('br'));
    slot.append(p);
    slot.hidden = false;
    const wrapper = slot.closest('[data-error-key]');
    const control = wrapper?.querySelector('input, select');
    if (control) control.setAttribute('aria-invalid', 'true');
    // A member's message names the member already ("Thành viên 3: tuổi — …"): no field label before it.
    const label = isMemberIssue(issue) ? '' : (control?.labels?.[0]?.textContent ?? wrapper?.querySelector('legend')?.textContent ?? '');
    summary.push({ message, label, controlId: control?.id });
  }
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Wiring
// ---------------------------------------------------------------------------------------------
function applyLanguage() {
  const L = t();
  document.documentElement.lang = state.lang;
  document.title = `${L.title} — chuan-ngheo`;
  document.getElementById('page-title').textContent = L.title;
  document.getElementById('page-intro').textContent = L.intro;
  document.getElementById('lang-label').textContent = L.lang;
  document.getElementById('footer-text').textContent = L.footer;
  document.querySelector('.skip').textContent = L.skip;
  document.getElementById('lang').value = state.lang;
}

/** Re-renders everything; keeps keyboard focus on the element with the same id. */
function renderAll(focusId) {
  const active = focusId ?? document.activeElement?.id;
  const previous = document.getElementById(active ?? '');
  const caret = previous?.tagName === 'INPUT' && previous.type === 'text' ? [previous.selectionStart, previous.selectionEnd] : null;
  applyLanguage();
  const app = document.getElementById('app');
  const result = h('section', { id: 'result', class: 'panel result', tabindex: '-1', 'aria-labelledby': 'result-heading' });
  const aside = h('div', { class: 'side' }, result);
  const main = h('div', { class: 'main' });
  if (notice) main.append(h('p', { class: 'notice', role: 'alert', id: 'notice', text: notice }));
  main.append(h('div', { id: 'verdict-bar', class: 'verdict-bar' }));
  main.append(renderForm());
  app.replaceChildren(main, aside);
  renderedKey = structureKey();
  update();
  const next = active ? document.getElementById(active) : null;
  if (next) {
    next.focus();
    if (caret && next.type === 'text') next.setSelectionRange(caret[0], caret[1]);
  }
}

function update() {
  let outcome;
  try {
    outcome = run(state);
  } catch (error) {
    outcome = { issues: [{ path: [], code: 'internal', message: String(error?.message ?? error) }], household: {} };
  }
  outcome.summary = showIssues(outcome);
  renderResult(outcome);
  renderVerdictBar(outcome);
  renderPrintSheet(outcome);
  renderAmountRead(outcome);
  const hash = encodeState(state);
  if (location.hash !== hash) history.replaceState(null, '', hash);
  const share = document.getElementById('share-url');
  if (share) share.value = location.href;
}

function setByPath(path, value) {
  const parts = path.split('.');
  let target = state;
  for (let i = 0; i < parts.length - 1; i++) {
    const key = /^\d+$/.test(parts[i]) ? Number(parts[i]) : parts[i];
    target = target[key];
  }
  const last = parts[parts.length - 1];
  if (value === '' && (parts[0] === 'members' || parts[0] === 'dwelling')) delete target[last];
  else target[last] = value;
}

/** What the form's structure depends on: when it changes, the form is rebuilt (else only values). */
function structureKey() {
  const ruleSet = formRuleSet(state);
  return JSON.stringify([state.lang, state.std.mode, ruleSet.id, state.mode, state.income.form, state.dwelling.infoKnown, state.members.length]);
}
let renderedKey = '';

function onInput(event) {
  const control = event.target;
  const bind = control.dataset?.bind;
  if (!bind) return;
  // Text fields update on every keystroke; choices (radios, boxes, lists, dates) on `change`.
  const typed = control.tagName === 'INPUT' && control.type === 'text';
  if (typed !== (event.type === 'input')) return;
  if (control.type === 'radio' && !control.checked) return;
  if (bind === 'dwelling.informationMeans') {
    const set = new Set(state.dwelling.informationMeans);
    if (control.checked) set.add(control.value);
    else set.delete(control.value);
    state.dwelling.informationMeans = INFORMATION_MEANS.filter((m) => set.has(m));
  } else if (bind === 'dwelling.infoKnown') {
    state.dwelling.infoKnown = control.value === 'known';
  } else {
    setByPath(bind, control.value);
  }
  if (structureKey() !== renderedKey) renderAll(control.id);
  else update();
}

function addMember() {
  state.members.push(emptyMember());
  renderAll(`m-${state.members.length - 1}-age`);
}

function removeMember(index) {
  state.members.splice(index, 1);
  renderAll(state.members.length > 0 ? `remove-member-${Math.max(0, index - 1)}` : 'add-member');
  if (state.members.length === 1) document.getElementById('add-member')?.focus();
}

function loadState(next, focusId) {
  state = next;
  notice = '';
  renderAll(focusId);
}

const EXAMPLES = {
  poor: () => ({
    ...defaultState(),
    income: { form: 'householdMonthly', amount: '4800000' },
    size: '4',
    answers: { employment: 'deprived', 'health-insurance': 'deprived', water: 'deprived', sanitation: 'deprived' },
  }),
  'near-poor': () => ({
    ...defaultState(),
    area: 'urban',
    income: { form: 'perCapitaMonthly', amount: '1900000' },
    mode: 'facts',
    members: [
      { age: '42', sex: 'male', employment: 'self-employed', healthInsurance: 'yes', educationLevel: 'lower-secondary', usesInternet: 'yes' },
      {
        age: '39',
        sex: 'female',
        employment: 'wage-worker',
        labourContract: 'no',
        healthInsurance: 'yes',
        educationLevel: 'upper-secondary',
        usesInternet: 'yes',
      },
      { age: '10', healthInsurance: 'yes', schoolAttendance: 'appropriate-level', stunted: 'no', underweight: 'no' },
    ],
    dwelling: {
      durability: 'semi-permanent',
      floorArea: '36',
      safeWater: 'yes',
      hygienicLatrine: 'yes',
      infoKnown: true,
      informationMeans: ['television', 'smartphone'],
      hearsLoudspeaker: 'yes',
    },
  }),
  undetermined: () => ({
    ...defaultState(),
    income: { form: 'householdAnnual', amount: '50400000' },
    size: '3',
    answers: { 'health-insurance': 'deprived', 'housing-area': 'deprived', water: 'not-deprived' },
  }),
};

function loadExample(name) {
  loadState({ ...EXAMPLES[name](), lang: state.lang }, `example-${name}`);
}

function readHash() {
  if (location.hash === '' || location.hash === '#') return false;
  try {
    const next = decodeHash(location.hash);
    if (next === null) return false;
    state = next;
    notice = '';
    return true;
  } catch {
    state = defaultState();
    notice = T.vi.badLink + ' / ' + T.en.badLink;
    return true;
  }
}

function start() {
  readHash();
  const app = document.getElementById('app');
  app.addEventListener('input', onInput);
  app.addEventListener('change', onInput);
  document.getElementById('lang').addEventListener('change', (event) => {
    state.lang = event.target.value === 'en' ? 'en' : 'vi';
    renderAll('lang');
  });
  // The skip link moves focus without touching the URL hash (which holds the case).
  document.querySelector('.skip').addEventListener('click', (event) => {
    event.preventDefault();
    document.getElementById('result')?.focus();
  });
  window.addEventListener('hashchange', () => {
    if (location.hash === encodeState(state)) return;
    readHash();
    renderAll();
  });
  renderAll();
  document.body.dataset.ready = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
