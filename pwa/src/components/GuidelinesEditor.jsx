// Admins: the guidelines' text, the words no share may contain and the
// disclosure an edited caption must keep. Saving a changed text publishes a
// new version that everyone accepts again; the rules alone don't.
import { useRef, useState } from 'preact/hooks';
import { publishGuidelines } from '../api/guidelines.js';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { parseWordList, wordListText } from '../lib/wordList.js';
import { setGuidelines } from '../state/guidelines.js';
import { showToast } from '../state/toasts.js';
import { FormField } from './FormField.jsx';

export function GuidelinesEditor({ current }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const form = useRef(null);
  useFocusFirstError(form, error);

  const onSubmit = async (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const saved = await publishGuidelines({
        text: data.get('text'),
        prohibited_words: parseWordList(data.get('prohibited_words')),
        required_disclosure: data.get('required_disclosure').trim() || null,
      });
      setGuidelines(saved);
      const isNew = saved.version !== current.version;
      showToast({
        tone: 'success',
        title: isNew ? 'New version published' : 'Guidelines saved',
        detail: isNew ? 'Everyone accepts it again before their next share.' : undefined,
      });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fields = flattenFieldErrors(error && error.fields);
  const wordsError = Object.entries(fields).find(([name]) => name.startsWith('prohibited_words'));
  return (
    <form class="form card editor-card" ref={form} onSubmit={onSubmit} noValidate aria-labelledby="guidelines-editor-title">
      <h2 id="guidelines-editor-title">Edit the guidelines</h2>
      <FormField
        label="Guidelines text"
        name="text"
        multiline
        rows={10}
        defaultValue={current.text}
        hint={
          'Plain text; a blank line starts a new paragraph. ' +
          'Changing it publishes a new version that everyone accepts again.'
        }
        error={fields.text}
      />
      <FormField
        label="Words not allowed"
        name="prohibited_words"
        multiline
        rows={3}
        defaultValue={wordListText(current.prohibited_words)}
        hint="One per line, or separated by commas. No share may contain them."
        optional
        error={wordsError && wordsError[1]}
      />
      <FormField
        label="Disclosure to keep"
        name="required_disclosure"
        defaultValue={current.required_disclosure || ''}
        hint="E.g. #Northwind: an edited caption must keep it."
        optional
        maxLength={80}
        error={fields.required_disclosure}
      />
      {error && !fields.text && !wordsError && !fields.required_disclosure && (
        <p class="form-error" role="alert" tabIndex={-1}>
          {error.message}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        Save guidelines
      </button>
    </form>
  );
}
