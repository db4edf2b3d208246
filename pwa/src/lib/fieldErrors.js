// The error envelope's `fields` may be {"title": ["msg"]} or nested, e.g.
// {"captions": {"x": ["msg"]}}; flatten to {"title": "msg", "captions.x": "msg"}
// so each form field can look up its own message by name.
export function flattenFieldErrors(fields, prefix = '') {
  const out = {};
  if (!fields || typeof fields !== 'object') return out;
  for (const [key, value] of Object.entries(fields)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(value)) {
      out[name] = value.filter((v) => typeof v === 'string').join(' ') || String(value);
    } else if (value && typeof value === 'object') {
      Object.assign(out, flattenFieldErrors(value, name));
    } else if (value) {
      out[name] = String(value);
    }
  }
  return out;
}
