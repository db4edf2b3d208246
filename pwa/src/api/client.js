// Transport for the JSON API: same-origin fetch with the session cookie, the
// CSRF header on unsafe methods, and one error shape (ApiError) for callers.
// A FormData body (a file upload) goes as multipart, everything else as JSON.
import { CACHED_HEADER } from '../lib/cacheNames.js';

// Exported for plain links to the API (e.g. CSV downloads), which fetch() doesn't make.
export const API_BASE = '/api/v1';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken = null;
// The token request in flight. Its response sets the session cookie, so a
// late one (sent before login, answered after it) would put back the
// anonymous session: callers share one request, and writes wait for it.
let csrfRefresh = null;
let unauthorizedHandler = () => {};
let answerHandler = () => {};

/** Every non-2xx response, and network failures (status 0), become this. */
export class ApiError extends Error {
  constructor({ status, code, message, fields }) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields || null;
  }

  get offline() {
    return this.status === 0;
  }
}

/** Lets the session layer show the login screen whenever the server says 401. */
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

/** Told of every answer: {cached, date}; cached answers came from the service worker (sw.js). */
export function onAnswer(handler) {
  answerHandler = handler;
}

/** The token is bound to the session, so refetch it after login and logout. */
export function refreshCsrf() {
  if (!csrfRefresh) {
    csrfRefresh = send('GET', '/auth/csrf')
      .then((body) => (csrfToken = body.csrf_token))
      .finally(() => {
        csrfRefresh = null;
      });
  }
  return csrfRefresh;
}

export function forgetCsrf() {
  csrfToken = null;
}

export async function request(method, path, body) {
  if (UNSAFE.has(method) && (!csrfToken || csrfRefresh)) await refreshCsrf();
  try {
    return await send(method, path, body);
  } catch (err) {
    // A token that expired server-side (e.g. session rotated in another tab)
    // is recoverable: get a fresh one and try exactly once more.
    if (UNSAFE.has(method) && err instanceof ApiError && /csrf/i.test(err.code || '')) {
      await refreshCsrf();
      return send(method, path, body);
    }
    throw err;
  }
}

export const get = (path) => request('GET', path);
export const post = (path, body) => request('POST', path, body);
export const patch = (path, body) => request('PATCH', path, body);
/** POST a file (FormData): content images, people imports. */
export const upload = (path, formData) => request('POST', path, formData);

async function send(method, path, body) {
  const headers = { Accept: 'application/json' };
  const isForm = body instanceof FormData; // the browser writes its multipart Content-Type
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';
  if (UNSAFE.has(method) && csrfToken) headers['X-CSRFToken'] = csrfToken;

  let response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined || isForm ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError({
      status: 0,
      code: 'offline',
      message: "You're offline or the server can't be reached. Check your connection and try again.",
    });
  }
  return parse(response, path);
}

async function parse(response, path) {
  const data = response.status === 204 ? null : await readJson(response);
  answerHandler({ cached: response.headers.has(CACHED_HEADER), date: response.headers.get('Date') });
  if (response.ok) return data;

  const envelope = data && data.error ? data.error : {};
  const error = new ApiError({
    status: response.status,
    code: envelope.code || `http_${response.status}`,
    message: envelope.message || fallbackMessage(response.status),
    fields: envelope.fields,
  });
  // A failed login is also a 401, but that is a form error, not a logout.
  if (response.status === 401 && path !== '/auth/login') unauthorizedHandler(error);
  throw error;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null; // e.g. an HTML error page from a proxy
  }
}

function fallbackMessage(status) {
  if (status === 401) return 'Please log in to continue.';
  if (status === 403) return "You don't have permission to do that.";
  if (status === 404) return "That couldn't be found.";
  if (status === 413) return 'That file is too large to upload.';
  if (status === 429) return 'Too many attempts. Please wait a moment and try again.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return `Request failed (${status}).`;
}
