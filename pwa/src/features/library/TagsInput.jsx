// Tags as one comma-separated input ("launch, careers"); the draft gets the
// parsed list, the text stays as typed so a trailing comma isn't swallowed.
import { useState } from 'preact/hooks';
import { FormField } from '../../components/FormField.jsx';
import { parseTags, sameTags } from '../../lib/tagList.js';

export function TagsInput({ tags, onChange, error }) {
  const [text, setText] = useState(tags.join(', '));
  const shown = sameTags(parseTags(text), tags) ? text : tags.join(', ');
  return (
    <FormField
      label="Tags"
      name="tags"
      optional
      value={shown}
      autocapitalize="off"
      autocomplete="off"
      spellcheck={false}
      hint="Words separated by commas, e.g. launch, careers. Campaigns and filters use them."
      error={error}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onChange(parseTags(event.currentTarget.value));
      }}
    />
  );
}
