// What a draft would have done over the last 30 days, next to what the rules
// in force did: totals, concentration, participation, the top 10 either way
// and who gains or loses most, then why rules fired on a few recent events.
// Nothing here was saved.
import { formatChange, formatPercent, formatPoints } from '../../lib/numberFormat.js';
import { WhyFired } from './WhyFired.jsx';

const TOP = 10;

export function SimulationResults({ result, explain, stale, sectionRef }) {
  const { events, before, after } = result;
  return (
    <section
      class="simulation"
      data-testid="simulation"
      aria-labelledby="simulation-title"
      tabIndex={-1}
      ref={sectionRef}
    >
      <h2 class="section-title" id="simulation-title">
        Preview: last 30 days
      </h2>
      <p class="simulation-note">
        {events} {events === 1 ? 'event' : 'events'} replayed; nothing was saved
      </p>
      {stale && (
        <p class="simulation-stale">
          You've edited the rules since this preview. Preview again to update it.
        </p>
      )}
      <dl class="simulation-stats">
        <Stat
          label="Total points"
          before={before.total_points}
          after={after.total_points}
          format={formatPoints}
        />
        <Stat
          label="Top 10% share of points"
          before={before.top_10_percent_share}
          after={after.top_10_percent_share}
          format={formatPercent}
        />
        <Stat
          label="Participation"
          before={before.participation_rate}
          after={after.participation_rate}
          format={formatPercent}
        />
      </dl>
      <div class="simulation-boards">
        <Board title="Top 10 now" rows={before.leaderboard || []} />
        <Board title="Top 10 with your changes" rows={after.leaderboard || []} />
      </div>
      <Changes changes={result.changes || []} />
      {explain && <WhyFired explain={explain} />}
    </section>
  );
}

function Stat({ label, before, after, format }) {
  return (
    <div class="simulation-stat">
      <dt>{label}</dt>
      <dd>
        <FromTo before={format(before)} after={<strong>{format(after)}</strong>} />
      </dd>
    </div>
  );
}

function Board({ title, rows }) {
  return (
    <div class="simulation-board">
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p class="muted-note">No one scored.</p>
      ) : (
        <ol class="mini-board">
          {rows.slice(0, TOP).map((row) => (
            <li key={row.advocate_id}>
              <span class="mini-rank">{row.rank}</span>
              <span class="mini-name">{row.display_name}</span>
              <span class="mini-points">{formatPoints(row.points)}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

function Changes({ changes }) {
  const biggest = changes
    .filter((c) => c.change !== 0)
    .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
    .slice(0, TOP);
  return (
    <>
      <h3 class="simulation-subtitle">Biggest changes</h3>
      {biggest.length === 0 ? (
        <p class="muted-note">No one's points would change.</p>
      ) : (
        <ul class="change-list">
          {biggest.map((c) => (
            <li key={c.advocate_id} class="change-row">
              <span class="change-name">{c.display_name}</span>
              <span class="change-from">
                <FromTo before={formatPoints(c.before)} after={formatPoints(c.after)} />
              </span>
              <span class={`change-delta ${c.change > 0 ? 'is-up' : 'is-down'}`}>
                <span aria-hidden="true">{c.change > 0 ? '▲' : '▼'} </span>
                {formatChange(c.change)}
                <span class="sr-only"> points ({c.change > 0 ? 'gains' : 'loses'})</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

// "12 → 15" on screen, "from 12 to 15" for screen readers.
function FromTo({ before, after }) {
  return (
    <>
      <span class="sr-only">from </span>
      {before}
      <span aria-hidden="true"> → </span>
      <span class="sr-only"> to </span>
      {after}
    </>
  );
}
