// A read-only value with a Copy button, saying whether the copy worked.
import { useState } from 'preact/hooks';
import { copyText } from '../../lib/clipboard.js';
import { Icon } from '../../components/Icon.jsx';

export function CopyField({ id, label, value, copiedText, secret = false }) {
  const [copied, setCopied] = useState(null);
  const copy = async () => setCopied(await copyText(value));
  return (
    <div class={`copy-field${secret ? ' is-secret' : ''}`}>
      <label for={id}>{label}</label>
      <div class="copy-field-row">
        <input id={id} value={value} readOnly spellcheck={false} onFocus={(event) => event.currentTarget.select()} />
        <button type="button" class="btn btn-secondary" onClick={copy} aria-describedby={`${id}-status`}>
          <Icon name="link" size={18} /> Copy
        </button>
      </div>
      <p class="copy-field-status" id={`${id}-status`} role="status">
        {copied === true && copiedText}
        {copied === false && "Couldn't copy: select the text and copy it yourself."}
      </p>
    </div>
  );
}
