// Campaign tags as one comma-separated input. The draft gets the parsed
// list (trimmed, lowercase, each once) on every keystroke, but the text
// stays as typed: rebuilding it from the list would swallow the comma
// you just typed. A list changed from outside (Discard edits) replaces it.
import { useState } from 'preact/hooks';
import { FormField } from '../../components/FormField.jsx';
import { parseTags, sameTags, unmatchableTags } from '../../lib/tagList.js';

export function TagsField({ tags, onChange, error, ...props }) {
  const [text, setText] = useState(tags.join(', '));
  const shown = sameTags(parseTags(text), tags) ? text : tags.join(', ');
  const odd = unmatchableTags(tags);
  const warning = odd.length
    ? `Content tags are single words of letters, digits or "-"; no content can carry ${odd.join(', ')}.`
    : null;
  return (
    <FormField
      value={shown}
      autocapitalize="off"
      autocomplete="off"
      spellcheck={false}
      error={[warning, error].filter(Boolean).join(' ') || null}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onChange(parseTags(event.currentTarget.value));
      }}
      {...props}
    />
  );
}
