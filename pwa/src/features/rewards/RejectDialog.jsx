// Rejecting a redemption asks why: the advocate reads the reason, and their
// points come back.
import { FormDialog } from '../../components/FormDialog.jsx';
import { FormField } from '../../components/FormField.jsx';
import { changeRedemption } from './rewardsApi.js';
import { pointsWords } from './rewardWords.js';

export function RejectDialog({ redemption, onDone, onCancel }) {
  const send = async (data) => {
    const reason = String(data.get('reason') || '').trim();
    if (!reason) throw { fields: { reason: ['Say why, so they understand (up to 500 characters).'] } };
    onDone(await changeRedemption(redemption.id, 'rejected', reason));
  };
  return (
    <FormDialog
      id="reject"
      className="reject-sheet"
      title={`Reject ${redemption.reward.title} for ${redemption.person.display_name}?`}
      description={`Their ${pointsWords(redemption.cost)} are returned, and they see your reason.`}
      field="reason"
      actions={{ cancel: 'Keep it', submit: 'Reject', tone: 'btn-danger' }}
      onSubmit={send}
      onCancel={onCancel}
    >
      {(error) => <FormField label="Reason" name="reason" multiline rows={3} maxLength={500} error={error} />}
    </FormDialog>
  );
}
