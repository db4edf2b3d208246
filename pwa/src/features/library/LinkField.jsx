// The link to share. On leaving the field (or pasting into it) the server
// reads the page's Open Graph and Twitter tags and fills the title, summary
// and image that are still empty; a page it can't read says why, and every
// field stays editable.
import { useRef, useState } from 'preact/hooks';
import { FormField } from '../../components/FormField.jsx';
import { fetchLinkPreview } from '../../api/content.js';

export function LinkField({ value, onInput, onPreview, error }) {
  const [status, setStatus] = useState({ state: 'idle' });
  const lastRead = useRef(value);

  const read = async (url) => {
    const wanted = url.trim();
    if (!/^https?:\/\/\S+/i.test(wanted) || wanted === lastRead.current) return;
    lastRead.current = wanted;
    setStatus({ state: 'reading' });
    try {
      onPreview(await fetchLinkPreview(wanted));
      setStatus({ state: 'done' });
    } catch (err) {
      const reason = err.fields && err.fields.url ? [].concat(err.fields.url).join(' ') : err.message;
      // The server's words may already say so; never "Couldn't read that page: We couldn't read…".
      const message = /read that page/i.test(reason) ? reason : `Couldn't read that page: ${reason}`;
      setStatus({ state: 'failed', message });
    }
  };

  const problem = error || (status.state === 'failed' ? status.message : null);
  return (
    <div class="link-field">
      <FormField
        label="Link to share"
        name="url"
        type="url"
        inputMode="url"
        placeholder="https://"
        autocomplete="off"
        required
        value={value}
        error={problem}
        hint="We fill in the title, summary and image from the page; change anything you like."
        onInput={(event) => onInput(event.currentTarget.value)}
        onBlur={(event) => read(event.currentTarget.value)}
        // The pasted text is in the field only after the paste event.
        onPaste={(event) => {
          const input = event.currentTarget;
          setTimeout(() => read(input.value), 0);
        }}
      />
      <p class="link-status" aria-live="polite" data-testid="link-status">
        {status.state === 'reading' && 'Reading the page…'}
        {status.state === 'done' && 'Filled in from the page.'}
      </p>
    </div>
  );
}
