// Sending queued shares (lib/shareQueue.js), shared by the page and the
// service worker; each brings its own `send` (the page's API client, or the
// worker's fetch). Pure apart from what it is handed, so it is unit-tested.

/**
 * Sends the signed-in advocate's queued shares, oldest first, and drops each
 * one the server answered. Stops at the first "still can't reach the server"
 * (offline, 5xx, signed out): those stay queued for the next attempt. A
 * definite refusal (4xx: the content expired, a guideline) is dropped and
 * reported so the advocate is told. Another person's entries are left alone.
 * Returns [{entry, ok: true, result} | {entry, ok: false, error: {status, code, message}}].
 */
export async function replayShares({ entries, userId, send, drop }) {
  const outcomes = [];
  for (const entry of entries) {
    if (entry.user_id !== userId) continue;
    let result;
    try {
      result = await send(entry);
    } catch (err) {
      if (worthRetrying(err)) break;
      await drop(entry.client_id);
      outcomes.push({ entry, ok: false, error: plainError(err) });
      continue;
    }
    await drop(entry.client_id);
    outcomes.push({ entry, ok: true, result });
  }
  return outcomes;
}

/** Offline, a server error, or the session gone: try again later, don't drop. */
export const worthRetrying = (err) => !err.status || err.status >= 500 || err.status === 401 || err.status === 429;

// Outcomes cross postMessage from the worker, so errors travel as plain data.
const plainError = (err) => ({ status: err.status, code: err.code || null, message: err.message });

/** The body POST /shares takes for a queued entry. */
export function shareBody(entry) {
  const body = { content_id: entry.content_id, network: entry.network, client_id: entry.client_id };
  if (entry.caption != null) body.caption = entry.caption;
  return body;
}
