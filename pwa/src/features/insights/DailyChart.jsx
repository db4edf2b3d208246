// Insights → shares (bars) and clicks (line) per day, drawn by uPlot on a
// canvas. The canvas says nothing to a screen reader, so the figure is named
// by a visible one-sentence summary, and the same figures are one tap away
// as a table. Colours come from CSS custom properties (insights.css), read
// again whenever the system switches between light and dark.
import 'uplot/dist/uPlot.min.css';
import uPlot from 'uplot';
import { useEffect, useRef, useState } from 'preact/hooks';
import { seriesSummary, niceMax } from '../../lib/dailySeries.js';
import { countOf, formatCount, formatDay } from '../../lib/analyticsFormat.js';

const HEIGHT = 200;
const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
// Label every day, every other day, weekly, fortnightly… as room allows.
const DAY_STEPS = [1, 2, 7, 14, 28, 56, 91, 182, 364, 728];
// Whole numbers only on the count axis: nobody shares half a post.
const COUNT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1e3, 2e3, 2500, 5e3, 1e4, 2e4, 5e4, 1e5, 1e6];
const POINT_HINT = 'Point at or touch a day to see its figures.';

export function DailyChart({ series }) {
  const scheme = useColorScheme();
  const box = useRef(null);
  const readout = useRef(null);
  const summary = seriesSummary(series);

  useEffect(() => {
    const el = box.current;
    const show = (idx) => {
      readout.current.textContent = idx === null || idx === undefined ? POINT_HINT : dayText(series, idx);
    };
    // x is the day's index: labels come from series.days, so no time zone
    // can shift a day (uPlot's time axis would read them as instants).
    const data = [series.days.map((_, i) => i), series.shares, series.clicks];
    const plot = new uPlot(options(series, el, show), data, el);
    const observer = new ResizeObserver(() => plot.setSize({ width: el.clientWidth, height: HEIGHT }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [series, scheme]);

  return (
    <figure class="daily-chart" data-testid="daily-chart">
      <ul class="chart-legend" aria-hidden="true">
        <li>
          <span class="legend-bar" /> Shares
        </li>
        <li>
          <span class="legend-line" /> Clicks
        </li>
      </ul>
      <div class="chart-box" ref={box} role="img" aria-labelledby="daily-chart-summary" />
      <p class="chart-readout" ref={readout} aria-hidden="true">
        {POINT_HINT}
      </p>
      <figcaption id="daily-chart-summary" class="chart-summary">
        {summary}
      </figcaption>
      <details class="disclosure chart-table">
        <summary>Show the figures by day</summary>
        <div class="table-scroll" role="region" aria-label="Shares and clicks by day" tabIndex={0}>
          <table class="figure-table">
            <caption class="sr-only">Shares and clicks by day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Shares</th>
                <th scope="col">Clicks</th>
              </tr>
            </thead>
            <tbody>
              {series.days.map((day, i) => (
                <tr key={day}>
                  <th scope="row">
                    <time dateTime={day}>{formatDay(day)}</time>
                  </th>
                  <td>{formatCount(series.shares[i])}</td>
                  <td>{formatCount(series.clicks[i])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

function dayText({ days, shares, clicks }, i) {
  return `${formatDay(days[i])}: ${countOf(shares[i], 'share')}, ${countOf(clicks[i], 'click')}`;
}

function options({ days, shares, clicks }, el, onCursor) {
  const css = getComputedStyle(el);
  const color = (name) => css.getPropertyValue(name).trim();
  const axis = { stroke: color('--chart-axis'), font: FONT, ticks: { show: false } };
  return {
    width: el.clientWidth,
    height: HEIGHT,
    legend: { show: false },
    // Dragging would zoom, which on a phone fights with scrolling the page.
    cursor: { drag: { x: false, y: false, setScale: false }, y: false },
    select: { show: false },
    scales: {
      x: { time: false, range: (u, min, max) => [min - 0.5, max + 0.5] },
      y: { range: () => [0, niceMax(Math.max(0, ...shares, ...clicks))] },
    },
    axes: [
      {
        ...axis,
        space: 56,
        incrs: DAY_STEPS,
        grid: { show: false },
        values: (u, splits) => splits.map((i) => (days[i] ? formatDay(days[i]) : '')),
      },
      {
        ...axis,
        space: 32,
        incrs: COUNT_STEPS,
        grid: { stroke: color('--chart-grid'), width: 1 },
        size: (u, values) => 14 + 7 * Math.max(1, ...(values || []).map((v) => String(v).length)),
        values: (u, splits) => splits.map(formatCount),
      },
    ],
    series: [
      {},
      {
        label: 'Shares',
        fill: color('--chart-shares'),
        stroke: color('--chart-shares'),
        width: 0,
        paths: uPlot.paths.bars({ size: [0.7, 28], radius: 0.15 }),
        points: { show: false },
      },
      {
        label: 'Clicks',
        stroke: color('--chart-clicks'),
        width: 2.5,
        points: { show: days.length <= 31, size: 6, fill: color('--chart-clicks') },
      },
    ],
    hooks: { setCursor: [(u) => onCursor(u.cursor.idx)] },
  };
}

// 'dark' or 'light', following the system setting as it changes.
function useColorScheme() {
  const query = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
  const [dark, setDark] = useState(Boolean(query && query.matches));
  useEffect(() => {
    if (!query) return undefined;
    const update = () => setDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return dark ? 'dark' : 'light';
}
