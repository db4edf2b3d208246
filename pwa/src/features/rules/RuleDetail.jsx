// The right-hand side of the Rules screen: the chosen point rule's editor,
// or the chosen part of the programme (badges, levels…). Rule actions live
// here: duplicating puts the copy right after and shows it; deleting asks
// first and shows the next rule.
import { RuleEditor } from './RuleEditor.jsx';
import { RuleSection } from './RuleSections.jsx';
import { itemStatus } from '../../lib/draftChanges.js';
import { problemsFor } from '../../lib/cardProblems.js';
import { renamePatch } from '../../lib/draftIds.js';
import { duplicated, isEnabled, withInserted } from '../../lib/ruleItems.js';
import { withItem, withoutItem } from '../../lib/ruleDraft.js';
import { announce } from '../../state/announcer.js';

export function RuleDetail(props) {
  const { selected, draft, original, setDraft, found, changes, sentences } = props;
  if (selected.list !== 'rules') {
    return (
      <RuleSection
        list={selected.list}
        draft={draft}
        original={original}
        setDraft={setDraft}
        changes={changes}
        found={found}
        sentences={sentences}
      />
    );
  }
  if (!draft.rules.length) return <p class="muted-note">No point rules. Add one to start scoring.</p>;
  const index = Math.min(selected.index, draft.rules.length - 1);
  return <ChosenRule {...props} index={index} />;
}

function ChosenRule({ index, draft, original, setDraft, setSelected, fields, sentences, found }) {
  const rule = draft.rules[index];
  const originals = original.rules;
  const before = originals.find((r) => r.id === rule.id);
  const edit = (patch) => setDraft((d) => withItem(d, 'rules', index, patch));
  const actions = {
    edit,
    rename: (name) => edit(renamePatch(name, index, draft.rules, originals, 'rule')),
    duplicate: () => {
      const copy = duplicated(rule, draft.rules, originals, 'rule');
      setDraft((d) => withInserted(d, 'rules', index, copy));
      setSelected({ list: 'rules', index: index + 1 });
      announce(`Added ${copy.name}. Not published yet.`);
    },
    toggle: () => {
      const enabled = !isEnabled(rule);
      edit({ enabled });
      announce(`${rule.name} ${enabled ? 'enabled' : 'disabled'}. Not published yet.`);
    },
    remove: () => {
      const after = before ? ' It stops scoring once you publish.' : '';
      if (!window.confirm(`Delete the rule "${rule.name || rule.id}"?${after}`)) return;
      setDraft((d) => withoutItem(d, 'rules', index));
      setSelected({ list: 'rules', index: Math.max(0, index - (index === draft.rules.length - 1 ? 1 : 0)) });
      announce(`Deleted ${rule.name}. Not published yet.`);
    },
  };
  return (
    <RuleEditor
      rule={rule}
      index={index}
      original={before}
      status={itemStatus(rule, originals)}
      sentence={sentences.rules[rule.id]}
      fields={fields}
      server={problemsFor(found, `rules:${rule.id}`, RuleEditor.fields)}
      actions={actions}
    />
  );
}
