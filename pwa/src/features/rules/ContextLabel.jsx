// A short visible label ("Bronze", "Name") whose accessible name carries
// the card it belongs to ("Bronze threshold for Sharer"): cards repeat the
// same fields, and a screen reader jumping between fields, or a test
// looking one up, needs to tell them apart. The visible words come first,
// so voice control ("click Bronze") still works.
export function ContextLabel({ text, context }) {
  return (
    <>
      {text}
      <span class="sr-only">{context}</span>
    </>
  );
}
