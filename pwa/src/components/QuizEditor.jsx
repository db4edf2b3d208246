// Admins: the training quiz. Add and remove questions and options, choose
// each question's right option and the pass mark; the server's messages
// appear next to the fields they are about.
import { useRef, useState } from 'preact/hooks';
import { flattenFieldErrors } from '../lib/fieldErrors.js';
import { useFocusFirstError } from '../lib/focusFirstError.js';
import { useQuizDraft } from '../lib/useQuizDraft.js';
import { MAX_QUESTIONS, addQuestion } from '../lib/quizDraft.js';
import { showToast } from '../state/toasts.js';
import { ErrorState } from './StatusViews.jsx';
import { FormField } from './FormField.jsx';
import { Icon } from './Icon.jsx';
import { QuestionEditor } from './QuestionEditor.jsx';

export function QuizEditor() {
  const { draft, loadError, load, edit, save } = useQuizDraft();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const form = useRef(null);
  useFocusFirstError(form, error);

  if (loadError) return <ErrorState error={loadError} onRetry={load} />;
  if (!draft) return <p class="loading-line" aria-busy="true">Loading the quiz editor…</p>;

  const onSubmit = async (event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save();
      showToast({ tone: 'success', title: 'Quiz saved' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fields = flattenFieldErrors(error && error.fields);
  return (
    <form class="form card editor-card" ref={form} onSubmit={onSubmit} noValidate aria-labelledby="quiz-editor-title">
      <h2 id="quiz-editor-title">Edit the quiz</h2>
      {error && (
        <p class="form-error" role="alert" tabIndex={-1}>
          {error.message}
        </p>
      )}
      <FormField
        label="Pass mark (%)"
        name="pass_mark"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        value={draft.pass_mark}
        onInput={(e) => edit((d) => ({ ...d, pass_mark: e.currentTarget.value }))}
        error={fields.pass_mark}
      />
      {fields.questions && <p class="field-error">{fields.questions}</p>}
      {draft.questions.map((question, index) => (
        <QuestionEditor
          key={index}
          index={index}
          question={question}
          fields={fields}
          edit={edit}
          canRemove={draft.questions.length > 1}
        />
      ))}
      {draft.questions.length < MAX_QUESTIONS && (
        <button type="button" class="btn btn-secondary" onClick={() => edit(addQuestion)}>
          <Icon name="plus" size={18} /> Add question
        </button>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        Save quiz
      </button>
    </form>
  );
}
