// Scoring rules for admins. The list on the left holds every point rule
// (with its sentence) and the other parts of the programme; the chosen one
// is edited on the right (on a phone, below the list, scrolled to). Everything edits a
// local draft, previewed against the last 30 days of shares, published
// with a reason, or rolled back from the version history. Loaded on demand
// (see App.jsx), with its own stylesheet, so only admins download it.
import './rules.css';
import { useRuleSet } from '../../lib/useRuleSet.js';
import { useRuleActions } from '../../lib/useRuleActions.js';
import { useRuleFields } from '../../lib/useRuleFields.js';
import { useDescriptions } from '../../lib/useDescriptions.js';
import { useMediaQuery, WIDE } from '../../lib/useMediaQuery.js';
import { ruleChanges, sectionChanges } from '../../lib/draftChanges.js';
import { cardProblems } from '../../lib/cardProblems.js';
import { withAdded } from '../../lib/ruleDraft.js';
import { newRule } from '../../lib/ruleItems.js';
import { fullDate } from '../../lib/relativeTime.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { RuleNav } from './RuleNav.jsx';
import { useRuleSelection } from './useRuleSelection.js';
import { RuleDetail } from './RuleDetail.jsx';
import { RuleActions } from './RuleActions.jsx';
import { ProblemList } from './ProblemList.jsx';
import { SimulationResults } from './SimulationResults.jsx';
import { PublishDialog } from './PublishDialog.jsx';
import { VersionHistory } from './VersionHistory.jsx';

export default function Rules() {
  const rules = useRuleSet();
  const { current, draft } = rules;
  return (
    <section class="screen rules-screen" aria-labelledby="rules-title">
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
  const fields = useRuleFields();
  const sentences = useDescriptions(draft);
  const wide = useMediaQuery(WIDE);
  const { selected, setSelected, show, showProblem, backToList, navRef, detailRef } = useRuleSelection(
    wide,
    act.problems,
  );
  const found = cardProblems(act.problems);
  const changes = { ...sectionChanges(draft, original), rules: ruleChanges(draft, original) };
  const total = Object.values(changes).reduce((sum, n) => sum + n, 0);

  return (
    <>
      <p class="field-hint rules-intro">
        Edits stay on this device until you publish them.
        {act.discard && (
          <button type="button" class="link-btn" onClick={act.discard} disabled={Boolean(act.busy)}>
            Discard edits
          </button>
        )}
      </p>
      <div class="rules-layout">
        <RuleNav
          navRef={navRef}
          draft={draft}
          original={original}
          selected={selected}
          sentences={sentences.rules}
          problems={new Set(Object.keys(found))}
          changes={changes}
          onSelect={show}
          onAdd={() => {
            setDraft((d) => withAdded(d, 'rules', newRule(d.rules, original.rules)));
            show({ list: 'rules', index: draft.rules.length });
          }}
        />
        <div class="rules-detail" ref={detailRef}>
          {!wide && (
            <button type="button" class="btn btn-secondary btn-small back-btn" onClick={backToList}>
              <span aria-hidden="true">↑</span> All rules
            </button>
          )}
          <RuleDetail
            selected={selected}
            setSelected={setSelected}
            draft={draft}
            original={original}
            setDraft={setDraft}
            fields={fields}
            sentences={sentences}
            found={found}
            changes={changes}
          />
        </div>
      </div>
      <RuleActions changes={total} busy={act.busy} onPreview={act.preview} onPublish={act.startPublish} />
      {act.problems && act.problems.kind !== 'rollback' && (
        <ProblemList problems={act.problems} onShow={showProblem} />
      )}
      {act.simulation && (
        <SimulationResults
          result={act.simulation.result}
          explain={act.simulation.explain}
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
      {act.publishing && <PublishDialog draft={draft} onPublish={act.publish} onCancel={act.cancelPublish} />}
    </>
  );
}
