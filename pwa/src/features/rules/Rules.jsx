// Scoring rules for admins: edit points and conditions, badges, levels,
// campaigns, team challenges and limits in a local draft, preview the draft
// against the last 30 days of shares, publish it, or roll back to an
// earlier version. Loaded on demand (see App.jsx), with its own
// stylesheet, so nobody but admins downloads it.
import './rules.css';
import { useRuleSet } from '../../lib/useRuleSet.js';
import { useRuleActions } from '../../lib/useRuleActions.js';
import { editedCount, withRule } from '../../lib/ruleDraft.js';
import { sectionChanges } from '../../lib/draftChanges.js';
import { fullDate } from '../../lib/relativeTime.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { FieldReference } from './FieldReference.jsx';
import { RuleCard } from './RuleCard.jsx';
import { RuleActions } from './RuleActions.jsx';
import { RuleSections } from './RuleSections.jsx';
import { ProblemList } from './ProblemList.jsx';
import { SimulationResults } from './SimulationResults.jsx';
import { VersionHistory } from './VersionHistory.jsx';

export default function Rules() {
  const rules = useRuleSet();
  const { current, draft } = rules;
  return (
    <section class="screen" aria-labelledby="rules-title">
      <div class="screen-header">
        <div>
          <h1 id="rules-title">Rules</h1>
          <p class="screen-subtitle">{subtitle(current.data)}</p>
        </div>
      </div>
      {current.status === 'error' && <ErrorState error={current.error} onRetry={rules.reload} />}
      {current.status === 'loading' && (
        <p class="loading-line" aria-busy="true">
          Loading rules…
        </p>
      )}
      {current.status === 'ready' && draft && <Editor rules={rules} />}
    </section>
  );
}

function subtitle(data) {
  if (!data) return 'How advocates earn points.';
  return `Version ${data.version} · in force since ${fullDate(data.effective_from)}`;
}

function Editor({ rules }) {
  const { current, versions, draft, setDraft } = rules;
  const original = current.data.document;
  const act = useRuleActions(rules);
  const edit = (index, patch) => setDraft((d) => withRule(d, index, patch));
  const rulesEdited = editedCount(draft, original);
  const changes = sectionChanges(draft, original);
  const total = Object.values(changes).reduce((sum, n) => sum + n, rulesEdited);
  return (
    <>
      <section aria-labelledby="draft-title">
        <h2 class="section-title section-title-row" id="draft-title">
          Point rules <span class="section-meta">{draft.rules.length}</span>
        </h2>
        <p class="field-hint rules-intro">
          Edits stay on this device until you publish them.
          {act.discard && (
            <button type="button" class="link-btn" onClick={act.discard} disabled={Boolean(act.busy)}>
              Discard edits
            </button>
          )}
        </p>
        <FieldReference />
        <ol class="rule-list">
          {draft.rules.map((rule, index) => (
            <RuleCard
              key={`${rule.id}-${index}`}
              rule={rule}
              original={original.rules[index]}
              index={index}
              onChange={edit}
            />
          ))}
        </ol>
      </section>
      <RuleSections
        draft={draft}
        original={original}
        setDraft={setDraft}
        changes={changes}
        problems={act.problems}
      />
      <RuleActions
        edited={rulesEdited}
        changes={total}
        busy={act.busy}
        onPreview={act.preview}
        onPublish={act.publish}
      />
      {act.problems && act.problems.kind !== 'rollback' && <ProblemList problems={act.problems} />}
      {act.simulation && (
        <SimulationResults
          result={act.simulation.result}
          stale={act.simulation.key !== JSON.stringify(draft)}
          sectionRef={act.resultsRef}
        />
      )}
      <VersionHistory
        versions={versions}
        currentVersion={current.data.version}
        busy={Boolean(act.busy)}
        onRollback={act.rollback}
      />
      {act.problems && act.problems.kind === 'rollback' && <ProblemList problems={act.problems} />}
    </>
  );
}
