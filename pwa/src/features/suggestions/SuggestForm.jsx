// Suggest content: a link, a title and the advocate's own words (which
// become the suggested caption if approved). Problems show next to their
// field and take focus; a link already waiting is a problem with the link.
import { useState } from 'preact/hooks';
import { suggestContent } from '../../api/suggestions.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { envelopeFailure } from '../../lib/formFailure.js';
import { flattenFieldErrors } from '../../lib/fieldErrors.js';
import { suggestionProblems, refusalFields, TITLE_MAX, COMMENT_MAX } from '../../lib/suggestionDraft.js';
import { showToast } from '../../state/toasts.js';
import { routeQuery } from '../../lib/router.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

const EMPTY = { url: '', title: '', comment: '' };

export function SuggestForm({ onSuggested }) {
  // A link shared to the app from another app arrives in the route's query.
  const [draft, setDraft] = useState(() => ({ ...EMPTY, ...pick(routeQuery()) }));
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => suggestionProblems(draft),
    send: async () => {
      const item = await suggestContent(trimmed(draft));
      setDraft(EMPTY);
      showToast({ tone: 'success', title: 'Thanks! Your suggestion is waiting for review.' });
      onSuggested(item);
    },
    refusal,
  });
  const field = (name) => ({
    name: `suggest-${name}`,
    value: draft[name],
    error: fieldError(name),
    onInput: (event) => setDraft((d) => ({ ...d, [name]: event.currentTarget.value })),
  });

  return (
    <form
      class="form card suggest-form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-labelledby="suggest-title"
    >
      <h2 id="suggest-title">Suggest a link</h2>
      <FormField label="Link" type="url" inputMode="url" autoComplete="off" {...field('url')} />
      <FormField label="Title" maxLength={TITLE_MAX} {...field('title')} />
      <FormField
        label="Your words"
        multiline
        rows={3}
        maxLength={COMMENT_MAX}
        hint="Why should colleagues share it? This becomes the suggested caption."
        {...field('comment')}
      />
      <FormFailure failure={failure} />
      <button type="submit" class="btn btn-primary btn-block" disabled={busy}>
        {busy ? 'Sending…' : 'Send suggestion'}
      </button>
    </form>
  );
}

// A link already waiting is refused with a code, not a field: it belongs to the link.
function refusal(err) {
  return envelopeFailure({ message: err && err.message, fields: refusalFields(err, flattenFieldErrors) });
}

function trimmed({ url, title, comment }) {
  return { url: url.trim(), title: title.trim(), comment: comment.trim() };
}

function pick(query) {
  return Object.fromEntries(Object.keys(EMPTY).filter((k) => query[k]).map((k) => [k, query[k]]));
}
