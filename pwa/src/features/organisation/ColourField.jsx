// A brand colour: a hex text field people can paste into, a swatch picker
// beside it, how white text reads on it, and, when the server refuses it for
// contrast, its message and a one-click "Use #rrggbb" with the colour it
// suggests. Empty means Amplify's own colour.
import { contrastNote, isHexColour, suggestedColour } from './colours.js';

export function ColourField({ name, label, hint, value, fallback, placeholder, onChange, error, onSuggestionUsed }) {
  const id = `field-${name}`;
  const suggestion = suggestedColour(error);
  const note = contrastNote(value);
  const describedBy = [`${id}-hint`, error && `${id}-error`, note && `${id}-note`].filter(Boolean).join(' ');
  return (
    <div class={`field org-colour${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <div class="org-colour-row">
        <input
          class="org-colour-swatch"
          type="color"
          aria-label={`Pick the ${label.toLowerCase()}`}
          value={isHexColour(value) ? value.toLowerCase() : fallback}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
        <input
          id={id}
          name={name}
          type="text"
          spellcheck={false}
          autocomplete="off"
          placeholder={placeholder}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => onChange(event.currentTarget.value.trim())}
        />
      </div>
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {suggestion && (
        <button
          type="button"
          class="btn btn-secondary btn-small org-colour-use"
          onClick={() => {
            onChange(suggestion);
            onSuggestionUsed(name);
            document.getElementById(id).focus();
          }}
        >
          <span class="org-colour-chip" style={{ '--chip': suggestion }} aria-hidden="true" />
          Use {suggestion}
        </button>
      )}
      {note && !error && (
        <p class="field-hint" id={`${id}-note`}>
          {note}
        </p>
      )}
    </div>
  );
}
