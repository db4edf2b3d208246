// A link that lets someone in (an invitation or a password reset), shown to
// the leader who made it to pass on when no mail went out: selectable text and
// a Copy button.
import { useState } from 'preact/hooks';
import { copyText } from '../../lib/clipboard.js';
import { Icon } from '../../components/Icon.jsx';

export function SecretLink({ id, label, link, note }) {
  const [copied, setCopied] = useState(null);
  const copy = async () => setCopied(await copyText(link));
  return (
    <div class="secret-link" id={id} tabIndex={-1}>
      <label for={`${id}-input`}>{label}</label>
      {note && <p class="field-hint">{note}</p>}
      <input
        id={`${id}-input`}
        class="secret-link-input"
        value={link}
        readOnly
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" class="btn btn-secondary" onClick={copy}>
        <Icon name="link" size={18} /> Copy link
      </button>
      <p class="secret-link-status" role="status">
        {copied === true && 'Copied. Send it to them yourself: it works once.'}
        {copied === false && "Couldn't copy: select the link and copy it yourself."}
      </p>
    </div>
  );
}
