// "Why rules fired": a few recent real events scored by the draft
// (POST /rules/explain), each with the rules that fired, their points and
// why, and the ones that didn't behind a disclosure.
import { fullDate } from '../../lib/relativeTime.js';
import { formatChange, formatPoints } from '../../lib/numberFormat.js';

export function WhyFired({ explain }) {
  return (
    <section class="why-fired" aria-labelledby="why-fired-title" data-testid="why-fired">
      <h3 class="simulation-subtitle" id="why-fired-title">
        Why rules fired
      </h3>
      {explain.error ? (
        <p class="field-hint">Couldn't explain recent events: {explain.error.message}</p>
      ) : explain.events.length === 0 ? (
        <p class="muted-note">No recent events to explain.</p>
      ) : (
        <ol class="why-list">
          {explain.events.map((event) => (
            <EventRow key={event.id} event={event} />
          ))}
        </ol>
      )}
    </section>
  );
}

function EventRow({ event }) {
  const fired = (event.rules || []).filter((r) => r.fired);
  const quiet = (event.rules || []).filter((r) => !r.fired);
  return (
    <li class="why-event">
      <p class="why-head">
        <span class="why-summary">
          {event.advocate ? `${event.advocate}: ` : ''}
          {event.summary || event.type}
        </span>
        <span class="why-total">{formatPoints(event.total)} pts</span>
      </p>
      <p class="why-when">{fullDate(event.occurred_at)}</p>
      {fired.length === 0 ? (
        <p class="muted-note">No rule fired.</p>
      ) : (
        <ul class="why-rules">
          {fired.map((rule) => (
            <li key={rule.id}>
              <span class="why-points">{formatChange(rule.points)}</span> <strong>{rule.name}</strong>
              {rule.why && <span class="why-reason">: {rule.why}</span>}
            </li>
          ))}
        </ul>
      )}
      {quiet.length > 0 && (
        <details class="disclosure why-quiet">
          <summary>
            {quiet.length} {quiet.length === 1 ? 'rule' : 'rules'} didn't fire
          </summary>
          <ul class="why-rules">
            {quiet.map((rule) => (
              <li key={rule.id}>
                <strong>{rule.name}</strong>
                {rule.why && <span class="why-reason">: {rule.why}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}
