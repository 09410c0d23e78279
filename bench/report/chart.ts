import type { RunFigures } from '../load/runScenario';

const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { top: 40, right: 150, bottom: 50, left: 60 };
const COLORS: Record<string, string> = {
  relay: '#888888',
  reference: '#1f77b4',
  hocuspocus: '#ff7f0e',
  ours: '#2ca02c',
  'ours-volatile': '#98df8a',
  'ours-redis': '#9467bd',
};

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );

/** A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten. */
function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}

/**
 * p99 latency against load (deliveries per second), one line per peer through its runs in
 * order of load. Plain SVG: there is no DOM in Node, and the chart needs nothing more.
 */
export function latencyVsLoadSvg(runs: RunFigures[], title: string): string {
  const plotted = runs.filter((r) => Number.isFinite(r.latencyMs.p99));
  const xMax = niceMax(Math.max(...plotted.map((r) => r.deliveriesPerSecond)));
  const yMax = niceMax(Math.max(...plotted.map((r) => r.latencyMs.p99)));
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (v: number) => MARGIN.left + (v / xMax) * innerW;
  const y = (v: number) => MARGIN.top + innerH - (v / yMax) * innerH;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14">${escapeXml(title)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const xv = (xMax * i) / 4;
    const yv = (yMax * i) / 4;
    parts.push(
      `<line x1="${x(xv)}" y1="${y(0)}" x2="${x(xv)}" y2="${y(yMax)}" stroke="#eee"/>`,
      `<text x="${x(xv)}" y="${y(0) + 16}" text-anchor="middle">${Math.round(xv)}</text>`,
      `<line x1="${x(0)}" y1="${y(yv)}" x2="${x(xMax)}" y2="${y(yv)}" stroke="#eee"/>`,
      `<text x="${x(0) - 6}" y="${y(yv) + 4}" text-anchor="end">${yv.toFixed(yMax < 10 ? 1 : 0)}</text>`,
    );
  }
  parts.push(
    `<text x="${x(xMax / 2)}" y="${HEIGHT - 12}" text-anchor="middle">deliveries per second</text>`,
    `<text transform="translate(16 ${y(yMax / 2)}) rotate(-90)" text-anchor="middle">p99 latency (ms)</text>`,
  );
  const peers = [...new Set(plotted.map((r) => r.peer))];
  peers.forEach((peer, index) => {
    const color = COLORS[peer] ?? '#000';
    const points = plotted
      .filter((r) => r.peer === peer)
      .sort((a, b) => a.deliveriesPerSecond - b.deliveriesPerSecond)
      .map((r) => [x(r.deliveriesPerSecond), y(r.latencyMs.p99)] as const);
    const path = points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
    parts.push(`<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>`);
    for (const [px, py] of points) {
      parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3.5" fill="${color}"/>`);
    }
    const ly = MARGIN.top + 10 + index * 20;
    parts.push(
      `<rect x="${WIDTH - MARGIN.right + 16}" y="${ly - 9}" width="12" height="12" fill="${color}"/>`,
      `<text x="${WIDTH - MARGIN.right + 34}" y="${ly + 1}">${escapeXml(peer)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
