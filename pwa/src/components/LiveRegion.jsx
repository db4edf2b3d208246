// The one polite live region: points changes, share results, own rank moves.
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../lib/store.js';
import { announcement } from '../state/announcer.js';

export function LiveRegion() {
  const { text, seq } = useStore(announcement);
  const [spoken, setSpoken] = useState('');
  useEffect(() => {
    // Clearing first makes screen readers repeat an identical message.
    setSpoken('');
    const timer = setTimeout(() => setSpoken(text), 60);
    return () => clearTimeout(timer);
  }, [text, seq]);
  return (
    <div class="sr-only" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {spoken}
    </div>
  );
}
