// The condition builder's two directions: rows of [field, operator, value]
// joined by "all of" (and) or "any of" (or) → a rule-engine expression, and
// back. Reading only accepts what the builder itself could have written
// (one kind of join, no brackets, known fields); anything else is left to
// the text box, so the builder never rewrites an expert's condition.
//
// Operators are ours ('eq', 'in', 'has'…); the server's names for them
// (GET /rules/fields) are mapped by opKind, whatever spelling it uses.

const SYMBOLS = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=' };
const FROM_SYMBOL = Object.fromEntries(Object.entries(SYMBOLS).map(([k, v]) => [v, k]));
const ALIASES = {
  eq: ['==', 'eq', 'is', 'equals'],
  ne: ['!=', 'ne', 'is_not', 'not_equals'],
  lt: ['<', 'lt'],
  le: ['<=', 'le', 'lte'],
  gt: ['>', 'gt'],
  ge: ['>=', 'ge', 'gte'],
  in: ['in', 'one_of', 'is_one_of', 'any_of'],
  not_in: ['not in', 'not_in', 'not_one_of', 'none_of'],
  has: ['contains', 'includes', 'has'],
  not_has: ['not contains', 'not_contains', 'not_includes', 'excludes', 'lacks'],
  is_true: ['== true', 'is_true', 'true'],
  is_false: ['== false', 'is_false', 'false'],
};
const LIST_OPS = new Set(['in', 'not_in']);

/** Our operator for a server operator name, given the field's type; null if unknown. */
export function opKind(op, type) {
  const name = String(op).trim().toLowerCase();
  const kind = Object.keys(ALIASES).find((k) => ALIASES[k].includes(name)) || null;
  // On a list field (tags), "in" means the list holds the value.
  if (type === 'array' && kind === 'in') return 'has';
  if (type === 'array' && kind === 'not_in') return 'not_has';
  return kind;
}

/** A yes/no field's operator carries its value: "is true" is `own == true`. */
export function rowFor(field, kind, value) {
  if (kind === 'is_true' || kind === 'is_false') return { field, kind: 'eq', value: kind === 'is_true' };
  return { field, kind, value };
}

/** Which of a field's operators a row is using (the inverse of rowFor). */
export function rowKind(row) {
  if (typeof row.value === 'boolean' && (row.kind === 'eq' || row.kind === 'ne')) {
    return (row.kind === 'eq') === row.value ? 'is_true' : 'is_false';
  }
  return row.kind;
}

/** Whether an operator takes several values (a checkbox list). */
export const takesList = (kind) => LIST_OPS.has(kind);

/** A value as the condition language writes it. */
export function literal(value) {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return String(value);
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** One row as text; null while it is incomplete (no field or no value yet). */
export function writeRow({ field, kind, value }) {
  if (!field || !kind) return null;
  if (takesList(kind)) {
    if (!Array.isArray(value) || value.length === 0) return null;
    return `${field} ${kind === 'in' ? 'in' : 'not in'} [${value.map(literal).join(', ')}]`;
  }
  if (value === '' || value === null || value === undefined || Number.isNaN(value)) return null;
  if (kind === 'has') return `${literal(value)} in ${field}`;
  if (kind === 'not_has') return `${literal(value)} not in ${field}`;
  return `${field} ${SYMBOLS[kind]} ${literal(value)}`;
}

/** The whole condition: complete rows joined by and / or ('' for none: every event counts). */
export function writeCondition({ join, rows }) {
  return rows
    .map(writeRow)
    .filter(Boolean)
    .join(join === 'or' ? ' or ' : ' and ');
}

// ---- reading ----------------------------------------------------------

const STRING = String.raw`"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const LITERAL = `(?:${STRING}|${NUMBER}|true|false)`;
const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const COMPARE = new RegExp(`^(${NAME})\\s*(==|!=|<=|>=|<|>)\\s*(${LITERAL})$`);
const ONE_OF = new RegExp(`^(${NAME})\\s+(not\\s+)?in\\s+\\[\\s*((?:${LITERAL})(?:\\s*,\\s*${LITERAL})*)?\\s*,?\\s*\\]$`);
const HAS = new RegExp(`^(${LITERAL})\\s+(not\\s+)?in\\s+(${NAME})$`);
const NOT_HAS = new RegExp(`^not\\s+(${LITERAL})\\s+in\\s+(${NAME})$`);
const BARE = new RegExp(`^(not\\s+)?(${NAME})$`);
const LIST_ITEM = new RegExp(LITERAL, 'g');

function readLiteral(text) {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (text[0] === '"' || text[0] === "'") return text.slice(1, -1).replace(/\\(.)/g, '$1');
  return Number(text);
}

function readClause(clause) {
  let m = COMPARE.exec(clause);
  if (m) return { field: m[1], kind: FROM_SYMBOL[m[2]], value: readLiteral(m[3]) };
  m = ONE_OF.exec(clause);
  if (m) {
    const items = (m[3] || '').match(LIST_ITEM) || [];
    return { field: m[1], kind: m[2] ? 'not_in' : 'in', value: items.map(readLiteral) };
  }
  m = HAS.exec(clause);
  if (m) return { field: m[3], kind: m[2] ? 'not_has' : 'has', value: readLiteral(m[1]) };
  m = NOT_HAS.exec(clause);
  if (m) return { field: m[2], kind: 'not_has', value: readLiteral(m[1]) };
  m = BARE.exec(clause);
  if (m && !['and', 'or', 'not', 'in', 'true', 'false'].includes(m[2])) {
    return { field: m[2], kind: 'eq', value: !m[1] };
  }
  return null;
}

// Splits on top-level "and" / "or" outside quotes; null on brackets (grouping).
function splitClauses(text) {
  const parts = [];
  const joins = new Set();
  let start = 0;
  let quote = null;
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth += 1;
    else if (c === ']') depth -= 1;
    else if (c === '(' || c === ')') return null;
    else if (depth === 0) {
      const m = /^\s(and|or)\s/.exec(text.slice(i));
      if (m && i > start) {
        parts.push(text.slice(start, i).trim());
        joins.add(m[1]);
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  if (quote || depth !== 0) return null;
  parts.push(text.slice(start).trim());
  return { parts, joins };
}

/**
 * Rows for a condition, or null when the builder can't show it as rows.
 * `fields` (from GET /rules/fields), when given, must name every field used.
 */
export function readCondition(text, fields = null) {
  const trimmed = String(text || '').trim();
  if (!trimmed) return { join: 'and', rows: [] };
  const split = splitClauses(trimmed);
  if (!split || split.joins.size > 1) return null;
  const rows = split.parts.map(readClause);
  if (rows.some((row) => !row)) return null;
  if (fields && rows.some((row) => !fields.some((f) => f.name === row.field))) return null;
  return { join: split.joins.has('or') ? 'or' : 'and', rows };
}
