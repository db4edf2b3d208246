// Give kudos (managers: their team; admins: anyone): a person, a message
// everyone will read, and points within the month's allowance. Problems,
// ours or the server's, show next to their field and take focus.
import { useState } from 'preact/hooks';
import { fetchAllowance, fetchRecipients, giveKudos } from '../../api/kudos.js';
import { useResource } from '../../lib/useResource.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { allowanceText, kudosPoints, kudosProblems, MESSAGE_MAX, POINTS_MAX } from '../../lib/kudosDraft.js';
import { showToast } from '../../state/toasts.js';
import { SelectField } from '../../components/SelectField.jsx';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { NumberField } from '../../components/NumberField.jsx';

const EMPTY = { receiverId: '', message: '', points: '' };

export function KudosForm({ onGiven }) {
  const recipients = useResource(fetchRecipients, 'recipients');
  const allowance = useResource(fetchAllowance, 'allowance');
  const [draft, setDraft] = useState(EMPTY);
  const edit = (name) => (value) => setDraft((d) => ({ ...d, [name]: value }));
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => kudosProblems(draft, allowance.data),
    send: async () => {
      try {
        const kudos = await giveKudos(payload(draft));
        setDraft(EMPTY);
        showToast({ tone: 'success', title: `Kudos sent to ${kudos.receiver.display_name}` });
        onGiven(kudos);
      } finally {
        allowance.reload(); // spent, or stale if the server refused
      }
    },
  });

  return (
    <form
      class="form card kudos-form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-labelledby="give-kudos-title"
    >
      <h2 id="give-kudos-title">Give kudos</h2>
      <RecipientField
        recipients={recipients}
        value={draft.receiverId}
        error={fieldError('receiver_id')}
        onChange={edit('receiverId')}
      />
      <FormField
        label="Message"
        name="kudos-message"
        multiline
        rows={3}
        maxLength={MESSAGE_MAX}
        value={draft.message}
        error={fieldError('message')}
        hint="What did they do? Everyone can read it."
        onInput={(event) => edit('message')(event.currentTarget.value)}
      />
      <NumberField
        label="Points"
        name="kudos-points"
        optional
        min={0}
        max={allowance.data ? Math.min(allowance.data.left, POINTS_MAX) : POINTS_MAX}
        value={draft.points}
        onValue={edit('points')}
        error={fieldError('points')}
        hint={allowance.data ? allowanceText(allowance.data) : 'Checking your allowance…'}
      />
      <FormFailure failure={failure} />
      <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
        {busy ? 'Sending…' : 'Send kudos'}
      </button>
    </form>
  );
}

function payload({ receiverId, message, points }) {
  return { receiver_id: Number(receiverId), message: message.trim(), points: kudosPoints(points) };
}

function RecipientField({ recipients, value, error, onChange }) {
  if (recipients.status === 'error') {
    return (
      <p class="form-error" role="alert">
        Couldn't load your team: {recipients.error.message}
      </p>
    );
  }
  const people = recipients.data || [];
  const options = [
    { value: '', label: recipients.data ? 'Choose a person' : 'Loading your team…' },
    ...people.map((p) => ({ value: p.id, label: p.team ? `${p.display_name} (${p.team})` : p.display_name })),
  ];
  return (
    <SelectField
      label="Person"
      name="kudos-receiver"
      options={options}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
