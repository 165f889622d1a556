/**
 * `npm run bench -- chart`: draws docs/benchmarks.svg from the result files (plain SVG, no
 * dependency). Left: pairs, send → newMessage p50 (solid) and p99 (dashed) against the offered
 * rate, one colour per handler and label. Right: reads, requests per second per stored-message
 * level, `messages` solid and `chats` dashed. Each handler and
 * label is one line through the points of all its runs (the newest run wins a rate or level measured
 * twice), so `--label before` and `--label after` runs compare on one chart.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PairsResult } from './scenarios/pairs.js';
import type { ReadsResult } from './scenarios/reads.js';

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];
const W = 1100;
const H = 480;
const PANEL = { w: 470, h: 300, top: 70 };

interface Series {
  name: string;
  color: string;
  dashed: boolean;
  points: Array<[number, number]>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of the chart: a handler and label, with the points of every run of it (the newest run wins a rate or level measured twice). */
interface Line<T> {
  handler: string;
  label: string | null;
  points: Map<number, T>;
}

type PairsStep = PairsResult['steps'][number];
type ReadsLevel = ReadsResult['levels'][number];

export function collectResults(dir: string): { pairs: Array<Line<PairsStep>>; reads: Array<Line<ReadsLevel>> } {
  const results: Array<PairsResult | ReadsResult> = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    try {
      const r = JSON.parse(readFileSync(join(dir, f), 'utf8')) as PairsResult | ReadsResult;
      if (r.scenario === 'pairs' || r.scenario === 'reads') results.push(r);
    } catch {
      // not a result file
    }
  }
  results.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  const pairs = new Map<string, Line<PairsStep>>();
  const reads = new Map<string, Line<ReadsLevel>>();
  for (const r of results) {
    const key = `${r.handler}|${r.label ?? ''}`;
    if (r.scenario === 'pairs') {
      const line = pairs.get(key) ?? { handler: r.handler, label: r.label, points: new Map<number, PairsStep>() };
      for (const s of r.steps) line.points.set(s.rate, s);
      pairs.set(key, line);
    } else {
      const line = reads.get(key) ?? { handler: r.handler, label: r.label, points: new Map<number, ReadsLevel>() };
      for (const l of r.levels) line.points.set(l.level, l);
      reads.set(key, line);
    }
  }
  const order = (a: { handler: string; label: string | null }, b: { handler: string; label: string | null }) =>
    `${a.handler}${a.label ?? ''}`.localeCompare(`${b.handler}${b.label ?? ''}`);
  return { pairs: [...pairs.values()].sort(order), reads: [...reads.values()].sort(order) };
}

const nameOf = (r: { handler: string; label: string | null }) => `${r.handler}${r.label ? ` ${r.label}` : ''}`;

function logTicks(min: number, max: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) for (const m of [1, 2, 5]) out.push(m * 10 ** e);
  return out.filter((t) => t >= min * 0.999 && t <= max * 1.001);
}

/** 1, 2 or 5 × a power of ten, at least `x`. */
function niceStep(x: number): number {
  const e = 10 ** Math.floor(Math.log10(Math.max(x, 1e-9)));
  return [1, 2, 5, 10].map((m) => m * e).find((v) => v >= x) ?? 10 * e;
}

