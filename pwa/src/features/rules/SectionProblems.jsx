// What the server refused about a whole section ("levels: thresholds must
// strictly increase", a list that is too long…), shown at its top.
export function SectionProblems({ id, lines }) {
  if (!lines.length) return null;
  return (
    <div class="card-problems section-problems" id={id}>
      <p>The server refused this:</p>
      <ul>
        {lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
