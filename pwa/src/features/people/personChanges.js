// The detail panel's form: a draft from a person as the API gives them, and the
// PATCH body holding only what was changed (an unchanged field is not sent, so
// a manager who may not change roles never sends one).
export function draftFrom(person) {
  return {
    role: person.role,
    team_id: person.team ? String(person.team.id) : '',
    department: person.department || '',
    location: person.location || '',
    manager_id: person.manager ? String(person.manager.id) : '',
  };
}

const asId = (text) => (text === '' ? null : Number(text));

/** {role?, team_id?, department?, location?, manager_id?}: empty when nothing changed. */
export function changesOf(person, draft) {
  const before = draftFrom(person);
  const body = {};
  if (draft.role !== before.role) body.role = draft.role;
  for (const name of ['team_id', 'manager_id']) {
    if (draft[name] !== before[name]) body[name] = asId(draft[name]);
  }
  for (const name of ['department', 'location']) {
    const value = draft[name].trim();
    if (value !== before[name]) body[name] = value || null;
  }
  return body;
}
