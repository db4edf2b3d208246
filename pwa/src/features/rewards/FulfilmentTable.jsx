// Redemptions to fulfil: who, what, cost, status, when and their note, with
// the next step for each as a button.
import { formatPoints } from '../../lib/numberFormat.js';
import { relativeTime, fullDate } from '../../lib/relativeTime.js';
import { statusLabel } from './rewardWords.js';
import { nextActions } from './fulfilment.js';

export function FulfilmentTable({ items, busyId, onAct }) {
  return (
    <div class="reward-table-box" role="region" aria-labelledby="fulfilment-caption" tabIndex={0}>
      <table class="reward-table">
        <caption id="fulfilment-caption" class="sr-only">
          Redemptions to fulfil
        </caption>
        <thead>
          <tr>
            <th scope="col">Advocate</th>
            <th scope="col">Reward</th>
            <th scope="col">Cost</th>
            <th scope="col">Status</th>
            <th scope="col">Requested</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id} data-redemption-id={r.id} data-status={r.status}>
              <th scope="row">
                <span class="reward-person">{r.person.display_name}</span>
                <span class="reward-person-meta">
                  {r.person.email}
                  {r.person.team ? ` · ${r.person.team.name || r.person.team}` : ''}
                </span>
              </th>
              <td class="reward-table-wrap">
                {r.reward.title}
                {r.reward.charity && <span class="chip reward-charity">Donation</span>}
              </td>
              <td>{formatPoints(r.cost)}</td>
              <td>
                {statusLabel(r.status)}
                {r.reason && <span class="reward-person-meta">{r.reason}</span>}
              </td>
              <td>
                <time dateTime={r.requested_at} title={fullDate(r.requested_at)}>
                  {relativeTime(r.requested_at)}
                </time>
              </td>
              <td class="reward-table-wrap">{r.note || '—'}</td>
              <td class="reward-table-actions">
                {nextActions(r.status).map((action) => (
                  <button
                    key={action.status}
                    type="button"
                    class={`btn btn-small ${action.status === 'rejected' ? 'btn-secondary' : 'btn-primary'}`}
                    disabled={busyId === r.id}
                    onClick={() => onAct(r, action.status)}
                  >
                    {action.label} <span class="sr-only">{`${r.reward.title} for ${r.person.display_name}`}</span>
                  </button>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
