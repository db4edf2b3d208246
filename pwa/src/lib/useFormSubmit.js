// A form's submit, the one way every form sends: check it in the browser,
// then send. While the request runs the button shows busy; a refusal shows
// what was wrong and moves focus to the first field in error.
//   check(data)  -> {name: message} of problems, or nothing
//   send(data)   -> the request; throwing the API's error envelope shows it
//   refusal(err) -> {fields, message} the form shows for a thrown error
//                   (formFailure.js; by default the message only when no
//                   field explains it)
// `data` is the form's FormData, for forms that keep no draft of their own.
import { useRef, useState } from 'preact/hooks';
import { envelopeFailure, fieldFailure } from './formFailure.js';
import { useFocusFirstError } from './focusFirstError.js';

export function useFormSubmit({ check = () => null, send, refusal = envelopeFailure }) {
  const [failure, setFailure] = useState(null);
  const [busy, setBusy] = useState(false);
  const form = useRef(null);
  useFocusFirstError(form, failure);

  const submit = async (event) => {
    event.preventDefault();
    if (busy) return; // Enter in a field while the last submit is still out
    const data = new FormData(event.currentTarget);
    const problems = fieldFailure(check(data));
    if (problems) return setFailure(problems);
    setBusy(true);
    setFailure(null);
    try {
      await send(data);
    } catch (err) {
      setFailure(refusal(err));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name) => (failure ? failure.fields[name] : undefined);
  return { form, failure, busy, submit, fieldError, setFailure };
}
