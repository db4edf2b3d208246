// The training quiz as the advocate takes it: the questions (never the
// answers), the answer chosen per question, and the last attempt's result.
// A question whose answer changes since that attempt loses its mark.
import { useEffect, useState } from 'preact/hooks';
import { attemptQuiz, fetchQuiz } from '../api/guidelines.js';

export function useQuiz() {
  const [quiz, setQuiz] = useState({ status: 'loading', data: null, error: null });
  const [answers, setAnswers] = useState([]);
  const [result, setResult] = useState(null);

  const load = () => {
    setQuiz((q) => ({ ...q, status: 'loading', error: null }));
    fetchQuiz()
      .then((data) => {
        setQuiz({ status: 'ready', data, error: null });
        setAnswers(data.questions.map(() => null));
      })
      .catch((error) => setQuiz({ status: 'error', data: null, error }));
  };
  useEffect(load, []);

  const choose = (question, option) => {
    setAnswers((list) => list.map((a, i) => (i === question ? option : a)));
    setResult((r) => r && { ...r, correct: r.correct.map((c, i) => (i === question ? null : c)) });
  };

  /** Sends the answers; resolves with the result (also kept) or throws the ApiError. */
  const submit = async () => {
    const outcome = await attemptQuiz(answers);
    setResult(outcome);
    if (outcome.passed) {
      setQuiz((q) => ({ ...q, data: { ...q.data, passed: true, score: Math.max(q.data.score || 0, outcome.score) } }));
    }
    return outcome;
  };
  return { quiz, answers, result, load, choose, submit };
}
