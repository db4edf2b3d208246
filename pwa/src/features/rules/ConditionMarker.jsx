// Shows the condition with the problem highlighted at the server's 0-based
// position (the whole word there, or a gap when it's at the very end), plus
// a button that selects that spot in the textarea. The highlight is visual
// only; the message itself says where, for screen readers.
const WORD = /^[A-Za-z_][A-Za-z0-9_]*|^\S/;

export function ConditionMarker({ value, position, input }) {
  const at = Math.min(Math.max(0, position), value.length);
  const token = (value.slice(at).match(WORD) || [''])[0];
  const select = () => {
    const el = input.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(at, at + token.length);
  };
  return (
    <div class="condition-marker">
      <p class="condition-where" aria-hidden="true">
        <code>
          {value.slice(0, at)}
          <mark class={token ? '' : 'is-end'}>{token || ' '}</mark>
          {value.slice(at + token.length)}
        </code>
      </p>
      <button type="button" class="link-btn" onClick={select}>
        Select it in the field
      </button>
    </div>
  );
}
