// A badge's thresholds: bronze, silver and gold, the last two optional, or
// one "every N" for a repeatable badge. Hints say when a tier doesn't go
// above the one before; the server makes the final call.
import { NumberField } from '../../components/NumberField.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { TIERS } from '../../lib/badgeMetrics.js';
import { tierProblems } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function BadgeThresholds({ badge, index, context, error, onChange }) {
  const hints = tierProblems(badge.thresholds);
  const name = (i) => `badges.${index}.thresholds.${i}`;
  if (badge.repeatable) {
    return (
      <NumberField
        label={<ContextLabel text="Every N" context={context} />}
        name={name(0)}
        min="1"
        hint="Earned again each time the count passes another multiple of N."
        value={badge.thresholds[0] ?? ''}
        error={joinProblems(hints[0], error)}
        onValue={(value) => onChange([value])}
      />
    );
  }
  const errorId = `badges-${index}-tiers-error`;
  return (
    <fieldset class="tier-fieldset" aria-describedby={error ? errorId : undefined}>
      <legend>Tier thresholds</legend>
      <p class="field-hint">Leave silver and gold empty for fewer tiers.</p>
      <div class="tier-grid">
        {TIERS.map((tier, i) => (
          <NumberField
            key={tier}
            label={<ContextLabel text={tier} context={` threshold${context}`} />}
            name={name(i)}
            min="1"
            value={badge.thresholds[i] ?? ''}
            error={hints[i]}
            onValue={(value) => onChange(withTier(badge.thresholds, i, value))}
          />
        ))}
      </div>
      {error && (
        <p class="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}

// Thresholds with tier `i` set; gaps before it read as "" (the field asks
// for a number) and empty tiers at the end are dropped: fewer tiers.
function withTier(thresholds, i, value) {
  const next = TIERS.map((_, t) => (t === i ? value : (thresholds[t] ?? '')));
  while (next.length > 1 && next[next.length - 1] === '') next.pop();
  return next;
}
