// The sentence under the publishing form's targeting that says who will see
// an item, from POST /content/audience's answer:
// "42 people will see this: everyone in Sales and Marketing."
import { formatList } from './listFormat.js';

const people = (n) => (n === 1 ? '1 person' : `${n} people`);

export function audienceSentence(audience) {
  if (!audience) return '';
  if (audience.everyone) return `${people(audience.people)} will see this: everyone in the organisation.`;
  const teams = (audience.teams || []).map((team) => team.name);
  if (!teams.length) return 'Nobody will see this yet: tick at least one team.';
  if (!audience.people) return `Nobody will see this yet: there is no one in ${formatList(teams)}.`;
  return `${people(audience.people)} will see this: everyone in ${formatList(teams)}.`;
}

/** The library's Targets column: "Everyone", "Sales and Marketing", "Sales and 3 more teams". */
export function targetsText(teamIds, namesById) {
  if (!teamIds || !teamIds.length) return 'Everyone';
  const names = teamIds.map((id) => namesById[id]).filter(Boolean);
  const unknown = teamIds.length - names.length;
  if (names.length > 2 || (names.length && unknown)) {
    const rest = teamIds.length - 1;
    return `${names[0]} and ${rest} more ${rest === 1 ? 'team' : 'teams'}`;
  }
  if (!names.length) return teamIds.length === 1 ? '1 team' : `${teamIds.length} teams`;
  return formatList(names);
}
