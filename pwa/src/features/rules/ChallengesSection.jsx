// Team challenges: a team's shares toward a target in a window; when it is
// met, every member gets the reward once. Teams come from GET /teams.
import { SectionPanel } from './SectionPanel.jsx';
import { SectionProblems } from './SectionProblems.jsx';
import { RemovedNote } from './RemovedNote.jsx';
import { ChallengeCard } from './ChallengeCard.jsx';
import { Icon } from '../../components/Icon.jsx';
import { useListEditor } from '../../lib/useListEditor.js';
import { cardExtras } from '../../lib/ruleItems.js';
import { announce } from '../../state/announcer.js';
import { useTeams } from '../../lib/useTeams.js';
import { renamePatch } from '../../lib/draftIds.js';
import { itemStatus } from '../../lib/draftChanges.js';
import { problemCount, problemsFor } from '../../lib/cardProblems.js';
import { newChallenge } from '../../lib/newItems.js';
import { confirmRemove } from './confirmRemove.js';

export function ChallengesSection({ challenges, originals, setDraft, changes, found, sentences }) {
  const list = useListEditor(setDraft, 'challenges', challenges.length);
  const extras = cardExtras({ setDraft, key: 'challenges', items: challenges, originals, sentences, fallback: 'challenge', announce });
  const teams = useTeams();
  const rename = (index, name) =>
    list.edit(index, renamePatch(name, index, challenges, originals, 'challenge'));
  return (
    <SectionPanel
      id="challenges-section"
      title="Team challenges"
      count={challenges.length}
      noun={challenges.length === 1 ? 'team challenge' : 'team challenges'}
      changes={changes}
      problems={problemCount(found, ['challenges'])}
    >
      <p class="field-hint">
        A team shares together toward a target; when it gets there in time, every member earns the reward
        once.
      </p>
      <TeamsStatus teams={teams} />
      <SectionProblems id="challenges-problems" lines={problemsFor(found, 'challenges', []).general} />
      <ol class="item-list" ref={list.listRef}>
        {challenges.map((challenge, index) => {
          const status = itemStatus(challenge, originals);
          return (
            <ChallengeCard
              key={status === 'new' ? `new-${index}` : challenge.id}
              challenge={challenge}
              index={index}
              status={status}
              teams={teams.items}
              server={problemsFor(found, `challenges:${challenge.id}`, ChallengeCard.fields)}
              onEdit={list.edit}
              onRename={rename}
              extra={extras(challenge, index)}
              onRemove={() => confirmRemove(list, index, `team challenge ${challenge.name || challenge.id}`)}
            />
          );
        })}
      </ol>
      <RemovedNote items={challenges} originals={originals} />
      <button
        type="button"
        class="btn btn-secondary add-btn"
        ref={list.addRef}
        onClick={() => list.add(newChallenge(challenges, originals, teams.items))}
      >
        <Icon name="plus" size={18} />
        Add team challenge
      </button>
    </SectionPanel>
  );
}

function TeamsStatus({ teams }) {
  if (teams.status === 'loading') return <p class="field-hint">Loading teams…</p>;
  if (teams.status !== 'error') return null;
  return (
    <p class="field-error">
      Teams couldn't be loaded ({teams.error.message}); challenges show team numbers.{' '}
      <button type="button" class="link-btn" onClick={teams.reload}>
        Try again
      </button>
    </p>
  );
}
