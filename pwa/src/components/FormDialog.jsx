// A modal sheet asking for one thing before an action (a password, a
// reason): title, what will happen, the field, Cancel and the action. Focus
// starts on the field, stays inside until done or cancelled (Escape
// cancels), and comes back to the field (or to the message, when the
// server's answer names no field) when the action is refused.
// `children(fieldError)` renders the field.
import { useFormSubmit } from '../lib/useFormSubmit.js';
import { refusalShowing } from '../lib/formFailure.js';
import { FormFailure } from './FormFailure.jsx';
import { Sheet } from './Sheet.jsx';

export function FormDialog({ id, className, title, description, field, actions, onSubmit, onCancel, children }) {
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: onSubmit,
    refusal: refusalShowing([field]),
  });
  return (
    <Sheet
      id={id}
      title={title}
      description={description}
      descriptionClass={`${id}-text`}
      className={className}
      closeLabel="Cancel"
      focusFirst
      onClose={onCancel}
    >
      <form class="form" ref={form} onSubmit={submit} noValidate>
        {children(fieldError(field))}
        <FormFailure failure={failure} />
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" onClick={onCancel}>
            {actions.cancel}
          </button>
          <button type="submit" class={`btn ${actions.tone || 'btn-primary'}`} disabled={busy}>
            {actions.submit}
          </button>
        </div>
      </form>
    </Sheet>
  );
}
