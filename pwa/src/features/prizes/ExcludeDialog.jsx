// Asks how far and why someone should be kept out of the month's prizes:
// every prize this month (preselected: someone who may not win one may not
// win another either) or only this prize. The reason is kept in the audit
// log with the manager's name; the next eligible person moves up.
import { useState } from 'preact/hooks';
import { FormDialog } from '../../components/FormDialog.jsx';
import { FormField } from '../../components/FormField.jsx';

export function ExcludeDialog({ prize, winner, monthName, onExclude, onCancel }) {
  const [scope, setScope] = useState('month');
  const [reason, setReason] = useState('');
  const next = prize.method === 'best_team' ? 'team' : 'person';
  const choices = [
    { value: 'month', label: 'Every prize this month', detail: `No prize of ${monthName}: they move out of every list.` },
    { value: 'prize', label: 'Only this prize', detail: `Only “${prize.title}”: they can still win the others.` },
  ];
  return (
    <FormDialog
      id="exclude"
      className="exclude-dialog"
      title={`Exclude ${winner.name}?`}
      description={`The next eligible ${next} moves up. Nothing is awarded until you confirm; your reason is kept in the audit log.`}
      field="reason"
      actions={{ cancel: 'Cancel', submit: 'Exclude' }}
      onSubmit={() => onExclude(scope, reason.trim())}
      onCancel={onCancel}
    >
      {(fieldError) => (
        <>
          <fieldset class="fieldset exclude-scope">
            <legend>Exclude from</legend>
            {choices.map((choice) => (
              <label key={choice.value} class="check exclude-choice">
                <input
                  type="radio"
                  name="exclusion-scope"
                  value={choice.value}
                  checked={scope === choice.value}
                  onChange={() => setScope(choice.value)}
                />
                <span>
                  <strong>{choice.label}</strong>
                  <span class="exclude-choice-detail">{choice.detail}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <FormField
            label="Reason"
            name="exclusion-reason"
            multiline
            rows={3}
            maxLength={500}
            value={reason}
            error={fieldError}
            hint="In words, at least 3 characters, e.g. “Joined the prize committee”."
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </>
      )}
    </FormDialog>
  );
}
