// The current streak ("3-day streak") and how much grace it has left to give.
import { Icon } from '../../components/Icon.jsx';

export function StreakSummary({ streak }) {
  if (!streak) return null;
  const unit = streak.period === 'week' ? 'week' : 'day';
  const days = streak.days || 0;
  return (
    <div class={`progress-card streak-card${days > 0 ? ' is-lit' : ''}`}>
      <span class="streak-flame">
        <Icon name="flame" size={28} />
      </span>
      <div class="streak-text">
        <p class="streak-title">
          <span data-testid="streak-days">{days}</span>-{unit} streak
        </p>
        <p class="progress-caption">{hint(streak, unit, days)}</p>
      </div>
    </div>
  );
}

function hint({ grace = 0 }, unit, days) {
  const today = unit === 'week' ? 'this week' : 'today';
  if (days === 0) return `Share ${today} to start one.`;
  if (grace <= 0) return `Share every ${unit} to keep it going.`;
  const graceText = `${grace} ${unit}${grace === 1 ? '' : 's'} of grace`;
  return `${graceText}: you can miss ${grace === 1 ? `a ${unit}` : `${grace} ${unit}s`} and keep it.`;
}
