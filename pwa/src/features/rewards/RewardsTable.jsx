// The admin's rewards as a table: title (opens the editor), cost, stock
// left, the limit and how often each was redeemed, with archive or restore.
// In its own sideways-scrolling box so a phone never scrolls the page.
import { formatPoints } from '../../lib/numberFormat.js';
import { limitColumn, stockColumn } from './rewardWords.js';

export function RewardsTable({ rewards, archived, onEdit, onArchive, onRestore }) {
  return (
    <div class="reward-table-box" role="region" aria-labelledby="rewards-table-caption" tabIndex={0}>
      <table class="reward-table">
        <caption id="rewards-table-caption" class="sr-only">
          {archived ? 'Archived rewards' : 'Rewards in the store'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Cost</th>
            <th scope="col">Stock left</th>
            <th scope="col">Limit</th>
            <th scope="col">Redeemed</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rewards.map((reward) => (
            <tr key={reward.id} data-reward-id={reward.id}>
              <th scope="row">
                <button type="button" class="link-btn reward-table-title" onClick={() => onEdit(reward)}>
                  {reward.title}
                </button>
                {reward.charity && <span class="chip reward-charity" title={reward.charity}>Donation</span>}
              </th>
              <td>{formatPoints(reward.cost)}</td>
              <td>{stockColumn(reward)}</td>
              <td>{limitColumn(reward)}</td>
              <td>{formatPoints(reward.redeemed || 0)}</td>
              <td class="reward-table-actions">
                {archived ? (
                  <button type="button" class="btn btn-secondary btn-small" onClick={() => onRestore(reward)}>
                    Restore <span class="sr-only">{reward.title}</span>
                  </button>
                ) : (
                  <button type="button" class="btn btn-secondary btn-small" onClick={() => onArchive(reward)}>
                    {reward.redeemed ? 'Archive' : 'Delete'} <span class="sr-only">{reward.title}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
