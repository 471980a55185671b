import { MetricsDocument, type MetricUnit, type MetricsQuery } from '../generated/graphql';
import { h, humanize, replaceChildren, statusLine } from '../dom';
import type { Session } from '../session';
import { barChart } from './charts';

type Metric = MetricsQuery['metrics'][number];

function formatter(unit: MetricUnit): (value: number) => string {
  switch (unit) {
    case 'RATIO': return (v) => `${Math.round(v * 100)}%`;
    case 'SECONDS': return (v) => (v >= 3600 ? `${(v / 3600).toFixed(1)}h` : v >= 60 ? `${Math.round(v / 60)}m` : `${Math.round(v)}s`);
    case 'SCORE': return (v) => v.toFixed(1);
    default: return (v) => String(Math.round(v));
  }
}

function metricCard(metric: Metric): HTMLElement {
  const format = formatter(metric.definition.unit);
  const bars = metric.points.map((p) => ({ label: new Date(p.start).toLocaleDateString(undefined, { weekday: 'short' }), value: p.value ?? 0 }));
  const title = humanize(metric.name.replace(/-/g, '_'));
  return h('figure', { class: 'card metric', 'data-metric': metric.name },
    h('figcaption', {}, h('strong', {}, title), ' ', h('span', { class: 'metric-total' }, metric.total.value == null ? 'no data' : format(metric.total.value))),
    barChart(title, bars, format),
    h('p', { class: 'hint metric-description', title: metric.definition.description }, metric.definition.description));
}

/** Supervisors: the last seven days of the desk's metrics per day, and who is waiting on hold. */
export function supervisorView(session: Session): { element: HTMLElement; dispose: () => void } {
  const status = statusLine();
  const grid = h('div', { class: 'metric-grid' });
  const queue = h('ol', { class: 'hold-queue' });

  async function load() {
    const to = new Date();
    to.setUTCHours(to.getUTCHours() + 1, 0, 0, 0);
    const from = new Date(to.getTime() - 7 * 24 * 3600 * 1000);
    try {
      const data = await session.client.request(MetricsDocument, { from: from.toISOString(), to: to.toISOString(), bucket: 'DAY' });
      replaceChildren(grid, data.metrics.filter((m) => m.dimensionValue == null).map(metricCard));
      replaceChildren(queue, data.holdQueue.length
        ? data.holdQueue.map((c) => h('li', {}, `${c.reason} · waited ${c.waitedFor} · checked back ${c.checkBackCount}×`))
        : h('li', { class: 'hint empty' }, 'Nobody is on hold.'));
      status.show(`Updated ${new Date().toLocaleTimeString()}.`);
    } catch (error) {
      status.show((error as Error).message, 'error');
    }
  }

  void load();
  const timer = window.setInterval(load, 30_000);
  const element = h('section', { class: 'supervisor', 'aria-labelledby': 'supervisor-title' },
    h('h1', { id: 'supervisor-title' }, 'Supervisor: last 7 days'),
    h('button', { type: 'button', onclick: load }, 'Refresh'), status,
    h('h2', {}, 'Callers on hold'), queue,
    h('h2', {}, 'Metrics'), grid);
  return { element, dispose: () => window.clearInterval(timer) };
}
