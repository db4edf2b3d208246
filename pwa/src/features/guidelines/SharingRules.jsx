// The guidelines' rules the app enforces on every share, in a sentence or
// two: the words no share may contain and the disclosure an edited caption keeps.
export function SharingRules({ words, disclosure }) {
  if (!words.length && !disclosure) return null;
  return (
    <section class="card sharing-rules" aria-labelledby="sharing-rules-title">
      <h2 id="sharing-rules-title">Checked on every share</h2>
      <ul>
        {words.length > 0 && (
          <li>
            Words not allowed:{' '}
            {words.map((word) => (
              <span key={word} class="rule-word">
                {word}
              </span>
            ))}
          </li>
        )}
        {disclosure && (
          <li>
            If you edit a caption, keep <span class="rule-word">{disclosure}</span> in it.
          </li>
        )}
      </ul>
      <p class="field-hint">A share that breaks these is stopped before the network opens, saying why.</p>
    </section>
  );
}
