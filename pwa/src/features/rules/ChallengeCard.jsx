// One team challenge in the draft: name, team, target, when it runs and the
// reward. It always counts shares (event_type stays "share").
import { FormField } from '../../components/FormField.jsx';
import { NumberField } from '../../components/NumberField.jsx';
import { SelectField } from '../../components/SelectField.jsx';
import { ContextLabel } from './ContextLabel.jsx';
import { ItemCard } from './ItemCard.jsx';
import { WindowFields } from './WindowFields.jsx';
import { nameProblem, wholeProblem } from '../../lib/sectionChecks.js';
import { joinProblems } from '../../lib/cardProblems.js';

export function ChallengeCard({ challenge, index, status, teams, server, onEdit, onRename, onRemove, extra }) {
  const title = challenge.name.trim() || challenge.id;
  const context = ` for ${title}`;
  const name = (field) => `challenges.${index}.${field}`;
  const { byField, general } = server;
  const edit = (patch) => onEdit(index, patch);
  return (
    <ItemCard
      kind="team challenge"
      itemKey={`challenge-${index}`}
      title={title}
      id={challenge.id}
      status={status}
      problems={general}
      attrs={{ 'data-challenge-card': challenge.id }}
      {...extra}
      onRemove={onRemove}
    >
      <FormField
        label={<ContextLabel text="Name" context={context} />}
        name={name('name')}
        value={challenge.name}
        maxLength={120}
        autocomplete="off"
        error={joinProblems(nameProblem(challenge.name), byField.name)}
        onInput={(event) => onRename(index, event.currentTarget.value)}
      />
      <SelectField
        label={<ContextLabel text="Team" context={context} />}
        name={name('team_id')}
        options={teamOptions(teams, challenge.team_id)}
        value={challenge.team_id}
        error={joinProblems(!Number.isInteger(challenge.team_id) && 'Choose a team.', byField.team_id)}
        onChange={(id) => edit({ team_id: id === '' ? '' : Number(id) })}
      />
      <div class="pair-fields">
        <NumberField
          label={<ContextLabel text="Target shares" context={context} />}
          name={name('target')}
          min="1"
          value={challenge.target}
          error={joinProblems(wholeProblem(challenge.target, 1), byField.target)}
          onValue={(target) => edit({ target })}
        />
        <NumberField
          label={<ContextLabel text="Reward points" context={context} />}
          name={name('reward_points')}
          min="1"
          value={challenge.reward_points}
          error={joinProblems(wholeProblem(challenge.reward_points, 1), byField.reward_points)}
          onValue={(points) => edit({ reward_points: points })}
        />
      </div>
      <WindowFields item={challenge} name={name} context={context} byField={byField} onEdit={edit} />
    </ItemCard>
  );
}

ChallengeCard.fields = ['name', 'team_id', 'target', 'reward_points', 'starts', 'ends'];

// The teams to pick from, plus the challenge's own team if it isn't among
// them (teams not loaded, or since deleted), so the choice isn't lost.
function teamOptions(teams, teamId) {
  const options = teams.map((team) => ({ value: team.id, label: team.name }));
  if (teamId === '' || teamId == null) return [{ value: '', label: 'Choose a team' }, ...options];
  if (!teams.some((team) => team.id === teamId)) options.unshift({ value: teamId, label: `Team ${teamId}` });
  return options;
}
