// Plain SVG bar charts for the commune page (no library, nothing fetched): horizontal bars, one
// row per village or indicator, a bar per series, the count written at the end of each bar. The
// numbers come from the library's report; the same numbers are in the tables beside the charts.
const SVG = 'http://www.w3.org/2000/svg';

function el(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A label on at most two lines of `max` characters, cut with … (the full label stays in the row's <title>). */
function lines(label, max) {
  const out = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  out.push(line);
  if (out.length > 2) out.splice(1, out.length - 1, out.slice(1).join(' '));
  return out.map((text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text));
}

/**
 * A horizontal bar chart drawn at the given pixel width (redrawn on resize by the caller).
 *
 * @param options - `id`, `title`, `description`, `series` ([{ key, label, className }]),
 *   `data` ([{ label, values: { [key]: number } }]), `width` in pixels, `format(n)`.
 * @returns An <svg> element with role="img", a <title> and a <desc>.
 */
export function barChart({ id, title, description, series, data, width, format }) {
  const narrow = width < 520;
  const labelWidth = Math.min(narrow ? 130 : 230, Math.round(width * 0.4));
  const maxChars = Math.floor((labelWidth - 12) / 7.2);
  const bar = narrow ? 12 : 14;
  const gap = 3;
  const rowGap = 14;
  const legend = 28;
  const rowHeight = series.length * bar + (series.length - 1) * gap;
  const height = legend + data.length * (rowHeight + rowGap) + 8;
  const max = Math.max(1, ...data.flatMap((row) => series.map((s) => row.values[s.key] ?? 0)));
  const plot = width - labelWidth - 48;
  const svg = el('svg', { id, class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` });
  svg.append(el('title', { id: `${id}-title` }, title), el('desc', { id: `${id}-desc` }, description));
  // Legend
  let x = labelWidth;
  for (const s of series) {
    svg.append(el('rect', { x, y: 6, width: 12, height: 12, class: `bar ${s.className}` }));
    const text = el('text', { x: x + 16, y: 16, class: 'legend' }, s.label);
    svg.append(text);
    x += 16 + s.label.length * 7 + 18;
  }
  data.forEach((row, i) => {
    const y0 = legend + i * (rowHeight + rowGap);
    const group = el('g', { class: 'row' });
    group.append(el('title', {}, `${row.label}: ${series.map((s) => `${s.label} ${format(row.values[s.key] ?? 0)}`).join(', ')}`));
    const label = lines(row.label, maxChars);
    const text = el('text', { x: labelWidth - 8, y: y0 + rowHeight / 2 + 4 - (label.length - 1) * 7, class: 'label', 'text-anchor': 'end' });
    label.forEach((line, k) => text.append(el('tspan', { x: labelWidth - 8, dy: k === 0 ? 0 : 14 }, line)));
    group.append(text);
    series.forEach((s, j) => {
      const value = row.values[s.key] ?? 0;
      const y = y0 + j * (bar + gap);
      const w = value === 0 ? 0 : Math.max(2, Math.round((value / max) * plot));
      group.append(el('rect', { x: labelWidth, y, width: w, height: bar, class: `bar ${s.className}` }));
      group.append(el('text', { x: labelWidth + w + 4, y: y + bar - 2, class: 'value' }, format(value)));
    });
    svg.append(group);
  });
  svg.append(el('line', { x1: labelWidth, x2: labelWidth, y1: legend - 4, y2: height - 4, class: 'axis' }));
  return svg;
}
