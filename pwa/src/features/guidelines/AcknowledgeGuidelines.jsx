// "I have read and accept the guidelines", then the accepted state. Focus
// follows the button's disappearance to the sentence that replaces it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { acknowledge } from '../../actions/acknowledgeGuidelines.js';
import { Icon } from '../../components/Icon.jsx';

export function AcknowledgeGuidelines({ version, acknowledged }) {
  const [busy, setBusy] = useState(false);
  const [justAccepted, setJustAccepted] = useState(false);
  const done = useRef(null);
  useEffect(() => {
    if (justAccepted && acknowledged && done.current) done.current.focus();
  }, [justAccepted, acknowledged]);

  const onAccept = async () => {
    setBusy(true);
    setJustAccepted(await acknowledge(version));
    setBusy(false);
  };

  if (acknowledged) {
    return (
      <p class="ack-done" tabIndex={-1} ref={done} data-testid="guidelines-accepted">
        <Icon name="check" size={20} /> You accepted these guidelines. Sharing is open.
      </p>
    );
  }
  return (
    <div class="ack">
      <button
        type="button"
        class="btn btn-primary btn-block"
        disabled={busy}
        aria-busy={busy ? 'true' : undefined}
        onClick={onAccept}
      >
        I have read and accept the guidelines
      </button>
    </div>
  );
}
