// Loads a screen's code on first visit, so people who never open it (e.g.
// advocates and the publishing form) never download it.
import { useEffect, useState } from 'preact/hooks';
import { ErrorState } from './StatusViews.jsx';

export function LazyScreen({ load, ...props }) {
  const [Screen, setScreen] = useState(null);
  const [error, setError] = useState(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load()
      .then((module) => !cancelled && setScreen(() => module.default))
      .catch(
        () =>
          !cancelled && setError({ offline: !navigator.onLine, message: "This screen couldn't be loaded." }),
      );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (error) {
    return <ErrorState error={error} onRetry={() => (setError(null), setAttempt(attempt + 1))} />;
  }
  if (!Screen)
    return (
      <p class="loading-line" aria-busy="true">
        Loading…
      </p>
    );
  return <Screen {...props} />;
}
