// A team's form, new or existing: the draft, the browser's checks, and the
// request; field errors (manager_ids.0 counts as manager_ids) show at their
// fields and the first one takes focus.
import { useState } from 'preact/hooks';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { teamDraft, teamPayload, teamProblems } from './teamDraft.js';

const SHOWN = ['name', 'department', 'location', 'manager_ids'];

export function useTeamForm(team, send) {
  const [draft, setDraft] = useState(() => teamDraft(team));
  const submit = useFormSubmit({
    check: () => teamProblems(draft),
    send: () => send(teamPayload(draft)),
    refusal: refusalShowing(SHOWN),
  });
  const set = (name, value) => setDraft((d) => ({ ...d, [name]: value }));
  const error = (name) => {
    const fields = submit.failure ? submit.failure.fields : {};
    const nested = Object.keys(fields).find((key) => key.startsWith(`${name}.`));
    return fields[name] || (nested && fields[nested]);
  };
  return { ...submit, draft, setDraft, set, error };
}
