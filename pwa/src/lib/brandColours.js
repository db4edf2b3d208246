// Colour arithmetic for branding: WCAG contrast, and the shades of a
// company's colours the app paints with so text stays readable where the
// theme lays something over them (the points pill's white wash on the top
// bar, the tinted backgrounds behind highlighted text). The server only
// checks each colour against white.

const HEX = /^#([0-9a-f]{6})$/i;
// The darkest background highlighted text sits on: surface-2 and a 6% tint of any brand are lighter.
const TINTED = '#e9ecf5';
const PILL_WASH = 0.16; // .points-pill: rgb(255 255 255 / 16%) over the top bar

export const isHexColour = (value) => HEX.test(value || '');

const channels = (hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
const toHex = (values) => `#${values.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

function linear(value) {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex) {
  const [r, g, b] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `share` of `other` laid over `hex`, as the browser blends it. */
export const mix = (hex, other, share) => {
  const [a, b] = [channels(hex), channels(other)];
  return toHex(a.map((value, i) => value * (1 - share) + b[i] * share));
};

/** The lightest shade of `hex` (mixed with black) for which `passes` holds. */
export function shadeWhere(hex, passes) {
  for (let black = 0; black < 1; black += 0.02) {
    const shade = mix(hex, '#000000', black);
    if (passes(shade)) return shade;
  }
  return '#000000';
}

/** The top bar: the brand colour, darkened only as far as the points pill needs to stay readable. */
export const topBarShade = (brand) =>
  shadeWhere(brand, (shade) => contrastRatio('#ffffff', mix(shade, '#ffffff', PILL_WASH)) >= 4.5);

/** Highlighted text: the accent, darkened only as far as tinted backgrounds need. */
export const textShade = (accent) => shadeWhere(accent, (shade) => contrastRatio(shade, TINTED) >= 4.5);
