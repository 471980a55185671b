// Small accessible SVG bar charts: each bar has a text equivalent, so nothing depends on colour alone.

const svgNamespace = 'http://www.w3.org/2000/svg';

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface Bar {
  label: string;
  value: number;
}

export function barChart(title: string, bars: Bar[], format: (value: number) => string): SVGElement {
  const width = 320;
  const height = 150;
  const bottom = 22;
  const top = 16;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const slot = width / Math.max(bars.length, 1);
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${title}: ${bars.map((b) => `${b.label} ${format(b.value)}`).join(', ')}`, class: 'chart' });
  chart.append(svg('line', { x1: 0, y1: height - bottom, x2: width, y2: height - bottom, class: 'axis' }));
  bars.forEach((bar, index) => {
    const barHeight = ((height - bottom - top) * bar.value) / max;
    const x = index * slot + slot * 0.15;
    const y = height - bottom - barHeight;
    chart.append(
      svg('rect', { x, y, width: slot * 0.7, height: Math.max(barHeight, 1), class: 'bar' }),
      svg('text', { x: x + slot * 0.35, y: y - 3, 'text-anchor': 'middle', class: 'value' }, format(bar.value)),
      svg('text', { x: x + slot * 0.35, y: height - 6, 'text-anchor': 'middle', class: 'label' }, bar.label));
  });
  return chart;
}
