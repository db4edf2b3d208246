// One question in the admin's quiz editor: its text, its options (2 to 6),
// which option is right, and the server's messages next to each of them.
import { FormField } from '../../components/FormField.jsx';
import { Icon } from '../../components/Icon.jsx';
import {
  MAX_OPTIONS,
  addOption,
  removeOption,
  removeQuestion,
  setAnswer,
  setOption,
  setQuestionText,
} from '../../lib/quizDraft.js';

export function QuestionEditor({ index, question, fields, edit, canRemove }) {
  const key = `questions.${index}`;
  const number = index + 1;
  const optionsError = fields[`${key}.options`];
  // A message about the whole list (e.g. too few options) describes every option.
  const listErrorId = optionsError ? `q${index}-options-error` : undefined;
  return (
    <fieldset class="fieldset question-editor" data-testid="question-editor">
      <legend>Question {number}</legend>
      <FormField
        label="Question"
        name={`${key}.question`}
        value={question.question}
        onInput={(e) => edit(setQuestionText, index, e.currentTarget.value)}
        error={fields[`${key}.question`]}
      />
      <fieldset class="option-editor" aria-describedby={`${key}-options-hint`}>
        <legend>Options</legend>
        <p class="field-hint" id={`${key}-options-hint`}>
          Choose which option is right.
        </p>
        {question.options.map((option, i) => (
          <OptionRow
            key={i}
            index={index}
            option={i}
            text={option}
            right={question.answer === i}
            error={fields[`${key}.options.${i}`]}
            listErrorId={listErrorId}
            canRemove={question.options.length > 1}
            edit={edit}
          />
        ))}
        {optionsError && (
          <p class="field-error" id={listErrorId}>
            {optionsError}
          </p>
        )}
        {fields[`${key}.answer`] && <p class="field-error">{fields[`${key}.answer`]}</p>}
        {question.options.length < MAX_OPTIONS && (
          <button type="button" class="btn btn-secondary btn-small" onClick={() => edit(addOption, index)}>
            <Icon name="plus" size={16} /> Add option<span class="sr-only"> to question {number}</span>
          </button>
        )}
      </fieldset>
      {canRemove && (
        <button type="button" class="link-btn" onClick={() => edit(removeQuestion, index)}>
          Remove question {number}
        </button>
      )}
    </fieldset>
  );
}

function OptionRow({ index, option, text, right, error, listErrorId, canRemove, edit }) {
  const id = `q${index}-option-${option}`;
  const label = `Option ${option + 1}`;
  const describedBy = [error && `${id}-error`, listErrorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="option-row">
      <label class="check option-right">
        <input
          type="radio"
          name={`answer-${index}`}
          checked={right}
          onChange={() => edit(setAnswer, index, option)}
        />
        <span>
          Right<span class="sr-only"> answer: {label.toLowerCase()}</span>
        </span>
      </label>
      <input
        id={id}
        type="text"
        class="option-text"
        aria-label={label}
        placeholder={label}
        value={text}
        aria-invalid={describedBy ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => edit(setOption, index, option, e.currentTarget.value)}
      />
      {canRemove && (
        <button
          type="button"
          class="icon-btn"
          aria-label={`Remove option ${option + 1} of question ${index + 1}`}
          onClick={() => edit(removeOption, index, option)}
        >
          <Icon name="close" size={18} />
        </button>
      )}
      {error && (
        <p class="field-error option-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
