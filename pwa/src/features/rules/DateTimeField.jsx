// A date and time in the device's time zone, stored in the draft as a UTC
// ISO string. An incomplete entry is stored as "" (the field says so); an
// untouched value keeps the server's exact text, seconds and all.
import { FormField } from '../../components/FormField.jsx';
import { isoToLocal, localToIso } from '../../lib/localDateTime.js';

export function DateTimeField({ value, onChange, ...props }) {
  const shown = isoToLocal(value);
  return (
    <FormField
      type="datetime-local"
      value={shown}
      onInput={(event) => {
        const text = event.currentTarget.value;
        if (text !== shown) onChange(localToIso(text));
      }}
      {...props}
    />
  );
}
