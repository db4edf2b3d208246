// A row of toggle buttons (aria-pressed) for choosing one option, e.g. the
// leaderboard period. Simpler for assistive tech than a full tablist.
export function Segmented({ label, options, value, onChange }) {
  return (
    <div class="segmented" role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          class="segment"
          aria-pressed={option.value === value ? 'true' : 'false'}
          disabled={option.disabled}
          title={option.title}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
