// Approving a suggestion: the title and summary colleagues will see, as the
// advocate wrote them until edited. Publishing puts it in the library (and
// the feed) and credits the suggester by the rules.
import { useEffect, useState } from 'preact/hooks';
import { approveSuggestion } from '../../api/suggestions.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { TITLE_MAX, COMMENT_MAX } from '../../lib/suggestionDraft.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

export function ApproveForm({ item, onDone, onCancel }) {
  const [title, setTitle] = useState(item.title);
  const [summary, setSummary] = useState(item.comment);
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => ({ title: !title.trim() && 'Give it a title.' }),
    send: async () => {
      const decided = await approveSuggestion(item.id, { title: title.trim(), summary: summary.trim() });
      onDone(decided, title.trim());
    },
  });
  useEffect(() => form.current.querySelector('input').focus(), []);

  return (
    <form class="form review-form" ref={form} onSubmit={submit} noValidate>
      <FormField
        label="Title"
        name={`review-${item.id}-title-edit`}
        maxLength={TITLE_MAX}
        value={title}
        error={fieldError('title')}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <FormField
        label="Summary"
        name={`review-${item.id}-summary`}
        multiline
        rows={3}
        maxLength={COMMENT_MAX}
        value={summary}
        error={fieldError('summary')}
        hint="Shown on the card in everyone's feed."
        onInput={(event) => setSummary(event.currentTarget.value)}
      />
      <FormFailure failure={failure} />
      <div class="review-actions">
        <button type="button" class="btn btn-secondary btn-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="btn btn-primary btn-small" disabled={busy}>
          Publish to the library
        </button>
      </div>
    </form>
  );
}