/** One panel: x linear or log, y log. */
function panel(
  x0: number,
  title: string,
  xLabel: string,
  yLabel: string,
  series: Series[],
  opts: { xLog: boolean; xTicks?: number[]; xTickLabel?: (x: number) => string; hline?: { y: number; label: string }; note?: string },
): string {
  const out: string[] = [];
  const all = series.flatMap((s) => s.points);
  const pts = all.filter((p) => p[1] > 0);
  const { w, h, top } = PANEL;
  out.push(`<text x="${x0 + w / 2}" y="${top - 30}" text-anchor="middle" font-size="15" font-weight="bold">${esc(title)}</text>`);
  if (!all.length) {
    out.push(`<rect x="${x0}" y="${top}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
    out.push(`<text x="${x0 + w / 2}" y="${top + h / 2}" text-anchor="middle" fill="#666">no results yet</text>`);
    return out.join('\n');
  }
  const xs = all.map((p) => p[0]);
  const ys = pts.length ? pts.map((p) => p[1]) : [1];
  const yMin = 10 ** Math.floor(Math.log10(Math.min(...ys, opts.hline?.y ?? Infinity)));
  const yMax = 10 ** Math.ceil(Math.log10(Math.max(...ys, opts.hline?.y ?? 0)));
  const step = niceStep(Math.max(...xs) / 6);
  const xMin = opts.xLog ? Math.min(...xs) / 1.6 : 0;
  const xMax = opts.xLog ? Math.max(...xs) * 1.6 : Math.ceil((Math.max(...xs) * 1.05) / step) * step;
  const sx = (x: number) => x0 + (opts.xLog ? (Math.log10(x / xMin) / Math.log10(xMax / xMin)) * w : ((x - xMin) / (xMax - xMin)) * w);
  const sy = (y: number) => top + h - (Math.log10(Math.max(y, yMin) / yMin) / Math.log10(yMax / yMin)) * h;
  out.push(`<rect x="${x0}" y="${top}" width="${w}" height="${h}" fill="#fff" stroke="#333"/>`);
  for (const t of logTicks(yMin, yMax)) {
    out.push(`<line x1="${x0}" x2="${x0 + w}" y1="${sy(t).toFixed(1)}" y2="${sy(t).toFixed(1)}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${x0 - 6}" y="${(sy(t) + 4).toFixed(1)}" text-anchor="end" font-size="11">${t}</text>`);
  }
  const xTicks = opts.xTicks ?? (opts.xLog ? logTicks(xMin, xMax) : Array.from({ length: Math.round(xMax / step) + 1 }, (_, i) => i * step));
  for (const t of xTicks) {
    out.push(`<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${top}" y2="${top + h}" stroke="#f0f0f0"/>`);
    out.push(
      `<text x="${sx(t).toFixed(1)}" y="${top + h + 16}" text-anchor="middle" font-size="11">${esc(opts.xTickLabel ? opts.xTickLabel(t) : String(t))}</text>`,
    );
  }
  out.push(`<text x="${x0 + w / 2}" y="${top + h + 36}" text-anchor="middle" font-size="12">${esc(xLabel)}</text>`);
  out.push(`<text transform="translate(${x0 - 45},${top + h / 2}) rotate(-90)" text-anchor="middle" font-size="12">${esc(yLabel)}</text>`);
  if (opts.hline) {
    const y = sy(opts.hline.y).toFixed(1);
    out.push(`<line x1="${x0}" x2="${x0 + w}" y1="${y}" y2="${y}" stroke="#888" stroke-dasharray="2,3"/>`);
    out.push(`<text x="${x0 + w - 4}" y="${Number(y) - 4}" text-anchor="end" font-size="10" fill="#666">${esc(opts.hline.label)}</text>`);
  }
  for (const [si, s] of series.entries()) {
    const path = s.points
      .filter((p) => p[1] > 0)
      .map((p) => `${sx(p[0]).toFixed(1)},${sy(p[1]).toFixed(1)}`)
      .join(' ');
    out.push(`<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="6,4"' : ''}/>`);
    for (const p of s.points.filter((q) => q[1] > 0)) out.push(`<circle cx="${sx(p[0]).toFixed(1)}" cy="${sy(p[1]).toFixed(1)}" r="3" fill="${s.color}"/>`);
    // Nothing answered: a cross on the bottom edge.
    for (const p of s.points.filter((q) => q[1] <= 0)) {
      const x = sx(p[0]);
      const y = top + h - 7 - si * 9;
      out.push(`<path d="M${(x - 4).toFixed(1)},${y - 4} l8,8 m0,-8 l-8,8" stroke="${s.color}" stroke-width="2"/>`);
    }
  }
  if (opts.note) out.push(`<text x="${x0 + w}" y="${top + h + 56}" text-anchor="end" font-size="10" fill="#666">${esc(opts.note)}</text>`);
  // Legend: one line per colour.
  const names = [...new Map(series.map((s) => [s.name, s.color])).entries()];
  names.forEach(([name, color], i) => {
    const y = top + h + 56 + i * 16;
    out.push(`<line x1="${x0}" x2="${x0 + 24}" y1="${y - 4}" y2="${y - 4}" stroke="${color}" stroke-width="2"/>`);
    out.push(`<text x="${x0 + 30}" y="${y}" font-size="11">${esc(name)}</text>`);
  });
  return out.join('\n');
}

export function renderChart(results: { pairs: Array<Line<PairsStep>>; reads: Array<Line<ReadsLevel>> }, dates: string[]): string {
  const sorted = <T>(m: Map<number, T>) => [...m.entries()].sort((a, b) => a[0] - b[0]);
  const pairSeries: Series[] = results.pairs.flatMap((line, i) => {
    const color = COLORS[i % COLORS.length];
    const steps = sorted(line.points).filter(([, s]) => s.deliveryLatencyMs);
    return [
      { name: nameOf(line), color, dashed: false, points: steps.map(([rate, s]): [number, number] => [rate, s.deliveryLatencyMs!.p50]) },
      { name: nameOf(line), color, dashed: true, points: steps.map(([rate, s]): [number, number] => [rate, s.deliveryLatencyMs!.p99]) },
    ];
  });
  const readSeries: Series[] = results.reads.flatMap((line, i) => {
    const color = COLORS[i % COLORS.length];
    const levels = sorted(line.points);
    return [
      { name: nameOf(line), color, dashed: false, points: levels.map(([level, l]): [number, number] => [level, l.queries.messages.requestsPerSecond]) },
      { name: nameOf(line), color, dashed: true, points: levels.map(([level, l]): [number, number] => [level, l.queries.chats.requestsPerSecond]) },
    ];
  });
  const levels = [...new Set(results.reads.flatMap((r) => [...r.points.keys()]))].sort((a, b) => a - b);
  const height = H + 16 * Math.max(0, Math.max(results.pairs.length, results.reads.length) - 3);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${height}" viewBox="0 0 ${W} ${height}" font-family="sans-serif">`,
    `<rect width="${W}" height="${height}" fill="#fafafa"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="13" fill="#444">Parley load benchmarks (npm run bench)${dates.length ? `, runs of ${esc(dates[0])}${dates[dates.length - 1] !== dates[0] ? ` to ${esc(dates[dates.length - 1])}` : ''}` : ''}; 2-core machine, load generator on it</text>`,
    panel(70, 'pairs: send → newMessage (p50 solid, p99 dashed)', 'offered rate, messages/s', 'latency, ms (log)', pairSeries, {
      xLog: false,
      hline: { y: 150, label: 'p99 limit 150 ms' },
    }),
    panel(610, 'reads: requests/s (messages solid, chats dashed)', 'stored messages', 'requests/s, closed loop (log)', readSeries, {
      xLog: true,
      xTicks: levels.length ? levels : undefined,
      xTickLabel: (x) => (x >= 1000 ? `${x / 1000}k` : String(x)),
      note: '× on the bottom edge: no request answered (all timed out)',
    }),
    '</svg>',
    '',
  ].join('\n');
}

export function writeChart(resultsDir: string, svgFile: string): string {
  const results = collectResults(resultsDir);
  const dates = runDates(resultsDir);
  writeFileSync(svgFile, renderChart(results, dates));
  return svgFile;
}

/** The days of the result files (from their names), oldest first. */
function runDates(dir: string): string[] {
  return [
    ...new Set(
      readdirSync(dir)
        .map((f) => /-(\d{4}-\d\d-\d\d)T/.exec(f)?.[1])
        .filter((d): d is string => Boolean(d)),
    ),
  ].sort();
}
