// A team as the form edits it, what the browser can say before sending, and
// the body it becomes (POST /teams and PATCH /teams/<id> take the same).

export const teamDraft = (team = {}) => ({
  name: team.name || '',
  department: team.department || '',
  location: team.location || '',
  manager_ids: (team.managers || []).map((manager) => manager.id),
});

export const teamProblems = (draft) => ({
  name: !draft.name.trim() && 'Give the team a name (up to 80 characters).',
});

export const teamPayload = (draft) => ({
  name: draft.name.trim(),
  department: draft.department.trim() || null,
  location: draft.location.trim() || null,
  manager_ids: draft.manager_ids,
});

/** Ticks or unticks one manager, keeping the others. */
export const toggleManager = (ids, id) => (ids.includes(id) ? ids.filter((known) => known !== id) : [...ids, id]);
