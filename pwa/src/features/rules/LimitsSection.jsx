// Limits: overall caps (the most points anyone earns from all rules
// together per day, week or month) and how streaks are counted.
import { SectionPanel } from './SectionPanel.jsx';
import { SectionProblems } from './SectionProblems.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useListEditor } from '../../lib/useListEditor.js';
import { wholeProblem } from '../../lib/sectionChecks.js';
import { joinProblems, problemCount, problemsFor } from '../../lib/cardProblems.js';
import { sameValue } from '../../lib/draftChanges.js';
import { newCap } from '../../lib/newItems.js';

const MAX_CAPS = 3; // the server's limit
const WINDOWS = [
  { value: 'day', label: 'Day' },
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
];
const PERIODS = [
  { value: 'day', label: 'Daily' },
  { value: 'week', label: 'Weekly' },
];
const DEFAULT_STREAK = { period: 'day', grace: 0, events: ['share'] };

export function LimitsSection({ draft, original, setDraft, changes, found }) {
  return (
    <SectionPanel
      id="limits-section"
      title="Limits"
      changes={changes}
      problems={problemCount(found, ['overall_caps', 'streak'])}
    >
      <OverallCaps
        caps={draft.overall_caps || []}
        originals={original.overall_caps || []}
        setDraft={setDraft}
        found={found}
      />
      <StreakFields streak={{ ...DEFAULT_STREAK, ...draft.streak }} setDraft={setDraft} found={found} />
    </SectionPanel>
  );
}

function OverallCaps({ caps, originals, setDraft, found }) {
  const list = useListEditor(setDraft, 'overall_caps', caps.length);
  const full = caps.length >= MAX_CAPS;
  return (
    <section aria-labelledby="caps-title">
      <h3 class="subsection-title" id="caps-title">
        Overall caps
      </h3>
      <p class="field-hint" id="caps-hint">
        The most points anyone can earn from all rules together in a day, week or month. Up to {MAX_CAPS}.
      </p>
      <SectionProblems id="caps-problems" lines={problemsFor(found, 'overall_caps', []).general} />
      <ol class="row-list" ref={list.listRef}>
        {caps.map((cap, index) => (
          <CapRow
            key={index}
            cap={cap}
            index={index}
            edited={!sameValue(cap, originals[index])}
            server={problemsFor(found, `overall_caps.${index}`, ['window', 'points'])}
            onEdit={list.edit}
            onRemove={() => list.remove(index, `cap ${index + 1}`)}
          />
        ))}
      </ol>
      <button
        type="button"
        class="btn btn-secondary add-btn"
        ref={list.addRef}
        disabled={full}
        aria-describedby="caps-hint"
        onClick={() => list.add(newCap(caps))}
      >
        <Icon name="plus" size={18} />
        Add cap
      </button>
    </section>
  );
}

function CapRow({ cap, index, edited, server, onEdit, onRemove }) {
  const n = index + 1;
  const { byField, general } = server;
  return (
    <li class={`row-item${edited ? ' is-edited' : ''}`}>
      <SelectField
        label={`Cap ${n} period`}
        name={`overall_caps.${index}.window`}
        options={WINDOWS}
        value={cap.window}
        error={joinProblems(byField.window, ...general)}
        onChange={(window) => onEdit(index, { window })}
      />
      <NumberField
        label={`Cap ${n} points`}
        name={`overall_caps.${index}.points`}
        min="1"
        value={cap.points}
        error={joinProblems(wholeProblem(cap.points, 1), byField.points)}
        onValue={(points) => onEdit(index, { points })}
      />
      <button type="button" class="icon-btn row-remove" aria-label={`Remove cap ${n}`} onClick={onRemove}>
        <Icon name="close" size={20} />
      </button>
    </li>
  );
}

// Only period and grace are edited; `events` (and anything else) is kept.
function StreakFields({ streak, setDraft, found }) {
  const { byField, general } = problemsFor(found, 'streak', ['period', 'grace']);
  const edit = (patch) => setDraft((d) => ({ ...d, streak: { ...d.streak, ...patch } }));
  const weekly = streak.period === 'week';
  return (
    <section aria-labelledby="streak-title">
      <h3 class="subsection-title" id="streak-title">
        Streak
      </h3>
      <SectionProblems id="streak-problems" lines={general} />
      <SelectField
        label="Streak period"
        name="streak.period"
        hint="A streak counts days (or weeks) in a row with a share."
        options={PERIODS}
        value={streak.period}
        error={byField.period}
        onChange={(period) => edit({ period })}
      />
      <NumberField
        label={weekly ? 'Weeks of grace' : 'Days of grace'}
        name="streak.grace"
        min="0"
        max="30"
        hint={`Missed ${weekly ? 'weeks' : 'days'} forgiven before a streak resets, 0 to 30.`}
        value={streak.grace}
        error={joinProblems(graceProblem(streak.grace), byField.grace)}
        onValue={(grace) => edit({ grace })}
      />
    </section>
  );
}

const graceProblem = (grace) => wholeProblem(grace, 0) || (grace > 30 ? 'Use 30 or fewer.' : null);
