// After an attempt: the score, how many were right, pass or not, and the
// points a first pass earned.
import { Icon } from '../../components/Icon.jsx';
import { pointsLabel } from '../../lib/pointsLabel.js';

export function resultSentence({ score, passed, correct }, passMark) {
  const right = correct.filter(Boolean).length;
  const tally = `${right} of ${correct.length} right`;
  return passed
    ? `You scored ${score}% (${tally}): you passed.`
    : `You scored ${score}% (${tally}). You need ${passMark}% to pass: check the answers marked not right and try again.`;
}

export function QuizResult({ result, passMark, boxRef }) {
  return (
    <div
      class={`quiz-result ${result.passed ? 'is-pass' : 'is-fail'}`}
      tabIndex={-1}
      ref={boxRef}
      data-testid="quiz-result"
    >
      <p class="quiz-score">
        <Icon name={result.passed ? 'medal' : 'refresh'} size={22} />
        {result.score}%
      </p>
      <p>{resultSentence(result, passMark)}</p>
      {result.points > 0 && <p class="quiz-points">{`${pointsLabel(result.points)} for your first pass`}</p>}
    </div>
  );
}

