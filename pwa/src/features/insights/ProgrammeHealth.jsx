// Insights → programme health for this month (not the chosen period): how
// many advocates take part, how concentrated points and clicks are in the
// top 10%, who joined, and who has gone quiet.
import { formatCount, formatMonth, formatPercent } from '../../lib/analyticsFormat.js';
import { countOf } from '../../lib/countOf.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { QuietList } from './QuietList.jsx';

export function ProgrammeHealth({ health, quietCsv }) {
  const { status, data, error, retry } = health;
  return (
    <section
      class="health"
      aria-labelledby="health-title"
      aria-busy={status === 'reloading' ? 'true' : undefined}
    >
      <h2 class="section-title section-title-row" id="health-title">
        Programme health {data && <span class="section-meta">{formatMonth(data.month)}</span>}
      </h2>
      <p class="field-hint health-intro">This month so far, whatever period is chosen above.</p>
      {status === 'loading' && (
        <p class="loading-line" aria-busy="true">
          Loading programme health…
        </p>
      )}
      {status === 'error' && <ErrorState error={error} onRetry={retry} />}
      {data && (
        <>
          <dl class="figure-cards health-cards">{cards(data).map(HealthCard)}</dl>
          <QuietList quiet={data.quiet || []} csvHref={quietCsv} />
        </>
      )}
    </section>
  );
}

function cards(data) {
  return [
    {
      id: 'participation',
      label: 'Participation',
      value: formatPercent(data.participation),
      note: `${formatCount(data.active_advocates)} of ${countOf(data.advocates, 'advocate')} were active.`,
    },
    {
      id: 'points-top10',
      label: 'Points held by the top 10%',
      value: formatPercent(data.points_top10_share),
      note: "How much of this month's points the top 10% of advocates won; lower is more even.",
    },
    {
      id: 'clicks-top10',
      label: 'Clicks from the top 10%',
      value: formatPercent(data.clicks_top10_share),
      note: "How much of this month's clicks came from the top 10% of advocates' shares.",
    },
    {
      id: 'new-advocates',
      label: 'New advocates',
      value: formatCount(data.new_advocates),
      note: 'Joined this month.',
    },
  ];
}

function HealthCard(card) {
  return (
    <div key={card.id} class="figure-card" data-testid={`health-${card.id}`}>
      <dt>{card.label}</dt>
      <dd>
        <span class="figure-value">{card.value}</span>
        <span class="figure-note">{card.note}</span>
      </dd>
    </div>
  );
}
