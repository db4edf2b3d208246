// One quiz question: a radio group with its question as the legend, and
// after an attempt whether the chosen answer was right. `invalid` marks a
// question left unanswered, so the form's focus lands on it.
import { Icon } from '../../components/Icon.jsx';

export function QuizQuestion({ index, question, answer, correct, invalid, onChoose }) {
  const name = `quiz-${index}`;
  const markId = `${name}-mark`;
  const marked = correct === true || correct === false;
  return (
    <fieldset
      class={`fieldset quiz-question${marked ? (correct ? ' is-right' : ' is-wrong') : ''}`}
      data-testid="quiz-question"
      aria-describedby={marked ? markId : undefined}
    >
      <legend>
        <span class="quiz-number">{index + 1}.</span> {question.question}
      </legend>
      {question.options.map((option, i) => (
        <label key={i} class="check quiz-option">
          <input
            type="radio"
            name={name}
            value={i}
            checked={answer === i}
            aria-invalid={invalid ? 'true' : undefined}
            onChange={() => onChoose(index, i)}
          />
          <span>{option}</span>
        </label>
      ))}
      {marked && (
        <p class={`quiz-mark ${correct ? 'is-right' : 'is-wrong'}`} id={markId}>
          <Icon name={correct ? 'check' : 'close'} size={18} />
          {correct ? 'Right' : 'Not right — have another look at the guidelines'}
        </p>
      )}
    </fieldset>
  );
}
