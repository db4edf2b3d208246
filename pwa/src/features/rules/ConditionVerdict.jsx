// What the server said about a condition, under it: checking, valid (and
// which fields it uses), or why not, in the server's words. Announced by
// its own small polite region: a verdict only arrives after typing pauses,
// so it rarely overlaps a toast, and the app-wide region would repeat it.
export function ConditionVerdict({ id, check, value, serverError }) {
  return (
    <div id={id} aria-live="polite">
      {check.status === 'checking' && <p class="field-hint">Checking…</p>}
      <Verdict check={check} value={value} />
      {serverError && check.status !== 'invalid' && <p class="field-error">{serverError}</p>}
    </div>
  );
}

function Verdict({ check, value }) {
  if (check.status === 'unavailable') {
    return <p class="field-hint">Couldn't check this condition now ({check.message}).</p>;
  }
  if (check.status === 'valid') {
    const used = check.fieldsUsed.length ? ` · uses ${check.fieldsUsed.join(', ')}` : '';
    return <p class="field-ok">✓ Valid condition{used}</p>;
  }
  if (check.status !== 'invalid') return null;
  return (
    <>
      <p class="field-error">{check.message}</p>
      {check.position !== null && <p class="sr-only">{where(value, check.position)}</p>}
    </>
  );
}

function where(value, position) {
  return position >= value.length ? 'At the end of the condition.' : `At character ${position + 1}.`;
}
