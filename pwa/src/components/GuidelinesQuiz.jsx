// The training quiz: one radio group per question, Submit, then the score,
// which answers were right, pass or not, and the points the first pass
// earns. Focus goes to the result so the score is read next.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useQuiz } from '../lib/useQuiz.js';
import { pointsLabel } from '../lib/pointsLabel.js';
import { announce } from '../state/announcer.js';
import { showToast } from '../state/toasts.js';
import { ErrorState } from './StatusViews.jsx';
import { QuizQuestion } from './QuizQuestion.jsx';
import { QuizResult, resultSentence } from './QuizResult.jsx';

export function GuidelinesQuiz() {
  const { quiz, answers, result, load, choose, submit } = useQuiz();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState(null);
  const [focusSignal, setFocusSignal] = useState(0);
  const form = useRef(null);
  const resultBox = useRef(null);
  useEffect(() => {
    if (focusSignal && resultBox.current) resultBox.current.focus();
  }, [focusSignal]);

  if (quiz.status === 'error') return <ErrorState error={quiz.error} onRetry={load} />;
  if (!quiz.data) return <p class="loading-line" aria-busy="true">Loading the quiz…</p>;
  const { questions, pass_mark: passMark, passed, score } = quiz.data;
  if (!questions.length) return <p class="muted-note">There's no training quiz yet.</p>;

  const onSubmit = async (event) => {
    event.preventDefault();
    const missing = answers.indexOf(null);
    if (missing >= 0) {
      setError(`Choose an answer for question ${missing + 1}.`);
      form.current.querySelector(`input[name="quiz-${missing}"]`).focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const outcome = await submit();
      announce(resultSentence(outcome, passMark));
      if (outcome.points > 0) {
        showToast({ tone: 'success', title: pointsLabel(outcome.points), detail: 'You passed the training quiz.' });
      }
      setFocusSignal((n) => n + 1);
    } catch (err) {
      setError(err.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form quiz" ref={form} onSubmit={onSubmit} noValidate aria-describedby="quiz-intro">
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
