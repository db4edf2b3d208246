// The prize form's draft and the body sent for it. Numbers stay as typed
// ('' included), so the server names the field that is wrong rather than
// the form quietly sending a 0.
export const EMPTY_DRAFT = {
  title: '',
  description: '',
  image_url: '',
  method: 'top',
  quantity: 1,
  min_points: 1,
  min_active_days: 0,
  ticket_cap: 100,
  allow_repeat: false,
};

const FIELDS = Object.keys(EMPTY_DRAFT);

export function draftFromPrize(prize) {
  const draft = { ...EMPTY_DRAFT };
  for (const name of FIELDS) if (prize[name] !== undefined && prize[name] !== null) draft[name] = prize[name];
  return draft;
}

/** A new prize's body: the draft plus the month and scope being edited. */
export function newPrizeBody(draft, month, teamId) {
  return { ...changeBody(draft), month, team_id: teamId };
}

/** An edit's body: the editable fields (month and scope stay as they are). */
export function changeBody(draft) {
  const body = {};
  for (const name of FIELDS) body[name] = draft[name];
  body.image_url = draft.image_url.trim() ? draft.image_url.trim() : null;
  return body;
}
