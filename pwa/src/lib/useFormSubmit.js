// A form's submit: check it in the browser, then send. While the request runs
// the button shows busy; a refusal shows what was wrong and moves focus to the
// first field in error.
//   check(data) -> {name: message} of problems, or nothing
//   send(data)  -> the request; throwing the API's error envelope shows it
// `data` is the form's FormData, for forms that keep no draft of their own.
import { useRef, useState } from 'preact/hooks';
import { envelopeFailure, fieldFailure } from './formFailure.js';
import { useFocusFirstError } from './focusFirstError.js';

export function useFormSubmit({ check = () => null, send }) {
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useRef(null);
  useFocusFirstError(form, failure);

  const submit = async (event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const problems = fieldFailure(check(data));
    if (problems) return setFailure(problems);
    setBusy(true);
    setFailure(null);
    try {
      await send(data);
    } catch (err) {
      setFailure(envelopeFailure(err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name) => (failure ? failure.fields[name] : undefined);
  return { form, failure, busy, submit, fieldError, setFailure };
}
