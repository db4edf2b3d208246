// A thin horizontal bar for "how far to the next level / badge tier". The
// visible caption next to it carries the numbers; aria-valuetext repeats
// them for screen readers, which otherwise only hear a percentage.
export function ProgressBar({ value, label, valueText }) {
  const percent = Math.round(Math.min(1, Math.max(0, Number(value) || 0)) * 100);
  return (
    <div
      class="progress-bar"
      role="progressbar"
      aria-label={label}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow={percent}
      aria-valuetext={valueText}
    >
      <span class="progress-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
