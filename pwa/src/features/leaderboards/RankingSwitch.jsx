// "Show me on leaderboards": whether everyone else sees you on their boards.
// Hidden, you still see your own rank, and a note says so.
import { useState } from 'preact/hooks';
import { setPublicRanking } from '../../actions/publicRanking.js';

export function RankingSwitch({ me }) {
  const [saving, setSaving] = useState(null); // the value being saved, shown at once
  const on = saving ?? me.public_ranking !== false;
  const toggle = async (event) => {
    const wanted = event.currentTarget.checked;
    if (saving !== null) return;
    setSaving(wanted);
    await setPublicRanking(wanted);
    setSaving(null);
  };
  return (
    <div class="ranking-setting">
      <label class="switch-row">
        <span class="switch-label">Show me on leaderboards</span>
        <input
          type="checkbox"
          role="switch"
          class="switch"
          checked={on}
          aria-busy={saving !== null ? 'true' : undefined}
          aria-describedby={on ? undefined : 'ranking-hidden-note'}
          onChange={toggle}
        />
      </label>
      {!on && (
        <p class="switch-note" id="ranking-hidden-note" data-testid="ranking-hidden-note">
          Others don't see you on leaderboards. You still see your own rank.
        </p>
      )}
    </div>
  );
}
