// A modal sheet asking for one thing before an action (a password, a
// reason): title, what will happen, the field, Cancel and the action. Focus
// starts on the field, stays inside until done or cancelled (Escape
// cancels), and comes back to the field (or to the message, when the
// server's answer names no field) when the action is refused.
// `children(fieldError)` renders the field.
import { useEffect, useRef } from 'preact/hooks';
import { useFocusTrap } from '../lib/focusTrap.js';
import { useInertOutside } from '../lib/inertOutside.js';
import { useFormSubmit } from '../lib/useFormSubmit.js';
import { refusalShowing } from '../lib/formFailure.js';
import { FormFailure } from './FormFailure.jsx';
import { Icon } from './Icon.jsx';

export function FormDialog({ id, className, title, description, field, actions, onSubmit, onCancel, children }) {
  const layer = useRef(null);
  const dialog = useRef(null);
  useFocusTrap(dialog, onCancel);
  useInertOutside(layer);
  useEffect(() => dialog.current.querySelector('input, textarea').focus(), []);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    send: onSubmit,
    refusal: refusalShowing([field]),
  });
  return (
    <div class="sheet-layer" ref={layer}>
      <div class="sheet-backdrop" onClick={onCancel} />
      <div
        class={`sheet ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        tabIndex={-1}
        ref={dialog}
      >
        <div class="sheet-header">
          <h2 id={`${id}-title`}>{title}</h2>
          <button type="button" class="icon-btn" aria-label="Cancel" onClick={onCancel}>
            <Icon name="close" />
          </button>
        </div>
        <p id={`${id}-text`} class={`${id}-text`}>
          {description}
        </p>
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
      </div>
    </div>
  );
}
