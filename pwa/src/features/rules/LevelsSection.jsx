// Levels: a name and the lifetime points that reach it, one row each, in
// order. Rows have no ids, so they are labelled by position ("Level 2
// name"), which is also how the server reports them.
import { SectionPanel } from './SectionPanel.jsx';
import { SectionProblems } from './SectionProblems.jsx';
import { FormField } from '../../components/FormField.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useListEditor } from '../../lib/useListEditor.js';
import { levelProblems, nameProblem } from '../../lib/sectionChecks.js';
import { joinProblems, problemCount, problemsFor } from '../../lib/cardProblems.js';
import { sameValue } from '../../lib/draftChanges.js';
import { newLevel } from '../../lib/newItems.js';
import { confirmRemove } from './confirmRemove.js';

export function LevelsSection({ levels, originals, setDraft, changes, found, sentences }) {
  const list = useListEditor(setDraft, 'levels', levels.length);
  const hints = levelProblems(levels);
  return (
    <SectionPanel
      id="levels-section"
      title="Levels"
      count={levels.length}
      noun={levels.length === 1 ? 'level' : 'levels'}
      changes={changes}
      problems={problemCount(found, ['levels'])}
    >
      <p class="field-hint">
        Advocates reach a level at its lifetime points; each level needs more than the one before. Level 1
        usually starts at 0.
      </p>
      <SectionProblems id="levels-problems" lines={problemsFor(found, 'levels', []).general} />
      <ol class="row-list" ref={list.listRef}>
        {levels.map((level, index) => (
          <LevelRow
            key={index}
            level={level}
            index={index}
            edited={!sameValue(level, originals[index])}
            hint={hints[index]}
            sentence={sentences && sentences.levels ? sentences.levels[level.name] : null}
            server={problemsFor(found, `levels.${index}`, ['name', 'threshold'])}
            onEdit={list.edit}
            onRemove={() => confirmRemove(list, index, `level ${index + 1}, ${level.name}`)}
          />
        ))}
      </ol>
      <button
        type="button"
        class="btn btn-secondary add-btn"
        ref={list.addRef}
        onClick={() => list.add(newLevel(levels))}
      >
        <Icon name="plus" size={18} />
        Add level
      </button>
    </SectionPanel>
  );
}

function LevelRow({ level, index, edited, hint, sentence, server, onEdit, onRemove }) {
  const n = index + 1;
  const { byField, general } = server;
  return (
    <li class={`row-item${edited ? ' is-edited' : ''}`}>
      <FormField
        label={`Level ${n} name`}
        name={`levels.${index}.name`}
        value={level.name}
        maxLength={120}
        autocomplete="off"
        error={joinProblems(nameProblem(level.name), byField.name, ...general)}
        onInput={(event) => onEdit(index, { name: event.currentTarget.value })}
      />
      <NumberField
        label={`Level ${n} points`}
        name={`levels.${index}.threshold`}
        min="0"
        value={level.threshold}
        error={joinProblems(hint, byField.threshold)}
        onValue={(threshold) => onEdit(index, { threshold })}
      />
      <button type="button" class="icon-btn row-remove" aria-label={`Remove level ${n}`} onClick={onRemove}>
        <Icon name="close" size={20} />
      </button>
      {sentence && <p class="field-hint level-sentence">{sentence}</p>}
    </li>
  );
}
