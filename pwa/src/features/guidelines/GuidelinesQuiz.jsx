// The training quiz: one radio group per question, Submit, then the score,
// which answers were right, pass or not, and the points the first pass
// earns. Focus goes to the result so the score is read next.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useQuiz } from '../../lib/useQuiz.js';
import { useFormSubmit } from '../../lib/useFormSubmit.js';
import { refusalWithMessage } from '../../lib/formFailure.js';
import { pointsLabel } from '../../lib/pointsLabel.js';
import { announce } from '../../state/announcer.js';
import { showToast } from '../../state/toasts.js';
import { ErrorState } from '../../components/StatusViews.jsx';
import { QuizQuestion } from './QuizQuestion.jsx';
import { QuizResult, resultSentence } from './QuizResult.jsx';

export function GuidelinesQuiz() {
  const { quiz, answers, result, load, choose, submit: attempt } = useQuiz();
  const [focusSignal, setFocusSignal] = useState(0);
  const resultBox = useRef(null);
  useEffect(() => {
    if (focusSignal && resultBox.current) resultBox.current.focus();
  }, [focusSignal]);
  const passMark = quiz.data && quiz.data.pass_mark;
  // A question left unanswered is named by its radio group, whose first option takes focus.
  const { form, failure, busy, submit, fieldError } = useFormSubmit({
    check: () => {
      const missing = answers.indexOf(null);
      return missing >= 0 && { [`quiz-${missing}`]: `Choose an answer for question ${missing + 1}.` };
    },
    send: async () => {
      const outcome = await attempt();
      announce(resultSentence(outcome, passMark));
      if (outcome.points > 0) {
        showToast({ tone: 'success', title: pointsLabel(outcome.points), detail: 'You passed the training quiz.' });
      }
      setFocusSignal((n) => n + 1);
    },
    refusal: refusalWithMessage,
  });

  if (quiz.status === 'error') return <ErrorState error={quiz.error} onRetry={load} />;
  if (!quiz.data) return <p class="loading-line" aria-busy="true">Loading the quiz…</p>;
  const { questions, passed, score } = quiz.data;
  if (!questions.length) return <p class="muted-note">There's no training quiz yet.</p>;
  const error = failure && (failure.message || Object.values(failure.fields)[0]);

  return (
    <form class="form quiz" ref={form} onSubmit={submit} noValidate aria-describedby="quiz-intro">
      <p class="field-hint" id="quiz-intro">
        {passed
          ? `You passed with ${score}%. Take it again any time.`
          : `${questions.length} questions. Pass with ${passMark}% or more to earn points.`}
      </p>
      {questions.map((question, index) => (
        <QuizQuestion
          key={index}
          index={index}
          question={question}
          answer={answers[index]}
          correct={result ? result.correct[index] : null}
          invalid={Boolean(fieldError(`quiz-${index}`))}
          onChoose={choose}
        />
      ))}
      {error && (
        <p class="inline-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="btn btn-primary btn-block" disabled={busy} aria-busy={busy ? 'true' : undefined}>
        Submit answers
      </button>
      {result && <QuizResult result={result} passMark={passMark} boxRef={resultBox} />}
    </form>
  );
}
