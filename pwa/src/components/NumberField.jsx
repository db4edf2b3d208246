// A number input for the draft. It keeps the text as typed: re-rendering
// "2.0" as the number 2 would turn the next keystroke into "25", and a
// half-typed "-" reads as "" (kept as "" so the field shows the problem,
// not a silent 0). Text from outside (Discard edits) still wins.
import { useState } from 'preact/hooks';
import { FormField } from './FormField.jsx';

export function parseNumber(text) {
  if (text.trim() === '') return '';
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
}

export function NumberField({ value, onValue, decimal = false, ...props }) {
  const [text, setText] = useState(String(value ?? ''));
  const shown = parseNumber(text) === value ? text : String(value ?? '');
  return (
    <FormField
      type="number"
      inputMode={decimal ? 'decimal' : 'numeric'}
      step={decimal ? '0.1' : '1'}
      value={shown}
      onInput={(event) => {
        setText(event.currentTarget.value);
        onValue(parseNumber(event.currentTarget.value));
      }}
      {...props}
    />
  );
}
