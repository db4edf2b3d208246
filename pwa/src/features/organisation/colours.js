// What the colour fields say: how white text reads on a colour before the
// server decides, and the colour the server suggests when it refuses one.
import { contrastRatio, isHexColour } from '../../lib/brandColours.js';

export { isHexColour };

/** How white text reads on the colour, e.g. "Against white: 5.1:1, passes AA." */
export function contrastNote(hex) {
  if (!isHexColour(hex)) return null;
  const ratio = contrastRatio(hex, '#ffffff');
  const shown = `${Math.floor(ratio * 10) / 10}:1`;
  return ratio >= 4.5 ? `Against white: ${shown}, passes AA.` : `Against white: ${shown}; AA needs 4.5:1.`;
}

/** The colour a refusal suggests: the last #rrggbb in the server's message, in lower case. */
export function suggestedColour(message) {
  const found = String(message || '').match(/#[0-9a-f]{6}\b/gi);
  return found ? found[found.length - 1].toLowerCase() : null;
}
