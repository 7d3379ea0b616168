// The commune review page: a commune's review file (CSV or XLSX), last year's list and the
// resident totals in; the columns as understood, the rows with errors, the classified list, the
// village and commune report tables and charts, and the workbooks to download out.
//
// Everything that reads, classifies or counts runs in a Web Worker (worker.js) with the
// library's functions; this file only shows what the worker sends and passes on the officer's
// choices. Nothing is sent anywhere: the page makes no network request (see the CSP in
// index.html), and the files never leave the browser.
import workerSource from 'virtual:xa-worker';
import { barChart } from './charts.js';

/** Words for searching and matching what is shown (no diacritics, đ → d, lower case): display only, no reading of files. */
function words(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Words of the page (the library gives the rule set's indicator names and the transition words;
// the categories are worded as in the library's results workbook)
// ---------------------------------------------------------------------------------------------
const CATEGORY = {
  poor: 'Hộ nghèo',
  'near-poor': 'Hộ cận nghèo',
  average: 'Hộ có mức sống trung bình',
  'above-average': 'Hộ không thuộc diện nghèo, cận nghèo hay có mức sống trung bình',
  undetermined: 'Chưa xác định',
  error: 'Lỗi — chưa phân loại',
  missing: 'Không có trong tệp năm nay',
};
const PREVIOUS = { poor: 'Hộ nghèo', 'near-poor': 'Hộ cận nghèo', none: 'Không', unknown: 'Chưa rõ' };
/** Transition kinds in the order of the library's report (its `transitions` lists every kind, in order). */
const kindOrder = () => Object.keys(state.done.review.transitions);
const STAGE = { read: 'Đang đọc tệp…', classify: 'Đang phân loại', report: 'Đang lập báo cáo…', write: 'Đang tạo tệp Excel' };
const FILES = {
  current: { label: 'Tệp rà soát năm nay', hint: 'Bắt buộc. Tệp Excel (.xlsx) hoặc CSV, mỗi hộ một dòng, tiêu đề như trên phiếu rà soát.' },
  previous: {
    label: 'Danh sách năm trước',
    hint: 'Không bắt buộc. Mã hộ, thôn và tình trạng đã công nhận (ví dụ cột «Phân loại năm 2024»: Hộ nghèo / Hộ cận nghèo / Không; ô trống là Không). Có thể dùng tệp kết quả năm trước của trang này.',
  },
  totals: {
    label: 'Số hộ dân cư từng thôn',
    hint: 'Không bắt buộc, nhưng cần để tính tỷ lệ: cột «Thôn», «Tổng số hộ dân cư», «Tổng số nhân khẩu»; dòng «Toàn xã» nếu có (không có thì cộng các thôn).',
  },
};
/** What a column can be read as (the column-map values of chuan-ngheo/sheets). */
const TARGETS = [
  [
    'Thông tin hộ',
    [
      ['id', 'Mã hộ'],
      ['area', 'Khu vực (nông thôn/thành thị)'],
      ['size', 'Số nhân khẩu'],
      ['perCapitaMonthly', 'Thu nhập bình quân đầu người/tháng'],
      ['householdMonthly', 'Thu nhập của hộ/tháng'],
      ['householdAnnual', 'Thu nhập của hộ/năm'],
    ],
  ],
  [
    'Nhà ở',
    [
      ['dwelling.durability', 'Loại nhà ở'],
      ['dwelling.floorArea', 'Diện tích nhà ở (m²)'],
      ['dwelling.safeWater', 'Có nguồn nước sinh hoạt an toàn'],
      ['dwelling.hygienicLatrine', 'Có nhà tiêu hợp vệ sinh'],
    ],
  ],
  [
    'Giữ nguyên sang kết quả',
    [
      ['name', 'Họ tên chủ hộ'],
      ['village', 'Thôn (báo cáo theo thôn)'],
      ['stt', 'STT'],
      ['notes', 'Ghi chú'],
      ['carry', 'Cột khác (giữ nguyên)'],
    ],
  ],
  ['Khác', [['ignore', 'Bỏ qua cột này']]],
];
const PAGE_SIZE = 50;
const ERROR_PAGE_SIZE = 20;

// ---------------------------------------------------------------------------------------------
// DOM helpers (text only: values from files are never parsed as HTML)
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
    element.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return element;
}
const $ = (id) => document.getElementById(id);
/** Replaces a node's children (null, undefined and false are skipped). */
function fill(node, ...children) {
  node.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
}
const count = (n) => (n === null || n === undefined ? '—' : String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const letter = (index) => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const seconds = (ms) => `${(ms / 1000).toFixed(1).replace('.', ',')} giây`;
const kb = (bytes) => (bytes < 1024 * 1024 ? `${count(Math.max(1, Math.round(bytes / 1024)))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------
const state = {
  files: { current: null, previous: null, totals: null },
  options: { blank: null, numberFormat: 'vi', date: today(), encoding: 'auto', previousYear: '', previousDate: '' },
  /** The officer's corrections: heading as written → what it holds. */
  columns: {},
  phase: 'idle',
  layout: null,
  memberLayout: null,
  ruleSet: null,
  village: null,
  stopped: null,
  rows: [],
  done: null,
  filters: { village: '', cat: '', kind: '', undetermined: false, q: '' },
  /** Whether the columns table is open (null: open when something needs a look). */
  columnsOpen: null,
  page: 0,
  errorPage: 0,
  started: 0,
};

/** Main-thread responsiveness while the worker runs (read by the browser test; shown nowhere). */
const metrics = { longTasks: [], maxGap: 0, maxGapAt: 0, runMs: null, shownAt: null, timing: null, progressUpdates: 0, longTaskAt: [] };
window.xaMetrics = metrics;
if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
  // Every long task from the start of a run until its results are on the page.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (state.started > 0 && entry.startTime >= state.started && (metrics.shownAt === null || entry.startTime <= metrics.shownAt)) {
        metrics.longTasks.push(Math.round(entry.duration));
        metrics.longTaskAt.push(Math.round(entry.startTime - state.started));
      }
    }
  }).observe({ type: 'longtask' });
}
let beat = 0;
setInterval(() => {
  const t = performance.now();
  const gap = Math.round(t - beat - 50);
  // From the start of a run until just after its results are on the page (rendering included).
  const measuring = state.started > 0 && state.phase !== 'stopped' && (metrics.shownAt === null || t - metrics.shownAt < 300);
  if (measuring && beat !== 0 && gap > metrics.maxGap) {
    metrics.maxGap = gap;
    metrics.maxGapAt = Math.round(t - state.started);
  }
  beat = t;
}, 50);

// ---------------------------------------------------------------------------------------------
// The worker (its code is bundled into this page: a worker from a file:// page must come from a Blob)
// ---------------------------------------------------------------------------------------------
const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
let worker = null;
let pendingDownload = null;

function startWorker() {
  const w = new Worker(workerUrl);
  w.onmessage = (event) => {
    if (w === worker) onMessage(event.data);
  };
  w.onerror = (event) => {
    if (w !== worker) return;
    event.preventDefault();
    onMessage({ type: 'failed', message: event.message });
  };
  worker = w;
}

function runNow() {
  if (state.files.current === null) return;
  if (state.options.blank === null) {
    showNotice('Hãy chọn ý nghĩa của ô chỉ số để trống (mục 1) để bắt đầu.', 'blank-not-deprived');
    return;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.options.date)) {
    showNotice('Ngày rà soát viết theo dạng năm-tháng-ngày, ví dụ 2025-10-20.', 'review-date');
    return;
  }
  showNotice('');
  if (state.phase === 'running' || state.phase === 'writing') {
    worker.terminate();
    startWorker();
  }
  state.phase = 'running';
  state.rows = [];
  state.done = null;
  state.stopped = null;
  state.page = 0;
  state.errorPage = 0;
  metrics.longTasks = [];
  metrics.longTaskAt = [];
  metrics.maxGap = 0;
  metrics.runMs = null;
  metrics.shownAt = null;
  metrics.progressUpdates = 0;
  beat = 0;
  state.started = performance.now();
  document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);
  document.body.dataset.state = 'running';
  progress({ stage: 'read', done: 0, total: 0 });
  renderResults();
  worker.postMessage({ type: 'run', files: state.files, options: { ...state.options, columns: state.columns } });
}

let timer = 0;
function runSoon(delay = 250) {
  clearTimeout(timer);
  timer = setTimeout(runNow, delay);
}

function onMessage(message) {
  switch (message.type) {
    case 'ready':
      break;
    case 'progress':
      progress(message);
      break;
    case 'layout':
      state.layout = message.layout;
      state.memberLayout = message.memberLayout;
      state.ruleSet = message.ruleSet;
      state.village = message.village;
      renderColumns();
      break;
    case 'rows': {
      const t = performance.now();
      for (const row of message.rows) state.rows.push(row);
      metrics.rowsMs = (metrics.rowsMs ?? 0) + performance.now() - t;
      break;
    }
    case 'stopped':
      state.phase = 'stopped';
      state.stopped = message;
      if (message.layout) state.layout = message.layout;
      else if (message.stage === 'layout') state.layout = null;
      if (message.ruleSet) state.ruleSet = message.ruleSet;
      document.body.dataset.state = 'stopped';
      progress(null);
      renderColumns();
      renderResults();
      break;
    case 'done':
      state.phase = 'done';
      state.done = message;
      metrics.timing = message.timing;
      progress(null);
      renderColumns();
      renderResults();
      // The time to the results on the page (rendering included); long tasks are counted up to here.
      metrics.shownAt = performance.now();
      metrics.runMs = Math.round(metrics.shownAt - state.started);
      $('done-line').textContent = `Xong trong ${seconds(metrics.runMs)}.`;
      document.body.dataset.state = 'done';
      document.body.dataset.runMs = String(metrics.runMs);
      break;
    case 'file': {
      state.phase = 'done';
      progress(null);
      const url = URL.createObjectURL(message.blob);
      const link = h('a', { href: url, download: message.name, class: 'visually-hidden' }, message.name);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      const status = $('download-status');
      if (status) status.textContent = `Đã tạo tệp «${message.name}» (${kb(message.blob.size)}); trình duyệt lưu vào thư mục Tải về.`;
      pendingDownload?.focus();
      pendingDownload = null;
      break;
    }
    case 'file-error':
    case 'failed':
      state.phase = state.done ? 'done' : 'failed';
      progress(null);
      showNotice(
        `Có lỗi không mong muốn trong trang: ${message.message.split('\n')[0]}. Hãy tải lại trang; nếu lỗi còn, gửi tệp mẫu (không có dữ liệu thật) cho người phụ trách.`,
      );
      document.body.dataset.state = state.phase;
      break;
    default:
      break;
  }
}

function progress(message) {
  const box = $('progress-box');
  const bar = $('progress');
  const text = $('progress-text');
  if (message === null) {
    box.hidden = true;
    bar.removeAttribute('value');
    return;
  }
  box.hidden = false;
  if (message.stage === 'classify') metrics.progressUpdates++;
  if (message.total > 0) {
    bar.max = message.total;
    bar.value = Math.min(message.done, message.total);
    const share = Math.min(100, Math.round((message.done / message.total) * 100));
    text.textContent = `${STAGE[message.stage] ?? ''}: ${count(message.done)} / ${count(message.total)} dòng (${share}%)`;
  } else {
    bar.removeAttribute('value');
    text.textContent = message.done > 0 ? `${STAGE[message.stage] ?? ''}: ${count(message.done)} dòng đã đọc` : (STAGE[message.stage] ?? '');
  }
}

function showNotice(text, focusId) {
  const notice = $('notice');
  notice.textContent = text;
  notice.hidden = text === '';
  if (focusId) $(focusId)?.focus();
}

// ---------------------------------------------------------------------------------------------
// Step 1: files and options
// ---------------------------------------------------------------------------------------------
function setFile(which, file) {
  state.files[which] = file;
  if (which === 'current') {
    state.columns = {};
    state.columnsOpen = null;
  }
  renderFile(which);
  if (state.files.current !== null) runSoon(0);
}

function renderFile(which) {
  const chosen = $(`file-${which}-name`);
  const clear = $(`file-${which}-clear`);
  const file = state.files[which];
  chosen.textContent = file === null ? 'Chưa chọn tệp.' : `Đã chọn: ${file.name} (${kb(file.size)})`;
  clear.hidden = file === null;
  $(`drop-${which}`).classList.toggle('has-file', file !== null);
}

function fileZone(which) {
  const { label, hint } = FILES[which];
  const input = h('input', {
    type: 'file',
    id: `file-${which}`,
    accept: '.xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv',
    'aria-describedby': `file-${which}-hint file-${which}-name`,
    onchange: (event) => {
      const file = event.target.files?.[0] ?? null;
      if (file) setFile(which, file);
    },
  });
  const zone = h(
    'div',
    { class: `drop${which === 'current' ? ' main-file' : ''}`, id: `drop-${which}` },
    h('label', { for: `file-${which}`, class: 'drop-label' }, label),
    h('p', { class: 'hint', id: `file-${which}-hint`, text: hint }),
    h('p', { class: 'drop-here', 'aria-hidden': 'true', text: 'Kéo tệp thả vào đây, hoặc:' }),
    input,
    h('label', { for: `file-${which}`, class: 'pick', 'aria-hidden': 'true', text: 'Chọn tệp…' }),
    h('p', { class: 'chosen', id: `file-${which}-name`, role: 'status', text: 'Chưa chọn tệp.' }),
    h('button', {
      type: 'button',
      class: 'secondary small-button',
      id: `file-${which}-clear`,
      hidden: true,
      text: 'Bỏ tệp này',
      onclick: () => {
        input.value = '';
        setFile(which, null);
        input.focus();
        if (which === 'current') resetResults();
      },
    }),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    const file = event.dataTransfer?.files?.[0];
    if (file) setFile(which, file);
  });
  return zone;
}

function resetResults() {
  if (state.phase === 'running') {
    worker.terminate();
    startWorker();
  }
  Object.assign(state, { phase: 'idle', layout: null, memberLayout: null, stopped: null, rows: [], done: null });
  progress(null);
  document.body.dataset.state = 'idle';
  renderColumns();
  renderResults();
}

function radios(name, legend, options, value, onChange, hintText) {
  return h(
    'fieldset',
    { class: 'choices', id: `${name}-group`, 'aria-describedby': hintText ? `${name}-hint` : undefined },
    h('legend', { text: legend }),
    hintText ? h('p', { class: 'hint', id: `${name}-hint`, text: hintText }) : null,
    h(
      'div',
      { class: 'options' },
      options.map(([optionValue, text]) =>
        h(
          'label',
          { class: 'option' },
          h('input', {
            type: 'radio',
            name,
            id: `${name}-${optionValue}`,
            value: optionValue,
            checked: optionValue === value,
            onchange: (event) => event.target.checked && onChange(optionValue),
          }),
          h('span', { text }),
        ),
      ),
    ),
  );
}

function textField(id, label, value, hint, onInput) {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id, text: label }),
    h('input', {
      type: 'text',
      id,
      value,
      autocomplete: 'off',
      spellcheck: 'false',
      inputmode: 'numeric',
      'aria-describedby': hint ? `${id}-hint` : undefined,
      oninput: (event) => onInput(event.target.value.trim()),
    }),
    hint ? h('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
  );
}

function renderSetup() {
  const o = state.options;
  const section = $('step-files');
  fill(
    section,
    h('h2', { id: 'step-files-heading', text: '1. Chọn tệp và cách đọc' }),
    radios(
      'blank',
      'Ô chỉ số để trống nghĩa là',
      [
        ['not-deprived', 'Không thiếu hụt (tệp gõ lại từ phiếu rà soát: ô trống trên phiếu là không thiếu hụt)'],
        ['unknown', 'Chưa rõ (dữ liệu không rõ nguồn)'],
      ],
      o.blank,
      (value) => {
        o.blank = value;
        runSoon(0);
      },
      'Bắt buộc chọn. Số ô trống đọc theo cách này được ghi trong kết quả.',
    ),
    radios(
      'numbers',
      'Số tiền trong tệp viết kiểu',
      [
        ['vi', 'Việt Nam: 1.500.000 và 31,5'],
        ['plain', 'Không tách hàng nghìn: 1500000 và 31.5'],
      ],
      o.numberFormat,
      (value) => {
        o.numberFormat = value;
        runSoon(0);
      },
      'Ô số trong tệp Excel (.xlsx) được đọc đúng theo cả hai cách; lựa chọn này chỉ dành cho số viết như chữ (tệp CSV).',
    ),
    h(
      'div',
      { class: 'grid' },
      textField('review-date', 'Ngày rà soát', o.date, 'Năm-tháng-ngày, ví dụ 2025-10-20. Chọn chuẩn nghèo áp dụng và kỳ rà soát.', (value) => {
        o.date = value;
        runSoon(600);
      }),
    ),
    h('div', { class: 'drops' }, fileZone('current'), fileZone('previous'), fileZone('totals')),
    h(
      'details',
      { class: 'more' },
      h('summary', { text: 'Thêm tuỳ chọn: bảng mã tệp CSV, năm của danh sách năm trước' }),
      h(
        'div',
        { class: 'grid' },
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'encoding', text: 'Bảng mã của tệp CSV' }),
          h(
            'select',
            {
              id: 'encoding',
              onchange: (event) => {
                o.encoding = event.target.value;
                runSoon(0);
              },
            },
            h('option', { value: 'auto', selected: o.encoding === 'auto', text: 'UTF-8 (Excel: «CSV UTF-8») — tự nhận' }),
            h('option', { value: 'windows-1258', selected: o.encoding === 'windows-1258', text: 'Windows-1258 (Excel: «CSV» trên Windows tiếng Việt)' }),
          ),
        ),
        textField(
          'previous-year',
          'Năm của danh sách năm trước',
          o.previousYear,
          'Để trống: lấy từ tiêu đề (ví dụ «Phân loại năm 2024»), nếu không có thì là năm trước năm rà soát.',
          (value) => {
            o.previousYear = value;
            runSoon(600);
          },
        ),
        textField('previous-date', 'Ngày công nhận danh sách năm trước', o.previousDate, 'Năm-tháng-ngày; để trống là ngày 31/12 của năm đó.', (value) => {
          o.previousDate = value;
          runSoon(600);
        }),
      ),
    ),
  );
  for (const which of Object.keys(FILES)) renderFile(which);
}

// ---------------------------------------------------------------------------------------------
// Step 2: the columns as understood
// ---------------------------------------------------------------------------------------------
function targetValue(target) {
  switch (target.kind) {
    case 'income':
      return target.form;
    case 'indicator':
      return `indicator:${target.id}`;
    case 'dwelling':
      return `dwelling.${target.fact}`;
    case 'carry':
      return target.role === 'other' ? 'carry' : target.role;
    default:
      return target.kind;
  }
}

function targetLabel(value) {
  if (value.startsWith('indicator:')) {
    const id = value.slice('indicator:'.length);
    return `Chỉ số: ${state.ruleSet?.indicators.find((indicator) => indicator.id === id)?.name ?? id}`;
  }
  for (const [, options] of TARGETS) for (const [v, label] of options) if (v === value) return label;
  return value;
}

function targetSelect(id, heading, current, understood) {
  const select = h(
    'select',
    {
      id,
      'aria-label': `Cột «${heading}» là`,
      onchange: (event) => {
        const value = event.target.value;
        if (value === '' || value === understood) delete state.columns[heading];
        else state.columns[heading] = value;
        runSoon(0);
        requestAnimationFrame(() => $(id)?.focus());
      },
    },
    understood === null ? h('option', { value: '', selected: current === '', text: '— chưa hiểu, hãy chọn —' }) : null,
  );
  const indicators = state.ruleSet?.indicators ?? [];
  select.append(
    h(
      'optgroup',
      { label: 'Chỉ số thiếu hụt (ô đánh dấu x là thiếu hụt)' },
      indicators.map((indicator) =>
        h('option', { value: `indicator:${indicator.id}`, selected: current === `indicator:${indicator.id}`, text: `Chỉ số: ${indicator.name}` }),
      ),
    ),
  );
  for (const [group, options] of TARGETS)
    select.append(
      h(
        'optgroup',
        { label: group },
        options.map(([value, label]) => h('option', { value, selected: current === value, text: label })),
      ),
    );
  return select;
}

function renderColumns() {
  const focused = document.activeElement?.closest?.('#step-columns') ? document.activeElement.id : null;
  renderColumnsNow();
  if (focused) $(focused)?.focus();
}

function renderColumnsNow() {
  const section = $('step-columns');
  const layout = state.layout;
  const stopped = state.stopped?.stage === 'layout' ? state.stopped : null;
  if (layout === null && stopped === null) {
    section.hidden = true;
    fill(section);
    return;
  }
  section.hidden = false;
  const problems = new Map();
  for (const issue of stopped?.issues ?? []) if (issue.column !== undefined) problems.set(issue.column, issue);
  const placeholders = new Set(stopped?.placeholders ?? []);
  const byIndex = new Map((layout?.columns ?? []).map((column) => [column.index, column]));
  const headings = layout?.headings ?? [];
  const rows = [];
  const seen = new Set();
  const changed = Object.keys(state.columns).length;
  const open = state.columnsOpen ?? (stopped !== null || changed > 0);
  const addRow = (index, heading, column) => {
    seen.add(heading);
    if (!open) {
      rows.push(null);
      return;
    }
    const problem = problems.get(heading);
    const understood = problem || placeholders.has(heading) || column === undefined ? null : targetValue(column.target);
    const chosen = state.columns[heading];
    const current = chosen ?? understood ?? '';
    const id = `col-${index}`;
    rows.push(
      h(
        'tr',
        { class: problem ? 'problem' : chosen ? 'changed' : '', 'data-heading': heading },
        h('td', { class: 'letter', text: letter(index) }),
        h('th', { scope: 'row', text: heading }),
        h(
          'td',
          {},
          targetSelect(id, heading, current, understood),
          problem ? h('p', { class: 'field-error', id: `${id}-problem`, text: problem.message }) : null,
          problem?.suggestion
            ? h('button', {
                type: 'button',
                class: 'secondary small-button',
                id: `${id}-suggest`,
                text: `Dùng «${problem.suggestion}»`,
                onclick: () => {
                  const indicator = state.ruleSet?.indicators.find((candidate) => words(candidate.name) === words(problem.suggestion));
                  const value = indicator ? `indicator:${indicator.id}` : null;
                  if (value) {
                    state.columns[heading] = value;
                    runSoon(0);
                  }
                },
              })
            : null,
          chosen ? h('p', { class: 'small', text: `Đã đổi (thư viện hiểu là: ${understood === null ? 'chưa hiểu' : targetLabel(understood)}).` }) : null,
        ),
      ),
    );
  };
  headings.forEach((heading, index) => {
    if (heading === '') return;
    addRow(index, heading, byIndex.get(index));
  });
  for (const [heading, issue] of problems)
    if (!seen.has(heading)) addRow(issue.letter ? [...issue.letter].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1 : rows.length, heading, undefined);
  const otherProblems = (stopped?.issues ?? []).filter((issue) => issue.column === undefined || !seen.has(issue.column));
  const missing = layout?.missingIndicators ?? [];
  const table = open
    ? h(
        'div',
        { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Bảng các cột' },
        h(
          'table',
          { class: 'columns', id: 'columns-table' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col', text: 'Cột' }),
              h('th', { scope: 'col', text: 'Tiêu đề trong tệp' }),
              h('th', { scope: 'col', text: 'Hiểu là' }),
            ),
          ),
          h('tbody', {}, rows),
        ),
      )
    : null;
  fill(
    section,
    h('h2', { id: 'step-columns-heading', text: '2. Các cột trong tệp' }),
    h('p', {
      class: 'hint',
      text: `Thư viện đọc tiêu đề từng cột như dưới đây${layout ? ` (trang «${layout.sheet}»)` : ''}. Nếu cột nào hiểu sai, chọn lại; trang đọc lại tệp ngay.`,
    }),
    stopped
      ? h('p', {
          class: 'notice warn',
          id: 'columns-problem',
          role: 'alert',
          text: `Chưa phân loại: ${stopped.issues.length} vấn đề ở tiêu đề. Sửa ở cột «Hiểu là» rồi trang sẽ đọc lại.`,
        })
      : null,
    otherProblems.length > 0
      ? h(
          'ul',
          { class: 'issue-list' },
          otherProblems.map((issue) => h('li', { text: issue.message })),
        )
      : null,
    h(
      'details',
      {
        id: 'columns-details',
        open,
        ontoggle: (event) => {
          if (state.columnsOpen === event.target.open) return;
          state.columnsOpen = event.target.open;
          // The table is built when the box is opened (20 columns × 30 choices is work for a page that may not need it).
          if (event.target.open && !table) renderColumns();
        },
      },
      h('summary', {
        id: 'columns-summary',
        text: stopped
          ? 'Các cột trong tệp'
          : `Thư viện hiểu được cả ${count(rows.length)} cột${changed > 0 ? ` (${changed} cột đã đổi)` : ''} — mở để xem hoặc sửa`,
      }),
      table,
    ),
    missing.length > 0 && state.ruleSet && stopped === null
      ? h('p', {
          class: 'notice',
          id: 'missing-indicators',
          text: `Tệp không có cột trả lời cho ${missing.length} chỉ số: ${missing.map((id) => state.ruleSet.indicators.find((i) => i.id === id)?.name ?? id).join(', ')}. ${state.memberLayout ? 'Các chỉ số này được xác định từ trang thành viên (và thông tin nhà ở) khi có đủ; nếu không, là «chưa rõ».' : 'Các chỉ số này là «chưa rõ» ở mọi hộ.'}`,
        })
      : null,
    state.memberLayout
      ? h('p', {
          class: 'small',
          text: `Trang thành viên «${state.memberLayout.sheet}»: ${state.memberLayout.columns.length} cột được đọc (${state.memberLayout.columns.map((c) => c.heading).join(', ')}).`,
        })
      : null,
    changed > 0
      ? h('button', {
          type: 'button',
          class: 'secondary',
          id: 'columns-reset',
          text: `Bỏ ${changed} thay đổi`,
          onclick: () => {
            state.columns = {};
            runSoon(0);
          },
        })
      : null,
  );
}

// ---------------------------------------------------------------------------------------------
// Steps 3–6: errors, the list, the report, downloads
// ---------------------------------------------------------------------------------------------
function renderResults() {
  const done = state.done;
  const stopped = state.stopped;
  for (const id of ['step-errors', 'step-list', 'step-report', 'step-download']) $(id).hidden = done === null;
  $('nav-results').hidden = done === null;
  const summary = $('summary');
  if (stopped && stopped.stage !== 'layout') {
    summary.hidden = false;
    fill(
      summary,
      h('h2', { text: stopped.stage === 'options' ? 'Cần sửa một lựa chọn' : 'Chưa đọc được tệp' }),
      h(
        'ul',
        { class: 'issue-list', id: 'stopped-issues' },
        stopped.issues.map((issue) => h('li', { text: issue.message })),
      ),
      stoppedHelp(stopped),
    );
    return;
  }
  if (done === null) {
    summary.hidden = true;
    return;
  }
  renderSummary();
  renderErrors();
  renderList();
  renderReport();
  renderDownloads();
}

function stoppedHelp(stopped) {
  if (stopped.issues.some((issue) => issue.code === 'not_utf8') && state.options.encoding !== 'windows-1258') {
    return h('button', {
      type: 'button',
      id: 'use-1258',
      text: 'Đọc lại theo bảng mã Windows-1258',
      onclick: () => {
        state.options.encoding = 'windows-1258';
        $('encoding').value = 'windows-1258';
        runNow();
      },
    });
  }
  return null;
}

function renderSummary() {
  const { sheetReport: r, timing, previous, totals, sideIssues, hasPrevious } = state.done;
  const rs = state.ruleSet;
  const lines = [
    `Đã đọc ${count(r.rows)} hộ: ${count(r.classified)} hộ đã phân loại, ${count(r.failed)} dòng có lỗi chưa phân loại${r.duplicates > 0 ? ` (trong đó ${count(r.duplicates)} dòng trùng mã hộ)` : ''}.`,
    `Ô chỉ số để trống: ${count(r.blankCells)} ô ở ${count(r.blankHouseholds)} hộ được đọc là «${r.blank === 'not-deprived' ? 'không thiếu hụt' : 'chưa rõ'}».`,
  ];
  if (r.members)
    lines.push(
      `Trang thành viên: ${count(r.members.rows)} dòng, ${count(r.members.joined)} ghép được vào hộ, ${count(r.members.unjoined)} không có hộ tương ứng.`,
    );
  if (rs) lines.push(`Chuẩn áp dụng: ${rs.title} (${rs.id}, phiên bản ${rs.version}) — ngày rà soát ${state.done.review.date}: ${state.done.review.words}.`);
  if (previous)
    lines.push(
      hasPrevious ? `Danh sách năm ${previous.year}: ${count(previous.read)} hộ đọc được.` : 'Danh sách năm trước: không đọc được hộ nào (xem lỗi bên dưới).',
    );
  else lines.push('Chưa có danh sách năm trước: không tính biến động (thoát nghèo, phát sinh mới…).');
  lines.push(totals > 0 ? `Số hộ dân cư: ${count(totals)} dòng đọc được.` : 'Chưa có số hộ dân cư từng thôn: không tính tỷ lệ.');
  const side = [
    ...sideIssues.previous.map((issue) => `Danh sách năm trước — ${issue.message}`),
    ...sideIssues.totals.map((issue) => `Số hộ dân cư — ${issue.message}`),
  ];
  const summary = $('summary');
  summary.hidden = false;
  fill(
    summary,
    h('h2', { id: 'summary-heading', text: 'Kết quả đọc tệp' }),
    h('p', { class: 'done-line', id: 'done-line', text: `Xong trong ${seconds(metrics.runMs ?? timing.total)}.` }),
    h(
      'ul',
      { class: 'facts-list', id: 'summary-lines' },
      lines.map((line) => h('li', { text: line })),
    ),
    side.length > 0
      ? h(
          'div',
          { class: 'notice warn', id: 'side-issues' },
          h('p', { text: 'Một số dòng của tệp phụ không dùng được:' }),
          h(
            'ul',
            { class: 'issue-list' },
            side.slice(0, 50).map((line) => h('li', { text: line })),
          ),
          side.length > 50 ? h('p', { text: `… và ${count(side.length - 50)} dòng nữa.` }) : null,
        )
      : null,
  );
}

/** A pager: "Trang trước / Trang sau" with the range shown. */
function pager(id, page, total, size, onPage) {
  const pages = Math.max(1, Math.ceil(total / size));
  const from = total === 0 ? 0 : page * size + 1;
  const to = Math.min(total, (page + 1) * size);
  return h(
    'div',
    { class: 'pager', id },
    h('button', { type: 'button', class: 'secondary', id: `${id}-prev`, disabled: page === 0, text: '← Trang trước', onclick: () => onPage(page - 1) }),
    h('span', { role: 'status', id: `${id}-range`, text: `${count(from)}–${count(to)} trong ${count(total)} · trang ${count(page + 1)}/${count(pages)}` }),
    h('button', { type: 'button', class: 'secondary', id: `${id}-next`, disabled: page >= pages - 1, text: 'Trang sau →', onclick: () => onPage(page + 1) }),
  );
}

/** After paging, the focus stays on the button pressed (or on the other one at the first or last page). */
function keepFocus(id, forward) {
  const pressed = $(`${id}-${forward ? 'next' : 'prev'}`);
  (pressed && !pressed.disabled ? pressed : $(`${id}-${forward ? 'prev' : 'next'}`))?.focus();
}

function renderErrors() {
  const { failures, sheetReport } = state.done;
  const section = $('step-errors');
  const other = sheetReport.otherIssues;
  const headings = state.layout?.headings ?? [];
  if (failures.length === 0 && other.length === 0) {
    fill(section, h('h2', { id: 'step-errors-heading', text: '3. Dòng có lỗi' }), h('p', { class: 'ok', text: 'Không có dòng nào có lỗi.' }));
    return;
  }
  const start = state.errorPage * ERROR_PAGE_SIZE;
  const body = failures.slice(start, start + ERROR_PAGE_SIZE).map((failure) => {
    const bad = new Map();
    for (const issue of failure.issues)
      if (issue.letter !== undefined && (issue.sheet === undefined || issue.sheet === state.layout?.sheet)) bad.set(issue.letter, issue);
    const cells = failure.cells;
    const grid =
      cells === null
        ? null
        : h(
            'details',
            { class: 'row-cells' },
            h('summary', { text: `Xem dòng ${failure.row} trong tệp` }),
            h(
              'div',
              { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': `Các ô của dòng ${failure.row}` },
              h(
                'table',
                { class: 'cells' },
                h(
                  'tr',
                  {},
                  headings.map((heading, i) =>
                    h('th', { scope: 'col', class: bad.has(letter(i)) ? 'bad' : '' }, h('span', { class: 'letter', text: letter(i) }), ' ', heading),
                  ),
                ),
                h(
                  'tr',
                  {},
                  headings.map((_, i) => {
                    const value = cells[i] === null || cells[i] === undefined ? '' : String(cells[i]);
                    return bad.has(letter(i))
                      ? h('td', { class: 'bad', 'aria-invalid': 'true' }, h('mark', { text: value === '' ? '(trống)' : value }))
                      : h('td', { text: value });
                  }),
                ),
              ),
            ),
          );
    return h(
      'tr',
      { 'data-row': failure.row },
      h('td', { class: 'num', 'data-label': 'Dòng', text: String(failure.row) }),
      h('td', { 'data-label': 'Mã hộ', text: failure.id }),
      h('td', { 'data-label': 'Chủ hộ', text: failure.name }),
      h(
        'td',
        {},
        h(
          'ul',
          { class: 'cell-issues' },
          failure.issues.map((issue) =>
            h(
              'li',
              { 'data-code': issue.code },
              issue.column !== undefined
                ? h(
                    'span',
                    { class: 'cell-ref' },
                    `${issue.sheet && issue.sheet !== state.layout?.sheet ? `${issue.sheet}, ` : ''}${issue.column}${issue.letter ? ` (${issue.letter})` : ''}: `,
                    h('mark', { text: issue.value === undefined || issue.value === '' ? '(trống)' : issue.value }),
                  )
                : null,
              h('span', { class: 'message', text: issue.message }),
            ),
          ),
        ),
        grid,
      ),
    );
  });
  fill(
    section,
    h('h2', { id: 'step-errors-heading', text: '3. Dòng có lỗi' }),
    h('p', {
      text: `${count(failures.length)} dòng chưa phân loại được. Sửa trong tệp Excel rồi chọn lại tệp; mỗi lỗi ghi rõ dòng, cột, giá trị trong ô và cách ghi đúng.`,
    }),
    h(
      'div',
      { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Bảng dòng có lỗi' },
      h(
        'table',
        { class: 'errors', id: 'errors-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Dòng', 'Mã hộ', 'Chủ hộ', 'Ô có lỗi và cách sửa'].map((text) => h('th', { scope: 'col', text })),
          ),
        ),
        h('tbody', {}, body),
      ),
    ),
    failures.length > ERROR_PAGE_SIZE
      ? pager('errors-pager', state.errorPage, failures.length, ERROR_PAGE_SIZE, (page) => {
          const forward = page > state.errorPage;
          state.errorPage = page;
          renderErrors();
          keepFocus('errors-pager', forward);
        })
      : null,
    other.length > 0
      ? h(
          'div',
          { id: 'other-issues' },
          h('h3', { text: 'Lỗi ở các trang khác của tệp' }),
          h(
            'ul',
            { class: 'issue-list' },
            other.slice(0, 200).map((issue) => h('li', { text: issue.message })),
          ),
        )
      : null,
  );
}

function filtered() {
  const f = state.filters;
  const q = words(f.q);
  // The search text of each row, made once, when the first search is typed.
  if (q !== '' && state.rows.length > 0 && state.rows[state.rows.length - 1].search === undefined)
    for (const row of state.rows) row.search ??= words(`${row.name} ${row.id}`);
  return state.rows.filter(
    (row) =>
      (f.village === '' || row.village === f.village) &&
      (f.cat === '' || row.cat === f.cat) &&
      (f.kind === '' || row.kind === f.kind) &&
      (!f.undetermined || row.cat === 'undetermined' || row.kind === 'undetermined') &&
      (q === '' || row.search.includes(q)),
  );
}

function filterControls() {
  const f = state.filters;
  const villages = [...new Set(state.rows.map((row) => row.village))].filter((v) => v !== '').sort((a, b) => a.localeCompare(b, 'vi'));
  const cats = Object.keys(CATEGORY).filter((cat) => state.rows.some((row) => row.cat === cat));
  const kinds = kindOrder().filter((kind) => state.done.kinds[kind] !== undefined);
  const change = (key) => (event) => {
    f[key] = event.target.type === 'checkbox' ? event.target.checked : event.target.value;
    state.page = 0;
    renderListBody();
  };
  const select = (id, label, key, options) =>
    h(
      'div',
      { class: 'field' },
      h('label', { for: id, text: label }),
      h(
        'select',
        { id, onchange: change(key) },
        h('option', { value: '', text: 'Tất cả' }),
        options.map(([value, text]) => h('option', { value, selected: f[key] === value, text })),
      ),
    );
  return h(
    'div',
    { class: 'filters', role: 'search', 'aria-label': 'Lọc danh sách hộ' },
    villages.length > 0
      ? select(
          'filter-village',
          state.village ?? 'Thôn',
          'village',
          villages.map((v) => [v, v]),
        )
      : null,
    select(
      'filter-cat',
      'Phân loại',
      'cat',
      cats.map((cat) => [cat, CATEGORY[cat]]),
    ),
    kinds.length > 0
      ? select(
          'filter-kind',
          'Chuyển đổi so với năm trước',
          'kind',
          kinds.map((kind) => [kind, capital(state.done.kinds[kind])]),
        )
      : null,
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'filter-q', text: 'Tìm theo tên chủ hộ hoặc mã hộ' }),
      h('input', { type: 'search', id: 'filter-q', value: f.q, autocomplete: 'off', oninput: change('q') }),
    ),
    h(
      'label',
      { class: 'check', for: 'filter-undetermined' },
      h('input', { type: 'checkbox', id: 'filter-undetermined', checked: f.undetermined, onchange: change('undetermined') }),
      ' Chỉ hộ chưa xác định',
    ),
  );
}

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

function renderList() {
  const section = $('step-list');
  fill(section, h('h2', { id: 'step-list-heading', text: '4. Danh sách hộ' }), filterControls(), h('div', { id: 'list-body' }));
  renderListBody();
}

function renderListBody() {
  const rows = filtered();
  const rs = state.ruleSet;
  const hasPrevious = state.done.hasPrevious;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  if (state.page >= pages) state.page = pages - 1;
  const start = state.page * PAGE_SIZE;
  const name = (index) => rs?.indicators[index]?.name ?? String(index);
  const head = [
    'Dòng',
    'Mã hộ',
    'Chủ hộ',
    state.village ?? 'Thôn',
    'Phân loại',
    ...(hasPrevious ? ['Năm trước', 'Chuyển đổi'] : []),
    'Số chỉ số thiếu hụt',
    'Thiếu hụt / cần xác minh',
  ];
  const body = rows.slice(start, start + PAGE_SIZE).map((row) => {
    const category =
      row.cat === 'undetermined' && row.possible.length > 0
        ? `${CATEGORY.undetermined} (có thể: ${row.possible.map((c) => CATEGORY[c].toLowerCase()).join(' hoặc ')})`
        : CATEGORY[row.cat];
    const detail = [];
    if (row.deprived.length > 0) detail.push(row.deprived.map(name).join('; '));
    if (row.cat === 'undetermined' && row.unknown.length > 0) detail.push(`Cần xác minh: ${row.unknown.map(name).join('; ')}`);
    if (row.cat === 'error') detail.push('Xem mục 3 (dòng có lỗi).');
    const cells = [
      ['Dòng', row.row === null ? '—' : String(row.row), 'num'],
      ['Mã hộ', row.id, ''],
      ['Chủ hộ', row.name, ''],
      [state.village ?? 'Thôn', row.village, ''],
      ['Phân loại', category, `cat cat-${row.cat}`],
      ...(hasPrevious
        ? [
            ['Năm trước', row.prev === null ? '' : (PREVIOUS[row.prev] ?? row.prev), ''],
            ['Chuyển đổi', row.kind === null ? '' : capital(state.done.kinds[row.kind] ?? row.kind), `kind kind-${row.kind}`],
          ]
        : []),
      ['Số chỉ số thiếu hụt', row.dep === null ? '' : String(row.dep), 'num'],
      ['Thiếu hụt / cần xác minh', detail.join(' — '), 'detail'],
    ];
    return h(
      'tr',
      { 'data-cat': row.cat, 'data-kind': row.kind ?? '' },
      cells.map(([label, text, cls]) => h('td', { 'data-label': label, class: cls, text })),
    );
  });
  fill(
    $('list-body'),
    h('p', {
      class: 'small',
      id: 'list-count',
      role: 'status',
      text: `${count(rows.length)} hộ${rows.length !== state.rows.length ? ` (lọc từ ${count(state.rows.length)})` : ''}.`,
    }),
    h(
      'div',
      { class: 'scroll list-scroll', tabindex: '0', role: 'region', 'aria-label': 'Danh sách hộ' },
      h(
        'table',
        { class: 'list', id: 'list-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            head.map((text) => h('th', { scope: 'col', text })),
          ),
        ),
        h('tbody', {}, body),
      ),
    ),
    pager('list-pager', state.page, rows.length, PAGE_SIZE, (page) => {
      const forward = page > state.page;
      state.page = page;
      renderListBody();
      keepFocus('list-pager', forward);
    }),
  );
}

function reportTable(table) {
  const wide = table.head.length > 8;
  return h(
    'section',
    { class: 'report-table', id: `table-${table.id}`, 'aria-labelledby': `table-${table.id}-title` },
    h('h3', { id: `table-${table.id}-title`, text: table.title }),
    h(
      'div',
      { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': table.title },
      h(
        'table',
        { class: `figures${wide ? ' wide' : ''}` },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            table.head.map((text, i) => h('th', { scope: 'col', class: i === 0 ? '' : 'num', text })),
          ),
        ),
        h(
          'tbody',
          {},
          table.rows.map((row) =>
            h(
              'tr',
              { class: row.level === 0 ? 'total' : '', 'data-label': row.label },
              h('th', { scope: 'row', text: row.label }),
              row.cells.map((cell) => h('td', { class: cell.kind === 'text' ? '' : 'num', 'data-kind': cell.kind, text: cell.text })),
            ),
          ),
        ),
      ),
    ),
    table.legend?.length > 0
      ? h(
          'ol',
          { class: 'legend small' },
          table.legend.map((line) => h('li', { text: line.replace(/^\(\d+\) /, '') })),
        )
      : null,
    table.notes.map((note) => h('p', { class: 'small', text: note })),
  );
}

function renderReport() {
  const { tables, charts, hasPrevious, review } = state.done;
  const section = $('step-report');
  const chartBox = h(
    'div',
    { class: 'charts' },
    h('figure', { class: 'chart-box', id: 'chart-villages-box' }),
    h('figure', { class: 'chart-box', id: 'chart-indicators-box' }),
  );
  const transitions = hasPrevious
    ? h(
        'section',
        { class: 'report-table', id: 'table-transitions' },
        h('h3', { text: '6. Số hộ theo loại chuyển đổi (toàn xã)' }),
        h(
          'div',
          { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Số hộ theo loại chuyển đổi' },
          h(
            'table',
            { class: 'figures' },
            h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Chuyển đổi' }), h('th', { scope: 'col', class: 'num', text: 'Số hộ' }))),
            h(
              'tbody',
              {},
              kindOrder()
                .filter((kind) => review.transitions[kind] > 0)
                .map((kind) =>
                  h(
                    'tr',
                    {},
                    h('th', { scope: 'row', text: capital(state.done.kinds[kind] ?? kind) }),
                    h('td', { class: 'num', text: count(review.transitions[kind]) }),
                  ),
                ),
            ),
          ),
        ),
      )
    : null;
  fill(section, h('h2', { id: 'step-report-heading', text: '5. Báo cáo thôn và xã' }), chartBox, ...tables.map(reportTable), transitions);
  drawCharts(charts);
}

function drawCharts(charts) {
  const villages = $('chart-villages-box');
  const indicators = $('chart-indicators-box');
  if (!villages || !indicators) return;
  const width = Math.max(280, Math.min(villages.clientWidth || 600, 900));
  const series = [
    { key: 'poor', label: 'Hộ nghèo', className: 'poor' },
    { key: 'nearPoor', label: 'Hộ cận nghèo', className: 'near-poor' },
  ];
  const villageData = charts.villages.map((v) => ({ label: v.label, values: { poor: v.poor, nearPoor: v.nearPoor } }));
  fill(
    villages,
    h('figcaption', {
      id: 'chart-villages-caption',
      text: state.village ? `Hộ nghèo và cận nghèo theo ${state.village.toLowerCase()} (cuối kỳ)` : 'Hộ nghèo và cận nghèo (cuối kỳ)',
    }),
    villageData.length > 0
      ? barChart({
          id: 'chart-villages',
          title: 'Hộ nghèo và cận nghèo theo thôn',
          description: villageData.map((v) => `${v.label}: ${v.values.poor} hộ nghèo, ${v.values.nearPoor} hộ cận nghèo`).join('; '),
          series,
          data: villageData,
          width,
          format: count,
        })
      : h('p', { class: 'small', text: 'Tệp không có cột thôn: xem bảng «Toàn xã».' }),
  );
  const indicatorData = charts.indicators.map((row) => ({ label: row.label, values: { poor: row.poor, nearPoor: row.nearPoor } }));
  fill(
    indicators,
    h('figcaption', { id: 'chart-indicators-caption', text: 'Số hộ nghèo, cận nghèo thiếu hụt từng chỉ số' }),
    barChart({
      id: 'chart-indicators',
      title: 'Thiếu hụt theo chỉ số',
      description: indicatorData.map((v) => `${v.label}: ${v.values.poor} hộ nghèo, ${v.values.nearPoor} hộ cận nghèo thiếu hụt`).join('; '),
      series,
      data: indicatorData,
      width,
      format: count,
    }),
  );
}

function renderDownloads() {
  const section = $('step-download');
  const button = (which, text, hint) =>
    h(
      'div',
      { class: 'download' },
      h('button', {
        type: 'button',
        id: `download-${which}`,
        text,
        'aria-describedby': `download-${which}-hint`,
        onclick: (event) => {
          pendingDownload = event.target;
          state.phase = 'writing';
          $('download-status').textContent = 'Đang tạo tệp…';
          worker.postMessage({ type: 'download', which });
        },
      }),
      h('p', { class: 'hint', id: `download-${which}-hint`, text: hint }),
    );
  fill(
    section,
    h('h2', { id: 'step-download-heading', text: '6. Tải về' }),
    h(
      'div',
      { class: 'downloads' },
      button(
        'results',
        'Tải kết quả phân loại (.xlsx)',
        'Trang «Kết quả»: mỗi hộ một dòng như trong tệp, thêm phân loại và các chỉ số thiếu hụt; trang «Tổng hợp» theo thôn; trang «Lỗi».',
      ),
      button(
        'report',
        'Tải báo cáo rà soát (.xlsx)',
        'Trang «Danh sách hộ» (khi có danh sách năm trước): mỗi hộ một dòng như trong tệp, với tình trạng năm trước, phân loại năm nay và chuyển đổi, dùng được làm danh sách năm sau; rồi các bảng ở mục 5: kết quả và tỷ lệ, biến động hộ nghèo và cận nghèo, thiếu hụt theo chỉ số, hộ không có năm nay.',
      ),
      button('text', 'Tải báo cáo dạng văn bản (.txt)', 'Báo cáo của thư viện dạng chữ, kèm căn cứ pháp lý của từng bảng.'),
    ),
    h('p', { class: 'small', id: 'download-status', role: 'status' }),
  );
}

// ---------------------------------------------------------------------------------------------
// Start
// ---------------------------------------------------------------------------------------------
function start() {
  startWorker();
  renderSetup();
  renderColumns();
  renderResults();
  // A file dropped outside the boxes would make the browser open it (and leave the page): refuse.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());
  let resize = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resize);
    resize = setTimeout(() => state.done && drawCharts(state.done.charts), 150);
  });
  document.body.dataset.ready = 'true';
  document.body.dataset.state = 'idle';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
