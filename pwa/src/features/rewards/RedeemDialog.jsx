// Confirming a redemption: what it costs, what is left after, and an
// optional note. One client_id per opening of the dialog, sent again on a
// retry, so a second tap after a lost answer doesn't redeem twice. A refusal
// shows the server's reason in words.
import { useState } from 'preact/hooks';
import { FormDialog } from '../../components/FormDialog.jsx';
import { FormField } from '../../components/FormField.jsx';
import { uuid } from '../../lib/uuid.js';
import { redeem } from './rewardsApi.js';
import { pointsWords, refusalReason } from './rewardWords.js';

export function RedeemDialog({ reward, balance, onDone, onRefused, onCancel }) {
  const [clientId] = useState(uuid);
  const after = balance.available - reward.cost;
  const send = async (data) => {
    try {
      onDone(await redeem(reward.id, clientId, String(data.get('note') || '').trim()));
    } catch (err) {
      onRefused(); // the balance or stock behind the refusal may have changed: show them as they are
      throw { message: refusalReason(err), fields: err.fields && err.fields.note ? { note: err.fields.note } : null };
    }
  };
  return (
    <FormDialog
      id="redeem"
      className="redeem-sheet"
      title={`${reward.charity ? 'Donate' : 'Redeem'}: ${reward.title}`}
      description={`It costs ${pointsWords(reward.cost)}. ${afterWords(after, balance)}`}
      field="note"
      actions={{ cancel: 'Cancel', submit: `Spend ${pointsWords(reward.cost)}` }}
      onSubmit={send}
      onCancel={onCancel}
    >
      {(error) => (
        <FormField
          label="A note for whoever sends it"
          name="note"
          multiline
          optional
          rows={3}
          maxLength={500}
          hint="A size, a colour, where to deliver it."
          error={error}
        />
      )}
    </FormDialog>
  );
}

function afterWords(after, balance) {
  if (after < 0) return `That's more than the ${pointsWords(balance.available)} you have to spend.`;
  return `You'll have ${pointsWords(after)} left to spend.`;
}
