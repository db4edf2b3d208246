// Who won what in an awarded month, for everyone. Advocates who keep their
// ranking private already come anonymised from the server.
import { SelectField } from '../../components/SelectField.jsx';
import { EmptyState } from '../../components/StatusViews.jsx';
import { monthLabel } from './prizeMonths.js';
import { figureLabel } from './prizeWords.js';
import { ordinal } from '../../lib/ordinal.js';
import { wallGroups } from '../../lib/wallGroups.js';

export function WinnersWall({ wall, onMonth }) {
  if (!wall.month) {
    return (
      <EmptyState icon="trophy" title="No winners yet">
        Once a month's prizes are awarded, everyone's winners appear here.
      </EmptyState>
    );
  }
  const options = wall.months.map((month) => ({ value: month, label: monthLabel(month) }));
  return (
    <div class="wall" data-testid="winners-wall">
      {options.length > 1 && (
        <SelectField label="Month" name="wall-month" options={options} value={wall.month} onChange={onMonth} />
      )}
      <p class="wall-month">{wall.month_label}</p>
      <ul class="wall-list">
        {wallGroups(wall.winners).map(({ prize, scope, winners }) => (
          <li key={prize.id} class="card wall-prize">
            <p class="prize-scope">{scope}</p>
            <h3 class="prize-title">{prize.title}</h3>
            <ol class="wall-winners">
              {winners.map((winner) => (
                <li key={winner.id}>
                  <span class="wall-place">{ordinal(winner.place)}</span>
                  <span class="wall-name">{winner.name}</span>
                  <span class="wall-figure">{figureLabel(prize.method, winner.figure)}</span>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
