// One definition per CSS class: fails when two rule blocks give the same
// class selector, under the same media (or other at-rule) conditions, the same
// property with different values. Screens load their stylesheets lazily, so
// such a pair makes an element's look depend on which screen was opened first.
// A variant (`.btn:hover`, `.people .btn`) is a different selector and may
// differ freely. Run as `npm run lint:css`; exits 1 and names both places.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIPPED_AT_RULES = /^@(keyframes|-webkit-keyframes|font-face|page|property)\b/i;

/** The text with comments blanked out, newlines kept so line numbers stay right. */
function withoutComments(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
}

/** Splits at `{`, `}` and `;` outside strings and parentheses (a data: URL has `;` in it). */
function* pieces(css) {
  let start = 0;
  let line = 1;
  let startLine = 1;
  let quote = null;
  let depth = 0;
  for (let i = 0; i < css.length; i += 1) {
    const ch = css[i];
    if (ch === '\n') line += 1;
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(') depth += 1;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === '{' || ch === '}' || ch === ';')) {
      yield { mark: ch, text: css.slice(start, i), line: startLine + leadingNewlines(css.slice(start, i)) };
      start = i + 1;
      startLine = line;
    }
  }
}

function leadingNewlines(text) {
  return (text.match(/^\s*/)[0].match(/\n/g) || []).length;
}

function squeeze(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** `.a > .b,.c:is(.d, .e)` -> ['.a>.b', '.c:is(.d,.e)']: commas inside parentheses don't split. */
export function splitSelectors(selectorList) {
  const parts = [];
  let depth = 0;
  let current = '';
  for (const ch of selectorList) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((part) => squeeze(part).replace(/\s*([>+~,])\s*/g, '$1')).filter(Boolean);
}

function namesAClass(selector) {
  return /\.[A-Za-z_-]/.test(selector.replace(/"[^"]*"|'[^']*'/g, ''));
}

function declaration(text, line) {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  return { property: squeeze(text.slice(0, colon)).toLowerCase(), value: squeeze(text.slice(colon + 1)), line };
}

/** Every rule block of one stylesheet that names a class, with its at-rule context. */
export function ruleBlocks(css, file) {
  const blocks = [];
  const stack = [];
  for (const { mark, text, line } of pieces(withoutComments(css))) {
    const top = stack[stack.length - 1];
    if (mark === '{') stack.push(opened(squeeze(text), file, line, stack));
    else if (top && top.kind === 'rule' && text.trim()) {
      const found = declaration(text, line);
      if (found) top.declarations.push(found);
    }
    if (mark === '}') {
      const closed = stack.pop();
      if (closed && closed.kind === 'rule' && !closed.skipped) blocks.push(closed);
    }
  }
  return blocks;
}

function opened(prelude, file, line, stack) {
  const outer = stack.filter((entry) => entry.kind === 'at');
  if (prelude.startsWith('@')) return { kind: 'at', prelude: prelude.toLowerCase() };
  const skipped = outer.some((entry) => SKIPPED_AT_RULES.test(entry.prelude));
  const context = outer.map((entry) => entry.prelude).join(' / ');
  const selectors = splitSelectors(prelude).filter(namesAClass);
  return { kind: 'rule', file, line, context, selectors, declarations: [], skipped: skipped || !selectors.length };
}

/** Pairs of blocks that set one property of one class selector to two values. */
export function findConflicts(sheets) {
  const seen = new Map();
  const conflicts = [];
  for (const { file, css } of sheets) {
    for (const block of ruleBlocks(css, file)) {
      const finalValues = new Map(block.declarations.map((d) => [d.property, d]));
      for (const selector of block.selectors) {
        for (const [property, { value, line }] of finalValues) {
          const key = `${block.context}\u0000${selector}\u0000${property}`;
          const here = { file, line, value, block };
          const earlier = seen.get(key);
          if (!earlier) seen.set(key, here);
          else if (earlier.block !== block && earlier.value !== value) {
            conflicts.push({ selector, context: block.context, property, first: earlier, second: here });
          }
        }
      }
    }
  }
  return conflicts;
}

export function describe({ selector, context, property, first, second }) {
  const where = context ? ` inside ${context}` : '';
  return (
    `${selector}${where}: ${property} is "${first.value}" at ${first.file}:${first.line} ` +
    `but "${second.value}" at ${second.file}:${second.line}`
  );
}

function cssFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return cssFiles(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const sheets = cssFiles(join(root, 'src'))
    .sort()
    .map((path) => ({ file: relative(root, path), css: readFileSync(path, 'utf8') }));
  const conflicts = findConflicts(sheets);
  for (const conflict of conflicts) console.error(describe(conflict));
  if (conflicts.length) {
    console.error(
      `${conflicts.length} conflicting definition(s): give each class one rule block ` +
        '(shared classes in styles/components.css), or use a variant selector for a screen-specific look.',
    );
    process.exit(1);
  }
  console.log(`CSS classes: one definition each across ${sheets.length} stylesheets`);
}
