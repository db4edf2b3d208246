// The organisation's name, logo and colours, on every screen and on the login
// screen. The last branding is kept in localStorage, so a reload paints the
// company's colours at once and the server's answer follows. The colours
// reach the styles as --org-brand, --org-topbar and --org-text (base.css maps
// them onto the theme). Fetched with the client directly: the organisation API module
// belongs to the admin screens' chunk (see useTeams.js for why).
import { get } from '../api/client.js';
import { createStore, useStore } from './store.js';
import { textShade, topBarShade } from './brandColours.js';

const KEY = 'amplify.branding';
const DEFAULT_LOGO = '/icons/icon-192.png';
export const DEFAULT_BRANDING = { name: 'Amplify', logo_url: null, brand_colour: null, accent_colour: null };

export const branding = createStore(DEFAULT_BRANDING);

export const useBranding = () => useStore(branding);

/** The logo to show: the company's, or Amplify's own icon. */
export const logoOf = (brand) => (brand && brand.logo_url) || DEFAULT_LOGO;

const VARIABLES = ['--org-brand', '--org-topbar', '--org-text'];

/** The custom properties a branding sets; the accent falls back to the brand colour. */
export function brandingVariables(brand) {
  if (!brand || !brand.brand_colour) return null;
  return {
    '--org-brand': brand.brand_colour,
    '--org-topbar': topBarShade(brand.brand_colour),
    '--org-text': textShade(brand.accent_colour || brand.brand_colour),
  };
}

/** Only the four public fields, with defaults for what is missing. */
export function brandingOf(answer) {
  const known = answer && typeof answer === 'object' ? answer : {};
  return {
    name: known.name || DEFAULT_BRANDING.name,
    logo_url: known.logo_url || null,
    brand_colour: known.brand_colour || null,
    accent_colour: known.accent_colour || null,
  };
}

export function readCachedBranding(storage) {
  try {
    return brandingOf(JSON.parse(storage.getItem(KEY)));
  } catch {
    return DEFAULT_BRANDING; // private mode, or a damaged entry
  }
}

function cache(storage, brand) {
  try {
    storage.setItem(KEY, JSON.stringify(brand));
  } catch {
    // Storage full or refused: the next start just shows the default first.
  }
}

/** Paints a branding on the page and keeps it for the next start. */
export function applyBranding(answer, { storage = window.localStorage, root = document.documentElement } = {}) {
  const brand = brandingOf(answer);
  paint(brand, root);
  cache(storage, brand);
  branding.set(brand);
  return brand;
}

function paint(brand, root) {
  const variables = brandingVariables(brand);
  for (const name of VARIABLES) {
    if (variables) root.style.setProperty(name, variables[name]);
    else root.style.removeProperty(name);
  }
  root.classList.toggle('branded', Boolean(variables));
  const themeColour = root.ownerDocument && root.ownerDocument.querySelector('meta[name="theme-color"]');
  if (themeColour && brand.brand_colour) themeColour.setAttribute('content', brand.brand_colour);
}

/** On start-up: the cached branding now, the server's when it answers. */
export function startBranding(options = {}) {
  const storage = options.storage || window.localStorage;
  const root = options.root || document.documentElement;
  const cached = readCachedBranding(storage);
  paint(cached, root);
  branding.set(cached);
  return refreshBranding({ storage, root });
}

/** Asks the server for the branding (public: the login screen shows it too). */
export function refreshBranding(options) {
  return get('/branding').then(
    (answer) => applyBranding(answer, options),
    () => branding.get(), // offline or older server: keep what is shown
  );
}
