// Suggest content: a link, a title and the advocate's own words (which
// become the suggested caption if approved). Problems show next to their
// field and take focus; a link already waiting is a problem with the link.
import { useRef, useState } from 'preact/hooks';
import { suggestContent } from '../api/suggestions.js';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { suggestionProblems, refusalFields, TITLE_MAX, COMMENT_MAX } from '../lib/suggestionDraft.js';
import { showToast } from '../state/toasts.js';
import { routeQuery } from '../lib/router.js';
import { FormField } from './FormField.jsx';
import { FormFailure } from './FormFailure.jsx';

const EMPTY = { url: '', title: '', comment: '' };

export function SuggestForm({ onSuggested }) {
  // A link shared to the app from another app arrives in the route's query.
  const [draft, setDraft] = useState(() => ({ ...EMPTY, ...pick(routeQuery()) }));
  const [problems, setProblems] = useState({});
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useRef(null);
  useFocusFirstError(form, failure);
  const field = (name) => ({
    name: `suggest-${name}`,
    value: draft[name],
    error: problems[name],
    onInput: (event) => setDraft((d) => ({ ...d, [name]: event.currentTarget.value })),
  });
  const refuse = (fields, message = null) => {
    setProblems(fields);
    setFailure({ message, at: Date.now() });
  };

  const submit = async (event) => {
    event.preventDefault();
    const found = suggestionProblems(draft);
    if (Object.keys(found).length) return refuse(found);
    setBusy(true);
    try {
      const item = await suggestContent(trimmed(draft));
      setDraft(EMPTY);
      setProblems({});
      setFailure(null);
      showToast({ tone: 'success', title: 'Thanks! Your suggestion is waiting for review.' });
      onSuggested(item);
    } catch (err) {
      const fields = refusalFields(err, flattenFieldErrors);
      refuse(fields, Object.keys(fields).length ? null : err.message);
    } finally {
      setBusy(false);
    }
  };

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

function trimmed({ url, title, comment }) {
  return { url: url.trim(), title: title.trim(), comment: comment.trim() };
}

function pick(query) {
  return Object.fromEntries(Object.keys(EMPTY).filter((k) => query[k]).map((k) => [k, query[k]]));
}
