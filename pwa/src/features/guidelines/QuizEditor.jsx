// Admins: the training quiz. Add and remove questions and options, choose
// each question's right option and the pass mark; the server's messages
// appear next to the fields they are about.
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalWithMessage } from '../../lib/formFailure.js';
import { useQuizDraft } from '../../lib/useQuizDraft.js';
import { MAX_QUESTIONS, addQuestion } from '../../lib/quizDraft.js';
import { showToast } from '../../state/toasts.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { FormField } from '../../components/FormField.jsx';
import { FormFailure } from '../../components/FormFailure.jsx';
import { Icon } from '../../components/Icon.jsx';
import { QuestionEditor } from './QuestionEditor.jsx';

export function QuizEditor() {
  const { draft, loadError, load, edit, save } = useQuizDraft();
  // The server's summary stays above the questions: their messages are spread down a long form.
  const { form, failure, busy, submit } = useFormSubmit({
    send: async () => {
      await save();
      showToast({ tone: 'success', title: 'Quiz saved' });
    },
    refusal: refusalWithMessage,
  });

  if (loadError) return <ErrorState error={loadError} onRetry={load} />;
  if (!draft) return <p class="loading-line" aria-busy="true">Loading the quiz editor…</p>;

  const fields = failure ? failure.fields : {};
  return (
    <form class="form card editor-card" ref={form} onSubmit={submit} noValidate aria-labelledby="quiz-editor-title">
      <h2 id="quiz-editor-title">Edit the quiz</h2>
      <FormFailure failure={failure} />
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
