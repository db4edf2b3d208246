// One section of the organisation settings: its own form, draft and Save
// button, so changing the kudos cap never sends a half-edited logo. A refusal
// shows each message at its field and moves focus to the first one; the
// server's answer becomes the saved settings and the section's new draft.
import { useState } from 'preact/hooks';
import { updateOrganisation } from '../../api/organisation.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { showToast } from '../../state/toasts.js';
import { FormFailure } from '../../components/FormFailure.jsx';
import { SECTIONS } from './settingsDraft.js';

export function SettingsSection({ id, title, description, settings, onSaved, children }) {
  const section = SECTIONS[id];
  const [draft, setDraft] = useState(() => section.draft(settings));
  const { form, failure, busy, submit, fieldError, setFailure } = useFormSubmit({
    check: () => section.check(draft),
    send: async () => {
      const saved = await updateOrganisation(section.payload(draft));
      setDraft(section.draft(saved));
      onSaved(saved);
      showToast({ tone: 'success', title: `${title} saved.` });
    },
    refusal: refusalShowing(section.fields),
  });
  const set = (name, value) => setDraft((d) => ({ ...d, [name]: value }));
  return (
    <section class="card org-section" aria-labelledby={`org-${id}-title`}>
      <form class="form" ref={form} onSubmit={submit} noValidate>
        <div>
          <h2 id={`org-${id}-title`}>{title}</h2>
          {description && <p class="field-hint">{description}</p>}
        </div>
        {children({ draft, set, error: fieldError, setFailure })}
        <FormFailure failure={failure} />
        <div class="org-section-actions">
          <button type="submit" class="btn btn-primary" disabled={busy} aria-busy={busy ? 'true' : undefined}>
            Save {title.toLowerCase()}
          </button>
        </div>
      </form>
    </section>
  );
}
