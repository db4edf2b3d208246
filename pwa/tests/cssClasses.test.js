// The one-definition-per-class check (scripts/check-css-classes.mjs): two
// blocks giving one class selector's property two values are a conflict;
// variants, other media and a value repeated are not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describe, findConflicts, splitSelectors } from '../scripts/check-css-classes.mjs';

const sheet = (file, css) => ({ file, css });

test('the same class given two values in two stylesheets is a conflict naming both places', () => {
  const conflicts = findConflicts([
    sheet('people.css', '.btn-danger {\n  background: pink;\n  color: red;\n}'),
    sheet('privacy.css', '/* solid */\n.btn-danger { background: red; color: red; }'),
  ]);
  assert.equal(conflicts.length, 1);
  assert.equal(
    describe(conflicts[0]),
    '.btn-danger: background is "pink" at people.css:2 but "red" at privacy.css:2',
  );
});

test('a selector list counts for each of its selectors, in one file too', () => {
  const css = '.a,\n.b { width: 1px; }\n.b { width: 2px; }';
  const conflicts = findConflicts([sheet('one.css', css)]);
  assert.deepEqual(
    conflicts.map((c) => [c.selector, c.first.line, c.second.line]),
    [['.b', 2, 3]],
  );
});

test('variants, other media and the same value twice are not conflicts', () => {
  const css = `
    .btn { color: red; }
    .btn:hover { color: blue; }
    .people .btn { color: green; }
    @media (min-width: 40em) { .btn { color: black; } }
    .btn { color: red; padding: 0; }`;
  assert.deepEqual(findConflicts([sheet('a.css', css)]), []);
});

test('the same media level in two files is compared; a block overriding itself is a fallback', () => {
  const a = '@media (prefers-color-scheme: dark) { .card { background: #000; } }';
  const b = '@media (prefers-color-scheme:  dark) { .card { background: #111; height: 1vh; height: 1dvh; } }';
  const conflicts = findConflicts([sheet('a.css', a), sheet('b.css', b)]);
  assert.deepEqual(
    conflicts.map((c) => [c.property, c.context]),
    [['background', '@media (prefers-color-scheme: dark)']],
  );
});

test('keyframes, strings and data URLs do not confuse the parser', () => {
  const css = `
    @keyframes spin { 0% { opacity: 0.5; } 100% { opacity: 1; } }
    .icon { background: url("data:image/svg+xml;utf8,<svg>{}</svg>"); content: "a;b"; }
    .icon { content: "a;b"; }`;
  assert.deepEqual(findConflicts([sheet('a.css', css)]), []);
});

test('selectors are compared with whitespace and combinators normalised', () => {
  assert.deepEqual(splitSelectors('.a  >  .b,\n.c:is(.d, .e)'), ['.a>.b', '.c:is(.d,.e)']);
});
