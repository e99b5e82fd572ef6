import type { Schemas } from '@factdesk/sdk';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, call } from '../api.js';
import { percent, statusOf } from '../labels.js';
import { useLive } from '../live.js';
import { useDebounced } from '../hooks/use-debounced.js';
import { ErrorState, Loading } from './states.js';

type Stats = Schemas['StatsDto'];
type Day = Schemas['DecidedDayDto'];
const VERDICTS = ['verified', 'disputed', 'unsupported'] as const;
const PERIODS = { 7: 'Last 7 days', 30: 'Last 30 days', 90: 'Last 90 days' } as const;
type Days = keyof typeof PERIODS;

/** The desk at a glance: what was decided, how long claims wait, what is open, who decides, which outlets are disputed. */
export function Overview() {
  const [days, setDays] = useState<Days>(30);
  const [stats, setStats] = useState<{ state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; data: Stats }>({ state: 'loading' });

  // For the scale bench: a load the editor waits for is timed from its request to the charts' first paint.
  const timing = useRef(false);
  const load = useCallback(
    async (quiet = false) => {
      if (!quiet) {
        setStats({ state: 'loading' });
        performance.mark('fd:overview-request');
      }
      const until = new Date();
      const since = new Date(until.getTime() - days * 86_400_000);
      const result = await call(api.GET('/api/v1/stats', { params: { query: { since: since.toISOString(), until: until.toISOString() } } }));
      if (result.ok && !quiet) {
        performance.mark('fd:overview-data');
        timing.current = true;
      }
      setStats(result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.problem.detail });
    },
    [days],
  );
  useEffect(() => void load(), [load]);
  const data = stats.state === 'ready' ? stats.data : null;
  useEffect(() => {
    if (!data || !timing.current) return;
    timing.current = false;
    requestAnimationFrame(() => {
      performance.mark('fd:overview-painted');
      performance.measure('fd:overview-render', 'fd:overview-data', 'fd:overview-painted');
      performance.measure('fd:overview-load', 'fd:overview-request', 'fd:overview-painted');
    });
  }, [data]);
  const refresh = useDebounced(() => void load(true), 1_000);
  useLive((m) => (m.kind === 'resync' || m.event.entityType === 'claim') && refresh());

  return (
    <div className="overview">
      <div className="overview-head">
        <h1>Desk overview</h1>
        <div>
          <label htmlFor="overview-period">Period</label>
          <select id="overview-period" value={days} onChange={(e) => setDays(Number(e.target.value) as Days)}>
            {Object.entries(PERIODS).map(([n, label]) => (
              <option key={n} value={n}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {stats.state === 'loading' && <Loading label="Counting…" />}
      {stats.state === 'error' && <ErrorState message={stats.message} onRetry={() => void load()} />}
      {stats.state === 'ready' && <Panels stats={stats.data} />}
    </div>
  );
}

function Panels({ stats }: { stats: Stats }) {
  const decided = stats.decidedPerDay.reduce((n, d) => n + d.verified + d.disputed + d.unsupported, 0);
  const wait = stats.timeToVerdict;
  const open = stats.openByScore.reduce((n, b) => n + b.count, 0);
  return (
    <div className="overview-grid">
      <section className="card wide" aria-labelledby="per-day-title">
        <h2 id="per-day-title">Decided per day ({decided} in the period)</h2>
        <DecidedChart days={stats.decidedPerDay} />
      </section>
      <section className="card" aria-labelledby="wait-title">
        <h2 id="wait-title">Time from claim to first verdict</h2>
        {wait.count === 0 ? (
          <p className="hint">No first verdicts in the period.</p>
        ) : (
          <dl className="figures">
            <div>
              <dt>Median</dt>
              <dd>{duration(wait.medianSeconds!)}</dd>
            </div>
            <div>
              <dt>90th percentile</dt>
              <dd>{duration(wait.p90Seconds!)}</dd>
            </div>
            <div>
              <dt>First verdicts</dt>
              <dd>{wait.count}</dd>
            </div>
          </dl>
        )}
      </section>
      <section className="card" aria-labelledby="open-title">
        <h2 id="open-title">Open claims by check-worthiness ({open} now)</h2>
        <Bars rows={[...stats.openByScore].reverse().map((b) => ({ label: `${percent(b.from)}–${percent(b.to)}`, value: b.count, text: String(b.count) }))} unit="open claims" />
      </section>
      <section className="card" aria-labelledby="editors-title">
        <h2 id="editors-title">Decisions per editor</h2>
        {stats.decisionsPerEditor.length === 0 ? <p className="hint">No decisions in the period.</p> : <Bars rows={stats.decisionsPerEditor.map((e) => ({ label: e.editor, value: e.decisions, text: String(e.decisions) }))} unit="decisions" />}
      </section>
      <section className="card" aria-labelledby="outlets-title">
        <h2 id="outlets-title">Disputed share by outlet</h2>
        {stats.disputedByOutlet.length === 0 ? (
          <p className="hint">No claims of a named outlet were decided in the period.</p>
        ) : (
          <Bars rows={stats.disputedByOutlet.map((o) => ({ label: o.outlet, value: o.share, max: 1, text: `${percent(o.share)} (${o.disputed} of ${o.decided})` }))} unit="disputed" />
        )}
      </section>
    </div>
  );
}

function duration(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 90 * 60) return `${Math.round(seconds / 60)} min`;
  if (seconds < 36 * 3600) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} days`;
}

/** SVG patterns, so the verdicts differ without colour: solid, hatched, dotted. */
function Patterns() {
  return (
    <defs>
      <pattern id="pat-verified" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="var(--verified)" />
      </pattern>
      <pattern id="pat-disputed" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="var(--disputed-bg)" />
        <rect width="3" height="6" fill="var(--disputed)" />
      </pattern>
      <pattern id="pat-unsupported" width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill="var(--unsupported-bg)" />
        <circle cx="3" cy="3" r="1.6" fill="var(--unsupported)" />
      </pattern>
    </defs>
  );
}

const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const describeDay = (d: Day) => `${dayLabel(d.day)}: ${VERDICTS.map((v) => `${d[v]} ${statusOf(v).label.toLowerCase()}`).join(', ')}`;

/** Stacked bars, one per day; each bar is a focusable image with its numbers as its name, and the legend names the patterns. */
function DecidedChart({ days }: { days: Day[] }) {
  const height = 140;
  const barWidth = Math.max(6, Math.min(28, Math.floor(640 / Math.max(1, days.length))));
  const width = days.length * barWidth;
  const max = Math.max(1, ...days.map((d) => d.verified + d.disputed + d.unsupported));
  // The chart fills its card; on a narrow screen it keeps readable labels and scrolls, opened at today.
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, [days]);
  return (
    <figure className="chart">
      <div className="chart-scroll" ref={scroller}>
        <svg width="100%" viewBox={`0 0 ${width} ${height + 20}`} style={{ minWidth: Math.min(width, 480) }} role="group" aria-label="Decisions per day, oldest first">
          <Patterns />
          <line x1="0" x2={width} y1={height} y2={height} stroke="var(--muted)" />
          {days.map((d, i) => {
            let y = height;
            return (
              <g key={d.day} className="chart-bar" tabIndex={0} role="img" aria-label={describeDay(d)}>
                <title>{describeDay(d)}</title>
                <rect x={i * barWidth} y={0} width={barWidth} height={height} fill="transparent" />
                {VERDICTS.map((v) => {
                  const h = (d[v] / max) * (height - 4);
                  y -= h;
                  return h > 0 ? <rect key={v} x={i * barWidth + 1} y={y} width={barWidth - 2} height={h} fill={`url(#pat-${v})`} stroke="var(--ink)" strokeWidth="0.5" /> : null;
                })}
                {(i % Math.ceil(days.length / 7) === 0 || i === days.length - 1) && (
                  <text x={i === 0 ? 0 : i === days.length - 1 ? width : i * barWidth + barWidth / 2} y={height + 14} textAnchor={i === 0 ? 'start' : i === days.length - 1 ? 'end' : 'middle'} fontSize="10" fill="var(--ink)" aria-hidden="true">
                    {dayLabel(d.day)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption className="legend">
        {VERDICTS.map((v) => (
          <span key={v} className="legend-key">
            <svg width="14" height="14" aria-hidden="true">
              <rect width="14" height="14" fill={`url(#pat-${v})`} stroke="var(--ink)" />
            </svg>{' '}
            {statusOf(v).label}
          </span>
        ))}
        <span className="hint">Tab to a day to hear its numbers; highest day: {max}.</span>
      </figcaption>
    </figure>
  );
}

/** Horizontal bars with the figure written beside each, so the chart reads without colour or a mouse. */
function Bars({ rows, unit }: { rows: Array<{ label: string; value: number; max?: number; text: string }>; unit: string }) {
  const max = Math.max(...rows.map((r) => r.max ?? r.value), 1e-9);
  return (
    <ul className="hbars">
      {rows.map((r) => (
        <li key={r.label} tabIndex={0} aria-label={`${r.label}: ${r.text} ${unit}`}>
          <span className="hbar-label">{r.label}</span>
          <svg className="hbar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
            <rect width="100" height="10" fill="var(--wash)" stroke="var(--line)" strokeWidth="0.5" />
            <rect width={(r.value / max) * 100} height="10" fill="var(--open)" />
          </svg>
          <span className="hbar-value">{r.text}</span>
        </li>
      ))}
    </ul>
  );
}
