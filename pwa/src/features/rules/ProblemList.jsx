// Why a preview or publish was refused: the server's summary plus every
// problem it listed, so the admin can fix them all in one go. Takes focus
// when it appears so keyboard users land on it.
import { useEffect, useRef } from 'preact/hooks';
import { listProblems } from '../../lib/problemList.js';

export function ProblemList({ problems }) {
  const box = useRef(null);
  useEffect(() => {
    if (problems && box.current) box.current.focus();
  }, [problems]);
  if (!problems) return null;
  const { title, error, items } = problems;
  const lines = items || listProblems(error && error.fields);
  return (
    <div class="form-error problem-list" role="alert" tabIndex={-1} ref={box} data-testid="rule-problems">
      <p>
        {title}
        {error ? `: ${error.message}` : ''}
      </p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
