// Badges: one card per badge, "Add badge", and removal (asked first: it
// takes the badge away from everyone once published).
import { SectionPanel } from './SectionPanel.jsx';
import { SectionProblems } from './SectionProblems.jsx';
import { RemovedNote } from './RemovedNote.jsx';
import { BadgeCard } from './BadgeCard.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useListEditor } from '../../lib/useListEditor.js';
import { cardExtras } from '../../lib/ruleItems.js';
import { announce } from '../../state/announcer.js';
import { renamePatch } from '../../lib/draftIds.js';
import { itemStatus } from '../../lib/draftChanges.js';
import { problemCount, problemsFor } from '../../lib/cardProblems.js';
import { newBadge } from '../../lib/newItems.js';

export function BadgesSection({ badges, originals, setDraft, changes, found, sentences }) {
  const list = useListEditor(setDraft, 'badges', badges.length);
  const extras = cardExtras({ setDraft, key: 'badges', items: badges, originals, sentences, fallback: 'badge', announce });
  const rename = (index, name) => list.edit(index, renamePatch(name, index, badges, originals, 'badge'));
  const remove = (index) => {
    const name = badges[index].name || badges[index].id;
    const published = originals.some((b) => b.id === badges[index].id);
    const after = published ? ' Advocates stop seeing it once you publish.' : '';
    if (window.confirm(`Remove the badge "${name}"?${after}`)) list.remove(index, `badge ${name}`);
  };
  return (
    <SectionPanel
      id="badges-section"
      title="Badges"
      count={badges.length}
      noun={badges.length === 1 ? 'badge' : 'badges'}
      changes={changes}
      problems={problemCount(found, ['badges'])}
    >
      <p class="field-hint">
        Earned when an advocate's lifetime count (the metric) reaches a tier: bronze, then silver and gold.
        A repeatable badge is earned again every N instead. Advocates see the name and criteria.
      </p>
      <SectionProblems id="badges-problems" lines={problemsFor(found, 'badges', []).general} />
      <ol class="item-list" ref={list.listRef}>
        {badges.map((badge, index) => {
          const status = itemStatus(badge, originals);
          return (
            <BadgeCard
              key={status === 'new' ? `new-${index}` : badge.id}
              badge={badge}
              index={index}
              status={status}
              server={problemsFor(found, `badges:${badge.id}`, BadgeCard.fields)}
              onEdit={list.edit}
              onRename={rename}
              extra={extras(badge, index)}
              onRemove={remove}
            />
          );
        })}
      </ol>
      <RemovedNote items={badges} originals={originals} />
      <button
        type="button"
        class="btn btn-secondary add-btn"
        ref={list.addRef}
        onClick={() => list.add(newBadge(badges, originals))}
      >
        <Icon name="plus" size={18} />
        Add badge
      </button>
    </SectionPanel>
  );
}
