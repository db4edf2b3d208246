// Insights, for managers and admins: what the programme's sharing achieved
// in a period (totals, a daily chart, breakdowns by network, content,
// advocate and team, each downloadable as CSV) and how healthy it is this
// month. Loaded on demand (see App.jsx), with uPlot and its own stylesheet,
// so advocates and the app's first load never download any of it.
import './insights.css';
import { useMemo, useState } from 'preact/hooks';
import { presetRange, DEFAULT_PRESET } from '../../lib/dateRange.js';
import { formatDayRange } from '../../lib/analyticsFormat.js';
import { dailySeries } from '../../lib/dailySeries.js';
import { networkLabel } from '../../lib/networks.js';
import { useOverview } from '../../lib/useOverview.js';
import { useHealth } from '../../lib/useHealth.js';
import { exportUrl } from '../../api/analytics.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { CsvLink } from './CsvLink.jsx';
import { RangePicker } from './RangePicker.jsx';
import { TeamFilter } from './TeamFilter.jsx';
import { TotalsCards } from './TotalsCards.jsx';
import { DailyChart } from './DailyChart.jsx';
import { ProgrammeHealth } from './ProgrammeHealth.jsx';
import { BreakdownTable } from './BreakdownTable.jsx';

const BREAKDOWNS = [
  {
    table: 'by_network',
    title: 'By network',
    noun: 'network',
    nameHeader: 'Network',
    renderName: (row) => networkLabel(row.network),
  },
  {
    table: 'by_content',
    title: 'By content',
    noun: 'content item',
    nameHeader: 'Content',
    // A title can be missing (e.g. content deleted since): name it by id.
    renderName: (row) => (
      <span class="cell-name" title={row.title}>
        {row.title || `Content ${row.content_id}`}
      </span>
    ),
  },
  {
    table: 'by_advocate',
    title: 'By advocate',
    noun: 'advocate',
    nameHeader: 'Advocate',
    renderName: (row) => (
      <>
        <span class="cell-name" title={row.display_name}>
          {row.display_name}
        </span>
        {row.team && <span class="cell-meta">{row.team}</span>}
      </>
    ),
  },
  {
    table: 'by_team',
    title: 'By team',
    noun: 'team',
    nameHeader: 'Team',
    // Advocates outside any team may come back as a team without a name.
    renderName: (row) => row.name || 'No team',
  },
];

export default function Insights({ me }) {
  const isAdmin = me.role === 'admin';
  const [range, setRange] = useState(() => presetRange(DEFAULT_PRESET));
  const [teamId, setTeamId] = useState('');
  // Managers send no team: the server holds them to their own.
  const filters = useMemo(() => ({ ...range, teamId: isAdmin ? teamId : '' }), [range, teamId, isAdmin]);
  const overview = useOverview(filters);
  const health = useHealth(filters.teamId);
  const data = overview.data;

  return (
    <section class="screen insights" aria-labelledby="insights-title">
      <div class="screen-header">
        <div>
          <h1 id="insights-title">Insights</h1>
          <p class="screen-subtitle" data-testid="insights-scope">
            {subtitle(data)}
          </p>
        </div>
      </div>
      <div class="insights-controls">
        <RangePicker value={range} onChange={setRange} />
        <TeamFilter
          isAdmin={isAdmin}
          teamName={(data && data.scope.label) || (me.team && me.team.name)}
          value={teamId}
          onChange={setTeamId}
        />
      </div>
      {overview.status === 'loading' && (
        <p class="loading-line" aria-busy="true">
          Loading figures…
        </p>
      )}
      {overview.status === 'error' && <ErrorState error={overview.error} onRetry={overview.retry} />}
      {data && <Period data={data} filters={filters} busy={overview.status === 'reloading'} />}
      <ProgrammeHealth health={health} quietCsv={exportUrl('quiet', filters)} />
      {data && <Breakdowns data={data} filters={filters} busy={overview.status === 'reloading'} />}
    </section>
  );
}

// Whose figures and which days, as the server answered (not as asked).
function subtitle(data) {
  if (!data) return 'What sharing brings in';
  return `${data.scope.label} · ${formatDayRange(data.range.from, data.range.to)}`;
}

function Period({ data, filters, busy }) {
  const series = useMemo(() => dailySeries(data.by_day, data.range.from, data.range.to), [data]);
  return (
    <div class={`insights-period${busy ? ' is-busy' : ''}`} aria-busy={busy ? 'true' : undefined}>
      <h2 class="section-title" id="totals-title">
        Totals
      </h2>
      <TotalsCards totals={data.totals} currency={data.currency} />
      <div class="breakdown-head">
        <h2 class="section-title" id="daily-title">
          Shares and clicks by day
        </h2>
        <CsvLink href={exportUrl('by_day', filters)} what="shares and clicks by day" table="by_day" />
      </div>
      <DailyChart series={series} />
    </div>
  );
}

function Breakdowns({ data, filters, busy }) {
  return (
    <div class={`insights-period${busy ? ' is-busy' : ''}`} aria-busy={busy ? 'true' : undefined}>
      {BREAKDOWNS.map((b) => (
        <BreakdownTable
          key={b.table}
          {...b}
          rows={data[b.table]}
          total={(data.rows_total || {})[b.table] || 0}
          currency={data.currency}
          csvHref={exportUrl(b.table, filters)}
        />
      ))}
    </div>
  );
}
