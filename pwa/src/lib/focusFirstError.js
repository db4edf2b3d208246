// After a failed submit, move focus to the first field the server rejected,
// so keyboard and screen-reader users land on what needs fixing. Falls back
// to the form's error summary when it is focusable (tabIndex -1).
import { useEffect } from 'preact/hooks';

export function useFocusFirstError(formRef, error) {
  useEffect(() => {
    const form = formRef.current;
    if (!error || !form) return;
    const target = form.querySelector('[aria-invalid="true"]') || form.querySelector('.form-error[tabindex]');
    if (target) target.focus();
  }, [error]);
}
