// Admins: the guidelines' text, the words no share may contain and the
// disclosure an edited caption must keep. Saving a changed text publishes a
// new version that everyone accepts again; the rules alone don't.
import { publishGuidelines } from '../../api/guidelines.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalShowing } from '../../lib/formFailure.js';
import { parseWordList, wordListText } from '../../lib/wordList.js';
import { setGuidelines } from '../../state/guidelines.js';
import { showToast } from '../../state/toasts.js';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';

const FIELDS = ['text', 'prohibited_words', 'required_disclosure'];

export function GuidelinesEditor({ current }) {
  const { form, failure, busy, submit } = useFormSubmit({
    send: async (data) => {
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
    },
    refusal: refusalShowing(FIELDS),
  });

  const fields = failure ? failure.fields : {};
  // One message per word list, whichever word the server named.
  const wordsError = Object.entries(fields).find(([name]) => name.startsWith('prohibited_words'));
  return (
    <form class="form card editor-card" ref={form} onSubmit={submit} noValidate aria-labelledby="guidelines-editor-title">
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
      <FormFailure failure={failure} />
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        Save guidelines
      </button>
    </form>
  );
}
