// Why a preview, publish or rollback was refused: the server's summary plus
// every problem it listed, each named in words, with a button that shows
// the item it concerns. Takes focus when it appears so keyboard users land
// on it.
import { useEffect, useRef } from 'preact/hooks';
import { problemLines } from '../../lib/ruleProblems.js';

export function ProblemList({ problems, onShow }) {
  const box = useRef(null);
  useEffect(() => {
    if (problems && box.current) box.current.focus();
  }, [problems]);
  if (!problems) return null;
  const { title, error, items } = problems;
  const lines = items
    ? items.map((text) => ({ text, target: null }))
    : problemLines(error && error.rawFields, problems.sent);
  return (
    <div class="form-error problem-list" role="alert" tabIndex={-1} ref={box} data-testid="rule-problems">
      <p>
        {title}
        {error ? `: ${error.message}` : ''}
      </p>
      {lines.length > 0 && (
        <ul>
          {lines.map((line, i) => (
            <li key={i}>
              {line.text}{' '}
              {line.target && onShow && (
                <button type="button" class="link-btn" onClick={() => onShow(line.target)}>
                  Show it
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
