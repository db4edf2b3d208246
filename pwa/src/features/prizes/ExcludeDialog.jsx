// Asks why someone should not get a prize. The reason is recorded with the
// manager's name; the next eligible person moves up in the preview.
import { useState } from 'preact/hooks';
import { FormDialog } from '../../components/FormDialog.jsx';
import { FormField } from '../../components/FormField.jsx';

export function ExcludeDialog({ prize, winner, onExclude, onCancel }) {
  const [reason, setReason] = useState('');
  const next = prize.method === 'best_team' ? 'team' : 'person';
  return (
    <FormDialog
      id="exclude"
      className="exclude-dialog"
      title={`Exclude ${winner.name}?`}
      description={`They won't get “${prize.title}”; the next eligible ${next} moves up. Your reason is kept with the month's record.`}
      field="reason"
      actions={{ cancel: 'Cancel', submit: 'Exclude' }}
      onSubmit={() => onExclude(reason.trim())}
      onCancel={onCancel}
    >
      {(fieldError) => (
        <FormField
          label="Reason"
          name="exclusion-reason"
          multiline
          rows={3}
          maxLength={500}
          value={reason}
          error={fieldError}
          hint="At least 3 characters, e.g. “Left the company in March”."
          onInput={(event) => setReason(event.currentTarget.value)}
        />
      )}
    </FormDialog>
  );
}
