// The guidelines as the admin wrote them. Plain text, never HTML: a blank
// line starts a new paragraph; single line breaks are wrapping from wherever
// the text was pasted from, so the phone re-flows them.
export function GuidelinesText({ text }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <div class="guidelines-text" data-testid="guidelines-text">
      {paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
