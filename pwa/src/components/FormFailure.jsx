// A form's error that belongs to no one field (offline, forbidden, already
// reviewed). Focusable, so useFocusFirstError can land on it.
export function FormFailure({ failure, id }) {
  if (!failure || !failure.message) return null;
  return (
    <p class="form-error" id={id} role="alert" tabIndex={-1}>
      {failure.message}
    </p>
  );
}
