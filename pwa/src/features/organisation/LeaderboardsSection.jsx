// Leaderboards: how people with the same points are ranked.
import { SettingsSection } from './SettingsSection.jsx';

const STYLES = [
  {
    value: 'competition',
    label: 'Competition ranking',
    example: '1, 2, 2, 4: after a tie, the next place is skipped.',
  },
  { value: 'dense', label: 'Dense ranking', example: '1, 2, 2, 3: after a tie, the next place follows on.' },
];

export function LeaderboardsSection({ settings, onSaved }) {
  return (
    <SettingsSection id="leaderboards" title="Leaderboards" settings={settings} onSaved={onSaved}>
      {({ draft, set, error }) => (
        <fieldset class="fieldset" aria-describedby={error('ranking') ? 'field-ranking-error' : undefined}>
          <legend>People with the same points are ranked</legend>
          {STYLES.map((style) => (
            <label key={style.value} class="check org-choice">
              <input
                type="radio"
                name="ranking"
                value={style.value}
                checked={draft.ranking === style.value}
                aria-invalid={error('ranking') ? 'true' : undefined}
                onChange={() => set('ranking', style.value)}
              />
              <span>
                <strong>{style.label}</strong>
                <span class="org-choice-example">{style.example}</span>
              </span>
            </label>
          ))}
          {error('ranking') && (
            <p class="field-error" id="field-ranking-error">
              {error('ranking')}
            </p>
          )}
        </fieldset>
      )}
    </SettingsSection>
  );
}
