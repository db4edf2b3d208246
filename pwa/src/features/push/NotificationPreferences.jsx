// What the advocate wants to be notified about, and quiet hours, saved
// together with one button. Errors from the server sit next to their field.
import { CATEGORIES, placeErrors } from '../../lib/pushPreferences.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalWithMessage } from '../../lib/formFailure.js';
import { QuietHoursFields } from './QuietHoursFields.jsx';

export function NotificationPreferences({ prefs }) {
  const { form, edit, check, save, saved } = prefs;
  const { form: formRef, failure, busy, submit } = useFormSubmit({ check, send: save, refusal: refusalWithMessage });
  const errors = placeErrors(failure && failure.fields);
  const setCategory = (key, on) => edit({ categories: { ...form.categories, [key]: on } });

  return (
    <form class="push-prefs" ref={formRef} onSubmit={submit} noValidate data-testid="push-preferences">
      <h2 class="section-title" id="push-topics-title">Notify me about</h2>
      <div class="card push-card" role="group" aria-labelledby="push-topics-title">
        {CATEGORIES.map(({ key, label, hint }) => (
          <div key={key} class="push-switch">
            <label class="switch-row">
              <span class="switch-label">{label}</span>
              <input
                type="checkbox"
                role="switch"
                class="switch"
                name={`category-${key}`}
                checked={form.categories[key] === true}
                aria-describedby={`push-hint-${key}`}
                onChange={(event) => setCategory(key, event.currentTarget.checked)}
              />
            </label>
            <p class="switch-note" id={`push-hint-${key}`}>
              {hint}
            </p>
          </div>
        ))}
        {errors.categories && <p class="field-error">{errors.categories}</p>}
      </div>

      <h2 class="section-title" id="push-quiet-title">Quiet hours</h2>
      <QuietHoursFields form={form} edit={edit} errors={errors} />

      {failure && (
        <div class="form-error" role="alert" tabIndex={-1}>
          <p>{placedAny(errors) ? 'Please check the fields marked above.' : failure.message}</p>
          {errors.other.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <div class="push-save">
        <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy ? 'true' : undefined}>
          Save preferences
        </button>
        {/* The live region says it; this is for eyes (aria-hidden avoids a double read). */}
        {saved && (
          <span class="field-ok" aria-hidden="true">
            Saved
          </span>
        )}
      </div>
    </form>
  );
}

// The server's summary names fields ("quiet_hours"); when each message is
// already next to its control, a plain pointer reads better.
function placedAny(errors) {
  return Boolean(errors.start || errors.end || errors.quietHours || errors.timezone || errors.categories);
}
