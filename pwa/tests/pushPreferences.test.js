// Notification preferences: server shape <-> form, and where errors go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toForm, toBody, localErrors, placeErrors, timeZoneOptions } from '../src/lib/pushPreferences.js';

const SAVED = {
  categories: { content: true, prizes: true, progress: true, digest: false },
  quiet_hours: { start: '22:00', end: '07:00' },
  timezone: 'Europe/London',
};

test('saved preferences round-trip through the form', () => {
  const form = toForm(SAVED, 'America/New_York');
  assert.equal(form.quietOn, true);
  assert.equal(form.timezone, 'Europe/London');
  assert.deepEqual(toBody(form), SAVED);
});

test('no quiet hours: switched off, a night offered, null sent', () => {
  const form = toForm({ ...SAVED, quiet_hours: null }, 'Europe/Paris');
  assert.equal(form.quietOn, false);
  assert.equal(form.start, '22:00');
  assert.equal(form.end, '07:00');
  assert.equal(toBody(form).quiet_hours, null);
  // Edited times are kept while switched off, but not sent.
  assert.equal(toBody({ ...form, start: '23:00' }).quiet_hours, null);
  assert.deepEqual(toBody({ ...form, quietOn: true, start: '23:00:00' }).quiet_hours, {
    start: '23:00',
    end: '07:00',
  });
});

test("the device's zone is the default when none is saved", () => {
  assert.equal(toForm({ ...SAVED, timezone: null }, 'Asia/Tokyo').timezone, 'Asia/Tokyo');
  assert.equal(toForm(null, null).timezone, 'UTC');
});

test('categories the screen does not know go back untouched', () => {
  const form = toForm({ ...SAVED, categories: { ...SAVED.categories, surveys: true } }, 'UTC');
  assert.equal(toBody(form).categories.surveys, true);
});

test('bad quiet hours are caught before asking the server', () => {
  const form = toForm(SAVED, 'UTC');
  assert.deepEqual(localErrors(form), {});
  assert.deepEqual(localErrors({ ...form, start: '' }), { 'quiet_hours.start': 'Use a 24-hour time such as 22:00.' });
  assert.deepEqual(localErrors({ ...form, end: '22:00' }), {
    'quiet_hours.end': 'The end must differ from the start.',
  });
  assert.deepEqual(localErrors({ ...form, quietOn: false, start: '' }), {});
});

test("a 422's fields land next to their controls", () => {
  const placed = placeErrors({
    quiet_hours: { start: ['Use a 24-hour time such as 22:00.'], end: ['The end must differ from the start.'] },
    timezone: ['Must be one of: …'],
    categories: { surveys: { key: ['Must be one of: content, prizes.'] } },
    label: ['Too long.'],
  });
  assert.equal(placed.start, 'Use a 24-hour time such as 22:00.');
  assert.equal(placed.end, 'The end must differ from the start.');
  assert.equal(placed.timezone, 'Must be one of: …');
  assert.equal(placed.categories, 'Must be one of: content, prizes.');
  assert.deepEqual(placed.other, ['label: Too long.']);
  assert.equal(placeErrors({ quiet_hours: ['Not a valid mapping.'] }).quietHours, 'Not a valid mapping.');
  assert.equal(placeErrors({ quiet_hours: { _schema: ['Invalid.'] } }).quietHours, 'Invalid.');
  assert.deepEqual(placeErrors(null).other, []);
});

test('time zones: the browser list plus the saved and device zones, once each, sorted', () => {
  assert.deepEqual(timeZoneOptions(['Europe/London', 'Asia/Tokyo'], 'UTC', 'Asia/Tokyo'), [
    'Asia/Tokyo',
    'Europe/London',
    'UTC',
  ]);
  assert.deepEqual(timeZoneOptions(undefined, 'Europe/London', null), ['Europe/London']);
});
