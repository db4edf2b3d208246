// Notifications on this browser: the "Turn on notifications" button, or why
// it can't be offered (blocked, unsupported, not set up on the server).
// The heading takes focus after a tap changes the state, so the result is
// read out and keyboard users aren't left on a button that disappeared.
import { useEffect, useRef } from 'preact/hooks';
import { Icon } from '../../components/Icon.jsx';
import { PushBlockedHelp } from './PushBlockedHelp.jsx';
import { unsupportedReason } from '../../lib/pushSupport.js';
import { runningInstalled } from '../../lib/installOffer.js';

export function PushStatus({ state, busy, problem, onTurnOn, focusSignal }) {
  const heading = useRef(null);
  useEffect(() => {
    if (focusSignal && heading.current) heading.current.focus();
  }, [focusSignal]);

  if (state === 'checking') {
    return (
      <p class="loading-line" aria-busy="true">
        Checking this device…
      </p>
    );
  }
  // A function, not a component: a component defined here would be a new
  // type every render, remounting the heading and dropping its focus.
  const title = (text) => (
    <h2 class="push-status-title" tabIndex={-1} ref={heading}>
      {text}
    </h2>
  );
  return (
    <div class="card push-status" data-testid="push-status" data-state={state}>
      {state === 'on' && (
        <>
          {title(
            <>
              <Icon name="check" size={20} /> Notifications are on for this device
            </>,
          )}
          <p class="muted-note">
            Choose what they're about below. To stop them here, remove this device under Your devices.
          </p>
        </>
      )}
      {state === 'off' && (
        <>
          {title('Notifications are off on this device')}
          <button
            type="button"
            class="btn btn-primary btn-block"
            onClick={onTurnOn}
            disabled={busy}
            aria-busy={busy ? 'true' : undefined}
          >
            <Icon name="bell" size={18} /> {busy ? 'Turning on…' : 'Turn on notifications'}
          </button>
          <p class="field-hint">Your browser will ask whether Amplify may send you notifications.</p>
          {problem && problem.dismissed && (
            <p class="muted-note" role="status">
              Notifications stay off. You can turn them on whenever you like.
            </p>
          )}
          {problem && problem.message && (
            <p class="inline-error" role="alert">
              {problem.message}
            </p>
          )}
        </>
      )}
      {state === 'denied' && (
        <>
          {title('Notifications are blocked')}
          <PushBlockedHelp />
        </>
      )}
      {state === 'unsupported' && <Unsupported title={title} />}
      {state === 'not-configured' && (
        <>
          {title("Notifications aren't available yet")}
          <p class="muted-note">Notifications are not set up on this server yet. Please check back later.</p>
        </>
      )}
    </div>
  );
}

function Unsupported({ title }) {
  const reason = unsupportedReason({
    userAgent: navigator.userAgent,
    maxTouchPoints: navigator.maxTouchPoints || 0,
    standalone: runningInstalled(),
  });
  if (reason === 'ios-install') {
    return (
      <>
        {title('Add Amplify to your Home Screen first')}
        <p class="muted-note">
          On iPhone and iPad (iOS 16.4 or later), notifications work in Amplify once it is on your Home
          Screen. In Safari, tap Share, then Add to Home Screen. Open Amplify from there and come back to
          this page.
        </p>
      </>
    );
  }
  if (reason === 'ios-update') {
    return (
      <>
        {title("This device can't show notifications")}
        <p class="muted-note">
          Notifications need iOS or iPadOS 16.4 or later, with Amplify added to the Home Screen.
        </p>
      </>
    );
  }
  return (
    <>
      {title("This browser can't show notifications")}
      <p class="muted-note">
        Try a recent version of Chrome, Edge, Firefox or Safari. You can still choose below what your other
        devices are notified about.
      </p>
    </>
  );
}
