// The new-password field of the invitation and reset forms, with the rules
// as its hint; the browser may offer to generate a strong one.
import { FormField } from '../../components/FormField.jsx';
import { PASSWORD_HINT, PASSWORD_MAX } from '../../lib/passwordRules.js';

export function NewPasswordField({ error, label = 'New password' }) {
  return (
    <FormField
      label={label}
      name="password"
      type="password"
      autocomplete="new-password"
      maxLength={PASSWORD_MAX}
      hint={PASSWORD_HINT}
      required
      error={error}
    />
  );
}
