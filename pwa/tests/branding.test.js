// Branding on the page: the variables a branding sets, the cached copy a
// reload paints first, and what a damaged or missing cache falls back to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_BRANDING,
  applyBranding,
  brandingOf,
  brandingVariables,
  logoOf,
  readCachedBranding,
} from '../src/lib/branding.js';
import { contrastRatio, mix, textShade, topBarShade } from '../src/lib/brandColours.js';

function fakeStorage(initial = {}) {
  const items = { ...initial };
  return { getItem: (key) => items[key] ?? null, setItem: (key, value) => (items[key] = value), items };
}

function fakeRoot() {
  const properties = {};
  const classes = new Set();
  return {
    properties,
    classes,
    style: {
      setProperty: (name, value) => (properties[name] = value),
      removeProperty: (name) => delete properties[name],
    },
    classList: { toggle: (name, on) => (on ? classes.add(name) : classes.delete(name)) },
  };
}

test('a brand colour sets the variables; the accent falls back to it', () => {
  const variables = brandingVariables({ brand_colour: '#2f6fc0', accent_colour: null });
  assert.equal(variables['--org-brand'], '#2f6fc0');
  assert.equal(variables['--org-text'], textShade('#2f6fc0'));
  assert.equal(brandingVariables({ brand_colour: '#2f6fc0', accent_colour: '#1d1d1b' })['--org-text'], '#1d1d1b');
  assert.equal(brandingVariables({ brand_colour: null }), null);
});

test('a colour just passing against white is darkened only where the theme needs it', () => {
  const dark = '#1e3a8a';
  assert.equal(topBarShade(dark), dark); // already readable under the pill's wash
  const edge = '#2f6fc0';
  const bar = topBarShade(edge);
  assert.notEqual(bar, edge);
  assert.ok(contrastRatio('#ffffff', mix(bar, '#ffffff', 0.16)) >= 4.5);
  assert.ok(contrastRatio(textShade(edge), '#e9ecf5') >= 4.5);
});

test('only the public fields are kept, with the defaults for what is missing', () => {
  assert.deepEqual(brandingOf({ name: 'Acme', extra: 1 }), { ...DEFAULT_BRANDING, name: 'Acme' });
  assert.deepEqual(brandingOf(null), DEFAULT_BRANDING);
  assert.equal(logoOf({ logo_url: null }), '/icons/icon-192.png');
  assert.equal(logoOf({ logo_url: '/media/logo.png' }), '/media/logo.png');
});

test('applying paints the page and keeps the branding for the next start', () => {
  const storage = fakeStorage();
  const root = fakeRoot();
  applyBranding({ name: 'Acme', logo_url: '/media/a.png', brand_colour: '#2f6fc0' }, { storage, root });
  assert.equal(root.properties['--org-brand'], '#2f6fc0');
  assert.ok(root.properties['--org-topbar']);
  assert.ok(root.classes.has('branded'));
  assert.equal(readCachedBranding(storage).name, 'Acme');
  applyBranding({ name: 'Acme' }, { storage, root });
  assert.equal(root.properties['--org-brand'], undefined);
  assert.ok(!root.classes.has('branded'));
});

test('a damaged or refused cache falls back to the default', () => {
  assert.deepEqual(readCachedBranding(fakeStorage({ 'amplify.branding': '{not json' })), DEFAULT_BRANDING);
  const refusing = {
    getItem: () => {
      throw new Error('denied');
    },
  };
  assert.deepEqual(readCachedBranding(refusing), DEFAULT_BRANDING);
});
